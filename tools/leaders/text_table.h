// A small table of cells (text, number or null) and its three renderings for kg leaders:
// an aligned table for a terminal (widths in grapheme clusters, so Vietnamese lines up),
// CSV (RFC 4180, null as an empty field) and JSON (an array of objects keyed by column).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kg::leaders {

struct Cell {
  std::optional<std::string> text;  // nullopt is null
  bool number = false;              // rendered unquoted in JSON
  static Cell Null() { return {}; }
  static Cell Text(std::string s) { return s.empty() ? Cell{} : Cell{std::move(s), false}; }
  static Cell Number(size_t n) { return {std::to_string(n), true}; }
};

struct TextTable {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

std::string RenderAligned(const TextTable& table);
std::string RenderCsv(const TextTable& table);
std::string RenderJsonArray(const TextTable& table);

}  // namespace kg::leaders
