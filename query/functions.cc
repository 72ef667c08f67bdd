// The function table, lookup by name and the call that applies the table's null rule.
#include "query/functions.h"

#include <strings.h>

#include <cstring>

#include "query/functions_internal.h"
#include "query/query_error.h"
#include "query/temporal/temporal_functions.h"

namespace kg::query {
namespace {

constexpr auto kAnyNull = NullArguments::kAnyGivesNull;
constexpr auto kFirstNull = NullArguments::kFirstGivesNull;
constexpr auto kHandled = NullArguments::kHandled;

const FunctionSpec kFunctions[] = {
    // aggregates: computed by aggregates.h, listed here for lookup and arity
    {"count", 1, 1, true},
    {"collect", 1, 1, true},
    {"min", 1, 1, true},
    {"max", 1, 1, true},
    {"sum", 1, 1, true},
    {"avg", 1, 1, true},
    {"stDev", 1, 1, true},
    {"stDevP", 1, 1, true},
    {"percentileDisc", 2, 2, true},
    {"percentileCont", 2, 2, true},
    // graph elements and paths
    {"id", 1, 1, false, kAnyNull, FnId},
    {"labels", 1, 1, false, kAnyNull, FnLabels},
    {"type", 1, 1, false, kAnyNull, FnType},
    {"properties", 1, 1, false, kAnyNull, FnProperties},
    {"keys", 1, 1, false, kAnyNull, FnKeys},
    {"nodes", 1, 1, false, kAnyNull, FnNodes},
    {"relationships", 1, 1, false, kAnyNull, FnRelationships},
    {"rels", 1, 1, false, kAnyNull, FnRelationships},
    {"length", 1, 1, false, kAnyNull, FnLength},
    {"startNode", 1, 1, false, kAnyNull, FnStartNode},
    {"endNode", 1, 1, false, kAnyNull, FnEndNode},
    {"sources", 1, 1, false, kAnyNull, FnSources},
    // lists
    {"size", 1, 1, false, kAnyNull, FnSize},
    {"isEmpty", 1, 1, false, kAnyNull, FnIsEmpty},
    {"head", 1, 1, false, kAnyNull, FnHead},
    {"last", 1, 1, false, kAnyNull, FnLast},
    {"tail", 1, 1, false, kAnyNull, FnTail},
    {"range", 2, 3, false, kHandled, FnRange},
    {"reverse", 1, 1, false, kAnyNull, FnReverse},
    // strings
    {"toLower", 1, 1, false, kAnyNull, FnToLower},
    {"toUpper", 1, 1, false, kAnyNull, FnToUpper},
    {"lower", 1, 1, false, kAnyNull, FnToLower},
    {"upper", 1, 1, false, kAnyNull, FnToUpper},
    {"trim", 1, 1, false, kAnyNull, FnTrim},
    {"ltrim", 1, 1, false, kAnyNull, FnLTrim},
    {"rtrim", 1, 1, false, kAnyNull, FnRTrim},
    {"substring", 2, 3, false, kFirstNull, FnSubstring},
    {"replace", 3, 3, false, kFirstNull, FnReplace},
    {"split", 2, 2, false, kFirstNull, FnSplit},
    {"left", 2, 2, false, kFirstNull, FnLeft},
    {"right", 2, 2, false, kFirstNull, FnRight},
    {"fold", 1, 1, false, kAnyNull, FnFold},
    // conversions and nulls
    {"coalesce", 1, -1, false, kHandled, FnCoalesce},
    {"exists", 1, 1, false, kHandled, FnExists},
    {"nullIf", 2, 2, false, kHandled, FnNullIf},
    {"valueType", 1, 1, false, kHandled, FnValueType},
    {"toString", 1, 1, false, kAnyNull, FnToString},
    {"toStringOrNull", 1, 1, false, kAnyNull, FnToStringOrNull},
    {"toInteger", 1, 1, false, kAnyNull, FnToInteger},
    {"toIntegerOrNull", 1, 1, false, kAnyNull, FnToIntegerOrNull},
    {"toFloat", 1, 1, false, kAnyNull, FnToFloat},
    {"toFloatOrNull", 1, 1, false, kAnyNull, FnToFloatOrNull},
    {"toBoolean", 1, 1, false, kAnyNull, FnToBoolean},
    {"toBooleanOrNull", 1, 1, false, kAnyNull, FnToBooleanOrNull},
    // numbers
    {"abs", 1, 1, false, kAnyNull, FnAbs},
    {"ceil", 1, 1, false, kAnyNull, FnCeil},
    {"floor", 1, 1, false, kAnyNull, FnFloor},
    {"round", 1, 1, false, kAnyNull, FnRound},
    {"sign", 1, 1, false, kAnyNull, FnSign},
    {"sqrt", 1, 1, false, kAnyNull, FnSqrt},
    {"exp", 1, 1, false, kAnyNull, FnExp},
    {"log", 1, 1, false, kAnyNull, FnLog},
    {"log10", 1, 1, false, kAnyNull, FnLog10},
    {"sin", 1, 1, false, kAnyNull, FnSin},
    {"cos", 1, 1, false, kAnyNull, FnCos},
    {"tan", 1, 1, false, kAnyNull, FnTan},
    {"cot", 1, 1, false, kAnyNull, FnCot},
    {"asin", 1, 1, false, kAnyNull, FnAsin},
    {"acos", 1, 1, false, kAnyNull, FnAcos},
    {"atan", 1, 1, false, kAnyNull, FnAtan},
    {"atan2", 2, 2, false, kFirstNull, FnAtan2},
    {"degrees", 1, 1, false, kAnyNull, FnDegrees},
    {"radians", 1, 1, false, kAnyNull, FnRadians},
    {"pi", 0, 0, false, kHandled, FnPi},
    {"e", 0, 0, false, kHandled, FnE},
    {"rand", 0, 0, false, kHandled, FnRand},
};

}  // namespace

const FunctionSpec* FindFunction(std::string_view name) {
  for (const auto& f : kFunctions)
    if (name.size() == std::strlen(f.name) && strncasecmp(name.data(), f.name, name.size()) == 0)
      return &f;
  return FindTemporalFunction(name);
}

const Value& FunctionCall::first() const {
  static const Value kNull;
  return args.empty() ? kNull : args[0];
}

Value CallScalar(const FunctionSpec& spec, const ValueList& args, ExecContext& ctx, size_t offset) {
  if (spec.impl == nullptr)
    throw RuntimeError("SyntaxError", "UnknownFunction",
                       std::string("unknown function ") + spec.name, offset);
  FunctionCall call{spec, args, ctx, offset};
  if (spec.nulls != NullArguments::kHandled) {
    if (call.first().is_null()) return Value();
    if (spec.nulls == NullArguments::kAnyGivesNull)
      for (const auto& v : args)
        if (v.is_null()) return Value();
  }
  return spec.impl(call);
}

void BadArg(const FunctionSpec& spec, const Value& v, size_t offset, const char* code) {
  throw RuntimeError("TypeError", code,
                     std::string(spec.name) + "() cannot take " + TypeName(v.type()) + " here",
                     offset, std::char_traits<char>::length(spec.name));
}

int64_t IntArg(const FunctionCall& c, const Value& v) {
  if (!v.is_int()) BadArg(c.spec, v, c.offset, "InvalidArgumentType");
  return v.as_int();
}

double NumberArg(const FunctionCall& c, const Value& v) {
  if (!v.is_number()) BadArg(c.spec, v, c.offset, "InvalidArgumentType");
  return v.as_number();
}

}  // namespace kg::query
