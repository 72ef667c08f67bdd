// A small table of cells (text, number, true, null or a list of cells) and its
// renderings for kg leaders, one per --format: an aligned table for a terminal (widths
// in grapheme clusters, so Vietnamese lines up), CSV (RFC 4180) and TSV
// (graph/base/csv.h), one JSON document and JSON Lines. The flat formats join a list
// with "; " and write null as an empty field; JSON keeps lists as arrays.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kg::leaders {

struct Cell {
  enum class Kind { kNull, kText, kNumber, kTrue, kList };
  Kind kind = Kind::kNull;
  std::string text;         // kText, kNumber ("6")
  std::vector<Cell> items;  // kList

  static Cell Null() { return {}; }
  // "" is null: the flat formats could not tell them apart.
  static Cell Text(std::string s) {
    return s.empty() ? Cell{} : Cell{Kind::kText, std::move(s), {}};
  }
  static Cell Number(size_t n) { return {Kind::kNumber, std::to_string(n), {}}; }
  static Cell True() { return {Kind::kTrue, "true", {}}; }
  static Cell List(std::vector<Cell> items) { return {Kind::kList, {}, std::move(items)}; }
  bool is_null() const { return kind == Kind::kNull; }
  // As the flat formats show it: null "", a list its items joined with "; ".
  std::string Flat() const;
};

struct TextTable {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

std::string RenderAligned(const TextTable& table);  // null shown as "null"
std::string RenderCsv(const TextTable& table);
std::string RenderTsv(const TextTable& table);
// One JSON object: `header` (name, value) first, then "rows": an array of objects
// keyed by column.
std::string RenderJsonDocument(const TextTable& table,
                               const std::vector<std::pair<std::string, Cell>>& header);
// One object per row, one row a line.
std::string RenderJsonLines(const TextTable& table);

}  // namespace kg::leaders
