// Binder, pattern level: node, relationship and path variables of MATCH,
// pattern expressions and CREATE, checked against what is in scope.
#include <algorithm>

#include "query/binder_internal.h"

namespace kg::query::internal {
namespace {

bool NodeCompatible(StaticType t) {
  return t == StaticType::kAny || t == StaticType::kNode || t == StaticType::kNull;
}

bool RelCompatible(StaticType t, bool var_length) {
  if (t == StaticType::kAny || t == StaticType::kNull) return true;
  return var_length ? (t == StaticType::kRelationshipList || t == StaticType::kList)
                    : t == StaticType::kRelationship;
}

void CheckPropertyMap(const ExprPtr& props) {
  if (props && props->kind == ExprKind::kParameter)
    Binder::Fail("InvalidParameterUse", "a parameter cannot be a property map in MATCH; use WHERE",
                 props->offset, props->length);
}

}  // namespace

void Binder::BindPatternPart(const PatternPart& part, Scope& scope,
                             std::vector<std::string>& rels_seen, bool in_expression) {
  auto new_var = [&](const std::string& name, size_t offset) {
    if (in_expression)
      Fail("UndefinedVariable",
           "variable '" + name + "' is not defined (a pattern expression cannot introduce one)",
           offset, name.size());
  };
  for (size_t i = 0; i < part.nodes.size(); ++i) {
    const NodePattern& n = part.nodes[i];
    CheckPropertyMap(n.properties);
    if (n.properties) BindExpr(*n.properties, scope, {});
    if (!n.var.empty()) {
      if (const Variable* v = scope.Find(n.var)) {
        if (!NodeCompatible(v->type))
          Fail("VariableTypeConflict",
               "'" + n.var + "' is a " + StaticTypeName(v->type) + ", not a node", n.offset,
               n.length);
      } else {
        new_var(n.var, n.offset);
        scope.Add(n.var, StaticType::kNode);
      }
    }
    if (i >= part.rels.size()) break;
    const RelPattern& r = part.rels[i];
    CheckPropertyMap(r.properties);
    if (r.properties) BindExpr(*r.properties, scope, {});
    if (r.var.empty()) continue;
    if (std::find(rels_seen.begin(), rels_seen.end(), r.var) != rels_seen.end())
      Fail("RelationshipUniquenessViolation",
           "relationship '" + r.var + "' appears twice in the pattern", r.offset, r.length);
    rels_seen.push_back(r.var);
    if (const Variable* v = scope.Find(r.var)) {
      if (!RelCompatible(v->type, r.var_length))
        Fail("VariableTypeConflict",
             "'" + r.var + "' is a " + StaticTypeName(v->type) + ", not a relationship", r.offset,
             r.length);
    } else {
      new_var(r.var, r.offset);
      scope.Add(r.var, r.var_length ? StaticType::kRelationshipList : StaticType::kRelationship);
    }
  }
  // checked after the elements: `p = (p)-->()` binds p twice
  if (!part.path_var.empty()) {
    if (scope.Find(part.path_var))
      Fail("VariableAlreadyBound", "variable '" + part.path_var + "' is already defined",
           part.offset, part.path_var.size());
    scope.Add(part.path_var, StaticType::kPath);
  }
}

void Binder::BindCreate(const Clause& c, Scope& scope) {
  for (const PatternPart& part : c.pattern) {
    if (part.kind != PathKind::kPattern)
      Fail("UnexpectedSyntax", "CREATE cannot create a shortest path", part.offset, part.length);
    if (!part.path_var.empty() && scope.Find(part.path_var))
      Fail("VariableAlreadyBound", "variable '" + part.path_var + "' is already defined",
           part.offset, part.path_var.size());
    for (size_t i = 0; i < part.nodes.size(); ++i) {
      const NodePattern& n = part.nodes[i];
      if (n.properties) BindExpr(*n.properties, scope, {});
      if (!n.var.empty()) {
        if (const Variable* v = scope.Find(n.var)) {
          if (!n.labels.empty() || n.properties || part.nodes.size() == 1)
            Fail("VariableAlreadyBound",
                 "'" + n.var + "' is already defined; CREATE cannot redefine it", n.offset,
                 n.length);
          if (!NodeCompatible(v->type))
            Fail("VariableTypeConflict",
                 "'" + n.var + "' is a " + StaticTypeName(v->type) + ", not a node", n.offset,
                 n.length);
        } else {
          scope.Add(n.var, StaticType::kNode);
        }
      }
      if (i >= part.rels.size()) break;
      const RelPattern& r = part.rels[i];
      if (!r.var.empty() && scope.Find(r.var))
        Fail("VariableAlreadyBound", "'" + r.var + "' is already defined", r.offset, r.length);
      if (r.types.size() != 1)
        Fail("NoSingleRelationshipType", "CREATE needs exactly one relationship type", r.offset,
             r.length);
      if (r.direction == Direction::kBoth)
        Fail("RequiresDirectedRelationship", "CREATE needs a direction (-> or <-)", r.offset,
             r.length);
      if (r.var_length)
        Fail("CreatingVarLength", "CREATE cannot create a variable-length relationship", r.offset,
             r.length);
      if (r.properties) BindExpr(*r.properties, scope, {});
      if (!r.var.empty()) {
        if (scope.Find(r.var))
          Fail("VariableAlreadyBound", "'" + r.var + "' is already defined", r.offset, r.length);
        scope.Add(r.var, StaticType::kRelationship);
      }
    }
    if (!part.path_var.empty()) scope.Add(part.path_var, StaticType::kPath);
  }
}

}  // namespace kg::query::internal
