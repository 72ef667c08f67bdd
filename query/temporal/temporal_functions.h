// The temporal part of the function library and of the operators:
//   date(), localtime(), time(), localdatetime(), datetime() — now, or from a
//   string, a map or another temporal; duration() from a string or a map;
//   <type>.truncate(unit, value [, map]); <type>.transaction/statement/realtime
//   ([zone]); datetime.fromepoch(seconds, nanos), datetime.fromepochmillis(ms);
//   duration.between/inMonths/inDays/inSeconds(a, b);
// the accessors of temporal values (d.year, t.offset, dur.minutesOfHour, …) and
// + - * / on them. Errors throw RuntimeError at `offset`.
#pragma once

#include <optional>
#include <string_view>

#include "query/functions.h"
#include "query/value.h"

namespace kg::query {

// nullptr when `name` is not a temporal function (case-insensitive).
const FunctionSpec* FindTemporalFunction(std::string_view name);
// `now_nanos`: the statement's clock (nanoseconds since the epoch), read from the
// system clock and stored there when 0, so that every date() of a statement agrees.
Value CallTemporal(const FunctionSpec& spec, const ValueList& args, int64_t& now_nanos,
                   size_t offset);

// `v.name` of a temporal value; throws for a field the kind lacks.
Value TemporalProperty(const Temporal& t, const std::string& name, size_t offset, size_t length);

// a op b when either side is a temporal value (op one of + - * /); nullopt when
// the operator does not apply to these types (the caller reports the mismatch).
std::optional<Value> TemporalArithmetic(char op, const Value& a, const Value& b);

}  // namespace kg::query
