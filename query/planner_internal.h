// Internal to planner*.cc; use planner.h instead.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "query/operators.h"
#include "query/planner.h"

namespace kg::query::internal {

class Planner {
 public:
  Planner(Plan& plan, const BoundStatement& bound, const Limits& limits)
      : plan_(plan), bound_(bound), limits_(limits) {}

  void PlanStatement(const Statement& s);

  // --- clauses (planner.cc) ---
  // `start`: the rows it begins from (an EXISTS subquery's argument), else one empty row;
  // `subquery`: q is an EXISTS subquery (no RETURN needed, its rows are not discarded).
  OperatorPtr PlanSingleQuery(const SingleQuery& q, OperatorPtr start = nullptr,
                              bool subquery = false);
  OperatorPtr PlanMatch(OperatorPtr in, const Clause& c);
  OperatorPtr PlanProjection(OperatorPtr in, const Clause& c);
  OperatorPtr PlanMerge(OperatorPtr in, const Clause& c);
  OperatorPtr PlanCreate(OperatorPtr in, const Clause& c);
  OperatorPtr PlanCall(OperatorPtr in, const Clause& c, bool standalone);
  void PlanSubplans();

  // --- patterns (planner_pattern.cc) ---
  // Plans the parts of one MATCH; conditions the search itself guarantees are
  // removed from `conjuncts`, the rest are left for Filters.
  OperatorPtr PlanPattern(OperatorPtr in, const Pattern& pattern,
                          std::vector<const Expr*>& conjuncts);
  OperatorPtr PlanPart(OperatorPtr in, const PatternPart& part, Uniqueness& unique,
                       std::vector<const Expr*>& conjuncts);
  OperatorPtr PlanShortest(OperatorPtr in, const PatternPart& part, Uniqueness& unique,
                           std::vector<const Expr*>& conjuncts);

  // A hidden column name, unique in the statement.
  std::string Hidden(const char* kind) {
    return std::string(" ") + kind + std::to_string(next_hidden_++);
  }
  // A variable expression referring to `column`, owned by the plan.
  const Expr* ColumnRef(const std::string& column);

  // Charges a new operator to the memory budget: every operator keeps its column names and,
  // when running, a row of that width, so a pattern of n hops costs n² — 7,000 `-->()` would
  // take gigabytes. Over --max-memory it is a MemoryLimit error before the memory is taken.
  void ChargePlan(const Operator& op);

 private:
  Plan& plan_;
  const BoundStatement& bound_;
  const Limits& limits_;
  int next_hidden_ = 0;
  int64_t plan_bytes_ = 0;
  bool writes_ = false;  // a CREATE precedes the clause being planned
  // The MATCH being planned feeds a projection that ignores how often a row comes (DISTINCT,
  // or only DISTINCT / min / max aggregates): a variable-length hop may then be a Reach.
  bool distinct_rows_ = false;
  // The MATCH being planned feeds an aggregation whose aggregates are all count(*) or
  // count(v) of the MATCH's own variables, which nothing else reads but `live_`: its one
  // hop may count relationships per start row instead of listing them, when neither its
  // relationship nor its far node is live. weight_column_ is the hidden column it counted
  // into, which the projection's AggregateOp then reads.
  std::optional<std::set<std::string>> countable_;
  std::string weight_column_;
};

// The variables of a MATCH that the aggregation right after it reads other than inside
// count(*) / count(variable) (see Planner::countable_), or nullopt when it is not such an
// aggregation.
std::optional<std::set<std::string>> LiveOutsideCounts(const Clause& match, const Clause& next);

// Whether a projection's result is the same when its input rows repeat: DISTINCT without
// aggregates, or aggregates that are all DISTINCT, min or max.
bool IgnoresRepeatedRows(const Projection& p);

// The AND-ed conditions of a WHERE, flattened.
void SplitConjuncts(const Expr* e, std::vector<const Expr*>& out);
// Variables an expression reads (not the locals it binds itself).
void CollectVariables(const Expr& e, std::vector<std::string>& out);

}  // namespace kg::query::internal
