// shortestPath / allShortestPaths checked against a naive enumerator on small
// random graphs: every relationship-unique walk from a to b is listed, the
// shortest kept; allShortestPaths must return exactly those (as relationship id
// lists, in lexicographic order) and shortestPath the first of them.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "query/engine.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

using IdPath = std::vector<int64_t>;

struct Edge {
  int from, to;
  bool red;
};

// All walks from a to b without a repeated relationship, of at most max_len hops.
void Walk(const std::vector<Edge>& edges, int at, int b, bool directed,
          const std::vector<bool>& ok_node, bool only_red, size_t max_len, IdPath& path,
          std::vector<bool>& used, std::vector<IdPath>& out) {
  if (at == b && !path.empty()) out.push_back(path);
  if (path.size() == max_len) return;
  for (size_t i = 0; i < edges.size(); ++i) {
    if (used[i] || (only_red && !edges[i].red)) continue;
    int next = -1;
    if (edges[i].from == at)
      next = edges[i].to;
    else if (!directed && edges[i].to == at)
      next = edges[i].from;
    if (next < 0 || !ok_node[next]) continue;
    used[i] = true;
    path.push_back(static_cast<int64_t>(i));
    Walk(edges, next, b, directed, ok_node, only_red, max_len, path, used, out);
    path.pop_back();
    used[i] = false;
  }
}

std::vector<IdPath> NaiveShortest(const std::vector<Edge>& edges, int n, int a, int b,
                                  bool directed, const std::vector<bool>& ok_node, bool only_red) {
  std::vector<IdPath> all;
  if (!ok_node[a] || !ok_node[b]) return all;
  IdPath path;
  std::vector<bool> used(edges.size());
  Walk(edges, a, b, directed, ok_node, only_red, static_cast<size_t>(n), path, used, all);
  if (all.empty()) return all;
  size_t best = SIZE_MAX;
  for (const auto& p : all) best = std::min(best, p.size());
  std::vector<IdPath> shortest;
  for (const auto& p : all)
    if (p.size() == best) shortest.push_back(p);
  std::sort(shortest.begin(), shortest.end());
  shortest.erase(std::unique(shortest.begin(), shortest.end()), shortest.end());
  return shortest;
}

std::vector<IdPath> Ids(const QueryResult& r) {
  std::vector<IdPath> out;
  for (const auto& row : r.rows) {
    IdPath p;
    for (const auto& v : row[0].as_list()) p.push_back(v.as_int());
    out.push_back(p);
  }
  return out;
}

