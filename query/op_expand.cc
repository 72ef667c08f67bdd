// Expand: one relationship hop from a bound node, (a)-[r:T {…}]->(b).
#include "query/operators.h"

namespace kg::query {
namespace {

std::vector<std::string> ExpandColumns(const Operator& child, const ExpandSpec& spec) {
  std::vector<std::string> cols = child.columns();
  if (!spec.count_var.empty()) {
    cols.push_back(spec.count_var);
    return cols;
  }
  if (spec.rel_column < 0) cols.push_back(spec.rel_var);
  if (spec.to_column < 0) cols.push_back(spec.to_var);
  return cols;
}

}  // namespace

ExpandOp::ExpandOp(OperatorPtr child, ExpandSpec spec)
    : Operator(ExpandColumns(*child, spec), std::move(child)), spec_(std::move(spec)) {}

void ExpandOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  candidates_.clear();
  pos_ = 0;
}

bool ExpandOp::NextInput() {
  if (!child_->Next(input_)) return false;
  candidates_.clear();
  pos_ = 0;
  const Value& from = input_[spec_.from];
  if (!from.is_node()) return true;
  graph::NodeIndex a = from.as_node();
  Env env(&child_->columns(), &input_);
  rel_ = ResolveRel(spec_.rel, env, *ctx_);
  to_ = ResolveNode(spec_.to, env, *ctx_);
  if (rel_.impossible || to_.impossible) return true;
  const graph::PropertyGraph& g = *ctx_->graph;
  if (spec_.rel_column >= 0) {
    const Value& r = input_[spec_.rel_column];
    if (!r.is_relationship()) return true;
    graph::EdgeIndex e = r.as_relationship();
    const graph::EdgeRecord& rec = g.edge(e);
    if (!rel_.Matches(g, e) || spec_.unique.Excludes(input_, e)) return true;
    Direction d = spec_.rel.direction;
    if (d != Direction::kIn && rec.source == a)
      candidates_.emplace_back(e, rec.target);
    else if (d != Direction::kOut && rec.target == a)
      candidates_.emplace_back(e, rec.source);
    return true;
  }
  Budget& budget = *ctx_->budget;
  ForEachIncident(g.Topology(), a, spec_.rel.direction,
                  [&](graph::EdgeIndex e, graph::NodeIndex b) {
                    budget.Expand();
                    if (rel_.Matches(g, e) && !spec_.unique.Excludes(input_, e))
                      candidates_.emplace_back(e, b);
                    return true;
                  });
  return true;
}

bool ExpandOp::Next(Row& out) {
  const graph::PropertyGraph& g = *ctx_->graph;
  if (!spec_.count_var.empty()) {
    while (NextInput()) {
      int64_t n = 0;
      for (auto [e, b] : candidates_) n += to_.Matches(g, b) ? 1 : 0;
      if (n == 0) continue;
      out = input_;
      out.push_back(Value::Int(n));
      return true;
    }
    return false;
  }
  while (true) {
    if (pos_ >= candidates_.size()) {
      if (!NextInput()) return false;
      continue;
    }
    auto [e, b] = candidates_[pos_++];
    if (spec_.to_column >= 0) {
      const Value& t = input_[spec_.to_column];
      if (!t.is_node() || t.as_node() != b) continue;
    }
    if (!to_.Matches(g, b)) continue;
    out = input_;
    if (spec_.rel_column < 0) out.push_back(Value::Relationship(e));
    if (spec_.to_column < 0) out.push_back(Value::Node(b));
    return true;
  }
}

std::string ExpandOp::Describe() const {
  std::string out = "Expand (" + child_->columns()[spec_.from] + ")" +
                    (spec_.rel.direction == Direction::kIn ? "<-" : "-") + "[" +
                    (spec_.rel_column >= 0 ? child_->columns()[spec_.rel_column] : spec_.rel_var);
  for (size_t i = 0; i < spec_.rel.types.size(); ++i) out += (i ? "|" : ":") + spec_.rel.types[i];
  out += std::string("]") + (spec_.rel.direction == Direction::kOut ? "->" : "-") + "(" +
         (spec_.to_column >= 0 ? child_->columns()[spec_.to_column] : spec_.to_var);
  for (const auto& l : spec_.to.labels) out += ":" + l;
  out += ")";
  if (!spec_.count_var.empty()) out += " counted into " + spec_.count_var;
  return out;
}

}  // namespace kg::query
