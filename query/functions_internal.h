// Inside the function library: the implementations that the table in
// functions.cc names, by family, and the argument checks they share.
// Use functions.h instead.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "query/functions.h"

namespace kg::query {

// Throws TypeError(`code`): `spec.name`() cannot take a value of v's type.
[[noreturn]] void BadArg(const FunctionSpec& spec, const Value& v, size_t offset,
                         const char* code = "InvalidArgumentValue");
int64_t IntArg(const FunctionCall& c, const Value& v);    // an Integer, or BadArg
double NumberArg(const FunctionCall& c, const Value& v);  // a number, or BadArg

// Text helpers (functions_string.cc).
std::string TrimLeft(std::string s);
std::string TrimRight(std::string s);
std::vector<std::string> CodePoints(const std::string& s);  // one string per code point
std::string JoinCodePoints(const std::vector<std::string>& cps, size_t from, size_t to);

// Graph elements and paths (functions_graph.cc).
Value FnId(const FunctionCall& c);
Value FnLabels(const FunctionCall& c);
Value FnType(const FunctionCall& c);
Value FnProperties(const FunctionCall& c);
Value FnKeys(const FunctionCall& c);
Value FnNodes(const FunctionCall& c);
Value FnRelationships(const FunctionCall& c);
Value FnLength(const FunctionCall& c);
Value FnStartNode(const FunctionCall& c);
Value FnEndNode(const FunctionCall& c);
Value FnSources(const FunctionCall& c);

// Lists (functions_list.cc).
Value FnSize(const FunctionCall& c);
Value FnIsEmpty(const FunctionCall& c);
Value FnHead(const FunctionCall& c);
Value FnLast(const FunctionCall& c);
Value FnTail(const FunctionCall& c);
Value FnRange(const FunctionCall& c);
Value FnReverse(const FunctionCall& c);

// Strings (functions_string.cc).
Value FnToLower(const FunctionCall& c);
Value FnToUpper(const FunctionCall& c);
Value FnTrim(const FunctionCall& c);
Value FnLTrim(const FunctionCall& c);
Value FnRTrim(const FunctionCall& c);
Value FnSubstring(const FunctionCall& c);
Value FnLeft(const FunctionCall& c);
Value FnRight(const FunctionCall& c);
Value FnReplace(const FunctionCall& c);
Value FnSplit(const FunctionCall& c);
Value FnFold(const FunctionCall& c);

// Conversions and null handling (functions_value.cc).
Value FnCoalesce(const FunctionCall& c);
Value FnExists(const FunctionCall& c);
Value FnNullIf(const FunctionCall& c);
Value FnValueType(const FunctionCall& c);
Value FnToString(const FunctionCall& c);
Value FnToInteger(const FunctionCall& c);
Value FnToFloat(const FunctionCall& c);
Value FnToBoolean(const FunctionCall& c);
Value FnToStringOrNull(const FunctionCall& c);
Value FnToIntegerOrNull(const FunctionCall& c);
Value FnToFloatOrNull(const FunctionCall& c);
Value FnToBooleanOrNull(const FunctionCall& c);

// Numbers (functions_math.cc).
Value FnAbs(const FunctionCall& c);
Value FnSign(const FunctionCall& c);
Value FnCeil(const FunctionCall& c);
Value FnFloor(const FunctionCall& c);
Value FnRound(const FunctionCall& c);
Value FnSqrt(const FunctionCall& c);
Value FnExp(const FunctionCall& c);
Value FnLog(const FunctionCall& c);
Value FnLog10(const FunctionCall& c);
Value FnSin(const FunctionCall& c);
Value FnCos(const FunctionCall& c);
Value FnTan(const FunctionCall& c);
Value FnCot(const FunctionCall& c);
Value FnAsin(const FunctionCall& c);
Value FnAcos(const FunctionCall& c);
Value FnAtan(const FunctionCall& c);
Value FnAtan2(const FunctionCall& c);
Value FnDegrees(const FunctionCall& c);
Value FnRadians(const FunctionCall& c);
Value FnPi(const FunctionCall& c);
Value FnE(const FunctionCall& c);
Value FnRand(const FunctionCall& c);

}  // namespace kg::query
