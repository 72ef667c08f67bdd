#include "tools/kg/rows_output.h"

#include "query/render.h"

namespace kg::tools {

void PrintRows(const Rows& rows, OutputFormat format, std::ostream& out) {
  static const graph::PropertyGraph kNoGraph;  // the values hold no nodes
  query::QueryResult result;
  result.columns = rows.columns;
  result.rows = rows.rows;
  query::RenderResult(kNoGraph, result, format, out);
}

query::Value OptionalNumber(const std::optional<double>& value) {
  return value ? query::Value::Float(*value) : query::Value::Null();
}

}  // namespace kg::tools
