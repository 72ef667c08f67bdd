// Rows that are not the result of a query — stats counts, eval scores, facts — printed
// through the query renderer, so that every command's table, CSV, TSV, JSON and JSON
// Lines look alike (query/render.h).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "graph/base/output_format.h"
#include "query/value.h"

namespace kg::tools {

struct Rows {
  std::vector<std::string> columns;
  std::vector<query::ValueList> rows;
};

void PrintRows(const Rows& rows, OutputFormat format, std::ostream& out);

// A number that may be undefined (a ratio of 0/0): null then.
query::Value OptionalNumber(const std::optional<double>& value);

}  // namespace kg::tools
