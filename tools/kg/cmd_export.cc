// kg export GRAPH --format F [-o PATH]: the graph in the formats other tools read.
#include <iostream>

#include "graph/export/exporter.h"
#include "graph/file/graph_file.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"
#include "tools/kg/fail.h"
#include "tools/kg/progress.h"

#include "graph/export/query_selection.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage =
    R"(usage: kg export GRAPH --format FORMAT [--flavor FLAVOR] [--with-sources]
                 [--query CYPHER] [-o PATH] [--quiet|--progress]

Writes the graph, or the part of it a query matched, in FORMAT (docs/export.md tells how to open each in
Gephi, yEd, Cytoscape, networkx, igraph, Neo4j, Memgraph and Kùzu):

  graphml    GraphML 1.0 (--flavor yed adds the yFiles graphics yEd shows;
             --flavor boost writes booleans as 1/0 for Boost.Graph)
  json       node-link JSON (networkx, D3)
  cytoscape  Cytoscape.js elements JSON (also Cytoscape desktop: File > Import > Network)
  neo4j-csv  a node file per label, a relationship file per type, and load
             scripts for neo4j-admin database import and Kùzu (COPY FROM)
  cypher     a script of CREATE statements (Neo4j, Memgraph, Kùzu)
  dot        Graphviz DOT, for pictures of small graphs (dot -Tsvg)
  csv        facts.csv: the facts view, one column per field

  -o PATH         the file to write (standard output when absent), or the
                  directory for neo4j-csv and csv (created when missing)
  --with-sources  add each node's and relationship's articles and evidence spans
  --query Q       export only what a Cypher query matched: the relationships
                  and paths it returned with their ends, or, when it returned
                  nodes only, those nodes and every relationship among them
  --quiet         no progress line and no summary
  --progress      a progress line (loading, MB written, MB/s) even when stderr
                  is not a terminal; on a terminal it is shown by default

The file appears only when complete: a failed export leaves no partial file.)";

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(
      args,
      {{"--with-sources", "--quiet", "--progress"}, {"--format", "--flavor", "--query", "-o"}, {}});
  if (!parsed.ok()) return FailUsage("export", parsed.status().message(), kUsage);
  const ParsedArgs& a = parsed.value();
  if (a.positional.size() != 1) return FailUsage("export", "expected one graph file", kUsage);
  if (!a.Get("--format")) return FailUsage("export", "--format is required", kUsage);
  auto format = exporter::ParseFormat(*a.Get("--format"));
  if (!format.ok()) return FailUsage("export", format.status().message(), kUsage);

  exporter::ExportOptions options;
  options.format = format.value();
  options.with_provenance = a.Has("--with-sources");
  if (auto flavor = a.Get("--flavor")) {
    if (options.format != exporter::Format::kGraphml)
      return FailUsage("export", "--flavor applies to --format graphml only", kUsage);
    auto parsed_flavor = exporter::ParseFlavor(*flavor);
    if (!parsed_flavor.ok()) return FailUsage("export", parsed_flavor.status().message(), kUsage);
    options.flavor = parsed_flavor.value();
  }
  if (options.format == exporter::Format::kFactsCsv && options.with_provenance)
    return FailUsage(
        "export", "--with-sources does not apply to csv: every fact carries its article and span",
        kUsage);
  if (a.Get("--query") && options.format == exporter::Format::kFactsCsv)
    return FailUsage("export",
                     "csv (the facts view) covers the whole graph: --query does not apply", kUsage);
  const std::string out_path = a.Get("-o").value_or("-");
  if (out_path == "-" && exporter::WritesDirectory(options.format))
    return FailUsage("export",
                     std::string(exporter::FormatName(options.format)) +
                         " writes a directory of files: give it with -o DIR",
                     kUsage);

  ProgressLine progress("kg export", a.Has("--progress"), a.Has("--quiet"));
  progress.Show("loading " + a.positional[0], /*now=*/true);
  auto loaded = graph::LoadGraph(a.positional[0]);
  if (!loaded.ok()) return Fail("export", loaded.status().message());
  graph::PropertyGraph& g = *loaded.value();
  const double loaded_at = progress.seconds();
  const std::string writing = "writing " + std::string(exporter::FormatName(options.format));
  if (progress.enabled()) {
    progress.Show(writing, /*now=*/true);
    options.on_progress = [&](uint64_t bytes) {
      progress.Show(writing + ": " + MegabytesAndRate(bytes, progress.seconds() - loaded_at));
    };
  }
  auto selection = exporter::Selection::All(g);
  if (auto query = a.Get("--query")) {
    auto selected = exporter::SelectByQuery(g, *query);
    if (!selected.ok()) return Fail("export", selected.status().message());
    selection = std::move(selected).value();
  }
  // Graphviz lays out a few thousand nodes at most: dot ran 400 s on the 15,813 of the
  // baomoi graph and was killed with nothing drawn
  constexpr size_t kDotComfortableNodes = 2000;
  if (options.format == exporter::Format::kDot && selection.node_count() > kDotComfortableNodes)
    std::cerr
        << "kg export: warning: " << selection.node_count()
        << " nodes is more than Graphviz lays out in reasonable time (a few thousand); "
           "export a part with --query, e.g. --query \"MATCH (p:Person {name: 'Nguyễn Xuân Ký'})"
           "-[r]-(x) RETURN p, r, x\", or use graphml for Gephi\n";
  Status s;
  if (out_path == "-") {
    std::ios::sync_with_stdio(false);
    s = exporter::ExportToStream(g, selection, options, std::cout);
    if (!s.ok()) s = Status::Error("standard output: " + s.message());
  } else {
    s = exporter::ExportToPath(g, selection, options, out_path);
  }
  progress.Clear();
  if (!s.ok()) return Fail("export", s.message());
  if (out_path != "-" && !a.Has("--quiet")) {
    std::cerr << "kg export: " << selection.node_count() << " nodes, " << selection.edge_count()
              << " relationships -> " << out_path << "\n";
  }
  return 0;
}

const bool kRegistered = RegisterCommand(
    {"export", "write the graph as GraphML, JSON, CSV, Cypher or DOT", kUsage, Run});

}  // namespace
}  // namespace kg::tools
