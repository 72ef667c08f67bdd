// nodes.csv and relationships.csv in the header conventions of
// `neo4j-admin database import` (Neo4j 5), which takes them with its defaults
// (',' delimiter, '"' quote, ';' array delimiter) plus --multiline-fields=true
// when a value holds a line break:
//
//   nodes.csv          kgId:ID,:LABEL,name:string,ordinal:long,value:double,…
//   relationships.csv  :START_ID,:END_ID,:TYPE,kgId:string,firstSeen:string,…
//
// `kgId` is kg's stable id ("n12", "e7"), kept as a property. Columns are typed
// from the values: boolean, long, double, string, and arrays (`string[]`,
// `long[]`…) for lists of one kind; other lists, and lists of strings that hold
// ';', are JSON text in a string column. Strings are always quoted ("" inside);
// a missing value is an empty unquoted field. With provenance, `articles:string[]`
// and `evidence:string` (JSON). Property names lose ',', ':', '"' and controls.
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <ostream>

#include "graph/base/status.h"
#include "graph/export/exporter.h"

namespace kg::exporter {

Status WriteNeo4jCsv(const graph::PropertyGraph& graph, const Selection& selection,
                     const ExportOptions& options, std::ostream& nodes,
                     std::ostream& relationships);

}  // namespace kg::exporter
