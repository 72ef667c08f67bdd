// Binder, write clauses other than CREATE: MERGE, SET, REMOVE and DELETE.
#include "query/binder_internal.h"

namespace kg::query::internal {
namespace {

bool IsNodeType(StaticType t) {
  return t == StaticType::kAny || t == StaticType::kNode || t == StaticType::kNull;
}

// MERGE matches on its property maps, so they must be maps the planner can read.
void CheckMergeProperties(const ExprPtr& props) {
  if (props && props->kind == ExprKind::kParameter)
    Binder::Fail("InvalidParameterUse", "a parameter cannot be a property map in MERGE",
                 props->offset, props->length);
}

// Arithmetic, comparisons and non-list literals can never give a node, a relationship
// or a path: `DELETE 1 + 1` is refused before anything runs.
bool NeverAnEntity(const Expr& e) {
  switch (e.kind) {
    case ExprKind::kLiteral: return !e.literal.is_null() && !e.literal.is_list();
    case ExprKind::kUnary: return true;
    case ExprKind::kBinary:
      if (e.op != Op::kAdd) return true;  // list + list may hold nodes
      return NeverAnEntity(*e.children[0]) && NeverAnEntity(*e.children[1]);
    default: return false;
  }
}

}  // namespace

// MERGE binds like CREATE (new variables for what it may create) but also matches,
// so an undirected relationship is allowed: it matches either way and is created
// left to right.
void Binder::BindMerge(const Clause& c, Scope& scope) {
  const PatternPart& part = c.pattern.at(0);
  if (part.kind != PathKind::kPattern)
    Fail("UnexpectedSyntax", "MERGE cannot merge a shortest path", part.offset, part.length);
  if (!part.path_var.empty() && scope.Find(part.path_var))
    Fail("VariableAlreadyBound", "variable '" + part.path_var + "' is already defined", part.offset,
         part.path_var.size());
  std::vector<std::pair<std::string, StaticType>> fresh;
  auto is_fresh = [&](const std::string& name) {
    for (const auto& f : fresh)
      if (f.first == name) return true;
    return false;
  };
  for (size_t i = 0; i < part.nodes.size(); ++i) {
    const NodePattern& n = part.nodes[i];
    CheckMergeProperties(n.properties);
    if (n.properties) BindExpr(*n.properties, scope, {});
    if (!n.var.empty() && !is_fresh(n.var)) {
      if (const Variable* v = scope.Find(n.var)) {
        if (!n.labels.empty() || n.properties || part.nodes.size() == 1)
          Fail("VariableAlreadyBound",
               "'" + n.var + "' is already defined; MERGE cannot redefine it", n.offset, n.length);
        if (!IsNodeType(v->type))
          Fail("VariableTypeConflict",
               "'" + n.var + "' is a " + StaticTypeName(v->type) + ", not a node", n.offset,
               n.length);
      } else {
        fresh.emplace_back(n.var, StaticType::kNode);
      }
    }
    if (i >= part.rels.size()) break;
    const RelPattern& r = part.rels[i];
    if (!r.var.empty() && (scope.Find(r.var) || is_fresh(r.var)))
      Fail("VariableAlreadyBound", "'" + r.var + "' is already defined", r.offset, r.length);
    if (r.types.size() != 1)
      Fail("NoSingleRelationshipType", "MERGE needs exactly one relationship type", r.offset,
           r.length);
    if (r.var_length)
      Fail("CreatingVarLength", "MERGE cannot create a variable-length relationship", r.offset,
           r.length);
    CheckMergeProperties(r.properties);
    if (r.properties) BindExpr(*r.properties, scope, {});
    if (!r.var.empty()) fresh.emplace_back(r.var, StaticType::kRelationship);
  }
  for (const auto& [name, type] : fresh) scope.Add(name, type);
  if (!part.path_var.empty()) scope.Add(part.path_var, StaticType::kPath);
  BindSetItems(c.on_create, scope);
  BindSetItems(c.on_match, scope);
}

void Binder::BindSetItems(const std::vector<SetItem>& items, Scope& scope) {
  for (const SetItem& item : items) {
    BindExpr(*item.target, scope, {});
    if (item.value) BindExpr(*item.value, scope, {});
    const bool on_labels =
        item.kind == SetItem::Kind::kAddLabels || item.kind == SetItem::Kind::kRemoveLabels;
    if (on_labels && !IsNodeType(InferType(*item.target, scope)))
      Fail("InvalidArgumentType", "labels can only be set on or removed from a node",
           item.target->offset, item.target->length);
  }
}

void Binder::BindDelete(const Clause& c, Scope& scope) {
  for (const ExprPtr& e : c.delete_exprs) {
    if (e->kind == ExprKind::kLabelCheck)
      Fail("InvalidDelete", "DELETE removes whole nodes; use REMOVE n:Label to remove a label",
           e->offset, e->length);
    BindExpr(*e, scope, {});
    if (NeverAnEntity(*e))
      Fail("InvalidArgumentType", "DELETE takes nodes, relationships or paths", e->offset,
           e->length);
    switch (InferType(*e, scope)) {
      case StaticType::kAny:
      case StaticType::kNode:
      case StaticType::kRelationship:
      case StaticType::kRelationshipList:
      case StaticType::kPath:
      case StaticType::kList:
      case StaticType::kNull: break;
      default:
        Fail("InvalidArgumentType", "DELETE takes nodes, relationships or paths", e->offset,
             e->length);
    }
  }
}

}  // namespace kg::query::internal
