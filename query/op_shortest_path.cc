// ShortestPath: shortestPath / allShortestPaths between two bound nodes by
// bidirectional breadth-first search.
//
// Each round expands, level by level, the side with the smaller frontier. The
// first level at which the two searches touch fixes the length d: every
// shortest path passes through one of the nodes found there (the "meeting"
// nodes). Parent lists keep every way each node was first reached, so the two
// search trees together hold all shortest paths.
//
// Conditions are applied during the search, not after it: the relationship
// pattern's types and property map, and pushed-down WHERE predicates
// all()/none() over nodes(p) or relationships(p); a node or relationship that
// fails them is never entered.
//
// Tie-breaking is deterministic: shortestPath returns the shortest path whose
// list of relationship ids is lexicographically smallest; allShortestPaths
// returns them all in that order.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "query/evaluator.h"
#include "query/operators.h"

namespace kg::query {
namespace {

std::vector<std::string> SpColumns(const Operator& child, const ShortestPathSpec& spec) {
  std::vector<std::string> cols = child.columns();
  cols.push_back(spec.rel_var);
  cols.push_back(spec.path_var);
  return cols;
}

using Parents = std::unordered_map<graph::NodeIndex,
                                   std::vector<std::pair<graph::EdgeIndex, graph::NodeIndex>>>;

struct Side {
  std::unordered_map<graph::NodeIndex, int64_t> dist;
  Parents parents;
  std::vector<graph::NodeIndex> frontier;
  int64_t depth = 0;
  Direction direction = Direction::kOut;
};

class Search {
 public:
  Search(const ShortestPathSpec& spec, const Row& input, const std::vector<std::string>& columns,
         ExecContext& ctx)
      : spec_(spec), env_(&columns, &input), ctx_(ctx), g_(*ctx.graph) {
    rel_ = ResolveRel(spec.rel, env_, ctx);
  }

  std::vector<PathData> Run(graph::NodeIndex a, graph::NodeIndex b) {
    std::vector<PathData> out;
    if (rel_.impossible || !NodeOk(a) || !NodeOk(b)) return out;
    if (a == b) {
      if (spec_.min_hops == 0) out.push_back(PathData{{a}, {}});
      return out;
    }
    const graph::CsrGraph& topology = g_.Topology();
    Side f, r;
    f.direction = spec_.rel.direction;
    r.direction = Reverse(spec_.rel.direction);
    f.dist[a] = 0;
    r.dist[b] = 0;
    f.frontier = {a};
    r.frontier = {b};
    std::vector<graph::NodeIndex> meet;
    while (!f.frontier.empty() && !r.frontier.empty() && f.depth + r.depth < spec_.max_hops) {
      bool forward = f.frontier.size() <= r.frontier.size();
      Side& side = forward ? f : r;
      Side& other = forward ? r : f;
      Expand(topology, side);
      int64_t best = INT64_MAX;
      for (graph::NodeIndex v : side.frontier) {
        auto it = other.dist.find(v);
        if (it == other.dist.end()) continue;
        if (it->second < best) {
          best = it->second;
          meet.clear();
        }
        if (it->second == best) meet.push_back(v);
      }
      if (!meet.empty()) break;
    }
    if (meet.empty()) return out;
    std::sort(meet.begin(), meet.end());
    Enumerate(a, b, f, r, meet, out);
    return out;
  }

 private:
  bool Check(const PathPredicate& p, Value element) {
    Value v;
    {
      LocalsScope scope(env_);
      env_.Push(p.var, std::move(element));
      v = Evaluate(*p.condition, env_, ctx_);
    }
    bool truth = v.is_bool() && v.as_bool();
    bool falsity = v.is_bool() && !v.as_bool();
    return p.negated ? falsity : truth;
  }

  bool NodeOk(graph::NodeIndex n) {
    for (const auto& p : spec_.predicates)
      if (p.over == PathPredicate::Over::kNodes && !Check(p, Value::Node(n))) return false;
    return true;
  }

  bool RelOk(graph::EdgeIndex e) {
    if (!rel_.Matches(g_, e)) return false;
    for (const auto& p : spec_.predicates)
      if (p.over == PathPredicate::Over::kRelationships && !Check(p, Value::Relationship(e)))
        return false;
    return true;
  }

  void Expand(const graph::CsrGraph& topology, Side& side) {
    std::vector<graph::NodeIndex> next;
    int64_t level = side.depth + 1;
    for (graph::NodeIndex u : side.frontier) {
      ForEachIncident(topology, u, side.direction, [&](graph::EdgeIndex e, graph::NodeIndex v) {
        ctx_.budget->Expand();
        auto it = side.dist.find(v);
        if (it != side.dist.end() && it->second < level) return true;
        if (!RelOk(e)) return true;
        if (it == side.dist.end()) {
          if (!NodeOkCached(v)) return true;
          side.dist[v] = level;
          next.push_back(v);
        }
        side.parents[v].emplace_back(e, u);
        return true;
      });
    }
    side.frontier = std::move(next);
    side.depth = level;
  }

  bool NodeOkCached(graph::NodeIndex n) {
    if (spec_.predicates.empty()) return true;
    auto [it, inserted] = node_ok_.try_emplace(n, false);
    if (inserted) it->second = NodeOk(n);
    return it->second;
  }

