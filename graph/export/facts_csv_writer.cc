#include "graph/export/facts_csv_writer.h"

#include <string>
#include <vector>

#include "graph/export/output.h"
#include "graph/facts/fact_columns.h"
#include "graph/facts/facts_view.h"

namespace kg::exporter {

bool AppendFactCsvRow(std::string_view json_line, std::string& out) {
  std::vector<facts::FactCell> cells;
  if (!facts::SplitFact(json_line, cells)) return false;
  facts::AppendFactCsvRow(cells, out);
  return true;
}

Status WriteFactsCsv(const graph::PropertyGraph& graph, const Selection& selection,
                     std::ostream& stream) {
  if (!selection.is_all()) {
    return Status::Error("facts CSV covers the whole graph; it cannot be limited to a query");
  }
  Output output(stream);
  const auto& columns = facts::FactColumnNames();
  for (size_t i = 0; i < columns.size(); ++i) output.buffer() += (i ? "," : "") + columns[i];
  output.buffer().push_back('\n');
  bool bad = false;
  facts::ForEachFact(graph, {}, [&](std::string_view line) {
    if (!AppendFactCsvRow(line, output.buffer())) bad = true;
    output.Commit();
  });
  if (bad) return Status::Error("the facts view wrote a line that is not JSON");
  return output.Finish();
}

}  // namespace kg::exporter
