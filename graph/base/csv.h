// CSV, the one way kg writes it (query results, leaders tables, neo4j-admin and facts
// exports): RFC 4180 fields — quoted when they hold a comma, a quote, CR or LF, with '"'
// doubled — and lines ending in LF, as every other text kg prints does.
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

}  // namespace kg
