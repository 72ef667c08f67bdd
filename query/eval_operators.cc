// Unary and binary operators: boolean logic, comparison, string and list
// predicates, arithmetic (with integer overflow checks) and concatenation.
#include <re2/re2.h>

#include <cmath>

#include "query/evaluator.h"
#include "query/functions.h"
#include "query/query_error.h"
#include "query/temporal/temporal_functions.h"
#include "query/value_compare.h"

namespace kg::query {
namespace {

[[noreturn]] void TypeMismatch(const Expr& at, const char* what, const Value& a, const Value* b) {
  std::string msg = std::string("cannot apply ") + what + " to " + TypeNameOf(a);
  if (b != nullptr) msg += std::string(" and ") + TypeNameOf(*b);
  throw RuntimeError("TypeError", "InvalidArgumentType", msg, at.offset, at.length);
}

Tri AsTri(const Value& v, const Expr& at, const char* op) {
  if (v.is_null()) return Tri::kNull;
  if (!v.is_bool()) TypeMismatch(at, op, v, nullptr);
  return v.as_bool() ? Tri::kTrue : Tri::kFalse;
}

Value Overflow(const Expr& at) {
  throw RuntimeError("ArithmeticError", "IntegerOverflow", "integer overflow", at.offset,
                     at.length);
}

Value Arithmetic(Op op, const Value& a, const Value& b, const Expr& at) {
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int(), r = 0;
    switch (op) {
      case Op::kAdd:
        if (__builtin_add_overflow(x, y, &r)) Overflow(at);
        return Value::Int(r);
      case Op::kSub:
        if (__builtin_sub_overflow(x, y, &r)) Overflow(at);
        return Value::Int(r);
      case Op::kMul:
        if (__builtin_mul_overflow(x, y, &r)) Overflow(at);
        return Value::Int(r);
      case Op::kDiv:
      case Op::kMod:
        if (y == 0)
          throw RuntimeError("ArithmeticError", "DivisionByZero", "division by zero", at.offset,
                             at.length);
        if (x == INT64_MIN && y == -1) {
          if (op == Op::kMod) return Value::Int(0);
          Overflow(at);
        }
        return Value::Int(op == Op::kDiv ? x / y : x % y);
      case Op::kPow: return Value::Float(std::pow(static_cast<double>(x), static_cast<double>(y)));
      default: break;
    }
  }
  double x = a.as_number(), y = b.as_number();
  switch (op) {
    case Op::kAdd: return Value::Float(x + y);
    case Op::kSub: return Value::Float(x - y);
    case Op::kMul: return Value::Float(x * y);
    case Op::kDiv: return Value::Float(x / y);
    case Op::kMod: return Value::Float(std::fmod(x, y));
    case Op::kPow: return Value::Float(std::pow(x, y));
    default: return Value();
  }
}

bool Concatenable(const Value& v) { return v.is_string() || v.is_number() || v.is_bool(); }

Value Add(const Value& a, const Value& b, const Expr& at) {
  if (a.is_list() || b.is_list()) {
    ValueList out;
    if (a.is_list()) {
      out = a.as_list();
    } else {
      out.push_back(a);
    }
    if (b.is_list()) {
      out.insert(out.end(), b.as_list().begin(), b.as_list().end());
    } else {
      out.push_back(b);
    }
    return Value::List(std::move(out));
  }
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_number() && b.is_number()) return Arithmetic(Op::kAdd, a, b, at);
  if ((a.is_string() && Concatenable(b)) || (b.is_string() && Concatenable(a)))
    return Value::String(NumberToString(a) + NumberToString(b));
  if (auto v = TemporalArithmetic('+', a, b)) return *v;
  TypeMismatch(at, "+", a, &b);
}

Value In(const Value& item, const Value& list, const Expr& at) {
  if (list.is_null()) return Value();
  if (!list.is_list()) TypeMismatch(at, "IN", item, &list);
  bool unknown = false;
  for (const auto& v : list.as_list()) {
    Tri t = Equals(item, v);
    if (t == Tri::kTrue) return Value::Bool(true);
    if (t == Tri::kNull) unknown = true;
  }
  return unknown ? Value() : Value::Bool(false);
}

