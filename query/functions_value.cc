// Conversions and null handling: toString, toInteger, toFloat, toBoolean and
// their …OrNull forms, coalesce, exists, nullIf, valueType; and NumberToString.
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "extract/text/normalize.h"
#include "query/functions_internal.h"
#include "query/query_error.h"
#include "query/temporal/temporal_functions.h"
#include "query/value_compare.h"

namespace kg::query {
namespace {

std::optional<int64_t> ParseInteger(const std::string& raw) {
  std::string s = TrimRight(TrimLeft(raw));
  if (s.empty()) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end == '\0' && errno == 0) return v;
  errno = 0;
  double d = std::strtod(s.c_str(), &end);
  if (*end != '\0' || errno != 0 || std::isnan(d) || std::isinf(d)) return std::nullopt;
  if (d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) return std::nullopt;
  return static_cast<int64_t>(d);
}

std::optional<double> ParseFloat(const std::string& raw) {
  std::string s = TrimRight(TrimLeft(raw));
  if (s.empty()) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (*end != '\0') return std::nullopt;
  return d;
}

// The …OrNull form of a conversion: null where the conversion would throw.
Value OrNull(ScalarImpl convert, const FunctionCall& c) {
  try {
    return convert(c);
  } catch (const RuntimeError&) {
    return Value();
  }
}

}  // namespace

std::string NumberToString(const Value& v) {
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  if (v.is_string()) return v.as_string();
  double d = v.as_float();
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string s = buf;
  size_t e = s.find('e');
  if (e != std::string::npos) {  // Java style: 1.0E20, 1.5E-7
    std::string mantissa = s.substr(0, e);
    int exponent = std::atoi(s.c_str() + e + 1);
    if (mantissa.find('.') == std::string::npos) mantissa += ".0";
    return mantissa + "E" + std::to_string(exponent);
  }
  if (s.find('.') == std::string::npos) s += ".0";
  return s;
}

Value FnCoalesce(const FunctionCall& c) {
  for (const auto& v : c.args)
    if (!v.is_null()) return v;
  return Value();
}

Value FnExists(const FunctionCall& c) { return Value::Bool(!c.first().is_null()); }

Value FnNullIf(const FunctionCall& c) {
  return Equals(c.first(), c.args[1]) == Tri::kTrue ? Value() : c.first();
}

Value FnValueType(const FunctionCall& c) {
  const Value& a = c.first();
  return Value::String(a.is_null() ? "NULL" : TypeNameOf(a));
}

Value FnToString(const FunctionCall& c) {
  const Value& a = c.first();
  if (a.is_number() || a.is_bool() || a.is_string()) return Value::String(NumberToString(a));
  if (a.is_temporal()) return Value::String(FormatTemporal(a.as_temporal()));
  BadArg(c.spec, a, c.offset);
}

Value FnToInteger(const FunctionCall& c) {
  const Value& a = c.first();
  if (a.is_int()) return a;
  if (a.is_float()) {
    double d = a.as_float();
    if (std::isnan(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) return Value();
    return Value::Int(static_cast<int64_t>(d));
  }
  if (a.is_string()) {
    auto v = ParseInteger(a.as_string());
    return v ? Value::Int(*v) : Value();
  }
  if (a.is_bool()) return Value::Int(a.as_bool() ? 1 : 0);
  BadArg(c.spec, a, c.offset);
}

Value FnToFloat(const FunctionCall& c) {
  const Value& a = c.first();
  if (a.is_float()) return a;
  if (a.is_int()) return Value::Float(static_cast<double>(a.as_int()));
  if (a.is_string()) {
    auto v = ParseFloat(a.as_string());
    return v ? Value::Float(*v) : Value();
  }
  BadArg(c.spec, a, c.offset);
}

Value FnToBoolean(const FunctionCall& c) {
  const Value& a = c.first();
  if (a.is_bool()) return a;
  if (a.is_string()) {
    std::string s = text::ToLower(TrimRight(TrimLeft(a.as_string())));
    if (s == "true") return Value::Bool(true);
    if (s == "false") return Value::Bool(false);
    return Value();
  }
  if (a.is_int()) return Value::Bool(a.as_int() != 0);
  BadArg(c.spec, a, c.offset);
}

Value FnToStringOrNull(const FunctionCall& c) { return OrNull(FnToString, c); }
Value FnToIntegerOrNull(const FunctionCall& c) { return OrNull(FnToInteger, c); }
Value FnToFloatOrNull(const FunctionCall& c) { return OrNull(FnToFloat, c); }
Value FnToBooleanOrNull(const FunctionCall& c) { return OrNull(FnToBoolean, c); }

}  // namespace kg::query
