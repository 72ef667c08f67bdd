#include "query/params.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/text/utf8.h"
#include "query/evaluator.h"
#include "query/parser.h"
#include "query/query_error.h"
#include "query/temporal/temporal_functions.h"

namespace kg::query {
namespace {

bool IsConstant(const Expr& e) {
  switch (e.kind) {
    case ExprKind::kLiteral: return true;
    case ExprKind::kList:
    case ExprKind::kMap:
    case ExprKind::kUnary:
      for (const auto& c : e.children)
        if (!c || !IsConstant(*c)) return false;
      return true;
    case ExprKind::kFunction:
      // a temporal value written as its constructor: date('2020-06-02'), duration('P1M')
      if (FindTemporalFunction(e.name) == nullptr || e.children.empty()) return false;
      for (const auto& c : e.children)
        if (!c || !IsConstant(*c)) return false;
      return true;
    default: return false;
  }
}

// Parameters nest at most as deep as a query may (kMaxParseDepth): a file nested 30,000
// deep is an error, never a stack overflow.
constexpr int kMaxParamDepth = kMaxParseDepth;

bool DeeperThan(const rapidjson::Value& j, int limit) {
  if (limit < 0) return true;
  if (j.IsArray()) {
    for (const auto& item : j.GetArray())
      if (DeeperThan(item, limit - 1)) return true;
  } else if (j.IsObject()) {
    for (const auto& m : j.GetObject())
      if (DeeperThan(m.value, limit - 1)) return true;
  }
  return false;
}

Value FromJson(const rapidjson::Value& j) {
  if (j.IsNull()) return Value();
  if (j.IsBool()) return Value::Bool(j.GetBool());
  if (j.IsInt64()) return Value::Int(j.GetInt64());
  if (j.IsNumber()) return Value::Float(j.GetDouble());
  if (j.IsString()) return Value::String(std::string(j.GetString(), j.GetStringLength()));
  if (j.IsArray()) {
    ValueList items;
    for (const auto& item : j.GetArray()) items.push_back(FromJson(item));
    return Value::List(std::move(items));
  }
  ValueMap entries;
  for (const auto& m : j.GetObject())
    entries.emplace_back(std::string(m.name.GetString(), m.name.GetStringLength()),
                         FromJson(m.value));
  return Value::Map(std::move(entries));
}

// Values that can only be meant as a Cypher literal: a number, a quoted string, a list, a
// map, true/false/null. When such a value fails to parse it is an error, never a String.
bool LooksLikeLiteral(std::string_view text) {
  size_t start = text.find_first_not_of(" \t");
  if (start == std::string_view::npos) return false;
  std::string_view t = text.substr(start);
  char c = t[0];
  if (c == '[' || c == '{' || c == '\'' || c == '"' || (c >= '0' && c <= '9')) return true;
  if ((c == '-' || c == '+' || c == '.') && t.size() > 1 && t[1] >= '0' && t[1] <= '9') return true;
  std::string word(t.substr(0, t.find_last_not_of(" \t") + 1));
  for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return word == "true" || word == "false" || word == "null";
}

Status NotALiteral(const std::string& name, const std::string& text, const std::string& why) {
  return Status::Error("--param " + name + ": '" + text + "' is not a Cypher literal (" + why +
                       "); quote it to pass text: --param \"" + name + "='...'\"");
}

}  // namespace

Status AddParamArgument(const std::string& argument, Params& params) {
  int64_t bad = text::FindInvalidUtf8(argument);
  if (bad >= 0)
    return Status::Error("--param: invalid UTF-8 at byte " + std::to_string(bad) + " of '" +
                         argument.substr(0, argument.find('=')) + "=…'");
  size_t eq = argument.find('=');
  if (eq == std::string::npos || eq == 0)
    return Status::Error("--param needs name=value, got '" + argument + "'");
  std::string name = argument.substr(0, eq);
  std::string text = argument.substr(eq + 1);
  bool literal_expected = LooksLikeLiteral(text);
  try {
    ExprPtr e = ParseExpression(text);
    if (IsConstant(*e)) {
      ExecContext ctx;
      Env env(nullptr, nullptr);
      params[name] = Evaluate(*e, env, ctx);
      return Status::Ok();
    }
    if (literal_expected) return NotALiteral(name, text, "an expression, not a value");
  } catch (const QueryError& error) {
    // Words (Nguyen Xuan Ky) are plain text; a broken or over-deep literal is an error.
    if (literal_expected) {
      std::string where = error.offset() == kNoOffset
                              ? std::string()
                              : " at character " + std::to_string(error.offset() + 1);
      return NotALiteral(name, text, error.what() + where);
    }
  }
  params[name] = Value::String(text);
  return Status::Ok();
}

Status AddParamsFromJson(const std::string& json_text, Params& params) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(
      json_text.data(), json_text.size());
  if (doc.HasParseError())
    return Status::Error(std::string("invalid JSON at byte ") +
                         std::to_string(doc.GetErrorOffset()) + ": " +
                         rapidjson::GetParseError_En(doc.GetParseError()));
  if (!doc.IsObject()) return Status::Error("the parameters file must hold a JSON object");
  // (DeeperThan recurses at most kMaxParamDepth levels before it answers)
  if (DeeperThan(doc, kMaxParamDepth))
    return Status::Error("the parameters file nests deeper than " + std::to_string(kMaxParamDepth) +
                         " levels");
  for (const auto& m : doc.GetObject()) params[m.name.GetString()] = FromJson(m.value);
  return Status::Ok();
}

}  // namespace kg::query
