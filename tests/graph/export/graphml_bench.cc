// Write speed of the GraphML export on a large synthetic graph, for the
// figures in docs/export.md (bench_graphml.py runs it beside igraph):
//   graphml_bench NODES EDGES OUT.graphml
// Prints one JSON object: build, write seconds and MB/s.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "graph/export/exporter.h"
#include "tests/graph/export/fixture_graph.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: graphml_bench NODES EDGES OUT.graphml\n");
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  auto seconds = [](Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
  };
  const auto t0 = Clock::now();
  auto graph = kg::exporter::testing::MakeLargeGraph(std::strtoull(argv[1], nullptr, 10),
                                                     std::strtoull(argv[2], nullptr, 10));
  const auto t1 = Clock::now();
  kg::Status s = kg::exporter::ExportToPath(*graph, kg::exporter::Selection::All(*graph),
                                            {.format = kg::exporter::Format::kGraphml}, argv[3]);
  const auto t2 = Clock::now();
  if (!s.ok()) {
    std::fprintf(stderr, "graphml_bench: %s\n", s.message().c_str());
    return 1;
  }
  const double mb = static_cast<double>(std::filesystem::file_size(argv[3])) / 1e6;
  std::printf(
      "{\"nodes\": %zu, \"edges\": %zu, \"build_s\": %.3f, \"write_s\": %.3f, "
      "\"mb\": %.1f, \"mb_per_s\": %.1f}\n",
      graph->node_count(), graph->edge_count(), seconds(t0, t1), seconds(t1, t2), mb,
      mb / seconds(t1, t2));
  return 0;
}
