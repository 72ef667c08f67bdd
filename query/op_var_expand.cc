// VarExpand: (a)-[r*min..max]->(b), depth first with an explicit stack, so a
// deep or wide search is bounded by the budget and never by the call stack.
// A relationship appears at most once in a walk (Cypher's relationship
// uniqueness), and never equals one matched earlier in the same MATCH.
#include <algorithm>

#include "query/operators.h"

namespace kg::query {
namespace {

std::vector<std::string> VarColumns(const Operator& child, const VarExpandSpec& spec) {
  std::vector<std::string> cols = child.columns();
  if (spec.hop.rel_column < 0) cols.push_back(spec.hop.rel_var);
  if (spec.hop.to_column < 0) cols.push_back(spec.hop.to_var);
  return cols;
}

}  // namespace

VarExpandOp::VarExpandOp(OperatorPtr child, VarExpandSpec spec)
    : Operator(VarColumns(*child, spec), std::move(child)), spec_(std::move(spec)) {}

void VarExpandOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  have_input_ = false;
  stack_.clear();
  path_.clear();
}

void VarExpandOp::PushFrame(graph::NodeIndex node) {
  Frame f;
  if (static_cast<int64_t>(path_.size()) < spec_.max_hops) {
    const graph::PropertyGraph& g = *ctx_->graph;
    Budget& budget = *ctx_->budget;
    ForEachIncident(*topology_, node, spec_.hop.rel.direction,
                    [&](graph::EdgeIndex e, graph::NodeIndex b) {
                      budget.Expand();
                      if (rel_.Matches(g, e) && !spec_.hop.unique.Excludes(input_, e))
                        f.next.emplace_back(e, b);
                      return true;
                    });
  }
  stack_.push_back(std::move(f));
}

bool VarExpandOp::NextInput() {
  if (!child_->Next(input_)) return false;
  stack_.clear();
  path_.clear();
  zero_pending_ = bound_pending_ = false;
  const Value& from = input_[spec_.hop.from];
  if (!from.is_node()) return true;
  start_ = from.as_node();
  Env env(&child_->columns(), &input_);
  rel_ = ResolveRel(spec_.hop.rel, env, *ctx_);
  to_ = ResolveNode(spec_.hop.to, env, *ctx_);
  const graph::PropertyGraph& g = *ctx_->graph;
  if (spec_.hop.rel_column >= 0) {
    // a list bound earlier: it must be a walk from `from` that fits the pattern
    const Value& list = input_[spec_.hop.rel_column];
    if (!list.is_list()) return true;
    auto n = static_cast<int64_t>(list.as_list().size());
    if (n < spec_.min_hops || n > spec_.max_hops) return true;
    graph::NodeIndex at = start_;
    std::vector<graph::EdgeIndex> seen;
    for (const auto& r : list.as_list()) {
      if (!r.is_relationship()) return true;
      graph::EdgeIndex e = r.as_relationship();
      const graph::EdgeRecord& rec = g.edge(e);
      if (!rel_.Matches(g, e) || std::find(seen.begin(), seen.end(), e) != seen.end()) return true;
      Direction d = spec_.hop.rel.direction;
      if (d != Direction::kIn && rec.source == at)
        at = rec.target;
      else if (d != Direction::kOut && rec.target == at)
        at = rec.source;
      else
        return true;
      seen.push_back(e);
    }
    bound_pending_ = true;
    bound_end_ = at;
    return true;
  }
  if (rel_.impossible) return true;
  topology_ = &g.Topology();
  zero_pending_ = spec_.min_hops == 0;
  PushFrame(start_);
  return true;
}

bool VarExpandOp::Emit(graph::NodeIndex at, Row& out) {
  if (spec_.hop.to_column >= 0) {
    const Value& t = input_[spec_.hop.to_column];
    if (!t.is_node() || t.as_node() != at) return false;
  }
  if (!to_.Matches(*ctx_->graph, at)) return false;
  out.clear();
  out.reserve(columns_.size() + 1);  // room for a BuildPath above
  out.insert(out.end(), input_.begin(), input_.end());
  if (spec_.hop.rel_column < 0) {
    ValueList rels;
    rels.reserve(path_.size());
    for (auto e : path_) rels.push_back(Value::Relationship(e));
    if (spec_.reversed) std::reverse(rels.begin(), rels.end());
    out.push_back(Value::List(std::move(rels)));
  }
  if (spec_.hop.to_column < 0) out.push_back(Value::Node(at));
  ctx_->budget->Tick();
  return true;
}

bool VarExpandOp::Next(Row& out) {
  while (true) {
    if (!have_input_) {
      if (!NextInput()) return false;
      have_input_ = true;
      continue;
    }
    if (bound_pending_) {
      bound_pending_ = false;
      if (Emit(bound_end_, out)) return true;
      continue;
    }
    if (zero_pending_) {
      zero_pending_ = false;
      if (Emit(start_, out)) return true;
      continue;
    }
    if (stack_.empty()) {
      have_input_ = false;
      continue;
    }
    Frame& f = stack_.back();
    if (f.pos >= f.next.size()) {
      stack_.pop_back();
      if (!path_.empty()) path_.pop_back();
      continue;
    }
    auto [e, b] = f.next[f.pos++];
    if (std::find(path_.begin(), path_.end(), e) != path_.end()) continue;
    path_.push_back(e);
    PushFrame(b);
    if (static_cast<int64_t>(path_.size()) >= spec_.min_hops && Emit(b, out)) return true;
  }
}

std::string VarExpandOp::Describe() const {
  std::string out =
      "VarExpand (" + child_->columns()[spec_.hop.from] + ")" +
      (spec_.hop.rel.direction == Direction::kIn ? "<-" : "-") + "[" +
      (spec_.hop.rel_column >= 0 ? child_->columns()[spec_.hop.rel_column] : spec_.hop.rel_var);
  for (size_t i = 0; i < spec_.hop.rel.types.size(); ++i)
    out += (i ? "|" : ":") + spec_.hop.rel.types[i];
  out += "*" + std::to_string(spec_.min_hops) + ".." + std::to_string(spec_.max_hops) + "]" +
         (spec_.hop.rel.direction == Direction::kOut ? "->" : "-") + "(" +
         (spec_.hop.to_column >= 0 ? child_->columns()[spec_.hop.to_column] : spec_.hop.to_var) +
         ")";
  return out;
}

}  // namespace kg::query
