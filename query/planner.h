// Planner: a bound Statement -> a tree of operators (operators.h).
//
// Each clause extends the pipeline: MATCH adds a scan of its start node (the
// most selective one: bound, looked up by id or in the name index, by label,
// or all nodes), then Expand / VarExpand hops outward in both directions, a
// BuildPath per named path, and the WHERE conditions as Filters; OPTIONAL
// MATCH wraps that in an Optional apply; WITH / RETURN become Project or
// Aggregate, then Distinct, Sort, SkipLimit; UNWIND and CREATE map to their
// operators; UNION puts the parts under a Union (and a Distinct).
//
// Pattern predicates, pattern comprehensions and EXISTS { … } subqueries get a
// sub-plan each, rooted at an Argument of the names in scope where they stand.
//
// The Plan owns the operators, the sub-plans of pattern expressions and the
// few expressions the planner makes itself; it borrows the Statement, which
// must outlive it.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "query/ast.h"
#include "query/binder.h"
#include "query/limits.h"
#include "query/operator.h"

namespace kg::query {

struct Plan {
  OperatorPtr root;
  std::vector<std::unique_ptr<SubPlan>> subplans;
  std::unordered_map<const Expr*, SubPlan*> subplan_index;  // pattern expression -> its plan
  std::vector<ExprPtr> synthetic;                           // expressions made by the planner
  std::vector<std::string> columns;                         // the result's columns
};

// Throws UnsupportedError for what kg cannot run (a shortest path over more
// than one relationship, a minimum length above 1, a condition on a shortest
// path that cannot be checked during the search).
Plan BuildPlan(const Statement& statement, const BoundStatement& bound, const Limits& limits);

}  // namespace kg::query
