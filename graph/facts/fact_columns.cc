#include "graph/facts/fact_columns.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "extract/text/utf8.h"
#include "graph/base/csv.h"

namespace kg::facts {
namespace {

// The columns a field of the view fills by name; evidence and `other` follow them.
constexpr std::string_view kNamedColumns[] = {
    "fact",       "article", "person", "role", "body",  "province", "date",
    "name",       "ordinal", "number", "type", "title", "action",   "indicator",
    "comparator", "value",   "unit",   "year", "task",  "deadline",
};
constexpr size_t kNamedCount = std::size(kNamedColumns);
constexpr size_t kEvidenceStart = kNamedCount, kEvidenceEnd = kNamedCount + 1,
                 kOther = kNamedCount + 2;

int ColumnOf(std::string_view name) {
  for (size_t i = 0; i < kNamedCount; ++i)
    if (kNamedColumns[i] == name) return static_cast<int>(i);
  return -1;
}

std::string JsonText(const rapidjson::Value& v) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  v.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

FactCell CellOf(const rapidjson::Value& v) {
  if (v.IsNull()) return {};
  if (v.IsString()) {
    std::string storage;
    return {FactCell::Kind::kString,
            std::string(text::ValidUtf8({v.GetString(), v.GetStringLength()}, storage))};
  }
  if (v.IsNumber() || v.IsBool()) return {FactCell::Kind::kLiteral, JsonText(v)};
  return {FactCell::Kind::kJson, JsonText(v)};
}

}  // namespace

const std::vector<std::string>& FactColumnNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all(std::begin(kNamedColumns), std::end(kNamedColumns));
    for (const char* extra : {"evidence_start", "evidence_end", "other"}) all.push_back(extra);
    return all;
  }();
  return names;
}

bool SplitFact(std::string_view json_line, std::vector<FactCell>& cells) {
  rapidjson::Document doc;
  doc.Parse(json_line.data(), json_line.size());
  if (doc.HasParseError() || !doc.IsObject()) return false;
  cells.assign(kOther + 1, FactCell{});
  rapidjson::Document other(rapidjson::kObjectType);
  for (auto& member : doc.GetObject()) {
    const std::string_view name(member.name.GetString(), member.name.GetStringLength());
    if (name == "evidence" && member.value.IsObject()) {
      if (auto it = member.value.FindMember("start"); it != member.value.MemberEnd())
        cells[kEvidenceStart] = CellOf(it->value);
      if (auto it = member.value.FindMember("end"); it != member.value.MemberEnd())
        cells[kEvidenceEnd] = CellOf(it->value);
      continue;
    }
    if (const int column = ColumnOf(name); column >= 0) {
      cells[column] = CellOf(member.value);
    } else if (!member.value.IsNull()) {
      other.AddMember(rapidjson::Value(member.name, other.GetAllocator()),
                      rapidjson::Value(member.value, other.GetAllocator()), other.GetAllocator());
    }
  }
  if (other.MemberCount() > 0) cells[kOther] = {FactCell::Kind::kJson, JsonText(other)};
  return true;
}

void AppendFactCsvRow(const std::vector<FactCell>& cells, std::string& out) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out.push_back(',');
    const FactCell& cell = cells[i];
    if (cell.kind == FactCell::Kind::kLiteral) {
      out += cell.text;
    } else if (cell.kind != FactCell::Kind::kNull) {
      AppendCsvField(cell.text, out, /*always_quote=*/true);
    }
  }
  out.push_back(kCsvLineEnd);
}

}  // namespace kg::facts