  uint64_t EdgeId(graph::EdgeIndex e) const { return g_.edge(e).id; }

  // Walks a -> meeting node (forward tree, reversed) -> b (backward tree).
  void Enumerate(graph::NodeIndex a, graph::NodeIndex b, const Side& f, const Side& r,
                 const std::vector<graph::NodeIndex>& meet, std::vector<PathData>& out) {
    // forward successors, restricted to nodes that lead to a meeting node
    std::unordered_map<graph::NodeIndex, std::vector<std::pair<graph::EdgeIndex, graph::NodeIndex>>>
        succ;
    std::unordered_set<graph::NodeIndex> useful(meet.begin(), meet.end());
    std::vector<graph::NodeIndex> todo(meet.begin(), meet.end());
    while (!todo.empty()) {
      graph::NodeIndex v = todo.back();
      todo.pop_back();
      auto it = f.parents.find(v);
      if (it == f.parents.end()) continue;
      for (const auto& [e, u] : it->second) {
        succ[u].emplace_back(e, v);
        if (useful.insert(u).second) todo.push_back(u);
      }
    }
    std::unordered_set<graph::NodeIndex> meeting(meet.begin(), meet.end());
    auto by_id = [this](auto& list) {
      std::sort(list.begin(), list.end(),
                [this](const auto& x, const auto& y) { return EdgeId(x.first) < EdgeId(y.first); });
      list.erase(std::unique(list.begin(), list.end()), list.end());
    };
    for (auto& [u, list] : succ) by_id(list);
    Parents back = r.parents;
    for (auto& [u, list] : back) by_id(list);
    // depth-first in id order: the first path found is the lexicographically smallest
    PathData path{{a}, {}};
    struct Frame {
      const std::vector<std::pair<graph::EdgeIndex, graph::NodeIndex>>* next;
      size_t pos;
    };
    static const std::vector<std::pair<graph::EdgeIndex, graph::NodeIndex>> kNone;
    auto successors = [&](graph::NodeIndex u, bool past_meeting) -> const auto& {
      const auto& table = past_meeting ? back : succ;
      auto it = table.find(u);
      return it == table.end() ? kNone : it->second;
    };
    std::vector<Frame> stack;
    std::vector<bool> past;  // per depth: has the path reached the meeting level
    bool at_meet = meeting.count(a) > 0;
    past.push_back(at_meet);
    stack.push_back({&successors(a, at_meet), 0});
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (path.nodes.back() == b) {
        out.push_back(path);
        ctx_.budget->CheckRows(out.size());
        if (!spec_.all) return;
      }
      if (path.nodes.back() == b || top.pos >= top.next->size()) {
        stack.pop_back();
        past.pop_back();
        if (!path.rels.empty()) {
          path.rels.pop_back();
          path.nodes.pop_back();
        }
        continue;
      }
      auto [e, v] = (*top.next)[top.pos++];
      bool now_past = past.back() || meeting.count(v) > 0;
      path.rels.push_back(e);
      path.nodes.push_back(v);
      past.push_back(now_past);
      stack.push_back({&successors(v, now_past), 0});
      ctx_.budget->Tick();
    }
  }

  const ShortestPathSpec& spec_;
  Env env_;
  ExecContext& ctx_;
  const graph::PropertyGraph& g_;
  ResolvedRel rel_;
  std::unordered_map<graph::NodeIndex, bool> node_ok_;
};

}  // namespace

ShortestPathOp::ShortestPathOp(OperatorPtr child, ShortestPathSpec spec)
    : Operator(SpColumns(*child, spec), std::move(child)), spec_(std::move(spec)) {}

void ShortestPathOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  paths_.clear();
  pos_ = 0;
}

bool ShortestPathOp::NextInput() {
  if (!child_->Next(input_)) return false;
  paths_.clear();
  pos_ = 0;
  const Value& a = input_[spec_.from];
  const Value& b = input_[spec_.to];
  if (!a.is_node() || !b.is_node()) return true;
  Search search(spec_, input_, child_->columns(), *ctx_);
  paths_ = search.Run(a.as_node(), b.as_node());
  return true;
}

bool ShortestPathOp::Next(Row& out) {
  while (pos_ >= paths_.size()) {
    if (!NextInput()) return false;
  }
  PathData& p = paths_[pos_++];
  out = input_;
  ValueList rels;
  for (auto e : p.rels) rels.push_back(Value::Relationship(e));
  out.push_back(Value::List(std::move(rels)));
  out.push_back(Value::Path(std::move(p)));
  return true;
}

std::string ShortestPathOp::Describe() const {
  std::string out = spec_.all ? "AllShortestPaths" : "ShortestPath";
  out += " (" + child_->columns()[spec_.from] + ")-[*" + std::to_string(spec_.min_hops) + ".." +
         std::to_string(spec_.max_hops) + "]-(" + child_->columns()[spec_.to] + ")";
  if (!spec_.predicates.empty())
    out += " with " + std::to_string(spec_.predicates.size()) + " predicate(s) during search";
  return out;
}

}  // namespace kg::query
