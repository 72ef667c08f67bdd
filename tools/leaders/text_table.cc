#include "tools/leaders/text_table.h"

#include <algorithm>

#include "extract/text/normalize.h"
#include "extract/text/utf8.h"
#include "graph/base/csv.h"
#include "graph/base/json_string.h"

namespace kg::leaders {
namespace {

using JsonWriter = rapidjson::Writer<JsonStringSink>;

std::string Shown(const Cell& cell) { return cell.is_null() ? "null" : cell.Flat(); }

void Pad(std::string& out, const std::string& s, size_t width) {
  out += s;
  out.append(width - std::min(width, text::GraphemeCount(s)), ' ');
}

// RapidJSON copies bytes as they are: invalid UTF-8 is repaired first.
void WriteString(const std::string& s, JsonWriter& json) {
  std::string storage;
  const std::string_view valid = text::ValidUtf8(s, storage);
  json.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void WriteCell(const Cell& cell, JsonWriter& json) {
  switch (cell.kind) {
    case Cell::Kind::kNull: json.Null(); break;
    case Cell::Kind::kText: WriteString(cell.text, json); break;
    case Cell::Kind::kNumber: json.Uint64(std::stoull(cell.text)); break;
    case Cell::Kind::kTrue: json.Bool(true); break;
    case Cell::Kind::kList:
      json.StartArray();
      for (const Cell& item : cell.items) WriteCell(item, json);
      json.EndArray();
      break;
  }
}

void WriteRow(const TextTable& table, const std::vector<Cell>& row, JsonWriter& json) {
  json.StartObject();
  for (size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
    WriteString(table.columns[i], json);
    WriteCell(row[i], json);
  }
  json.EndObject();
}

std::string RenderDelimited(const TextTable& table, char delimiter) {
  std::string out;
  auto line = [&](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out.push_back(delimiter);
      AppendDelimitedField(fields[i], delimiter, out);
    }
    out.push_back(kCsvLineEnd);
  };
  line(table.columns);
  for (const auto& row : table.rows) {
    std::vector<std::string> fields;
    for (const Cell& c : row) fields.push_back(c.Flat());
    line(fields);
  }
  return out;
}

}  // namespace

std::string Cell::Flat() const {
  if (kind != Kind::kList) return text;
  std::string joined;
  for (size_t i = 0; i < items.size(); ++i) joined += (i ? "; " : "") + items[i].Flat();
  return joined;
}

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
  out +=
      "(" + std::to_string(table.rows.size()) + (table.rows.size() == 1 ? " row)\n" : " rows)\n");
  return out;
}

std::string RenderCsv(const TextTable& table) { return RenderDelimited(table, ','); }
std::string RenderTsv(const TextTable& table) { return RenderDelimited(table, '\t'); }

std::string RenderJsonDocument(const TextTable& table,
                               const std::vector<std::pair<std::string, Cell>>& header) {
  std::string out;
  JsonStringSink sink(out);
  JsonWriter json(sink);
  json.StartObject();
  for (const auto& [name, value] : header) {
    WriteString(name, json);
    WriteCell(value, json);
  }
  json.Key("rows");
  json.StartArray();
  for (const auto& row : table.rows) WriteRow(table, row, json);
  json.EndArray();
  json.EndObject();
  return out + "\n";
}

std::string RenderJsonLines(const TextTable& table) {
  std::string out;
  for (const auto& row : table.rows) {
    JsonStringSink sink(out);
    JsonWriter json(sink);
    WriteRow(table, row, json);
    out.push_back('\n');
  }
  return out;
}

}  // namespace kg::leaders
