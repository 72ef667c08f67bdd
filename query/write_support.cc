#include "query/write_support.h"

#include "query/evaluator.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

const graph::PropertyValue* StoredValue(const graph::PropertyGraph& g, WriteTarget t,
                                        graph::SymbolId key) {
  return t.is_node ? g.NodeProperty(t.index, key) : g.EdgeProperty(t.index, key);
}

const graph::Properties& StoredProperties(const graph::PropertyGraph& g, WriteTarget t) {
  return t.is_node ? g.node(t.index).properties : g.edge(t.index).properties;
}

graph::PropertyValue Storable(const Value& value, const std::string& key, const Expr& at) {
  if (value.is_null()) return {};
  auto stored = ToProperty(value);
  if (!stored)
    throw RuntimeError(
        "TypeError", "InvalidPropertyType",
        std::string("a ") + TypeName(value.type()) + " cannot be stored as property '" + key + "'",
        at.offset, at.length);
  return std::move(*stored);
}

bool IsNew(const ExecContext& ctx, WriteTarget t) {
  return t.index >= (t.is_node ? ctx.tx->first_new_node() : ctx.tx->first_new_edge());
}

// The property's value before the statement (null: none), remembered at first touch.
const graph::PropertyValue& ValueBefore(ExecContext& ctx, WriteTarget t, graph::SymbolId key,
                                        const graph::PropertyValue* now) {
  auto [it, first] = ctx.properties_before.try_emplace({!t.is_node, t.index, key});
  if (first && now != nullptr && !IsNew(ctx, t)) it->second = *now;
  return it->second;
}

// Adds (sign +1) or takes back (-1) what the state `now` counts against `before`.
void Count(ExecContext& ctx, const graph::PropertyValue& before, const graph::PropertyValue& now,
           int sign) {
  if (!now.is_null() && (before.is_null() || !(before == now))) ctx.stats.properties_set += sign;
  if (!before.is_null() && (now.is_null() || !(before == now)))
    ctx.stats.properties_removed += sign;
}

// Stores `value` (null removes) and counts the change as a difference of states.
void Store(ExecContext& ctx, WriteTarget t, graph::SymbolId key, graph::PropertyValue value) {
  graph::PropertyGraph& g = *ctx.graph;
  const graph::PropertyValue* old = StoredValue(g, t, key);
  if (old == nullptr && value.is_null()) return;
  if (old != nullptr && *old == value) return;
  const graph::PropertyValue before = ValueBefore(ctx, t, key, old);
  Count(ctx, before, old ? *old : graph::PropertyValue(), -1);
  Count(ctx, before, value, +1);
  if (t.is_node && NameIndex::IsIndexedKey(g.SymbolName(key))) ctx.index_stale = true;
  if (t.is_node) {
    ctx.tx->SetNodeProperty(t.index, key, std::move(value));
    ctx.tx->AddNodeEvidence(t.index, ctx.write_evidence);
  } else {
    ctx.tx->SetEdgeProperty(t.index, key, std::move(value));
    ctx.tx->AddEdgeEvidence(t.index, ctx.write_evidence);
  }
}

}  // namespace

std::optional<WriteTarget> TargetOf(const Value& v, const Expr& at, const ExecContext& ctx) {
  if (v.is_null()) return std::nullopt;
  if (v.is_node()) {
    if (ctx.graph->node_deleted(v.as_node()))
      throw RuntimeError("EntityNotFound", "DeletedEntityAccess", "the node was deleted", at.offset,
                         at.length);
    return WriteTarget{true, v.as_node()};
  }
  if (v.is_relationship()) {
    if (ctx.graph->edge_deleted(v.as_relationship()))
      throw RuntimeError("EntityNotFound", "DeletedEntityAccess", "the relationship was deleted",
                         at.offset, at.length);
    return WriteTarget{false, v.as_relationship()};
  }
  throw RuntimeError("TypeError", "InvalidArgumentType",
                     std::string("expected a node or a relationship, got a ") + TypeName(v.type()),
                     at.offset, at.length);
}

bool LabelCarried(const ExecContext& ctx, graph::SymbolId label) {
  const graph::PropertyGraph& g = *ctx.graph;
  for (graph::NodeIndex n : ctx.index->WithLabel(label))
    if (n < g.node_count() && !g.node_deleted(n) && g.HasLabel(n, label)) return true;
  // nodes the index has not caught up with (created by this statement)
  for (size_t n = ctx.index->covered(); n < g.node_count(); ++n)
    if (!g.node_deleted(static_cast<graph::NodeIndex>(n)) &&
        g.HasLabel(static_cast<graph::NodeIndex>(n), label))
      return true;
  return false;
}

void NoteLabelChange(ExecContext& ctx, graph::SymbolId label) {
  if (ctx.labels_before.count(label) == 0) ctx.labels_before[label] = LabelCarried(ctx, label);
}

void WriteProperty(ExecContext& ctx, WriteTarget target, graph::SymbolId key, const Value& value,
                   const Expr& at) {
  Store(ctx, target, key, Storable(value, ctx.graph->SymbolName(key), at));
}

