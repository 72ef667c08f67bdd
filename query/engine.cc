#include "query/engine.h"

#include "query/binder.h"
#include "query/operator.h"
#include "query/parser.h"
#include "query/planner.h"
#include "query/write_support.h"

namespace kg::query {
namespace {

// A statement's changes: committed when it ends normally; otherwise the graph is put
// back (graph/store/graph_transaction.h) and the name index rebuilt over it.
class StatementChanges {
 public:
  StatementChanges(graph::PropertyGraph& graph, NameIndex& index)
      : graph_(graph), index_(index), tx_(graph) {}
  ~StatementChanges() {
    if (committed_) return;
    tx_.Rollback();
    index_ = NameIndex(graph_);
  }
  graph::GraphTransaction* tx() { return &tx_; }
  void Commit() {
    tx_.Commit();
    committed_ = true;
  }

 private:
  graph::PropertyGraph& graph_;
  NameIndex& index_;
  graph::GraphTransaction tx_;
  bool committed_ = false;
};

std::string PlanText(const Plan& plan) {
  std::string out = DumpPlan(*plan.root);
  for (const auto& sub : plan.subplans)
    out += std::string(sub->title) + ":\n" + DumpPlan(*sub->root);
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
  if (graph_.has_tombstones()) {  // deleted by an earlier statement, whose result is gone
    graph_.Compact();
    Reindex();
  }
  index_.CatchUp(graph_);
  StatementChanges changes(graph_, index_);
  Budget budget(limits);
  ExecContext ctx;
  ctx.graph = &graph_;
  ctx.params = &params;
  ctx.budget = &budget;
  ctx.index = &index_;
  ctx.tx = changes.tx();
  ctx.write_evidence = write_evidence_;
  ctx.subplans = plan.subplan_index;
  result.columns = plan.columns;
  plan.root->Open(ctx);
  Row row;
  while (plan.root->Next(row)) {
    result.rows.push_back(row);
    budget.CheckRows(result.rows.size());
  }
  FinishWrites(ctx);
  changes.Commit();
  result.stats = ctx.stats;
  return result;
}

}  // namespace kg::query
