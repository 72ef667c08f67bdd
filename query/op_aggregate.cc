// Aggregate: grouping and aggregation for WITH / RETURN. Materialises one
// group per distinct key tuple (Cypher equivalence: null groups with null).
#include <unordered_map>

#include "query/aggregates.h"
#include "query/ast_printer.h"
#include "query/evaluator.h"
#include "query/operators.h"
#include "query/value_compare.h"

namespace kg::query {
namespace {

std::vector<std::string> Names(const std::vector<ProjectItem>& items,
                               const std::vector<ProjectItem>& extras) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.name);
  for (const auto& i : extras) out.push_back(i.name);
  return out;
}

struct Group {
  Row representative;
  std::vector<std::unique_ptr<Aggregator>> aggregators;
};

}  // namespace

AggregateOp::AggregateOp(OperatorPtr child, std::vector<ProjectItem> keys,
                         std::vector<ProjectItem> outputs, std::vector<ProjectItem> extras)
    : Operator(Names(outputs, extras), std::move(child)),
      keys_(std::move(keys)),
      outputs_(std::move(outputs)),
      extras_(std::move(extras)) {
  for (const auto& o : outputs_) CollectAggregateCalls(*o.expr, calls_);
  for (const auto& o : extras_) CollectAggregateCalls(*o.expr, calls_);
}

void AggregateOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  results_.clear();
  pos_ = 0;
  done_ = false;
}

void AggregateOp::Run() {
  std::unordered_map<Row, size_t, RowHash, RowEquivalent> index;
  std::vector<Group> groups;
  auto new_group = [&](const Row& rep, Env& env) {
    Group g;
    g.representative = rep;
    for (const Expr* call : calls_) {
      Value extra;
      if (call->kind == ExprKind::kFunction && call->children.size() > 1)
        extra = Evaluate(*call->children[1], env, *ctx_);
      g.aggregators.push_back(MakeAggregator(*call, extra));
    }
    groups.push_back(std::move(g));
    ctx_->budget->CheckRows(groups.size());
  };
  Row input;
  while (child_->Next(input)) {
    Env env(&child_->columns(), &input);
    Row key;
    key.reserve(keys_.size());
    for (const auto& k : keys_) key.push_back(Evaluate(*k.expr, env, *ctx_));
    auto [it, inserted] = index.try_emplace(std::move(key), groups.size());
    if (inserted) new_group(input, env);
    Group& g = groups[it->second];
    for (size_t i = 0; i < calls_.size(); ++i) {
      const Expr* call = calls_[i];
      Value v = call->kind == ExprKind::kCountStar ? Value::Bool(true) : Evaluate(*call->children[0], env, *ctx_);
      if (g.aggregators[i]->KeepsValues()) ctx_->budget->Keep(ApproxBytes(v));  // collect(), DISTINCT
      g.aggregators[i]->Add(v);
    }
    ctx_->budget->Tick();
  }
  if (groups.empty() && keys_.empty()) {
    Row empty(child_->columns().size());
    Env env(&child_->columns(), &empty);
    new_group(empty, env);
  }
  results_.reserve(groups.size());
  for (Group& g : groups) {
    std::unordered_map<const Expr*, Value> values;
    for (size_t i = 0; i < calls_.size(); ++i) values[calls_[i]] = g.aggregators[i]->Result();
    Env env(&child_->columns(), &g.representative);
    env.aggregates = &values;
    Row out;
    out.reserve(outputs_.size());
    for (const auto& o : outputs_) out.push_back(Evaluate(*o.expr, env, *ctx_));
    for (size_t i = 0; i < outputs_.size() && !extras_.empty(); ++i)
      env.Push(outputs_[i].name, out[i]);
    for (const auto& o : extras_) out.push_back(Evaluate(*o.expr, env, *ctx_));
    results_.push_back(std::move(out));
  }
}

bool AggregateOp::Next(Row& out) {
  if (!done_) {
    Run();
    done_ = true;
  }
  if (pos_ >= results_.size()) return false;
  out = std::move(results_[pos_++]);
  return true;
}

std::string AggregateOp::Describe() const {
  std::string out = "Aggregate keys [";
  for (size_t i = 0; i < keys_.size(); ++i) out += (i ? ", " : "") + PrintExpr(*keys_[i].expr);
  out += "] aggregates [";
  for (size_t i = 0; i < calls_.size(); ++i) out += (i ? ", " : "") + PrintExpr(*calls_[i]);
  return out + "]";
}

}  // namespace kg::query
