// Reading facts files: one JSON object a line, bad lines reported and skipped.
#include "tools/eval/eval.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <unordered_map>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tools/eval/fact_key.h"
#include "extract/text/utf8.h"

namespace kg::facts {
namespace {

std::string ToJson(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Parses one non-blank line; returns an empty string or the reason it is bad.
std::string ParseLine(std::string_view line, Fact& fact) {
  if (!text::IsValidUtf8(line)) return "invalid UTF-8";
  rapidjson::Document doc;
  doc.Parse(line.data(), line.size());
  if (doc.HasParseError())
    return std::string("not JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
           " (offset " + std::to_string(doc.GetErrorOffset()) + ")";
  if (!doc.IsObject()) return "not a JSON object";
  auto kind = doc.FindMember("fact");
  if (kind == doc.MemberEnd()) return "no \"fact\"";
  if (!kind->value.IsString()) return "\"fact\" is not a string";
  auto article = doc.FindMember("article");
  if (article == doc.MemberEnd()) return "no \"article\"";
  if (!article->value.IsString()) return "\"article\" is not a string";
  fact.kind.assign(kind->value.GetString(), kind->value.GetStringLength());
  fact.article.assign(article->value.GetString(), article->value.GetStringLength());
  auto optional = doc.FindMember("optional");
  if (optional != doc.MemberEnd()) {
    if (!optional->value.IsBool()) return "\"optional\" is neither true nor false";
    fact.optional = optional->value.GetBool();
  }
  for (const auto& field : ScoredFields(fact.kind)) {
    auto it = doc.FindMember(field.name.c_str());
    if (it != doc.MemberEnd() && !it->value.IsNull() && !it->value.IsNumber() &&
        !it->value.IsString())
      return "\"" + field.name + "\" is not a string, a number or null";
  }
  for (const auto& member : doc.GetObject()) {
    std::string name(member.name.GetString(), member.name.GetStringLength());
    if (name == "fact" || name == "article" || name == "optional" || name == "evidence") continue;
    RawField raw;
    if (member.value.IsNull()) {
      raw.type = RawField::Type::kNull;
    } else if (member.value.IsNumber()) {
      raw.type = RawField::Type::kNumber;
      raw.number = member.value.GetDouble();
    } else if (member.value.IsString()) {
      raw.type = RawField::Type::kString;
      raw.text.assign(member.value.GetString(), member.value.GetStringLength());
    } else {
      continue;  // structured values are never scored
    }
    raw.json = ToJson(member.value);
    fact.fields.emplace(std::move(name), std::move(raw));
  }
  return {};
}

}  // namespace

FactsFile ParseFacts(std::string_view contents, std::string_view name) {
  FactsFile file;
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") contents.remove_prefix(3);  // BOM
  size_t line_number = 0;
  for (size_t start = 0; start < contents.size();) {
    size_t end = contents.find('\n', start);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsBlank(line)) continue;
    Fact fact;
    fact.line = line_number;
    std::string reason = ParseLine(line, fact);
    if (!reason.empty()) {
      file.errors.push_back(std::string(name) + ":" + std::to_string(line_number) + ": " + reason);
      continue;
    }
    file.facts.push_back(std::move(fact));
  }
  return file;
}

Result<FactsFile> ReadFacts(const std::string& path) {
  if (path == "-") {  // standard input: `kg facts g.kg | kg eval --gold gold.jsonl -`
    std::ostringstream contents;
    contents << std::cin.rdbuf();
    return ParseFacts(contents.str(), "stdin");
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::Error(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return Status::Error(path + ": read error");
  return ParseFacts(contents.str(), path);
}

}  // namespace kg::facts
