// kg import FILE... -o GRAPH | kg import --nodes F... --relationships F... -o GRAPH
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "graph/file/graph_file.h"
#include "graph/file/output_target.h"
#include "graph/import/import.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"
#include "tools/kg/fail.h"
#include "tools/kg/graph_to_extend.h"
#include "tools/kg/progress.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage =
    R"(usage: kg import FILE... -o GRAPH [--format graphml|edges] [--append] [--type TYPE] [--quiet|--progress]
       kg import --nodes FILE... --relationships FILE... -o GRAPH [--append]

Reads other tools' graphs into a graph file (see docs/import.md):

  FILE                a GraphML file (.graphml, .xml: igraph, networkx, yEd, Gephi,
                      kg export) or an edge list (.csv, .tsv, .txt, .edges: one
                      relationship a line, source,target[,type]; commas, tabs or
                      spaces; an optional header line; '#' comments)
  --nodes FILE        a neo4j-admin nodes file (:ID, :LABEL, name:type columns);
                      repeatable, as are
  --relationships FILE  neo4j-admin relationships files (:START_ID, :END_ID, :TYPE)
  -o GRAPH            the graph file to write (replaced atomically)
  --append            add to GRAPH instead of replacing it
  --format F          graphml or edges, when the extension does not tell
  --type TYPE         the type of relationships that name none (default LINKED_TO)
  --quiet             no progress line and no summary
  --progress          a progress line (the file being read, MB/s so far, saving)
                      even when stderr is not a terminal; on a terminal by default

Each node and relationship keeps where it came from: the file, as an article
"import:FILE", and the byte span of its element, line or row. An error names
file:line:column and nothing is written. Exit status: 0 ok, 1 error, 2 usage.)";

std::string FormatOf(const std::string& path, const std::optional<std::string>& forced) {
  if (forced) return *forced;
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".graphml" || ext == ".xml") return "graphml";
  if (ext == ".csv" || ext == ".tsv" || ext == ".txt" || ext == ".edges" || ext == ".edgelist" ||
      ext == ".el")
    return "edges";
  return "";
}

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{"--append", "--quiet", "--progress"},
                                 {"-o", "--format", "--type"},
                                 {"--nodes", "--relationships"}});
  if (!parsed.ok()) {
    return FailUsage("import", parsed.status().message(), kUsage);
  }
  const ParsedArgs& a = parsed.value();
  const auto nodes = a.GetAll("--nodes"), relationships = a.GetAll("--relationships");
  if (a.positional.empty() && nodes.empty() && relationships.empty()) {
    return FailUsage("import", "nothing to import", kUsage);
  }
  if (!relationships.empty() && nodes.empty()) {
    return Fail("import", "--relationships needs the --nodes files their ends are in", kExitUsage);
  }
  auto out = a.Get("-o");
  if (!out) {
    return FailUsage("import", "-o GRAPH is required", kUsage);
  }
  const auto forced = a.Get("--format");
  if (forced && *forced != "graphml" && *forced != "edges") {
    return Fail("import", "--format is graphml or edges (neo4j-admin CSV comes with --nodes)",
                kExitUsage);
  }
  for (const auto& f : a.positional)
    if (FormatOf(f, forced).empty()) {
      return Fail("import",
                  f + ": cannot tell the format from the extension; "
                      "give --format graphml or --format edges",
                  kExitUsage);
    }
  importer::ImportOptions options;
  if (auto t = a.Get("--type")) options.default_type = *t;

  const graph::OutputTarget target = graph::ResolveOutputTarget(*out);
  graph::WriterLock lock(target.path);
  if (Status s = target.in_place ? Status::Ok() : lock.Acquire(); !s.ok()) {
    return Fail("import", s.message());
  }
  auto extended = GraphToExtend(*out, a.Has("--append"));
  if (!extended.ok()) {
    return Fail("import", extended.status().message());
  }
  std::unique_ptr<graph::PropertyGraph> graph = std::move(extended).value();
  size_t node_count = 0, edge_count = 0;
  auto take = [&](Result<importer::ImportReport> r) {
    if (!r.ok()) {
      Fail("import", r.status().message());
      Fail("import", "nothing written");
      return false;
    }
    for (const auto& w : r.value().warnings) std::cerr << "kg import: " << w << "\n";
    node_count += r.value().nodes;
    edge_count += r.value().relationships;
    return true;
  };
  ProgressLine progress("kg import", a.Has("--progress"), a.Has("--quiet"));
  uint64_t bytes_read = 0;
  auto reading = [&](const std::string& file, size_t number, size_t count) {
    std::error_code ec;
    const uint64_t size = file == "-" ? 0 : std::filesystem::file_size(file, ec);
    if (!ec) bytes_read += size;
    progress.Show("reading " + file + " (file " + std::to_string(number) + " of " +
                      std::to_string(count) + (ec ? "" : ", " + Megabytes(size)) + ")",
                  /*now=*/true);
  };
  const size_t file_count = a.positional.size() + nodes.size() + relationships.size();
  size_t file_number = 0;
  // every file is read before anything is saved: one bad file writes nothing
  for (const auto& f : a.positional) {
    reading(f, ++file_number, file_count);
    const bool ok = FormatOf(f, forced) == "graphml"
                        ? take(importer::ImportGraphml(f, options, *graph))
                        : take(importer::ImportEdgeList(f, options, *graph));
    if (!ok) return 1;
  }
  if (!nodes.empty()) {
    for (const auto& f : nodes) reading(f, ++file_number, file_count);
    for (const auto& f : relationships) reading(f, ++file_number, file_count);
    if (!take(importer::ImportNeo4jCsv(nodes, relationships, options, *graph))) return 1;
  }
  progress.Show("read " + MegabytesAndRate(bytes_read, progress.seconds()) + "; saving " + *out +
                    " (" + std::to_string(graph->node_count()) + " nodes, " +
                    std::to_string(graph->edge_count()) + " relationships)",
                /*now=*/true);
  Status saved = graph::SaveGraph(*graph, *out);
  progress.Clear();
  if (Status s = saved; !s.ok()) {
    return Fail("import", s.message());
  }
  if (!a.Has("--quiet"))
    std::fprintf(stderr,
                 "kg import: %zu nodes, %zu relationships imported; saved %s (%zu nodes, %zu "
                 "relationships)\n",
                 node_count, edge_count, out->c_str(), graph->node_count(), graph->edge_count());
  return 0;
}

const bool kRegistered = RegisterCommand(
    {"import", "read GraphML, neo4j-admin CSV or an edge list into a graph file", kUsage, Run});

}  // namespace
}  // namespace kg::tools
