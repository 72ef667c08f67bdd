// Functions of strings: toLower, toUpper, trim, ltrim, rtrim, substring, left,
// right, replace, split and kg's fold. Positions and lengths count code points.
#include <algorithm>
#include <cctype>

#include "extract/text/normalize.h"
#include "extract/text/utf8.h"
#include "query/functions_internal.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

const std::string& StringArg(const FunctionCall& c) {
  if (!c.first().is_string()) BadArg(c.spec, c.first(), c.offset, "InvalidArgumentType");
  return c.first().as_string();
}

// substring, left and right: a null string gives null, a null number is an error.
std::vector<std::string> CodePointsOfStringArg(const FunctionCall& c) {
  for (const auto& v : c.args)
    if (v.is_null() && &v != &c.args[0]) BadArg(c.spec, v, c.offset, "InvalidArgumentType");
  return CodePoints(StringArg(c));
}

int64_t LengthArg(const FunctionCall& c) {
  int64_t len = IntArg(c, c.args[1]);
  if (len < 0)
    throw RuntimeError("ArgumentError", "NumberOutOfRange", "negative length", c.offset, 4);
  return len;
}

}  // namespace

std::string TrimLeft(std::string s) {
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

std::string TrimRight(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  return s;
}

std::vector<std::string> CodePoints(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    text::DecodeAt(s, pos);
    out.push_back(s.substr(start, pos - start));
  }
  return out;
}

std::string JoinCodePoints(const std::vector<std::string>& cps, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < cps.size(); ++i) out += cps[i];
  return out;
}

Value FnToLower(const FunctionCall& c) { return Value::String(text::ToLower(StringArg(c))); }
Value FnToUpper(const FunctionCall& c) { return Value::String(text::ToUpper(StringArg(c))); }
Value FnTrim(const FunctionCall& c) { return Value::String(TrimRight(TrimLeft(StringArg(c)))); }
Value FnLTrim(const FunctionCall& c) { return Value::String(TrimLeft(StringArg(c))); }
Value FnRTrim(const FunctionCall& c) { return Value::String(TrimRight(StringArg(c))); }
Value FnFold(const FunctionCall& c) { return Value::String(text::Fold(StringArg(c))); }

Value FnSubstring(const FunctionCall& c) {
  auto cps = CodePointsOfStringArg(c);
  int64_t n = static_cast<int64_t>(cps.size());
  int64_t start = IntArg(c, c.args[1]);
  int64_t len = c.args.size() > 2 ? IntArg(c, c.args[2]) : n;
  if (start < 0 || len < 0)
    throw RuntimeError("ArgumentError", "NumberOutOfRange", "negative substring() argument",
                       c.offset, 9);
  if (start >= n) return Value::String("");
  return Value::String(
      JoinCodePoints(cps, start, static_cast<size_t>(std::min(n, start + std::min(len, n)))));
}

Value FnLeft(const FunctionCall& c) {
  auto cps = CodePointsOfStringArg(c);
  int64_t n = static_cast<int64_t>(cps.size());
  int64_t len = std::min(LengthArg(c), n);
  return Value::String(JoinCodePoints(cps, 0, len));
}

Value FnRight(const FunctionCall& c) {
  auto cps = CodePointsOfStringArg(c);
  int64_t n = static_cast<int64_t>(cps.size());
  int64_t len = std::min(LengthArg(c), n);
  return Value::String(JoinCodePoints(cps, n - len, n));
}

Value FnReplace(const FunctionCall& c) {
  for (const auto& v : c.args) {
    if (v.is_null()) return Value();
    if (!v.is_string()) BadArg(c.spec, v, c.offset, "InvalidArgumentType");
  }
  const std::string& s = c.args[0].as_string();
  const std::string& from = c.args[1].as_string();
  const std::string& to = c.args[2].as_string();
  if (from.empty()) return Value::String(s);
  std::string out;
  size_t pos = 0, hit;
  while ((hit = s.find(from, pos)) != std::string::npos) {
    out += s.substr(pos, hit - pos) + to;
    pos = hit + from.size();
  }
  return Value::String(out + s.substr(pos));
}

Value FnSplit(const FunctionCall& c) {
  const Value& a = c.first();
  const Value& delimiter = c.args[1];
  if (delimiter.is_null()) return Value();
  if (!a.is_string() || !delimiter.is_string())
    BadArg(c.spec, a.is_string() ? delimiter : a, c.offset, "InvalidArgumentType");
  const std::string& s = a.as_string();
  const std::string& d = delimiter.as_string();
  ValueList out;
  if (d.empty()) {
    for (auto& cp : CodePoints(s)) out.push_back(Value::String(cp));
    return Value::List(std::move(out));
  }
  size_t pos = 0, hit;
  while ((hit = s.find(d, pos)) != std::string::npos) {
    out.push_back(Value::String(s.substr(pos, hit - pos)));
    pos = hit + d.size();
  }
  out.push_back(Value::String(s.substr(pos)));
  return Value::List(std::move(out));
}

}  // namespace kg::query
