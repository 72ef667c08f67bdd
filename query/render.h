// Result rendering for the command line: an aligned table (widths in grapheme
// clusters, so Vietnamese lines up), CSV (RFC 4180), TSV (graph/base/csv.h), JSON (one object per
// statement on one line: {"columns": [...], "rows": [[...], ...]}) and JSON
// Lines (one object per row, keyed by column).
//
// In JSON, nodes are {"id", "labels", "properties"}, relationships {"id",
// "type", "start", "end", "properties"} (start/end are node ids) and paths
// {"nodes": [...], "relationships": [...]}; floats that are not finite are
// null (JSON has no NaN). Ids are the graph's stable ids. Separators are
// ", " and ": ", as the issue writes the format (and Python's json.dumps).
#pragma once

#include <ostream>
#include <string>

#include "graph/base/output_format.h"
#include "graph/store/property_graph.h"
#include "query/engine.h"
#include "query/value.h"

namespace kg::query {

using kg::OutputFormat;

void RenderResult(const graph::PropertyGraph& g, const QueryResult& result, OutputFormat format,
                  std::ostream& out);

// One value as compact JSON.
// "created 2 nodes, set 3 properties": the non-zero counters, as the table footer
// and `kg query` (when it saves) show them.
std::string DescribeChanges(const WriteStats& s);

std::string ValueToJson(const graph::PropertyGraph& g, const Value& v);

// One value as Cypher-like text for tables: (12:Person {name: 'Ký'}).
std::string ValueToText(const graph::PropertyGraph& g, const Value& v, bool top_level = true);

}  // namespace kg::query
