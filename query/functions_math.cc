// Functions of numbers: abs, sign, ceil, floor, round, the logarithms and the
// trigonometric functions, and the constants pi(), e() and rand().
#include <cmath>
#include <cstdlib>
#include <random>

#include "query/functions_internal.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

double X(const FunctionCall& c) { return NumberArg(c, c.first()); }

}  // namespace

Value FnAbs(const FunctionCall& c) {
  const Value& a = c.first();
  if (a.is_int()) {
    if (a.as_int() == INT64_MIN)
      throw RuntimeError("ArgumentError", "NumberOutOfRange", "integer overflow", c.offset, 3);
    return Value::Int(std::llabs(a.as_int()));
  }
  return Value::Float(std::fabs(X(c)));
}

Value FnSign(const FunctionCall& c) {
  const Value& a = c.first();
  if (a.is_int()) return Value::Int((a.as_int() > 0) - (a.as_int() < 0));
  double d = X(c);
  return Value::Int((d > 0) - (d < 0));
}

Value FnCeil(const FunctionCall& c) { return Value::Float(std::ceil(X(c))); }
Value FnFloor(const FunctionCall& c) { return Value::Float(std::floor(X(c))); }
Value FnRound(const FunctionCall& c) { return Value::Float(std::floor(X(c) + 0.5)); }
Value FnSqrt(const FunctionCall& c) { return Value::Float(std::sqrt(X(c))); }
Value FnExp(const FunctionCall& c) { return Value::Float(std::exp(X(c))); }
Value FnLog(const FunctionCall& c) { return Value::Float(std::log(X(c))); }
Value FnLog10(const FunctionCall& c) { return Value::Float(std::log10(X(c))); }
Value FnSin(const FunctionCall& c) { return Value::Float(std::sin(X(c))); }
Value FnCos(const FunctionCall& c) { return Value::Float(std::cos(X(c))); }
Value FnTan(const FunctionCall& c) { return Value::Float(std::tan(X(c))); }
Value FnCot(const FunctionCall& c) { return Value::Float(1.0 / std::tan(X(c))); }
Value FnAsin(const FunctionCall& c) { return Value::Float(std::asin(X(c))); }
Value FnAcos(const FunctionCall& c) { return Value::Float(std::acos(X(c))); }
Value FnAtan(const FunctionCall& c) { return Value::Float(std::atan(X(c))); }
Value FnDegrees(const FunctionCall& c) { return Value::Float(X(c) * 180.0 / M_PI); }
Value FnRadians(const FunctionCall& c) { return Value::Float(X(c) * M_PI / 180.0); }

Value FnAtan2(const FunctionCall& c) {
  if (c.args[1].is_null()) return Value();
  return Value::Float(std::atan2(X(c), NumberArg(c, c.args[1])));
}

Value FnPi(const FunctionCall&) { return Value::Float(M_PI); }
Value FnE(const FunctionCall&) { return Value::Float(M_E); }

Value FnRand(const FunctionCall&) {
  static thread_local std::mt19937_64 rng(std::random_device{}());
  return Value::Float(std::uniform_real_distribution<double>(0, 1)(rng));
}

}  // namespace kg::query
