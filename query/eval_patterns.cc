// Pattern predicates, EXISTS subqueries and pattern comprehensions: each runs the
// sub-plan the planner made for it, with the variables in scope as its argument row.
// A predicate or EXISTS asks for one row only: the sub-plan stops at the first.
#include "query/evaluator.h"
#include "query/operator.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

SubPlan& PlanFor(const Expr& e, ExecContext& ctx) {
  auto it = ctx.subplans.find(&e);
  if (it == ctx.subplans.end())
    throw RuntimeError("InternalError", "NoSubPlan", "no plan for a pattern expression", e.offset,
                       e.length);
  return *it->second;
}

void Start(SubPlan& plan, Row& argument, Env& env, ExecContext& ctx) {
  const auto& names = plan.argument->columns();
  argument.clear();
  argument.reserve(names.size());
  for (const auto& name : names) {
    const Value* v = env.Lookup(name);
    argument.push_back(v ? *v : Value());
  }
  plan.argument->SetRow(&argument);
  plan.root->Open(ctx);
}

}  // namespace

Value EvaluatePatternPredicate(const Expr& e, Env& env, ExecContext& ctx) {
  SubPlan& plan = PlanFor(e, ctx);
  Row argument, out;
  Start(plan, argument, env, ctx);
  return Value::Bool(plan.root->Next(out));
}

Value EvaluatePatternComprehension(const Expr& e, Env& env, ExecContext& ctx) {
  SubPlan& plan = PlanFor(e, ctx);
  Row argument, row;
  Start(plan, argument, env, ctx);
  ValueList out;
  while (plan.root->Next(row)) {
    Env inner(&plan.root->columns(), &row);
    out.push_back(Evaluate(*e.children[1], inner, ctx));
    ctx.budget->CheckRows(out.size());
  }
  return Value::List(std::move(out));
}

}  // namespace kg::query
