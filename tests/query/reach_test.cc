// Reach (breadth-first distinct ends) against VarExpand (every walk) on small random
// multigraphs with parallel relationships and self-loops: for each direction, each
// minimum (0, 1) and maximum, the distinct (start, end) pairs must be the same. The named
// path in the second query keeps the planner on VarExpand.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "query/engine.h"
#include "tests/query/random_multigraph.h"

namespace kg::query {
namespace {

std::vector<std::pair<int64_t, int64_t>> Pairs(Engine& engine, const std::string& q) {
  std::vector<std::pair<int64_t, int64_t>> out;
  for (const auto& row : engine.Run(q).rows) out.emplace_back(row[0].as_int(), row[1].as_int());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Reach, SameEndsAsEnumeratingEveryWalk) {
  std::mt19937 rng(7);
  int plans_checked = 0;
  for (int trial = 0; trial < 12; ++trial) {
    graph::PropertyGraph g;
    Engine engine(g);
    const int nodes = 5 + trial % 5;
    engine.Run("UNWIND range(0, " + std::to_string(nodes - 1) + ") AS i CREATE (:V {i: i})");
    AddRandomRelationships(engine, rng, nodes, nodes + static_cast<int>(rng() % 6));
    for (const char* arrow : {"-[:T*%s]->", "<-[:T*%s]-", "-[:T*%s]-", "-[*%s]-"})
      for (const char* bounds : {"", "1..2", "0..3", "..1", "0..", "1..4"}) {
        char pattern[64];
        std::snprintf(pattern, sizeof(pattern), arrow, bounds);
        const std::string match = std::string("MATCH (a:V)") + pattern + "(b:V)";
        const std::string reach = match + " RETURN DISTINCT a.i, b.i";
        const std::string walks =
            "MATCH p = (a:V)" + std::string(pattern) + "(b:V) RETURN DISTINCT a.i, b.i";
        ASSERT_NE(engine.Explain(reach).find("Reach"), std::string::npos) << reach;
        ASSERT_EQ(engine.Explain(walks).find("Reach"), std::string::npos) << walks;
        EXPECT_EQ(Pairs(engine, reach), Pairs(engine, walks)) << "trial " << trial << ": " << reach;
        ++plans_checked;
      }
  }
  EXPECT_EQ(plans_checked, 12 * 4 * 6);
}

// EXISTS { (a)-[*]->(b) } between bound ends: one search asking whether it reaches b,
// against the walks of the same pattern with a named path.
TEST(Reach, BoundEndSameAsEnumeratingEveryWalk) {
  std::mt19937 rng(11);
  int plans_checked = 0;
  for (int trial = 0; trial < 8; ++trial) {
    graph::PropertyGraph g;
    Engine engine(g);
    const int nodes = 4 + trial % 4;
    engine.Run("UNWIND range(0, " + std::to_string(nodes - 1) + ") AS i CREATE (:V {i: i})");
    AddRandomRelationships(engine, rng, nodes, nodes + static_cast<int>(rng() % 5));
    for (const char* arrow : {"-[:T*%s]->", "<-[:T*%s]-", "-[*%s]-"})
      for (const char* bounds : {"", "1..2", "0..3", "..1"}) {
        char pattern[64];
        std::snprintf(pattern, sizeof(pattern), arrow, bounds);
        const std::string both = "MATCH (a:V), (b:V) WHERE EXISTS { ";
        const std::string reach = both + "(a)" + pattern + "(b) } RETURN a.i, b.i";
        const std::string walks = both + "MATCH p = (a)" + pattern + "(b) } RETURN a.i, b.i";
        ASSERT_NE(engine.Explain(reach).find("bound end reached"), std::string::npos) << reach;
        ASSERT_EQ(engine.Explain(walks).find("Reach"), std::string::npos) << walks;
        EXPECT_EQ(Pairs(engine, reach), Pairs(engine, walks)) << "trial " << trial << ": " << reach;
        ++plans_checked;
      }
  }
  EXPECT_EQ(plans_checked, 8 * 3 * 4);
}

// Where repeats matter the walks are still enumerated: count(*) counts walks.
TEST(Reach, OnlyWhereRepeatedRowsCannotChangeTheResult) {
  graph::PropertyGraph g;
  Engine engine(g);
  engine.Run("CREATE (a {n: 'a'})-[:T]->(b {n: 'b'}), (a)-[:T]->(b)");
  EXPECT_EQ(engine.Run("MATCH ({n: 'a'})-[*]->(x) RETURN count(*) AS c").rows[0][0].as_int(), 2);
  EXPECT_EQ(
      engine.Run("MATCH ({n: 'a'})-[*]->(x) RETURN count(DISTINCT x) AS c").rows[0][0].as_int(), 1);
  EXPECT_EQ(engine.Explain("MATCH (s)-[*]->(x) RETURN count(*)").find("Reach"), std::string::npos);
  EXPECT_EQ(engine.Explain("MATCH (s)-[*]->(x), (x)-->(y) RETURN DISTINCT y").find("Reach"),
            std::string::npos);
  EXPECT_EQ(engine.Explain("MATCH (s)-[*2..3]->(x) RETURN DISTINCT x").find("Reach"),
            std::string::npos);
  EXPECT_NE(engine.Explain("MATCH (s)-[*]->(x) RETURN max(x.n), collect(DISTINCT x)").find("Reach"),
            std::string::npos);
}

}  // namespace
}  // namespace kg::query
