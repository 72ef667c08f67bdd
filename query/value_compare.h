// openCypher comparison, equality and ordering of runtime values.
//
//  - Equals: `=`. Null if either side is null, or if a list/map comparison
//    meets a null and no element pair differs; false across types (integers and
//    floats compare numerically; NaN equals nothing).
//  - Compare: `<`, `<=`, `>`, `>=`. Defined for number~number, string~string,
//    boolean~boolean, list~list (lexicographic) and temporal~temporal of one
//    kind but duration (query/temporal/temporal.h); null otherwise. Comparisons
//    involving NaN are false.
//  - Order: the total order of ORDER BY: maps < nodes < relationships < lists <
//    paths < temporals < strings < booleans < numbers < null; NaN sorts above
//    every number.
//  - Equivalent / Hash: the equivalence of DISTINCT and grouping keys: like
//    Equals, but null is equivalent to null and NaN to NaN.
#pragma once

#include <cstddef>

#include "query/value.h"

namespace kg::query {

// Three-valued logic: kNull is SQL/Cypher "unknown".
enum class Tri { kFalse, kTrue, kNull };
inline Tri ToTri(bool b) { return b ? Tri::kTrue : Tri::kFalse; }
Value TriValue(Tri t);

enum class Cmp { kLess, kEqual, kGreater, kFalse, kNull };

Tri Equals(const Value& a, const Value& b);
Cmp Compare(const Value& a, const Value& b);
// <0, 0, >0.
int Order(const Value& a, const Value& b);
bool Equivalent(const Value& a, const Value& b);
size_t Hash(const Value& v);

struct ValueHash {
  size_t operator()(const Value& v) const { return Hash(v); }
};
struct ValueEquivalent {
  bool operator()(const Value& a, const Value& b) const { return Equivalent(a, b); }
};
struct RowHash {
  size_t operator()(const ValueList& row) const;
};
struct RowEquivalent {
  bool operator()(const ValueList& a, const ValueList& b) const;
};

}  // namespace kg::query
