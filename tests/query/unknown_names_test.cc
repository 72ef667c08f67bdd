// Names a read query uses that the graph has never seen are warnings with a suggestion;
// names the graph has, names a CREATE writes, and keys of maps are not.
#include "query/unknown_names.h"

#include <gtest/gtest.h>

#include "query/engine.h"

namespace kg::query {
namespace {

class UnknownNames : public testing::Test {
 protected:
  void SetUp() override {
    engine_.Run("CREATE (:Person {name: 'Nguyễn Xuân Ký'})-[:HOLDS]->(:Role {title: 'Bí thư'})");
  }
  std::vector<std::string> Warnings(const std::string& q) {
    std::vector<std::string> out;
    for (const auto& w : engine_.Run(q).warnings) out.push_back(w.message);
    return out;
  }
  graph::PropertyGraph g_;
  Engine engine_{g_};
};

TEST_F(UnknownNames, TyposAreWarnedWithTheNearestName) {
  EXPECT_EQ(Warnings("MATCH (p:Persn) RETURN p"),
            std::vector<std::string>{"no node has the label :Persn (did you mean :Person?)"});
  EXPECT_EQ(Warnings("MATCH ()-[r:HOLD]->() RETURN r"),
            std::vector<std::string>{"no relationship has the type :HOLD (did you mean :HOLDS?)"});
  EXPECT_EQ(Warnings("MATCH (p:Person) RETURN p.nmae"),
            std::vector<std::string>{
                "no node or relationship has the property nmae (did you mean .name?)"});
  EXPECT_EQ(Warnings("MATCH (p) WHERE p:Rloe RETURN p"),
            std::vector<std::string>{"no node has the label :Rloe (did you mean :Role?)"});
  EXPECT_EQ(Warnings("MATCH (p:Zzzzzzzz) RETURN p"),
            std::vector<std::string>{"no node has the label :Zzzzzzzz"});
}

TEST_F(UnknownNames, KnownWrittenAndMapNamesAreQuiet) {
  EXPECT_TRUE(Warnings("MATCH (p:Person)-[:HOLDS]->(r:Role) RETURN p.name, r.title").empty());
  EXPECT_TRUE(Warnings("CREATE (x:Newcomer {k: 1}) RETURN x.k").empty());
  EXPECT_TRUE(Warnings("WITH {zz: 1} AS m RETURN m.zz").empty());
  // the query still runs: a typo returns no rows, with the warning beside them
  QueryResult r = engine_.Run("MATCH (p:Persn) RETURN p");
  EXPECT_TRUE(r.rows.empty());
  EXPECT_EQ(r.warnings.size(), 1u);
}

}  // namespace
}  // namespace kg::query
