#include "query/params.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "query/evaluator.h"
#include "query/parser.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

bool IsConstant(const Expr& e) {
  switch (e.kind) {
    case ExprKind::kLiteral:
      return true;
    case ExprKind::kList:
    case ExprKind::kMap:
    case ExprKind::kUnary:
      for (const auto& c : e.children)
        if (!c || !IsConstant(*c)) return false;
      return true;
    default:
      return false;
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

}  // namespace

Status AddParamArgument(const std::string& argument, Params& params) {
  size_t eq = argument.find('=');
  if (eq == std::string::npos || eq == 0)
    return Status::Error("--param needs name=value, got '" + argument + "'");
  std::string name = argument.substr(0, eq);
  std::string text = argument.substr(eq + 1);
  try {
    ExprPtr e = ParseExpression(text);
    if (IsConstant(*e)) {
      ExecContext ctx;
      Env env(nullptr, nullptr);
      params[name] = Evaluate(*e, env, ctx);
      return Status::Ok();
    }
  } catch (const QueryError&) {
    // not a literal: a plain string
  }
  params[name] = Value::String(text);
  return Status::Ok();
}

Status AddParamsFromJson(const std::string& json_text, Params& params) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag>(json_text.data(), json_text.size());
  if (doc.HasParseError())
    return Status::Error(std::string("invalid JSON at byte ") +
                         std::to_string(doc.GetErrorOffset()) + ": " +
                         rapidjson::GetParseError_En(doc.GetParseError()));
  if (!doc.IsObject()) return Status::Error("the parameters file must hold a JSON object");
  // (DeeperThan recurses at most kMaxParamDepth levels before it answers)
  if (DeeperThan(doc, kMaxParamDepth))
    return Status::Error("the parameters file nests deeper than " + std::to_string(kMaxParamDepth) + " levels");
  for (const auto& m : doc.GetObject()) params[m.name.GetString()] = FromJson(m.value);
  return Status::Ok();
}

}  // namespace kg::query
