// Bounds: every query runs under row, expansion and time budgets and a default
// hop bound; running out is a typed BudgetError, never a hang or an OOM.
#include <gtest/gtest.h>

#include <chrono>

#include "query/engine.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

std::string CodeOf(Engine& engine, const std::string& q, const Limits& limits) {
  try {
    engine.Run(q, {}, limits);
  } catch (const BudgetError& e) {
    EXPECT_EQ(e.category(), "BudgetExceeded");
    return e.code();
  }
  return "no error";
}

class CompleteGraph : public testing::Test {
 protected:
  void SetUp() override {
    engine_.Run("UNWIND range(1, 50) AS i CREATE (:V {i: i})");
    engine_.Run("MATCH (a:V), (b:V) WHERE a <> b CREATE (a)-[:E]->(b)");
  }
  graph::PropertyGraph g_;
  Engine engine_{g_};
};

// The query that took Neo4j down: all paths of up to 10 hops in a complete
// directed graph of 50 nodes (about 49^10 of them). Under the default limits it
// ends with a typed error — the expansion budget in an optimised build (about
// 6 s), the 60 s clock in a slow sanitizer build — never a hang or an OOM.
TEST_F(CompleteGraph, ExhaustivePathCountEndsWithABudgetError) {
  ASSERT_EQ(g_.edge_count(), 50u * 49u);
  auto start = std::chrono::steady_clock::now();
  std::string code = CodeOf(engine_, "MATCH p=(:V)-[*1..10]->(:V) RETURN count(p)", Limits{});
  EXPECT_TRUE(code == "ExpansionLimit" || code == "Timeout") << code;
  EXPECT_LT(std::chrono::steady_clock::now() - start,
            std::chrono::milliseconds(Limits{}.timeout_ms + 5000));
}

TEST_F(CompleteGraph, ExpansionBudget) {
  Limits limits;
  limits.max_expansions = 200'000;
  EXPECT_EQ(CodeOf(engine_, "MATCH p=(:V)-[*1..10]->(:V) RETURN count(p)", limits),
            "ExpansionLimit");
  EXPECT_EQ(CodeOf(engine_,
                   "MATCH (a:V {i: 1}), (b:V {i: 2}) MATCH p = allShortestPaths((a)-[*]-(b)) "
                   "WHERE all(n IN nodes(p) WHERE n.i < 3) RETURN count(p)",
                   limits),
            "no error");
}

