// kg facts GRAPH [--article ID] [--format F]: the facts view, as JSON Lines by default.
#include <iostream>

#include "graph/facts/fact_columns.h"
#include "graph/facts/facts_view.h"
#include "graph/file/graph_file.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"
#include "tools/kg/fail.h"
#include "tools/kg/rows_output.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage = R"(usage: kg facts GRAPH [--article ID] [--format F]

Prints the facts view (shared/docs/facts-format.md) of every article in the
graph, or of one article. GRAPH may be - for standard input.

  --article ID  only the facts of this article
  --format F    jsonl (default: one fact a line, the format kg eval reads),
                json (one array), csv (facts.csv of `kg export --format csv`:
                strings quoted, numbers bare, null empty), tsv
                (the same columns), or table (the columns some fact fills))";

// The facts as rows of their columns; for a table, without the columns no fact fills.
Rows FactRows(const graph::PropertyGraph& g, const std::string& article, bool drop_empty_columns) {
  Rows rows{facts::FactColumnNames(), {}};
  std::vector<facts::FactCell> cells;
  facts::ForEachFact(g, article, [&](std::string_view line) {
    if (!facts::SplitFact(line, cells)) return;
    query::ValueList row;
    for (auto& cell : cells)
      row.push_back(cell.kind == facts::FactCell::Kind::kNull
                        ? query::Value::Null()
                        : query::Value::String(std::move(cell.text)));
    rows.rows.push_back(std::move(row));
  });
  if (!drop_empty_columns) return rows;
  Rows kept;
  std::vector<size_t> keep;
  for (size_t c = 0; c < rows.columns.size(); ++c) {
    for (const auto& row : rows.rows) {
      if (row[c].is_null()) continue;
      keep.push_back(c);
      kept.columns.push_back(rows.columns[c]);
      break;
    }
  }
  for (const auto& row : rows.rows) {
    query::ValueList narrow;
    for (size_t c : keep) narrow.push_back(row[c]);
    kept.rows.push_back(std::move(narrow));
  }
  return kept;
}

void WriteFacts(const graph::PropertyGraph& g, const std::string& article, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJsonl: facts::WriteFactsView(g, std::cout, article); return;
    case OutputFormat::kJson: {
      bool first = true;
      std::cout << '[';
      facts::ForEachFact(g, article, [&](std::string_view line) {
        std::cout << (first ? "\n" : ",\n") << line;
        first = false;
      });
      std::cout << (first ? "]\n" : "\n]\n");
      return;
    }
    case OutputFormat::kCsv: {
      const auto& columns = facts::FactColumnNames();
      for (size_t i = 0; i < columns.size(); ++i) std::cout << (i ? "," : "") << columns[i];
      std::cout << '\n';
      std::vector<facts::FactCell> cells;
      std::string row;
      facts::ForEachFact(g, article, [&](std::string_view line) {
        if (!facts::SplitFact(line, cells)) return;
        row.clear();
        facts::AppendFactCsvRow(cells, row);
        std::cout << row;
      });
      return;
    }
    case OutputFormat::kTsv:
    case OutputFormat::kTable:
      PrintRows(FactRows(g, article, format == OutputFormat::kTable), format, std::cout);
      return;
  }
}

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{}, {"--article", "--format"}, {}});
  if (!parsed.ok() || parsed.value().positional.size() != 1) {
    return FailUsage("facts", parsed.ok() ? "expected one graph file" : parsed.status().message(),
                     kUsage);
  }
  auto format = FormatOption(parsed.value(), OutputFormat::kJsonl);
  if (!format.ok()) {
    return FailUsage("facts", format.status().message(), kUsage);
  }
  auto loaded = graph::LoadGraph(parsed.value().positional[0]);
  if (!loaded.ok()) {
    return Fail("facts", loaded.status().message());
  }
  std::ios::sync_with_stdio(false);
  WriteFacts(*loaded.value(), parsed.value().Get("--article").value_or(""), format.value());
  return 0;
}

const bool kRegistered =
    RegisterCommand({"facts", "print the facts view (JSON Lines, or any --format)", kUsage, Run});

}  // namespace
}  // namespace kg::tools