TEST(ShortestPath, MatchesNaiveEnumerationOnRandomGraphs) {
  std::mt19937 rng(20240611);
  int checked = 0, with_paths = 0;
  for (int round = 0; round < 60; ++round) {
    int n = 5 + static_cast<int>(rng() % 6);
    int m = n + static_cast<int>(rng() % (2 * n));
    std::vector<Edge> edges;
    std::vector<bool> ok_node(n);
    graph::PropertyGraph g;
    Engine engine(g);
    std::string create =
        "UNWIND range(0, " + std::to_string(n - 1) + ") AS i CREATE (:N {i: i, ok: i % 4 <> 3})";
    engine.Run(create);
    for (int i = 0; i < n; ++i) ok_node[i] = i % 4 != 3;
    for (int i = 0; i < m; ++i) {
      Edge e{static_cast<int>(rng() % n), static_cast<int>(rng() % n), rng() % 3 != 0};
      edges.push_back(e);
      // relationships get ids 0, 1, 2, … in creation order
      engine.Run("MATCH (a:N {i: $a}), (b:N {i: $b}) CREATE (a)-[:" +
                     std::string(e.red ? "RED" : "BLUE") + "]->(b)",
                 {{"a", Value::Int(e.from)}, {"b", Value::Int(e.to)}});
    }
    std::vector<bool> all_ok(n, true);
    for (int trial = 0; trial < 6; ++trial) {
      int a = static_cast<int>(rng() % n), b = static_cast<int>(rng() % n);
      if (a == b) continue;
      bool directed = trial % 2 == 0;
      bool filtered = trial % 3 == 1;
      bool red = trial % 3 == 2;
      std::string arrow = directed ? "->" : "-";
      std::string pattern = std::string("(a)-[") + (red ? ":RED" : "") + "*]" + arrow + "(b)";
      std::string where = filtered ? " WHERE all(x IN nodes(p) WHERE x.ok)" : "";
      Params params{{"a", Value::Int(a)}, {"b", Value::Int(b)}};
      std::string head = "MATCH (a:N {i: $a}), (b:N {i: $b}) MATCH p = ";
      std::string tail = where + " RETURN [r IN relationships(p) | id(r)]";
      auto all = Ids(engine.Run(head + "allShortestPaths(" + pattern + ")" + tail, params));
      auto one = Ids(engine.Run(head + "shortestPath(" + pattern + ")" + tail, params));
      auto expected = NaiveShortest(edges, n, a, b, directed, filtered ? ok_node : all_ok, red);
      SCOPED_TRACE("round " + std::to_string(round) + " " + pattern + where +
                   " a=" + std::to_string(a) + " b=" + std::to_string(b));
      EXPECT_EQ(all, expected);
      if (expected.empty()) {
        EXPECT_TRUE(one.empty());
      } else {
        ASSERT_EQ(one.size(), 1u);
        EXPECT_EQ(one[0], expected[0]);
        ++with_paths;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 200);
  EXPECT_GT(with_paths, 60);
}

class ShortestPathChain : public testing::Test {
 protected:
  void SetUp() override {
    // a chain 0 -> 1 -> … -> 39 and a detour 0 -> 40 -> 2
    engine_.Run("UNWIND range(0, 40) AS i CREATE (:C {i: i})");
    engine_.Run("MATCH (a:C), (b:C) WHERE b.i = a.i + 1 AND b.i < 40 CREATE (a)-[:NEXT]->(b)");
    engine_.Run(
        "MATCH (a:C {i: 0}), (x:C {i: 40}), (b:C {i: 2}) CREATE (a)-[:NEXT]->(x), "
        "(x)-[:NEXT]->(b)");
  }
  int64_t Length(const std::string& pattern, const Limits& limits = {}) {
    QueryResult r = engine_.Run(
        "MATCH (a:C {i: 0}), (b:C {i: 39}) MATCH p = " + pattern + " RETURN length(p)", {}, limits);
    return r.rows.empty() ? -1 : r.rows[0][0].as_int();
  }
  graph::PropertyGraph g_;
  Engine engine_{g_};
};

TEST_F(ShortestPathChain, DefaultHopBoundApplies) {
  EXPECT_EQ(Length("shortestPath((a)-[*]->(b))"), -1);  // 39 hops > the default 32
  EXPECT_EQ(Length("shortestPath((a)-[*..50]->(b))"), 39);
  Limits wide;
  wide.max_hops = 64;
  EXPECT_EQ(Length("shortestPath((a)-[*]->(b))", wide), 39);
}

TEST_F(ShortestPathChain, TiesAreBrokenBySmallestRelationshipIds) {
  QueryResult r = engine_.Run(
      "MATCH (a:C {i: 0}), (b:C {i: 2}) MATCH p = allShortestPaths((a)-[*]->(b)) "
      "RETURN [n IN nodes(p) | n.i] AS nodes");
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0][0].as_list()[1].as_int(), 1);   // via the chain: relationships 0, 1
  EXPECT_EQ(r.rows[1][0].as_list()[1].as_int(), 40);  // via the detour: relationships 39, 40
  QueryResult one = engine_.Run(
      "MATCH (a:C {i: 0}), (b:C {i: 2}) MATCH p = shortestPath((a)-[*]->(b)) RETURN [n IN nodes(p) "
      "| n.i][1]");
  EXPECT_EQ(one.rows.at(0)[0].as_int(), 1);
}

TEST_F(ShortestPathChain, PredicatesApplyDuringTheSearch) {
  // excluding node 1 does not lose the path: the search takes the detour
  QueryResult r = engine_.Run(
      "MATCH (a:C {i: 0}), (b:C {i: 2}) MATCH p = shortestPath((a)-[*]->(b)) "
      "WHERE none(n IN nodes(p) WHERE n.i = 1) RETURN [n IN nodes(p) | n.i] AS nodes");
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0][0].as_list()[1].as_int(), 40);
}

TEST_F(ShortestPathChain, ZeroLengthOnlyWhenAllowed) {
  EXPECT_TRUE(
      engine_.Run("MATCH (a:C {i: 5}) MATCH p = shortestPath((a)-[*]-(a)) RETURN p").rows.empty());
  QueryResult r =
      engine_.Run("MATCH (a:C {i: 5}) MATCH p = shortestPath((a)-[*0..]-(a)) RETURN length(p)");
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0][0].as_int(), 0);
}

}  // namespace
}  // namespace kg::query