TEST_F(CompleteGraph, TimeBudget) {
  Limits limits;
  limits.max_expansions = INT64_MAX;
  limits.timeout_ms = 100;
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(CodeOf(engine_, "MATCH p=(:V)-[*1..10]->(:V) RETURN count(p)", limits), "Timeout");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST_F(CompleteGraph, SmallCountsStillWork) {
  QueryResult r = engine_.Run("MATCH p=(:V)-[*1..2]->(:V) RETURN count(p)");
  // walks may come back to where they started, over another relationship
  EXPECT_EQ(r.rows.at(0)[0].as_int(), 50 * 49 + 50 * 49 * 49);
}

TEST(Budget, RowBudgetCoversResultsAndSorts) {
  graph::PropertyGraph g;
  Engine engine(g);
  Limits limits;
  limits.max_rows = 5000;
  EXPECT_EQ(
      CodeOf(engine, "UNWIND range(1, 100) AS x UNWIND range(1, 100) AS y RETURN x, y", limits),
      "RowLimit");
  EXPECT_EQ(CodeOf(engine,
                   "UNWIND range(1, 100) AS x UNWIND range(1, 100) AS y WITH x, y ORDER BY y "
                   "RETURN x LIMIT 1",
                   limits),
            "RowLimit");
  EXPECT_EQ(CodeOf(engine, "RETURN size(range(1, 100000)) AS n", limits), "RowLimit");
  // a LIMIT stops the pipeline early enough to stay within budget
  EXPECT_EQ(engine
                .Run("UNWIND range(1, 100) AS x UNWIND range(1, 100) AS y RETURN x, y LIMIT 10", {},
                     limits)
                .rows.size(),
            10u);
}

TEST(Budget, DefaultHopBoundForOpenVariableLength) {
  graph::PropertyGraph g;
  Engine engine(g);
  engine.Run("UNWIND range(0, 39) AS i CREATE (:C {i: i})");
  engine.Run("MATCH (a:C), (b:C) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT]->(b)");
  auto count = [&](const std::string& q) { return engine.Run(q).rows.at(0)[0].as_int(); };
  EXPECT_EQ(count("MATCH (:C {i: 0})-[*]->(b) RETURN count(b)"), 32);  // Limits::max_hops
  EXPECT_EQ(count("MATCH (:C {i: 0})-[*2..]->(b) RETURN count(b)"), 31);
  EXPECT_EQ(count("MATCH (:C {i: 0})-[*..39]->(b) RETURN count(b)"),
            39);  // an explicit bound is honoured
}

// Memory: what collect() and DISTINCT keep, and any list or string an expression builds,
// is charged to max_memory_bytes; running out is MemoryLimit, not an OOM.
TEST_F(CompleteGraph, MemoryBudgetBoundsCollectAndDistinct) {
  Limits limits;
  limits.max_memory_bytes = 1 << 20;  // 1 MiB: 2,500 nodes of a cross join is far more
  EXPECT_EQ(CodeOf(engine_, "MATCH (a:V), (b:V), (c:V) RETURN size(collect(a)) AS n", limits),
            "MemoryLimit");
  EXPECT_EQ(
      CodeOf(engine_, "MATCH (a:V), (b:V), (c:V) RETURN count(DISTINCT [a, b, c]) AS n", limits),
      "MemoryLimit");
  EXPECT_EQ(CodeOf(engine_, "MATCH (a:V) RETURN size(collect(a)) AS n", limits), "no error");
  EXPECT_EQ(CodeOf(engine_, "MATCH (a:V), (b:V) RETURN count(*) AS n", limits),
            "no error");  // count keeps nothing
}

// A sort holds its whole input: charged, so ORDER BY over a cross join runs out of memory
// as a MemoryLimit; the same sort with a small input passes.
TEST_F(CompleteGraph, MemoryBudgetBoundsSorts) {
  Limits limits;
  limits.max_memory_bytes = 1 << 20;
  EXPECT_EQ(CodeOf(engine_, "MATCH (a:V), (b:V), (c:V) RETURN a ORDER BY c.i", limits),
            "MemoryLimit");
  EXPECT_EQ(CodeOf(engine_, "MATCH (a:V) RETURN a ORDER BY a.i", limits), "no error");
}

// ORDER BY … LIMIT k keeps the best SKIP + k rows in a heap, not its whole input: the cross
// join whose full sort runs out of memory above fits under a LIMIT, and the rows are the
// full sort's (ties keep their arrival order, as the stable full sort does).
TEST_F(CompleteGraph, SortUnderALimitKeepsOnlyTheTopRows) {
  Limits small;
  small.max_memory_bytes = 1 << 20;
  const std::string q =
      "MATCH (a:V), (b:V), (c:V) RETURN a.i AS x, b.i AS y, c.i AS z ORDER BY z DESC, y % 7";
  QueryResult full = engine_.Run(q);
  ASSERT_EQ(full.rows.size(), 125000u);
  for (auto [skip, limit] :
       {std::pair{0, 5}, std::pair{3, 4}, std::pair{2490, 20}, std::pair{0, 0}}) {
    QueryResult top = engine_.Run(
        q + " SKIP " + std::to_string(skip) + " LIMIT " + std::to_string(limit), {}, small);
    ASSERT_EQ(top.rows.size(), static_cast<size_t>(limit));
    for (int r = 0; r < limit; ++r)
      for (int c = 0; c < 3; ++c)
        EXPECT_EQ(top.rows[r][c].as_int(), full.rows[skip + r][c].as_int())
            << "SKIP " << skip << " LIMIT " << limit << ", row " << r;
  }
  EXPECT_NE(engine_.Explain(q + " LIMIT 5").find("Sort (top 5)"), std::string::npos);
}

// Planning a pattern of n hops costs n² (every operator keeps its columns): a long chain is
// a MemoryLimit before the memory is taken, a short one plans.
TEST(Budget, MemoryBoundsPlanning) {
  graph::PropertyGraph g;
  Engine engine(g);
  Limits limits;
  limits.max_memory_bytes = 64 << 20;
  std::string chain;
  for (int i = 0; i < 3000; ++i) chain += "-->()";
  EXPECT_EQ(CodeOf(engine, "MATCH (a)" + chain + " RETURN count(*) AS n", limits), "MemoryLimit");
  EXPECT_EQ(CodeOf(engine, "MATCH (a)-->()-->()-->() RETURN count(*) AS n", limits), "no error");
}

TEST(Budget, MemoryBoundsValuesExpressionsBuild) {
  graph::PropertyGraph g;
  Engine engine(g);
  Limits limits;
  limits.max_memory_bytes = 16 << 20;
  EXPECT_EQ(CodeOf(engine, "RETURN size([x IN range(1, 100000) | range(1, 100000)]) AS n", limits),
            "MemoryLimit");
  EXPECT_EQ(CodeOf(engine, "RETURN size(reduce(s = 'ab', x IN range(1, 40) | s + s)) AS n", limits),
            "MemoryLimit");
  EXPECT_EQ(CodeOf(engine, "RETURN size(range(1, 10000000)) AS n", limits), "MemoryLimit");
  EXPECT_EQ(CodeOf(engine, "RETURN size([x IN range(1, 1000) | x * 2]) AS n", limits), "no error");
}

// The clock is read inside expression loops: a nested reduce over two million items each
// ends at the timeout, not after the whole product.
TEST(Budget, TimeoutReachesInsideExpressionLoops) {
  graph::PropertyGraph g;
  Engine engine(g);
  Limits limits;
  limits.timeout_ms = 300;
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(CodeOf(engine,
                   "RETURN reduce(a = 0, x IN range(1, 1999999) | a + reduce(b = 0, y IN range(1, "
                   "1999999) | b + y)) AS n",
                   limits),
            "Timeout");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30));
}

}  // namespace
}  // namespace kg::query
