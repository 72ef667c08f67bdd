// Query benchmark: a synthetic graph of 1M nodes and 5M
// relationships, saved to and loaded from kg's file; median latency of a 2-hop
// neighbourhood and of a shortest path through the Cypher front end. Writes
// the edge list and the chosen node ids so igraph_bench.py can time the same
// traversals in python3-igraph. Also times writing the loaded graph as GraphML
// (what `kg export --format graphml -o FILE` does after loading).
//
//   query_bench [--nodes N] [--edges M] [--queries Q] [--dir DIR] [--load-only RUNS]
//               [--graphml-only RUNS]
//
// --load-only RUNS reuses DIR/query_bench.kg when it exists (building it
// otherwise), times LoadGraph RUNS times, prints each time and the median, and
// runs no queries. --graphml-only RUNS does the same for the GraphML export of
// one loaded graph, written to DIR/query_bench.graphml and removed afterwards.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "graph/export/exporter.h"
#include "graph/file/graph_file.h"
#include "query/engine.h"

namespace {

double Ms(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// Milliseconds to export `graph` as GraphML to `path` (the file closed and renamed into
// place, as `kg export -o` leaves it), and the file's size in MB; the file is removed.
std::pair<double, double> TimeGraphml(const kg::graph::PropertyGraph& graph,
                                      const std::string& path) {
  namespace ex = kg::exporter;
  auto s = std::chrono::steady_clock::now();
  kg::Status st =
      ex::ExportToPath(graph, ex::Selection::All(graph), {.format = ex::Format::kGraphml}, path);
  double ms = Ms(std::chrono::steady_clock::now() - s);
  if (!st.ok()) {
    std::cerr << st.message() << "\n";
    std::exit(1);
  }
  double mb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
  std::filesystem::remove(path);
  return {ms, mb};
}

}  // namespace

int main(int argc, char** argv) {
  int64_t nodes = 1'000'000, edges = 5'000'000, queries = 101, load_runs = 0, graphml_runs = 0;
  std::string dir = "/tmp";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--load-only")
      load_runs = std::stoll(argv[i + 1]);
    else if (a == "--graphml-only")
      graphml_runs = std::stoll(argv[i + 1]);
    else if (a == "--nodes")
      nodes = std::stoll(argv[i + 1]);
    else if (a == "--edges")
      edges = std::stoll(argv[i + 1]);
    else if (a == "--queries")
      queries = std::stoll(argv[i + 1]);
    else if (a == "--dir")
      dir = argv[i + 1];
  }
  using Clock = std::chrono::steady_clock;
  namespace g = kg::graph;
  std::mt19937_64 rng(42);
  std::string file = dir + "/query_bench.kg", graphml = dir + "/query_bench.graphml";
  const bool reuse = load_runs > 0 || graphml_runs > 0;
  if (!reuse || !std::filesystem::exists(file)) {
    auto t0 = Clock::now();
    g::PropertyGraph graph;
    g::SymbolId label = graph.Intern("N"), type = graph.Intern("R"), name = graph.Intern("name");
    for (int64_t i = 0; i < nodes; ++i)
      graph.AddNode({label}, {{name, g::PropertyValue("n" + std::to_string(i))}});
    std::ofstream el(dir + "/query_bench.edges");
    std::uniform_int_distribution<int64_t> pick(0, nodes - 1);
    for (int64_t i = 0; i < edges; ++i) {
      auto s = static_cast<g::NodeIndex>(pick(rng)), t = static_cast<g::NodeIndex>(pick(rng));
      graph.AddEdge(type, s, t);
      el << s << ' ' << t << '\n';
    }
    auto t1 = Clock::now();
    kg::Status st = g::SaveGraph(graph, file);
    if (!st.ok()) {
      std::cerr << st.message() << "\n";
      return 1;
    }
    std::printf("built %lld nodes, %lld relationships in %.0f ms; saved in %.0f ms\n",
                static_cast<long long>(nodes), static_cast<long long>(edges), Ms(t1 - t0),
                Ms(Clock::now() - t1));
  }
  if (load_runs > 0) {
    std::vector<double> runs;
    for (int64_t i = 0; i < load_runs; ++i) {
      auto s = Clock::now();
      auto loaded = g::LoadGraph(file);
      if (!loaded.ok()) {
        std::cerr << loaded.status().message() << "\n";
        return 1;
      }
      runs.push_back(Ms(Clock::now() - s));
      std::printf("load %.0f ms (%zu nodes, %zu relationships)\n", runs.back(),
                  loaded.value()->node_count(), loaded.value()->edge_count());
    }
    std::printf("load median %.0f ms over %lld runs\n", Median(runs),
                static_cast<long long>(load_runs));
    return 0;
  }
  auto t0 = Clock::now();
  auto loaded = g::LoadGraph(file);
  if (!loaded.ok()) {
    std::cerr << loaded.status().message() << "\n";
    return 1;
  }
  g::PropertyGraph& graph = *loaded.value();
  double load_ms = Ms(Clock::now() - t0);
  if (graphml_runs > 0) {
    std::vector<double> runs;
    for (int64_t i = 0; i < graphml_runs; ++i) {
      auto [ms, mb] = TimeGraphml(graph, graphml);
      runs.push_back(ms);
      std::printf("GraphML export (write): %.0f ms, %.1f MB\n", ms, mb);
    }
    std::printf("GraphML export median %.0f ms over %lld runs\n", Median(runs),
                static_cast<long long>(graphml_runs));
    return 0;
  }
  t0 = Clock::now();
  graph.Topology();
  double topology_ms = Ms(Clock::now() - t0);
  t0 = Clock::now();
  kg::query::Engine engine(graph);
  double index_ms = Ms(Clock::now() - t0);
  std::printf("load %.0f ms, topology %.0f ms, name index %.0f ms\n", load_ms, topology_ms,
              index_ms);

