// Reach: distinct end nodes of a variable-length pattern by breadth-first search; with
// the end bound already (EXISTS { (a)-[*]->(b) }), whether the search reaches it.
#include <algorithm>
#include <limits>
#include <optional>

#include "query/operators.h"

namespace kg::query {
namespace {

std::vector<std::string> ReachColumns(const Operator& child, const VarExpandSpec& spec) {
  std::vector<std::string> cols = child.columns();
  if (spec.hop.to_column < 0) cols.push_back(spec.hop.to_var);
  return cols;
}

constexpr graph::EdgeIndex kNoEdge = std::numeric_limits<graph::EdgeIndex>::max();

}  // namespace

ReachOp::ReachOp(OperatorPtr child, VarExpandSpec spec)
    : Operator(ReachColumns(*child, spec), std::move(child)), spec_(std::move(spec)) {}

void ReachOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  reached_.clear();
  pos_ = 0;
}

void ReachOp::Search(graph::NodeIndex start, std::optional<graph::NodeIndex> target) {
  const graph::PropertyGraph& g = *ctx_->graph;
  const graph::CsrGraph& topology = g.Topology();
  if (depth_.size() != g.node_count()) {
    depth_.assign(g.node_count(), -1);
    tree_edge_.assign(g.node_count(), kNoEdge);
    branch_.assign(g.node_count(), 0);
  }
  for (graph::NodeIndex v : visited_) depth_[v] = -1;
  visited_.clear();
  depth_[start] = 0;
  tree_edge_[start] = kNoEdge;
  branch_[start] = start;
  visited_.push_back(start);
  // a bound end other than the start: the search may stop once it is found
  const bool stop_at_target = target && *target != start;
  bool found = false;
  for (size_t head = 0; head < visited_.size() && !found; ++head) {
    graph::NodeIndex v = visited_[head];
    if (depth_[v] >= spec_.max_hops) break;  // breadth first: the rest are as deep
    ForEachIncident(topology, v, spec_.hop.rel.direction,
                    [&](graph::EdgeIndex e, graph::NodeIndex w) {
                      ctx_->budget->Expand();
                      if (depth_[w] >= 0 || !rel_.Matches(g, e)) return true;
                      depth_[w] = depth_[v] + 1;
                      tree_edge_[w] = e;
                      branch_[w] = v == start ? w : branch_[v];
                      visited_.push_back(w);
                      found = stop_at_target && w == *target;
                      return !found;
                    });
  }
  reached_.clear();
  pos_ = 0;
  if (stop_at_target) {
    if (found && to_.Matches(g, *target)) reached_.push_back(*target);
    return;
  }
  bool start_is_end = spec_.min_hops == 0 || StartOnCycle(start);
  for (graph::NodeIndex v : visited_)
    if ((v != start || start_is_end) && to_.Matches(g, v)) reached_.push_back(v);
}

// Whether a walk of 1..max relationships, none used twice, leads from the start back to it.
bool ReachOp::StartOnCycle(graph::NodeIndex start) {
  const graph::PropertyGraph& g = *ctx_->graph;
  const graph::CsrGraph& topology = g.Topology();
  const Direction direction = spec_.hop.rel.direction;
  bool found = false;
  if (direction != Direction::kBoth) {
    // directed: a relationship into the start from a node at most max - 1 away
    ForEachIncident(topology, start, Reverse(direction),
                    [&](graph::EdgeIndex e, graph::NodeIndex u) {
                      if (depth_[u] >= 0 && depth_[u] + 1 <= spec_.max_hops && rel_.Matches(g, e))
                        found = true;
                      return !found;
                    });
    return found;
  }
  // undirected: a relationship outside the BFS tree joining two branches (or the start and
  // a branch, or a self-loop at the start) closes a cycle through the start
  for (graph::NodeIndex x : visited_) {
    ForEachIncident(topology, x, Direction::kBoth, [&](graph::EdgeIndex e, graph::NodeIndex y) {
      if (depth_[y] < 0 || e == tree_edge_[x] || e == tree_edge_[y] || !rel_.Matches(g, e))
        return true;
      bool closes = x == y ? x == start : branch_[x] != branch_[y];
      if (closes && depth_[x] + depth_[y] + 1 <= spec_.max_hops) found = true;
      return !found;
    });
    if (found) break;
  }
  return found;
}

bool ReachOp::Next(Row& out) {
  while (pos_ >= reached_.size()) {
    if (!child_->Next(input_)) return false;
    reached_.clear();
    pos_ = 0;
    const Value& from = input_[spec_.hop.from];
    if (!from.is_node()) continue;
    Env env(&child_->columns(), &input_);
    rel_ = ResolveRel(spec_.hop.rel, env, *ctx_);
    to_ = ResolveNode(spec_.hop.to, env, *ctx_);
    if (rel_.impossible && spec_.min_hops > 0) continue;
    if (rel_.impossible) {  // only the zero-length walk
      if (to_.Matches(*ctx_->graph, from.as_node())) reached_.push_back(from.as_node());
    } else {
      const Value& to = spec_.hop.to_column >= 0 ? input_[spec_.hop.to_column] : Value();
      Search(from.as_node(), to.is_node() ? std::optional(to.as_node()) : std::nullopt);
    }
    if (spec_.hop.to_column >= 0) {
      // the row passes once when its bound end is among those reached
      const Value& to = input_[spec_.hop.to_column];
      bool hit = to.is_node() &&
                 std::find(reached_.begin(), reached_.end(), to.as_node()) != reached_.end();
      reached_.clear();
      if (!hit) continue;
      out = input_;
      ctx_->budget->Tick();
      return true;
    }
  }
  out = input_;
  out.push_back(Value::Node(reached_[pos_++]));
  ctx_->budget->Tick();
  return true;
}

std::string ReachOp::Describe() const {
  std::string out = "Reach (" + child_->columns()[spec_.hop.from] + ")" +
                    (spec_.hop.rel.direction == Direction::kIn ? "<-" : "-") + "[";
  for (size_t i = 0; i < spec_.hop.rel.types.size(); ++i)
    out += (i ? "|" : ":") + spec_.hop.rel.types[i];
  out += "*" + std::to_string(spec_.min_hops) + ".." + std::to_string(spec_.max_hops) + "]" +
         (spec_.hop.rel.direction == Direction::kOut ? "->" : "-") + "(" + spec_.hop.to_var +
         (spec_.hop.to_column >= 0 ? ") breadth first, bound end reached"
                                   : ") breadth first, distinct ends");
  return out;
}

}  // namespace kg::query
