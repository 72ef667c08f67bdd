#include "query/engine.h"

#include "query/binder.h"
#include "query/operator.h"
#include "query/parser.h"
#include "query/planner.h"

namespace kg::query {
namespace {

std::string PlanText(const Plan& plan) {
  std::string out = DumpPlan(*plan.root);
  for (const auto& sub : plan.subplans) out += "pattern expression:\n" + DumpPlan(*sub->root);
  return out;
}

}  // namespace

Engine::Engine(graph::PropertyGraph& graph) : graph_(graph), index_(graph) {}

void Engine::Reindex() { index_ = NameIndex(graph_); }

std::string Engine::Explain(std::string_view statement, const Params& params,
                            const Limits& limits) {
  Statement s = Parse(statement);
  BoundStatement bound = Bind(s, params, procedures_);
  return PlanText(BuildPlan(s, bound, limits));
}

QueryResult Engine::Run(std::string_view statement, const Params& params, const Limits& limits) {
  Statement s = Parse(statement);
  BoundStatement bound = Bind(s, params, procedures_);
  Plan plan = BuildPlan(s, bound, limits);
  QueryResult result;
  result.warnings = FindUnknownNames(s, graph_);
  if (s.explain) {
    result.plan = PlanText(plan);
    return result;
  }
  index_.CatchUp(graph_);
  Budget budget(limits);
  ExecContext ctx;
  ctx.graph = &graph_;
  ctx.params = &params;
  ctx.budget = &budget;
  ctx.index = &index_;
  ctx.subplans = plan.subplan_index;
  result.columns = plan.columns;
  plan.root->Open(ctx);
  Row row;
  while (plan.root->Next(row)) {
    result.rows.push_back(row);
    budget.CheckRows(result.rows.size());
  }
  result.stats = ctx.stats;
  return result;
}

}  // namespace kg::query