  std::uniform_int_distribution<int64_t> pick(0, nodes - 1);
  std::ofstream ids(dir + "/query_bench.ids");
  std::vector<double> hood, hood_named, path;
  int64_t total_hood = 0, found_paths = 0, first_start = 0;
  for (int64_t q = 0; q < queries; ++q) {
    int64_t a = pick(rng), b = pick(rng);
    ids << a << ' ' << b << '\n';
    if (q == 0) first_start = a;
    kg::query::Params p{{"a", kg::query::Value::Int(a)},
                        {"b", kg::query::Value::Int(b)},
                        {"name", kg::query::Value::String("N" + std::to_string(a))}};
    auto s = Clock::now();
    auto r =
        engine.Run("MATCH (n) WHERE id(n) = $a MATCH (n)-[*1..2]-(m) RETURN count(DISTINCT m)", p);
    hood.push_back(Ms(Clock::now() - s));
    total_hood += r.rows[0][0].as_int();
    s = Clock::now();
    engine.Run(
        "MATCH (n:N) WHERE fold(n.name) = fold($name) MATCH (n)-[*1..2]-(m) RETURN count(DISTINCT "
        "m)",
        p);
    hood_named.push_back(Ms(Clock::now() - s));
    s = Clock::now();
    auto sp = engine.Run(
        "MATCH (x), (y) WHERE id(x) = $a AND id(y) = $b MATCH p = shortestPath((x)-[*]-(y)) RETURN "
        "length(p)",
        p);
    path.push_back(Ms(Clock::now() - s));
    found_paths += static_cast<int64_t>(sp.rows.size());
  }
  // whole-graph procedures (docs/query.md), each once: a run is seconds, not microseconds
  auto timed = [&](const char* label, const std::string& statement, bool default_limits = false) {
    kg::query::Limits generous;
    if (!default_limits) generous.timeout_ms = 600'000;
    kg::query::Params p{{"a", kg::query::Value::Int(first_start)}};  // igraph_bench's too
    auto s = Clock::now();
    auto r = engine.Run(statement, p, generous);
    std::printf("%-38s %.0f ms (%s)\n", label, Ms(Clock::now() - s),
                r.rows.empty() ? "no rows" : std::to_string(r.rows[0][0].as_int()).c_str());
  };
  timed("kg.pagerank:", "CALL kg.pagerank() YIELD node RETURN count(node)");
  timed("kg.wcc:", "CALL kg.wcc() YIELD componentId RETURN max(componentId) + 1");
  timed("kg.bfs, everything reachable:",
        "MATCH (n) WHERE id(n) = $a CALL kg.bfs(n) YIELD node RETURN count(node)");
  timed("reachable, Cypher (default budgets):",
        "MATCH (n) WHERE id(n) = $a MATCH (n)-[*]-(m) RETURN count(DISTINCT m)", true);
  timed("top 10 by out-degree, Cypher:",
        "MATCH (n)-[r]->() WITH n.name AS name, count(r) AS d ORDER BY d DESC LIMIT 10 "
        "RETURN count(*)");
  timed("kg.degree, top 10:",
        "CALL kg.degree({direction: 'OUT'}) YIELD node, degree WITH node, degree ORDER BY degree "
        "DESC LIMIT 10 RETURN count(*)");
  {
    auto [ms, mb] = TimeGraphml(graph, graphml);
    std::printf("%-38s %.0f ms (%.1f MB)\n", "GraphML export (write):", ms, mb);
  }

  std::printf(
      "2-hop neighbourhood by id:            median %.3f ms (%lld queries, mean size %.0f)\n",
      Median(hood), static_cast<long long>(queries),
      static_cast<double>(total_hood) / static_cast<double>(queries));
  std::printf("2-hop neighbourhood by folded name:   median %.3f ms\n", Median(hood_named));
  std::printf(
      "shortest path (undirected):           median %.3f ms (%lld of %lld pairs connected)\n",
      Median(path), static_cast<long long>(found_paths), static_cast<long long>(queries));
  return 0;
}
