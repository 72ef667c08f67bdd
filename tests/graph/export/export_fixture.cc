// Writes the fixture graph (fixture_graph.h) in every export format into a
// directory, for the reader checks in tests/graph/export/*.py:
//   export_fixture OUT_DIR
// OUT_DIR/fixture.kg is the graph itself, for `kg export` and `kg stats`, and
// OUT_DIR/facts.jsonl its facts view, which facts/facts.csv must match.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "graph/export/exporter.h"
#include "graph/facts/facts_view.h"
#include "graph/file/graph_file.h"
#include "tests/graph/export/fixture_graph.h"

namespace {

using kg::exporter::ExportOptions;
using kg::exporter::Flavor;
using kg::exporter::Format;

bool Write(const kg::graph::PropertyGraph& graph, const kg::exporter::Selection& selection,
           const ExportOptions& options, const std::string& path) {
  kg::Status s = kg::exporter::ExportToPath(graph, selection, options, path);
  if (!s.ok()) std::fprintf(stderr, "export_fixture: %s\n", s.message().c_str());
  return s.ok();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: export_fixture OUT_DIR\n");
    return 2;
  }
  const std::string dir = argv[1];
  std::filesystem::create_directories(dir);
  auto graph = kg::exporter::testing::MakeFixtureGraph();
  const auto all = kg::exporter::Selection::All(*graph);
  // The neighbourhood of Nguyễn Xuân Ký (n0): his role and the event he chaired.
  const auto part = kg::exporter::Selection::Of(*graph, {}, {0, 2});
  bool ok = true;
  ok &= Write(*graph, all, {.format = Format::kGraphml}, dir + "/plain.graphml");
  ok &= Write(*graph, all, {.format = Format::kGraphml, .with_provenance = true},
              dir + "/provenance.graphml");
  ok &= Write(*graph, all, {.format = Format::kGraphml, .flavor = Flavor::kYed},
              dir + "/yed.graphml");
  ok &= Write(*graph, all, {.format = Format::kGraphml, .flavor = Flavor::kBoost},
              dir + "/boost.graphml");
  ok &= Write(*graph, part, {.format = Format::kGraphml}, dir + "/part.graphml");
  ok &= Write(*graph, all, {.format = Format::kJson, .with_provenance = true}, dir + "/graph.json");
  ok &= Write(*graph, all, {.format = Format::kCytoscape, .with_provenance = true},
              dir + "/cytoscape.json");
  ok &= Write(*graph, all, {.format = Format::kNeo4jCsv}, dir + "/neo4j");
  ok &= Write(*graph, all, {.format = Format::kNeo4jCsv, .with_provenance = true},
              dir + "/neo4j-provenance");
  ok &= Write(*graph, all, {.format = Format::kCypher}, dir + "/graph.cypher");
  ok &= Write(*graph, all, {.format = Format::kCypher, .with_provenance = true},
              dir + "/provenance.cypher");
  ok &= Write(*graph, all, {.format = Format::kDot}, dir + "/graph.dot");
  ok &= Write(*graph, part, {.format = Format::kDot}, dir + "/part.dot");
  ok &= Write(*graph, all, {.format = Format::kFactsCsv}, dir + "/facts");
  {
    std::ofstream view(dir + "/facts.jsonl", std::ios::binary);  // what facts.csv must hold
    kg::facts::WriteFactsView(*graph, view);
    ok &= static_cast<bool>(view);
  }
  kg::Status s = kg::graph::SaveGraph(*graph, dir + "/fixture.kg");
  if (!s.ok()) {
    std::fprintf(stderr, "export_fixture: %s\n", s.message().c_str());
    ok = false;
  }
  return ok ? 0 : 1;
}
