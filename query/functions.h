// The function library: scalar functions (id, labels, type, properties, keys,
// nodes, relationships, length, size, coalesce, head, last, tail, range,
// toLower, toUpper, trim, substring, replace, split, toString, toInteger,
// toFloat, toBoolean, abs, round, sqrt, …; kg's own fold(s) — text::Fold's
// case- and diacritic-insensitive key, so fold('Đặng') = 'dang' — and
// sources(x), the provenance of a node or relationship as a list of maps
// {article, start, end, published, url, title, text} — text is the quote of the
// evidence's sentence, kept since format 2 — or {manual: true}) and the names of the
// aggregate functions (count, collect, min, max, sum, avg, stDev, stDevP,
// percentileDisc, percentileCont) that aggregates.h computes.
//
// Lookup is case-insensitive, as in Cypher. Calling a scalar function with a
// value of the wrong type throws RuntimeError(TypeError, InvalidArgumentType);
// most functions return null for a null argument.
#pragma once

#include <string_view>

#include "query/exec_context.h"
#include "query/value.h"

namespace kg::query {

struct FunctionSpec {
  const char* name;  // canonical spelling
  int min_args;
  int max_args;  // -1: any number
  bool aggregate;
};

// nullptr when there is no such function.
const FunctionSpec* FindFunction(std::string_view name);

// Calls a scalar function. `offset` locates the call for errors.
Value CallScalar(const FunctionSpec& spec, const ValueList& args, ExecContext& ctx, size_t offset);

// Cypher's toString of a value (numbers, booleans, strings); used by `+` too.
std::string NumberToString(const Value& v);

}  // namespace kg::query
