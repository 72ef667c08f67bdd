#include "query/pattern_checks.h"

#include <algorithm>

#include "query/evaluator.h"
#include "query/query_error.h"
#include "query/value_compare.h"

namespace kg::query {

PropertyCheck ResolveProperties(const Expr* map, Env& env, ExecContext& ctx) {
  PropertyCheck check;
  if (map == nullptr) return check;
  Value v = Evaluate(*map, env, ctx);
  if (v.is_null()) return check;
  if (!v.is_map())
    throw RuntimeError("TypeError", "InvalidArgumentType",
                       std::string("a property map must be a Map, not ") + TypeName(v.type()),
                       map->offset, map->length);
  for (const auto& [key, value] : v.as_map()) {
    auto id = ctx.graph->FindSymbol(key);
    if (!id || value.is_null()) {
      check.impossible = true;
      return check;
    }
    check.entries.emplace_back(*id, value);
  }
  return check;
}

namespace {

bool Has(const graph::Properties& props, const PropertyCheck& check) {
  for (const auto& [key, value] : check.entries) {
    const graph::PropertyValue* p = graph::FindProperty(props, key);
    if (p == nullptr || Equals(FromProperty(*p), value) != Tri::kTrue) return false;
  }
  return true;
}

}  // namespace

bool NodeHasProperties(const graph::PropertyGraph& g, graph::NodeIndex n,
                       const PropertyCheck& check) {
  return check.entries.empty() || Has(g.node(n).properties, check);
}

bool EdgeHasProperties(const graph::PropertyGraph& g, graph::EdgeIndex e,
                       const PropertyCheck& check) {
  return check.entries.empty() || Has(g.edge(e).properties, check);
}

bool ResolvedNode::Matches(const graph::PropertyGraph& g, graph::NodeIndex n) const {
  if (impossible) return false;
  for (auto l : labels)
    if (!g.HasLabel(n, l)) return false;
  return NodeHasProperties(g, n, properties);
}

ResolvedNode ResolveNode(const NodeConstraint& c, Env& env, ExecContext& ctx) {
  ResolvedNode r;
  for (const auto& name : c.labels) {
    auto id = ctx.graph->FindSymbol(name);
    if (!id)
      r.impossible = true;
    else
      r.labels.push_back(*id);
  }
  r.properties = ResolveProperties(c.properties, env, ctx);
  r.impossible = r.impossible || r.properties.impossible;
  return r;
}

bool ResolvedRel::Matches(const graph::PropertyGraph& g, graph::EdgeIndex e) const {
  if (impossible) return false;
  const graph::EdgeRecord& rec = g.edge(e);
  if (!any_type && !std::binary_search(types.begin(), types.end(), rec.type)) return false;
  return EdgeHasProperties(g, e, properties);
}

ResolvedRel ResolveRel(const RelConstraint& c, Env& env, ExecContext& ctx) {
  ResolvedRel r;
  r.any_type = c.types.empty();
  for (const auto& name : c.types)
    if (auto id = ctx.graph->FindSymbol(name)) r.types.push_back(*id);
  std::sort(r.types.begin(), r.types.end());
  if (!r.any_type && r.types.empty()) r.impossible = true;
  r.properties = ResolveProperties(c.properties, env, ctx);
  r.impossible = r.impossible || r.properties.impossible;
  return r;
}

}  // namespace kg::query
