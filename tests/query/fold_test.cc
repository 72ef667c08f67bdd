// Vietnamese-aware matching: fold(), the name index behind it, and the lookup
// of command-line node arguments.
#include <gtest/gtest.h>

#include <random>

#include "query/engine.h"
#include "query/name_index.h"
#include "query/session.h"
#include "extract/text/normalize.h"

namespace kg::query {
namespace {

class NameLookup : public testing::Test {
 protected:
  void SetUp() override {
    engine_.Run(
        "CREATE (:Person {name: 'Nguyễn Xuân Ký'}), (:Person {name: 'Đặng Xuân Phong'}),"
        "       (:Person {name: 'Nguyễn Văn Thắng', province: 'Điện Biên'}),"
        "       (:Person {name: 'Nguyễn Văn Thắng', province: 'Quảng Ninh'}),"
        "       (:Document {number: '15-NQ/TU', title: 'Về công tác cán bộ'}),"
        "       (:Role {title: 'Phó Bí thư Thường trực Tỉnh ủy'})");
  }
  std::vector<std::string> Names(const std::vector<graph::NodeIndex>& nodes) {
    std::vector<std::string> out;
    for (auto n : nodes) {
      for (const char* k : {"name", "number", "title"})
        if (auto* p = g_.NodeProperty(n, k)) {
          out.push_back(p->as_string());
          break;
        }
    }
    return out;
  }
  graph::PropertyGraph g_;
  Engine engine_{g_};
};

TEST_F(NameLookup, SpellingsOfOneNameFindTheSamePerson) {
  for (const char* spelling :
       {"Nguyen Xuan Ky", "nguyễn xuân ký", "Nguyễn Xuân Ký", "NGUYEN  XUAN   KY"}) {
    EXPECT_EQ(Names(engine_.index().Lookup("name", spelling)),
              std::vector<std::string>{"Nguyễn Xuân Ký"})
        << spelling;
  }
  EXPECT_EQ(Names(engine_.index().Lookup("name", "dang xuan phong")),
            std::vector<std::string>{"Đặng Xuân Phong"});
  EXPECT_TRUE(engine_.index().Lookup("name", "Nguyen Xuan").empty());  // whole keys, not prefixes
}

TEST_F(NameLookup, FoldTurnsDToD) {
  EXPECT_EQ(text::Fold("Đặng"), "dang");
  QueryResult r =
      engine_.Run("RETURN fold('ĐIỆN BIÊN') = fold('dien bien') AS same, fold('Đà') = 'da' AS d");
  EXPECT_TRUE(r.rows[0][0].as_bool());
  EXPECT_TRUE(r.rows[0][1].as_bool());
}

TEST_F(NameLookup, NumbersAndTitlesAreIndexed) {
  EXPECT_EQ(Names(engine_.index().Lookup("number", "15-nq/tu")),
            std::vector<std::string>{"15-NQ/TU"});
  EXPECT_EQ(Names(engine_.index().Lookup("", "pho bi thu thuong truc tinh uy")),
            std::vector<std::string>{"Phó Bí thư Thường trực Tỉnh ủy"});
}

TEST_F(NameLookup, IndexCatchesUpAfterCreate) {
  engine_.Run("CREATE (:Person {name: 'Lê Thị Thủy'})");
  EXPECT_EQ(Names(engine_.index().Lookup("name", "le thi thuy")),
            std::vector<std::string>{"Lê Thị Thủy"});
  // and a query in the same statement sees it through the index
  QueryResult r = engine_.Run(
      "CREATE (:Person {name: 'Hồ Văn Mừng'}) WITH 1 AS x MATCH (p:Person) WHERE fold(p.name) = "
      "'ho van mung' "
      "RETURN count(p)");
  EXPECT_EQ(r.rows[0][0].as_int(), 1);
}

TEST_F(NameLookup, EqualityOnAnIndexedKeyStaysExact) {
  // the index narrows by folded key; the predicate itself still compares exactly
  QueryResult r = engine_.Run("MATCH (p:Person) WHERE p.name = 'nguyen xuan ky' RETURN count(p)");
  EXPECT_EQ(r.rows[0][0].as_int(), 0);
  std::string plan =
      engine_.Explain("MATCH (p:Person) WHERE p.name = $n RETURN p", {{"n", Value::String("x")}});
  EXPECT_NE(plan.find("by folded name (name index)"), std::string::npos) << plan;
}

TEST_F(NameLookup, CommandLineArguments) {
  auto one = ResolveNodeArgument(engine_, g_, "Nguyen Xuan Ky");
  ASSERT_TRUE(one.ok()) << one.status().message();
  EXPECT_EQ(g_.NodeProperty(one.value(), "name")->as_string(), "Nguyễn Xuân Ký");
  auto by_id = ResolveNodeArgument(engine_, g_, "1");
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(g_.node(by_id.value()).id, 1u);
  auto two = ResolveNodeArgument(engine_, g_, "nguyen van thang");
  ASSERT_FALSE(two.ok());
  EXPECT_NE(two.status().message().find("names 2 nodes"), std::string::npos);
  EXPECT_NE(two.status().message().find("province=Điện Biên"), std::string::npos);
  EXPECT_FALSE(ResolveNodeArgument(engine_, g_, "Trần Văn Không Có").ok());
}

TEST(NameIndexKey, EqualsFoldOnAsciiAndNot) {
  std::mt19937 rng(7);
  const std::string alphabet = "aZ09 -/\t\n\r\v\f\x1c\x1f\x7f.,";
  for (int i = 0; i < 2000; ++i) {
    std::string s;
    for (int n = static_cast<int>(rng() % 12); n > 0; --n)
      s.push_back(alphabet[rng() % alphabet.size()]);
    EXPECT_EQ(NameIndex::Key(s), text::Fold(s)) << testing::PrintToString(s);
  }
  for (const char* s : {"Nguyễn Xuân Ký", "  15-NQ/TU ", "ĐẶNG", "Phó\u00a0Bí thư"})
    EXPECT_EQ(NameIndex::Key(s), text::Fold(s)) << s;
}

TEST(NameIndexLookup, FindsEachKeyAfterCatchUpAndOnlyOnceANode) {
  graph::PropertyGraph g;
  const graph::SymbolId name = g.Intern("name"), title = g.Intern("title"),
                        number = g.Intern("number");
  auto text = [](const char* s) { return graph::PropertyValue(s); };
  g.AddNode({}, {{name, text("Hòa Bình")}, {title, text("HOÀ BÌNH")}});  // one node, two keys
  g.AddNode({}, {{number, text("15-NQ/TU")}});
  NameIndex index(g);
  EXPECT_EQ(index.Lookup("", "hoa binh"), (std::vector<graph::NodeIndex>{0}));
  EXPECT_EQ(index.Lookup("title", "Hoà Bình"), (std::vector<graph::NodeIndex>{0}));
  EXPECT_TRUE(index.Lookup("number", "Hòa Bình").empty());
  EXPECT_TRUE(index.Lookup("", "Hòa Bìn").empty());
  // nodes added later are found once CatchUp has run, in node order among the old ones
  g.AddNode({}, {{name, text("Hoà  Bình")}});
  EXPECT_EQ(index.Lookup("", "hoa binh"), (std::vector<graph::NodeIndex>{0}));
  index.CatchUp(g);
  EXPECT_EQ(index.Lookup("", "hoa binh"), (std::vector<graph::NodeIndex>{0, 2}));
  EXPECT_EQ(index.Lookup("number", "15-nq/tu"), (std::vector<graph::NodeIndex>{1}));
}

// A range of more than 65,536 nodes is indexed in two halves on two threads.
TEST(NameIndexLookup, ALargeGraphIndexedInHalvesFindsNodesOfBothHalvesInOrder) {
  graph::PropertyGraph g;
  const graph::SymbolId name = g.Intern("name"), label = g.Intern("N");
  const int n = 100000;
  for (int i = 0; i < n; ++i)
    g.AddNode({label}, {{name, graph::PropertyValue("n" + std::to_string(i % (n / 2)))}});
  g.AddNode({}, {{name, graph::PropertyValue("N7")}});
  NameIndex index(g);
  EXPECT_EQ(index.Lookup("name", "n7"), (std::vector<graph::NodeIndex>{7, n / 2 + 7, n}));
  EXPECT_EQ(index.Lookup("", "N49999"), (std::vector<graph::NodeIndex>{n / 2 - 1, n - 1}));
  EXPECT_EQ(index.WithLabel(label).size(), static_cast<size_t>(n));
  g.AddNode({}, {{name, graph::PropertyValue("n7")}});
  index.CatchUp(g);
  EXPECT_EQ(index.Lookup("name", "n7"), (std::vector<graph::NodeIndex>{7, n / 2 + 7, n, n + 1}));
}

}  // namespace
}  // namespace kg::query
