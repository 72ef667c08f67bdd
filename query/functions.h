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
//
// Every function is one entry of one table (functions.cc, and the temporal
// table in temporal/temporal_functions.cc): its name, arity, how it treats null
// arguments and its implementation; the implementations live by family in
// functions_{graph,list,string,value,math}.cc.
#pragma once

#include <string_view>

#include "query/exec_context.h"
#include "query/value.h"

namespace kg::query {

struct FunctionSpec;

// One call of a scalar function, as its implementation sees it.
struct FunctionCall {
  const FunctionSpec& spec;
  const ValueList& args;
  ExecContext& ctx;
  size_t offset;  // locates the call for errors
  // The first argument, or null for a function called without one.
  const Value& first() const;
};

using ScalarImpl = Value (*)(const FunctionCall& call);

// What CallScalar does with null arguments before it calls the implementation.
enum class NullArguments {
  kAnyGivesNull,    // a null argument makes the result null
  kFirstGivesNull,  // a null first argument makes it null; the function checks the others
  kHandled,         // the function decides (coalesce, range, the temporal functions, …)
};

struct FunctionSpec {
  const char* name;  // canonical spelling
  int min_args;
  int max_args;  // -1: any number
  bool aggregate;
  NullArguments nulls = NullArguments::kAnyGivesNull;
  ScalarImpl impl = nullptr;  // nullptr for the aggregates, which aggregates.h computes
};

// nullptr when there is no such function.
const FunctionSpec* FindFunction(std::string_view name);

// Calls a scalar function. `offset` locates the call for errors.
Value CallScalar(const FunctionSpec& spec, const ValueList& args, ExecContext& ctx, size_t offset);

// Cypher's toString of a value (numbers, booleans, strings); used by `+` too.
std::string NumberToString(const Value& v);

}  // namespace kg::query
