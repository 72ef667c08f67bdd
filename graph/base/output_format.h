// The names every kg command that prints rows takes after --format, with one meaning
// everywhere: an aligned table for a terminal, CSV (RFC 4180), TSV (graph/base/csv.h),
// one JSON document, or JSON Lines (one object a line).
#pragma once

#include <optional>
#include <string_view>

namespace kg {

enum class OutputFormat { kTable, kCsv, kTsv, kJson, kJsonl };

inline constexpr const char* kOutputFormatNames = "table, csv, tsv, json, jsonl";

inline std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "tsv") return OutputFormat::kTsv;
  if (name == "json") return OutputFormat::kJson;
  if (name == "jsonl") return OutputFormat::kJsonl;
  return std::nullopt;
}

}  // namespace kg
