// A directory in the header conventions of `neo4j-admin database import` (Neo4j 5) that
// Kùzu's COPY FROM takes too: one node file per label, one relationship file per type,
// and a load script for each (import-neo4j.sh, load-kuzu.cypher), plus load_igraph.py,
// which builds a python-igraph Graph from the files with their types
// (graph/export/igraph_load_script.h):
//
//   nodes_Person.csv        kgId:ID,:LABEL,name:string,…     (the columns Persons have)
//   relationships_HOLDS.csv :START_ID,:END_ID,:TYPE,kgId:string,firstSeen:string,…
//
// A node is filed under its first label (":LABEL" lists them all, ';'-separated); a
// type that joins more than one pair of labels gets a file per pair
// ("relationships_RELATED_Person_Body.csv"), since Kùzu copies one FROM/TO pair at a time.
// `kgId` is kg's stable id ("n12", "e7"). Columns are typed from the values: boolean,
// long, double, string, and arrays (`string[]`, `long[]`…) for lists of one kind; other
// lists, and lists of strings that hold ';', are JSON text in a string column. Strings are
// always quoted ("" inside); a missing value is an empty unquoted field. With provenance,
// `articles:string[]` and `evidence:string` (JSON). Property names lose ',', ':', '"' and
// controls. Kùzu reads the arrays as their ';'-joined text (STRING columns).
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "graph/base/status.h"
#include "graph/export/exporter.h"

namespace kg::exporter {

inline constexpr char kNeo4jImportScript[] = "import-neo4j.sh";
inline constexpr char kKuzuLoadScript[] = "load-kuzu.cypher";
inline constexpr char kUnlabelled[] = "Node";  // the table of nodes without a label

// Opens a new file of the export directory by name; the caller commits all of them or
// none once the writer returns.
using FileOpener = std::function<Result<std::ostream*>(const std::string& name)>;

Status WriteNeo4jCsv(const graph::PropertyGraph& graph, const Selection& selection,
                     const ExportOptions& options, const FileOpener& open);

}  // namespace kg::exporter
