// kg import: other tools' graphs into a PropertyGraph.
//
//   GraphML          any producer (kg, igraph, networkx, yEd, Gephi): keys with
//                    attr.type become typed properties; kg's own kgType key gives
//                    labels and relationship types
//   neo4j-admin CSV  --nodes / --relationships files with typed headers (:ID,
//                    :LABEL, :START_ID, :END_ID, :TYPE, name:string, x:long,
//                    x:double, x:boolean, x:string[] …)
//   edge list        one relationship a line: source,target[,type] (comma, tab or
//                    white space between fields; '#' starts a comment line)
//
// Every imported node and relationship carries the evidence of where it came
// from: an article record "import:PATH" (source "imported from PATH") and the
// byte span of its element, line or row in that file. Errors name the file,
// line and column; a failed import adds nothing to the graph.
#pragma once

#include <string>
#include <vector>

#include "graph/base/status.h"
#include "graph/store/property_graph.h"

namespace kg::importer {

struct ImportOptions {
  std::string default_type = "LINKED_TO";  // relationships without a type of their own
};

struct ImportReport {
  size_t nodes = 0;
  size_t relationships = 0;
  std::vector<std::string> warnings;  // what was read but could not be kept, one line each
};

Result<ImportReport> ImportGraphml(const std::string& path, const ImportOptions& options,
                                   graph::PropertyGraph& graph);

Result<ImportReport> ImportNeo4jCsv(const std::vector<std::string>& node_files,
                                    const std::vector<std::string>& relationship_files,
                                    const ImportOptions& options, graph::PropertyGraph& graph);

Result<ImportReport> ImportEdgeList(const std::string& path, const ImportOptions& options,
                                    graph::PropertyGraph& graph);

}  // namespace kg::importer
