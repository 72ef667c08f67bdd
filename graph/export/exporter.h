// kg's exports: the graph, or a part of it, in the formats other tools read.
//
//   graphml    GraphML 1.0 for Gephi, Cytoscape, networkx, igraph, Boost.Graph;
//              Flavor::kYed adds yFiles ShapeNode/NodeLabel graphics for yEd;
//              Flavor::kBoost writes booleans 1/0 for Boost.Graph's read_graphml
//   json       node-link JSON (networkx json_graph.node_link_graph, D3)
//   cytoscape  Cytoscape.js elements JSON (also Cytoscape desktop's .cyjs import)
//   neo4j-csv  a node file per label, a relationship file per type and load scripts,
//              for `neo4j-admin database import` and Kùzu's COPY FROM
//   cypher     CREATE statements for Neo4j, Memgraph and Kùzu
//   dot        Graphviz DOT, for pictures of small subgraphs (`dot -Tsvg`)
//   csv        facts as CSV (facts.csv: the facts view, one column per field)
//
// Every writer streams: it walks the selection once (twice for formats that
// declare typed columns first) and never copies the graph. Node ids are "n" +
// NodeRecord::id and relationship ids "e" + EdgeRecord::id, stable across saves.
// docs/export.md has the format details and how to open each file in each tool.
//
// Example:
//   auto selection = kg::exporter::Selection::All(graph);
//   kg::exporter::ExportOptions options{.format = kg::exporter::Format::kGraphml};
//   kg::Status s = kg::exporter::ExportToPath(graph, selection, options, "news.graphml");
//
// Failures are Status values naming the path (cannot create, write failed).
// Thread-safe for concurrent exports of a graph nobody mutates meanwhile.
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/base/status.h"
#include "graph/export/selection.h"
#include "graph/store/property_graph.h"

namespace kg::exporter {

enum class Format { kGraphml, kJson, kCytoscape, kNeo4jCsv, kCypher, kDot, kFactsCsv };
// Boost 1.74's read_graphml reads booleans with lexical_cast<bool>, which takes
// only 1/0; Gephi and Cytoscape (Java's parseBoolean) take only true/false. So
// plain and yed write true/false and boost writes 1/0 (both valid xs:boolean).
enum class Flavor { kPlain, kYed, kBoost };

struct ExportOptions {
  Format format = Format::kGraphml;
  Flavor flavor = Flavor::kPlain;  // GraphML only
  bool with_provenance = false;    // article ids and evidence spans on every element
  // Called with the bytes written so far (all files), every few megabytes, for a
  // progress line.
  std::function<void(uint64_t bytes_written)> on_progress;
};

// "graphml", "json", "cytoscape", "neo4j-csv", "cypher", "dot", "csv"; an error lists them.
Result<Format> ParseFormat(std::string_view name);
// "plain", "yed" or "boost".
Result<Flavor> ParseFlavor(std::string_view name);
std::string_view FormatName(Format format);

// True for the formats that write a directory of files (neo4j-csv, csv).
bool WritesDirectory(Format format);

// Writes a single-file format to `out`. An error for directory formats.
Status ExportToStream(const graph::PropertyGraph& graph, const Selection& selection,
                      const ExportOptions& options, std::ostream& out);

// Writes to `path`: the file itself for single-file formats, or the directory
// (created when missing) for neo4j-csv and csv. Every file is written under a
// temporary name and renamed into place, so a failed export leaves no partial file.
Status ExportToPath(const graph::PropertyGraph& graph, const Selection& selection,
                    const ExportOptions& options, const std::string& path);

// The file the facts format writes in its directory (neo4j-csv's files are named by label
// and type: graph/export/neo4j_csv_writer.h).
inline constexpr char kFactsCsv[] = "facts.csv";

}  // namespace kg::exporter
