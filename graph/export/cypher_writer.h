// A Cypher script of CREATE statements that Neo4j (cypher-shell -f), Memgraph
// (mgconsole) and Kùzu run to rebuild the selection.
//
// Nodes are created in batches of up to 100 per statement:
//   CREATE (:Person {kgId: 'n0', name: 'Nguyễn Xuân Ký'}), (:Role {...});
// Relationships, one per statement, find their endpoints by label and kgId (kg's
// stable id, which every node and relationship carries as a property):
//   MATCH (a:Person {kgId: 'n0'}), (b:Role {kgId: 'n1'}) CREATE (a)-[:HOLDS {kgId: 'e0'}]->(b);
// Statements that only one system understands sit in comment lines with a
// prefix, to be extracted before running the script (docs/export.md):
//   //neo4j     CREATE INDEX … FOR (n:Person) ON (n.kgId);   (lookups by kgId)
//   //memgraph  CREATE INDEX ON :Person(kgId);
//   //kuzu      CREATE NODE TABLE / CREATE REL TABLE …       (Kùzu needs its schema)
// Values: strings in single quotes with openCypher escapes; integers, doubles
// (always with a '.', so they stay doubles), booleans and lists of one kind as
// literals; other lists as JSON strings; non-finite doubles omitted. A key whose
// values differ in type across elements takes the type GraphML would give it.
// Kùzu tables are single-label: a node's first label is its table.
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <ostream>

#include "graph/base/status.h"
#include "graph/export/exporter.h"

namespace kg::exporter {

inline constexpr size_t kCypherNodeBatch = 100;

Status WriteCypher(const graph::PropertyGraph& graph, const Selection& selection,
                   const ExportOptions& options, std::ostream& out);

}  // namespace kg::exporter
