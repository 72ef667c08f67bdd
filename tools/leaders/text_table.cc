#include "tools/leaders/text_table.h"

#include <algorithm>

#include "graph/base/csv.h"
#include "graph/store/value.h"
#include "extract/text/normalize.h"

namespace kg::leaders {
namespace {

std::string Shown(const Cell& cell) { return cell.text ? *cell.text : "null"; }

void Pad(std::string& out, const std::string& s, size_t width) {
  out += s;
  out.append(width - std::min(width, text::GraphemeCount(s)), ' ');
}


}  // namespace

std::string RenderAligned(const TextTable& table) {
  std::vector<size_t> widths;
  for (const std::string& c : table.columns) widths.push_back(text::GraphemeCount(c));
  for (const auto& row : table.rows)
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], text::GraphemeCount(Shown(row[i])));
  std::string rule = "+";
  for (size_t w : widths) rule += std::string(w + 2, '-') + "+";
  rule += "\n";
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out = "|";
    for (size_t i = 0; i < widths.size(); ++i) {
      out += " ";
      Pad(out, i < cells.size() ? cells[i] : "", widths[i]);
      out += " |";
    }
    return out + "\n";
  };
  std::string out = rule + line(table.columns) + rule;
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (const Cell& c : row) cells.push_back(Shown(c));
    out += line(cells);
  }
  out += rule;
  out += "(" + std::to_string(table.rows.size()) + (table.rows.size() == 1 ? " row)\n" : " rows)\n");
  return out;
}

std::string RenderCsv(const TextTable& table) {
  std::string out;
  for (size_t i = 0; i < table.columns.size(); ++i) out += (i ? "," : "") + CsvField(table.columns[i]);
  out += kCsvLineEnd;
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + (row[i].text ? CsvField(*row[i].text) : "");
    out += kCsvLineEnd;
  }
  return out;
}

std::string RenderJsonArray(const TextTable& table) {
  std::string out = "[";
  for (size_t r = 0; r < table.rows.size(); ++r) {
    out += r ? ",{" : "{";
    const auto& row = table.rows[r];
    for (size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
      out += (i ? "," : "") + graph::ToJson(graph::PropertyValue(table.columns[i])) + ":";
      const Cell& c = row[i];
      out += !c.text ? "null" : c.number ? *c.text : graph::ToJson(graph::PropertyValue(*c.text));
    }
    out += "}";
  }
  return out + "]\n";
}

}  // namespace kg::leaders
