// CSV and TSV, the one way kg writes each.
//
// CSV (query results, leaders tables, neo4j-admin and facts exports): RFC 4180 fields — quoted when
// they hold a comma, a quote, CR or LF, with '"' doubled — and lines ending in LF, as every other
// text kg prints does.
#pragma once

#include <string>
#include <string_view>

namespace kg {

inline constexpr char kCsvLineEnd = '\n';

// Appends `field`, quoted only when it must be (or always, for readers that want every
// field quoted, like neo4j-admin import's string columns).
inline void AppendCsvField(std::string_view field, std::string& out, bool always_quote = false) {
  if (!always_quote && field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

inline std::string CsvField(std::string_view field) {
  std::string out;
  AppendCsvField(field, out);
  return out;
}

// TSV as PostgreSQL's COPY, MySQL and the "linear TSV" convention write it: fields
// separated by TAB, lines ending in LF, and a TAB, LF, CR or backslash inside a field
// written as \t, \n, \r or \\, so that every line is one record and `cut`, `awk -F'\t'`
// and `sort -t` see whole fields.
inline void AppendTsvField(std::string_view field, std::string& out) {
  for (char c : field) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out.push_back(c);
    }
  }
}

// One delimited field: CSV quoting or TSV escaping.
inline void AppendDelimitedField(std::string_view field, char delimiter, std::string& out) {
  if (delimiter == '\t') {
    AppendTsvField(field, out);
  } else {
    AppendCsvField(field, out);
  }
}

}  // namespace kg
