// Functions of lists (and of strings where Cypher shares the name): size,
// isEmpty, head, last, tail, range, reverse.
#include <algorithm>
#include <cstdint>

#include "extract/text/utf8.h"
#include "query/functions_internal.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

const ValueList& ListArg(const FunctionCall& c) {
  if (!c.first().is_list()) BadArg(c.spec, c.first(), c.offset, "InvalidArgumentType");
  return c.first().as_list();
}

}  // namespace

Value FnSize(const FunctionCall& c) {
  const Value& a = c.first();
  if (a.is_list()) return Value::Int(static_cast<int64_t>(a.as_list().size()));
  if (a.is_string()) return Value::Int(static_cast<int64_t>(text::CodePointCount(a.as_string())));
  BadArg(c.spec, a, c.offset, "InvalidArgumentType");
}

Value FnIsEmpty(const FunctionCall& c) {
  const Value& a = c.first();
  if (a.is_list()) return Value::Bool(a.as_list().empty());
  if (a.is_string()) return Value::Bool(a.as_string().empty());
  if (a.is_map()) return Value::Bool(a.as_map().empty());
  BadArg(c.spec, a, c.offset, "InvalidArgumentType");
}

Value FnHead(const FunctionCall& c) {
  const ValueList& l = ListArg(c);
  return l.empty() ? Value() : l.front();
}

Value FnLast(const FunctionCall& c) {
  const ValueList& l = ListArg(c);
  return l.empty() ? Value() : l.back();
}

Value FnTail(const FunctionCall& c) {
  const ValueList& l = ListArg(c);
  return Value::List(l.empty() ? ValueList{} : ValueList(l.begin() + 1, l.end()));
}

Value FnRange(const FunctionCall& c) {
  for (const auto& v : c.args)
    if (!v.is_int())
      throw RuntimeError("ArgumentError", "InvalidArgumentType",
                         std::string("range() takes Integers, not ") + TypeName(v.type()), c.offset,
                         5);
  int64_t from = c.args[0].as_int(), to = c.args[1].as_int();
  int64_t step = c.args.size() > 2 ? c.args[2].as_int() : 1;
  if (step == 0)
    throw RuntimeError("ArgumentError", "NumberOutOfRange", "range() step must not be 0", c.offset,
                       5);
  ValueList out;
  for (int64_t i = from; step > 0 ? i <= to : i >= to; i += step) {
    out.push_back(Value::Int(i));
    if ((out.size() & 1023) == 0) {  // a long range is held to the statement's budget
      c.ctx.budget->CheckRows(out.size());
      c.ctx.budget->CheckValue(out.size() * sizeof(Value));
      c.ctx.budget->Tick();
    }
    if ((step > 0 && i > INT64_MAX - step) || (step < 0 && i < INT64_MIN - step)) break;
  }
  return Value::List(std::move(out));
}

Value FnReverse(const FunctionCall& c) {
  const Value& a = c.first();
  if (a.is_string()) {
    auto cps = CodePoints(a.as_string());
    std::reverse(cps.begin(), cps.end());
    return Value::String(JoinCodePoints(cps, 0, cps.size()));
  }
  if (a.is_list()) {
    ValueList l = a.as_list();
    std::reverse(l.begin(), l.end());
    return Value::List(std::move(l));
  }
  BadArg(c.spec, a, c.offset, "InvalidArgumentType");
}

}  // namespace kg::query