Value Regex(const Value& a, const Value& b, const Expr& at, ExecContext& ctx) {
  if (a.is_null() || b.is_null()) return Value();
  if (!a.is_string() || !b.is_string()) return Value();
  auto& slot = ctx.regexes[b.as_string()];
  if (!slot) {
    RE2::Options options;
    options.set_log_errors(false);
    slot = std::make_shared<RE2>(b.as_string(), options);
    if (!slot->ok()) {
      std::string error = slot->error();
      slot.reset();
      throw RuntimeError("ArgumentError", "InvalidArgumentValue",
                         "invalid regular expression: " + error, at.offset, at.length);
    }
  }
  return Value::Bool(RE2::FullMatch(a.as_string(), *slot));
}

Value StringPredicate(Op op, const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return Value();
  const std::string& s = a.as_string();
  const std::string& t = b.as_string();
  switch (op) {
    case Op::kStartsWith:
      return Value::Bool(s.compare(0, t.size(), t) == 0 && s.size() >= t.size());
    case Op::kEndsWith:
      return Value::Bool(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
    default: return Value::Bool(s.find(t) != std::string::npos);
  }
}

Value Comparison(Op op, const Value& a, const Value& b) {
  Cmp c = Compare(a, b);
  if (c == Cmp::kNull) return Value();
  if (c == Cmp::kFalse) return Value::Bool(false);
  switch (op) {
    case Op::kLt: return Value::Bool(c == Cmp::kLess);
    case Op::kLe: return Value::Bool(c != Cmp::kGreater);
    case Op::kGt: return Value::Bool(c == Cmp::kGreater);
    default: return Value::Bool(c != Cmp::kLess);
  }
}

}  // namespace

Value EvaluateUnary(Op op, const Value& v, const Expr& at) {
  if (op == Op::kNot) {
    Tri t = AsTri(v, at, "NOT");
    return t == Tri::kNull ? Value() : Value::Bool(t == Tri::kFalse);
  }
  if (v.is_null()) return Value();
  if (!v.is_number()) TypeMismatch(at, op == Op::kNeg ? "unary -" : "unary +", v, nullptr);
  if (op == Op::kPos) return v;
  if (v.is_int()) {
    if (v.as_int() == INT64_MIN) Overflow(at);
    return Value::Int(-v.as_int());
  }
  return Value::Float(-v.as_float());
}

Value EvaluateBinary(Op op, const Value& a, const Value& b, const Expr& at, ExecContext& ctx) {
  switch (op) {
    case Op::kAnd:
    case Op::kOr:
    case Op::kXor: {
      Tri x = AsTri(a, at, OpText(op)), y = AsTri(b, at, OpText(op));
      if (op == Op::kAnd) {
        if (x == Tri::kFalse || y == Tri::kFalse) return Value::Bool(false);
        if (x == Tri::kNull || y == Tri::kNull) return Value();
        return Value::Bool(true);
      }
      if (op == Op::kOr) {
        if (x == Tri::kTrue || y == Tri::kTrue) return Value::Bool(true);
        if (x == Tri::kNull || y == Tri::kNull) return Value();
        return Value::Bool(false);
      }
      if (x == Tri::kNull || y == Tri::kNull) return Value();
      return Value::Bool(x != y);
    }
    case Op::kEq: return TriValue(Equals(a, b));
    case Op::kNe: {
      Tri t = Equals(a, b);
      return t == Tri::kNull ? Value() : Value::Bool(t == Tri::kFalse);
    }
    case Op::kLt:
    case Op::kLe:
    case Op::kGt:
    case Op::kGe: return Comparison(op, a, b);
    case Op::kRegex: return Regex(a, b, at, ctx);
    case Op::kStartsWith:
    case Op::kEndsWith:
    case Op::kContains: return StringPredicate(op, a, b);
    case Op::kIn: return In(a, b, at);
    case Op::kAdd: return Add(a, b, at);
    case Op::kSub:
    case Op::kMul:
    case Op::kDiv:
    case Op::kMod:
    case Op::kPow:
      if (a.is_null() || b.is_null()) return Value();
      if (a.is_temporal() || b.is_temporal()) {
        char c = op == Op::kSub ? '-' : op == Op::kMul ? '*' : op == Op::kDiv ? '/' : '%';
        if (auto v = TemporalArithmetic(c, a, b)) return *v;
      }
      if (!a.is_number() || !b.is_number()) TypeMismatch(at, OpText(op), a, &b);
      return Arithmetic(op, a, b, at);
    default: break;
  }
  throw RuntimeError("SyntaxError", "UnexpectedSyntax", "unknown operator", at.offset, at.length);
}

}  // namespace kg::query