void WriteProperties(ExecContext& ctx, WriteTarget target, const Value& source, bool replace,
                     const Expr& at) {
  graph::PropertyGraph& g = *ctx.graph;
  // the new values, read before anything changes (`SET n = n` keeps n's properties)
  std::vector<std::pair<graph::SymbolId, graph::PropertyValue>> entries;
  if (source.is_map()) {
    for (const auto& [key, value] : source.as_map())
      entries.emplace_back(g.Intern(key), Storable(value, key, at));
  } else if (source.is_node() || source.is_relationship()) {
    std::optional<WriteTarget> from = TargetOf(source, at, ctx);
    for (const auto& [key, value] : StoredProperties(g, *from)) entries.emplace_back(key, value);
  } else if (!source.is_null()) {
    throw RuntimeError(
        "TypeError", "InvalidArgumentType",
        std::string("SET needs a map, a node or a relationship, got a ") + TypeName(source.type()),
        at.offset, at.length);
  }
  if (replace) {
    std::vector<graph::SymbolId> old_keys;
    for (const auto& [key, value] : StoredProperties(g, target)) old_keys.push_back(key);
    for (graph::SymbolId key : old_keys) {
      bool kept = false;
      for (const auto& e : entries) kept = kept || (e.first == key && !e.second.is_null());
      if (!kept) Store(ctx, target, key, {});
    }
  }
  for (auto& [key, value] : entries) Store(ctx, target, key, std::move(value));
}

void ApplySetItem(const SetItem& item, Env& env, ExecContext& ctx) {
  using Kind = SetItem::Kind;
  graph::PropertyGraph& g = *ctx.graph;
  if (item.kind == Kind::kProperty || item.kind == Kind::kRemoveProperty) {
    const Expr& property = *item.target;
    Value owner = Evaluate(*property.children[0], env, ctx);
    // the value is read before the owner is checked: `SET n.x = <error>` reports the error
    Value value = item.kind == Kind::kProperty ? Evaluate(*item.value, env, ctx) : Value();
    std::optional<WriteTarget> target = TargetOf(owner, *property.children[0], ctx);
    if (!target) return;
    WriteProperty(ctx, *target, g.Intern(property.name), value,
                  item.kind == Kind::kProperty ? *item.value : property);
    return;
  }
  Value owner = Evaluate(*item.target, env, ctx);
  std::optional<WriteTarget> target;
  if (item.kind == Kind::kAddLabels || item.kind == Kind::kRemoveLabels) {
    if (owner.is_null()) return;
    if (!owner.is_node())
      throw RuntimeError("TypeError", "InvalidArgumentType",
                         std::string("labels belong to nodes, not to a ") + TypeName(owner.type()),
                         item.target->offset, item.target->length);
    target = TargetOf(owner, *item.target, ctx);
    for (const std::string& name : item.labels) {
      graph::SymbolId label = g.Intern(name);
      const bool has = g.HasLabel(target->index, label);
      if (has == (item.kind == Kind::kAddLabels)) continue;
      NoteLabelChange(ctx, label);
      if (item.kind == Kind::kAddLabels) {
        ctx.tx->AddNodeLabel(target->index, label);
      } else {
        ctx.tx->RemoveNodeLabel(target->index, label);
      }
      ctx.tx->AddNodeEvidence(target->index, ctx.write_evidence);
      ctx.index_stale = true;
    }
    return;
  }
  Value source = Evaluate(*item.value, env, ctx);
  target = TargetOf(owner, *item.target, ctx);
  if (!target) return;
  WriteProperties(ctx, *target, source, item.kind == Kind::kReplaceAll, *item.value);
}

graph::Properties StoredProperties(const Expr* map, Env& env, ExecContext& ctx) {
  graph::Properties props;
  if (map == nullptr) return props;
  Value v = Evaluate(*map, env, ctx);
  if (v.is_null()) return props;
  if (!v.is_map())
    throw RuntimeError("TypeError", "InvalidArgumentType", "properties must be a Map", map->offset,
                       map->length);
  graph::PropertyGraph& g = *ctx.graph;
  for (const auto& [key, value] : v.as_map()) {
    if (value.is_null()) continue;
    props.emplace_back(g.Intern(key), Storable(value, key, *map));
    ++ctx.stats.properties_set;
  }
  return props;
}

void CountDeletion(ExecContext& ctx, WriteTarget target) {
  const graph::PropertyGraph& g = *ctx.graph;
  for (const auto& [key, value] : StoredProperties(g, target)) {
    const graph::PropertyValue before = ValueBefore(ctx, target, key, &value);
    Count(ctx, before, value, -1);
    Count(ctx, before, graph::PropertyValue(), +1);
  }
  const bool created = IsNew(ctx, target);
  // created and deleted by the same statement: no change at all
  int64_t& counter = target.is_node ? (created ? ctx.stats.nodes_created : ctx.stats.nodes_deleted)
                                    : (created ? ctx.stats.relationships_created
                                               : ctx.stats.relationships_deleted);
  counter += created ? -1 : 1;
}

void RefreshIndex(ExecContext& ctx) {
  if (ctx.index_stale) {
    *ctx.index = NameIndex(*ctx.graph);
    ctx.index_stale = false;
  } else {
    ctx.index->CatchUp(*ctx.graph);
  }
}

void FinishWrites(ExecContext& ctx) {
  const graph::PropertyGraph& g = *ctx.graph;
  if (!ctx.deleted_nodes.empty()) {
    const graph::CsrGraph& topology = g.Topology();  // live relationships only
    for (const auto& [n, named_by] : ctx.deleted_nodes)
      if (out_degree(n, topology) + in_degree(n, topology) > 0)
        throw RuntimeError("ConstraintVerificationFailed", "DeleteConnectedNode",
                           "a deleted node still has relationships (use DETACH DELETE)",
                           named_by->offset, named_by->length);
  }
  RefreshIndex(ctx);
  for (const auto& [label, before] : ctx.labels_before) {
    const bool after = LabelCarried(ctx, label);
    if (after && !before) ++ctx.stats.labels_added;
    if (before && !after) ++ctx.stats.labels_removed;
  }
}

}  // namespace kg::query
