// An Expand that counts (only count() reads its relationship and far node) against the
// same aggregation written so the planner must list every relationship: sum(1) is not a
// count, so it keeps the plain Expand. Small random multigraphs with self-loops, parallel
// relationships, two types and two labels; every direction, type and label filter.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "query/engine.h"
#include "tests/query/random_multigraph.h"

namespace kg::query {
namespace {

std::vector<std::pair<int64_t, int64_t>> Counts(Engine& engine, const std::string& q) {
  std::vector<std::pair<int64_t, int64_t>> out;
  for (const auto& row : engine.Run(q).rows) out.emplace_back(row[0].as_int(), row[1].as_int());
  std::sort(out.begin(), out.end());
  return out;
}

bool Counted(Engine& engine, const std::string& q) {
  return engine.Explain(q).find("counted into") != std::string::npos;
}

TEST(CountHops, SameCountsAsListingEveryRelationship) {
  std::mt19937 rng(11);
  int checked = 0;
  for (int trial = 0; trial < 10; ++trial) {
    graph::PropertyGraph g;
    Engine engine(g);
    const int nodes = 4 + trial % 5;
    engine.Run("UNWIND range(0, " + std::to_string(nodes - 1) +
               ") AS i CREATE (:V {i: i, odd: i % 2 = 1})");
    AddRandomRelationships(engine, rng, nodes, nodes + static_cast<int>(rng() % 8));
    for (const char* hop : {"-[r]->", "<-[r]-", "-[r]-", "-[r:T]->", "-[r:T|U]-", "<-[r:U]-"})
      for (const char* far : {"()", "(m)", "(m:V {odd: true})", "(:V {i: 0})"}) {
        const std::string match = std::string("MATCH (n:V)") + hop + far + " WHERE n.i >= 1";
        const std::string count = match + " RETURN n.i, count(r) + count(*) AS c";
        const std::string list = match + " RETURN n.i, sum(1) * 2 AS c";
        ASSERT_TRUE(Counted(engine, count)) << count;
        ASSERT_FALSE(Counted(engine, list)) << list;
        EXPECT_EQ(Counts(engine, count), Counts(engine, list))
            << "trial " << trial << ": " << count;
        ++checked;
      }
  }
  EXPECT_EQ(checked, 10 * 6 * 4);
}

// Whatever else reads the relationship or the far node keeps every row.
TEST(CountHops, OnlyWhenNothingButCountReadsTheHop) {
  graph::PropertyGraph g;
  Engine engine(g);
  engine.Run("CREATE (a {n: 'a'})-[:T {w: 2}]->(b {n: 'b'}), (a)-[:T]->(b), (a)-[:T]->(a)");
  EXPECT_EQ(engine.Run("MATCH (x {n: 'a'})-[r]->(y) RETURN x.n, count(y) AS c").rows[0][1].as_int(),
            3);
  EXPECT_EQ(engine.Run("MATCH (x {n: 'a'})-[r]-(y) RETURN x.n, count(*) AS c").rows[0][1].as_int(),
            3);  // a loop once, as the TCK says
  for (const char* q : {
           "MATCH (x)-[r]->(y) RETURN x, count(DISTINCT y)",  // DISTINCT sees values
           "MATCH (x)-[r]->(y) RETURN x, count(r.w)",         // may be null
           "MATCH (x)-[r]->(y) RETURN y, count(r)",           // the far node is a key
           "MATCH (x)-[r]->(y) RETURN x, collect(r)",         // not a count
           "MATCH (x)-[r]->(y) WHERE r.w > 1 RETURN x, count(*)",
           "MATCH (x)-[r]->(y) RETURN x, y.n IS NULL AS k, count(*)",
           "MATCH (x)-[r]->(y) WITH x, count(*) AS y WHERE y > 1 RETURN x",
           "MATCH (x)-[r]->(y)-->(z) RETURN x, count(*)",  // two hops
           "MATCH p = (x)-[r]->(y) RETURN x, count(p)",
           "OPTIONAL MATCH (x)-[r]->(y) RETURN x, count(r)",
           "MATCH (x)-[r]->(y) RETURN *",
       })
    EXPECT_FALSE(Counted(engine, q)) << q;
  EXPECT_TRUE(Counted(engine, "MATCH (x)-[r]->(y) RETURN x, count(r), count(y), count(*)"));
}

}  // namespace
}  // namespace kg::query
