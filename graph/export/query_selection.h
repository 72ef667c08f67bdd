// The part of a graph a Cypher query matched, for `kg export --query`:
//   - the relationships and paths the query returned, with their end nodes,
//     and the nodes it returned;
//   - when it returned nodes only (MATCH (p)-[*1..2]-(n) RETURN p, n), every
//     relationship between two of them, so the neighbourhood keeps its edges.
// Values are looked for in every column, inside lists and maps too; other
// values (strings, numbers) are ignored. A query that writes (CREATE) is refused.
// A library of its own (kg_export_query), so that kg_export does not depend on the
// query engine.
#pragma once

#include <string_view>

#include "graph/base/status.h"
#include "graph/export/selection.h"
#include "graph/store/property_graph.h"

namespace kg::exporter {

// Runs `query` against `graph` (which it does not change) and returns what it
// matched. Errors show the query with the failing span marked.
Result<Selection> SelectByQuery(graph::PropertyGraph& graph, std::string_view query);

}  // namespace kg::exporter
