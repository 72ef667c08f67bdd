// Aggregate functions: count, collect, min, max, sum, avg, stDev, stDevP,
// percentileDisc, percentileCont — each an Aggregator that takes the values of
// one group in turn. Nulls are skipped (count(*) counts rows); DISTINCT keeps
// the first of each equivalent value.
#pragma once

#include <memory>

#include "query/ast.h"
#include "query/value.h"

namespace kg::query {

class Aggregator {
 public:
  virtual ~Aggregator() = default;
  virtual void Add(const Value& v) = 0;
  virtual Value Result() const = 0;
  // True when Add keeps its argument until Result (collect, DISTINCT, percentiles,
  // standard deviations): what it adds is charged to the memory budget.
  virtual bool KeepsValues() const { return false; }
};

// True for count(*) and calls of aggregate functions.
bool IsAggregateCall(const Expr& e);

// count(*) or count(x) without DISTINCT: a counter of rows or of non-null values.
bool IsPlainCount(const Expr& call);

// An aggregator for the call; `extra` is the value of a second argument
// (the percentile of percentileDisc / percentileCont), null otherwise.
std::unique_ptr<Aggregator> MakeAggregator(const Expr& call, const Value& extra);

// Aggregate calls inside `e`, outermost first (not those nested in another call).
void CollectAggregateCalls(const Expr& e, std::vector<const Expr*>& out);

}  // namespace kg::query
