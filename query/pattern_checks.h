// What a node or relationship pattern asks of a graph element — labels, types,
// a property map — resolved against the graph once per input row, then checked
// cheaply per candidate. Shared by the matching operators and CREATE.
#pragma once

#include <string>
#include <vector>

#include "query/ast.h"
#include "query/exec_context.h"

namespace kg::query {

struct NodeConstraint {
  std::vector<std::string> labels;
  const Expr* properties = nullptr;  // a map or a parameter, or null
  bool empty() const { return labels.empty() && properties == nullptr; }
};

struct RelConstraint {
  std::vector<std::string> types;  // any of them; empty = any type
  Direction direction = Direction::kBoth;
  const Expr* properties = nullptr;
};

// A property map evaluated for one input row. `impossible` when no element can
// match (a key the graph has never seen with a non-null value, a null value).
struct PropertyCheck {
  std::vector<std::pair<graph::SymbolId, Value>> entries;
  bool impossible = false;
};
PropertyCheck ResolveProperties(const Expr* map, Env& env, ExecContext& ctx);
bool NodeHasProperties(const graph::PropertyGraph& g, graph::NodeIndex n,
                       const PropertyCheck& check);
bool EdgeHasProperties(const graph::PropertyGraph& g, graph::EdgeIndex e,
                       const PropertyCheck& check);

struct ResolvedNode {
  std::vector<graph::SymbolId> labels;
  PropertyCheck properties;
  bool impossible = false;
  bool Matches(const graph::PropertyGraph& g, graph::NodeIndex n) const;
};
ResolvedNode ResolveNode(const NodeConstraint& c, Env& env, ExecContext& ctx);

struct ResolvedRel {
  std::vector<graph::SymbolId> types;  // sorted; empty with any_type = any
  bool any_type = true;
  PropertyCheck properties;
  bool impossible = false;
  bool Matches(const graph::PropertyGraph& g, graph::EdgeIndex e) const;
};
ResolvedRel ResolveRel(const RelConstraint& c, Env& env, ExecContext& ctx);

// Calls f(edge, other_node) for each relationship at `node` in `direction`
// (outgoing first, then incoming; a self-loop once when undirected). Stops when
// f returns false.
template <typename F>
void ForEachIncident(const graph::CsrGraph& g, graph::NodeIndex node, Direction direction, F f) {
  if (direction != Direction::kIn) {
    auto [it, end] = boost::out_edges(node, g);
    for (; it != end; ++it)
      if (!f(g[*it], static_cast<graph::NodeIndex>(boost::target(*it, g)))) return;
  }
  if (direction != Direction::kOut) {
    auto [it, end] = boost::in_edges(node, g);
    for (; it != end; ++it) {
      auto other = static_cast<graph::NodeIndex>(boost::source(*it, g));
      if (direction == Direction::kBoth && other == node) continue;
      if (!f(g[*it], other)) return;
    }
  }
}

inline Direction Reverse(Direction d) {
  return d == Direction::kOut ? Direction::kIn : (d == Direction::kIn ? Direction::kOut : d);
}

}  // namespace kg::query
