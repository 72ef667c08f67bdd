// Binder, statement and clause level: clause order, UNION shape, MATCH,
// CREATE and the projections of WITH / RETURN (aliases, aggregation, ORDER BY,
// SKIP / LIMIT).
#include "query/binder.h"

#include <algorithm>
#include <set>

#include "query/aggregates.h"
#include "query/ast_printer.h"
#include "query/binder_internal.h"

namespace kg::query {

const char* StaticTypeName(StaticType t) {
  switch (t) {
    case StaticType::kAny: return "Any";
    case StaticType::kNode: return "Node";
    case StaticType::kRelationship: return "Relationship";
    case StaticType::kRelationshipList: return "List<Relationship>";
    case StaticType::kPath: return "Path";
    case StaticType::kList: return "List";
    case StaticType::kMap: return "Map";
    case StaticType::kBool: return "Boolean";
    case StaticType::kInt: return "Integer";
    case StaticType::kFloat: return "Float";
    case StaticType::kString: return "String";
    case StaticType::kNull: return "Null";
  }
  return "?";
}

BoundStatement Bind(const Statement& statement, const Params& params,
                    const ProcedureRegistry& procedures) {
  BoundStatement out;
  internal::Binder(params, procedures, out).BindStatement(statement);
  return out;
}

namespace internal {
namespace {

const char* ClauseName(const Clause& c) {
  switch (c.kind) {
    case ClauseKind::kMatch: return c.optional ? "OPTIONAL MATCH" : "MATCH";
    case ClauseKind::kUnwind: return "UNWIND";
    case ClauseKind::kWith: return "WITH";
    case ClauseKind::kReturn: return "RETURN";
    case ClauseKind::kCreate: return "CREATE";
    case ClauseKind::kCall: return "CALL";
    case ClauseKind::kSet: return "SET";
    case ClauseKind::kRemove: return "REMOVE";
    case ClauseKind::kDelete: return c.detach ? "DETACH DELETE" : "DELETE";
    case ClauseKind::kMerge: return "MERGE";
  }
  return "?";
}

bool HasVariables(const Expr& e) {
  if (e.kind == ExprKind::kVariable || e.kind == ExprKind::kPatternPredicate ||
      e.kind == ExprKind::kPatternComprehension || e.kind == ExprKind::kMapProjection ||
      e.kind == ExprKind::kExistsSubquery)
    return true;
  for (const auto& c : e.children)
    if (c && HasVariables(*c)) return true;
  return false;
}

bool HasAggregate(const Expr& e) {
  std::vector<const Expr*> calls;
  CollectAggregateCalls(e, calls);
  return !calls.empty();
}

// SKIP / LIMIT: a constant, non-negative integer.
void CheckCount(const Expr& e, const char* what) {
  if (HasVariables(e))
    Binder::Fail("NonConstantExpression", std::string(what) + " must not depend on variables",
                 e.offset, e.length);
  if (e.kind == ExprKind::kLiteral) {
    if (!e.literal.is_int())
      Binder::Fail("InvalidArgumentType", std::string(what) + " must be an Integer", e.offset,
                   e.length);
    if (e.literal.as_int() < 0)
      Binder::Fail("NegativeIntegerArgument", std::string(what) + " must not be negative", e.offset,
                   e.length);
  }
}

// In an aggregating projection, what lies outside aggregate calls must be a
// grouping key (by its text), a key variable or a constant.
// Only variables and property accesses match a key: `a.x + b.y` does not,
// even when it is itself an item (the TCK's rule). Locals of comprehensions
// inside the expression are not grouping questions.
void CheckGrouped(const Expr& e, const std::set<std::string>& key_texts,
                  const std::set<std::string>& key_vars, std::vector<std::string>& locals) {
  if (IsAggregateCall(e)) return;
  if (e.kind == ExprKind::kProperty && key_texts.count(PrintExpr(e))) return;
  if (e.kind == ExprKind::kVariable) {
    if (!key_vars.count(e.name) && std::find(locals.begin(), locals.end(), e.name) == locals.end())
      Binder::Fail("AmbiguousAggregationExpression",
                   "'" + e.name + "' is neither a grouping key nor inside an aggregate", e.offset,
                   e.length);
    return;
  }
  size_t mark = locals.size();
  if (e.kind == ExprKind::kListComprehension || e.kind == ExprKind::kQuantifier)
    locals.push_back(e.name);
  if (e.kind == ExprKind::kReduce) {
    locals.push_back(e.name);
    locals.push_back(e.name2);
  }
  for (const auto& c : e.children)
    if (c) CheckGrouped(*c, key_texts, key_vars, locals);
  locals.resize(mark);
}

}  // namespace

void Binder::BindStatement(const Statement& s) {
  std::vector<std::string> columns;
  for (size_t i = 0; i < s.queries.size(); ++i) {
    if (i >= 2 && s.union_all[i - 1] != s.union_all[i - 2])
      Fail("InvalidClauseComposition", "UNION and UNION ALL cannot be mixed",
           s.union_offsets[i - 1], 5);
    std::vector<std::string> cols = BindSingleQuery(s.queries[i]);
    if (i == 0) {
      columns = cols;
    } else if (cols != columns) {
      Fail("DifferentColumnsInUnion", "all parts of a UNION must return the same columns",
           s.union_offsets[i - 1], 5);
    }
  }
}

std::vector<std::string> Binder::BindSingleQuery(const SingleQuery& q, Scope scope, bool subquery) {
  std::vector<std::string> columns;
  for (size_t i = 0; i < q.clauses.size(); ++i) {
    const Clause& c = q.clauses[i];
    bool last = i + 1 == q.clauses.size();
    if (c.kind == ClauseKind::kReturn && !last)
      Fail("InvalidClauseComposition", "RETURN can only be the last clause", c.offset, 6);
    const bool writes = c.kind == ClauseKind::kCreate || c.kind == ClauseKind::kMerge ||
                        c.kind == ClauseKind::kSet || c.kind == ClauseKind::kRemove ||
                        c.kind == ClauseKind::kDelete;
    // an expression only reads: EXISTS { … } may not write, and needs no RETURN
    if (subquery && writes)
      Fail("InvalidClauseComposition",
           std::string("an EXISTS subquery cannot write (") + ClauseName(c) + ")", c.offset,
           std::string(ClauseName(c)).size());
    if (last && !subquery && c.kind != ClauseKind::kReturn && !writes &&
        c.kind != ClauseKind::kCall)
      Fail("InvalidClauseComposition",
           std::string("a query cannot end with ") + ClauseName(c) + " (add a RETURN)", c.offset,
           std::string(ClauseName(c)).size());
    switch (c.kind) {
      case ClauseKind::kMatch: BindMatch(c, scope); break;
      case ClauseKind::kCreate: BindCreate(c, scope); break;
      case ClauseKind::kMerge: BindMerge(c, scope); break;
      case ClauseKind::kSet:
      case ClauseKind::kRemove: BindSetItems(c.set_items, scope); break;
      case ClauseKind::kDelete: BindDelete(c, scope); break;
      case ClauseKind::kCall: {
        std::vector<std::string> outputs =
            BindCall(c, scope, !subquery && q.clauses.size() == 1, last);
        if (last) columns = outputs;
        break;
      }
      case ClauseKind::kUnwind: {
        BindExpr(*c.expr, scope, {});
        if (scope.Find(c.alias))
          Fail("VariableAlreadyBound", "variable '" + c.alias + "' is already defined", c.offset,
               c.length);
        StaticType list = InferType(*c.expr, scope);
        scope.Add(c.alias, list == StaticType::kRelationshipList ? StaticType::kRelationship
                                                                 : StaticType::kAny);
        break;
      }
      case ClauseKind::kWith:
      case ClauseKind::kReturn: {
        scope = BindProjection(c, scope, c.kind == ClauseKind::kReturn);
        if (c.kind == ClauseKind::kReturn) columns = scope.Names();
        break;
      }
    }
  }
  return columns;
}

void Binder::BindMatch(const Clause& c, Scope& scope) {
  std::vector<std::string> rels_seen;
  for (const auto& part : c.pattern) BindPatternPart(part, scope, rels_seen, false);
  if (c.where) {
    BindExpr(*c.where, scope, {});
    CheckCondition(*c.where, scope);
  }
}

// An ORDER BY item of an aggregating projection sees only the projected
// names, plus the items' own aggregates and key property accesses by their
// text; a complex item expression inside it is ambiguous.
void Binder::BindAggregateOrderBy(const Expr& e, Scope& out, const std::set<std::string>& key_texts,
                                  const std::set<std::string>& item_texts,
                                  const std::set<std::string>& aggregate_texts) {
  std::string text = PrintExpr(e);
  if (IsAggregateCall(e)) {
    if (aggregate_texts.count(text)) return;
    BindExpr(e, out, {true, false});
    return;
  }
  if (e.kind == ExprKind::kProperty && key_texts.count(text)) return;
  if (e.kind != ExprKind::kVariable && e.kind != ExprKind::kProperty && item_texts.count(text))
    Fail("AmbiguousAggregationExpression",
         "'" + text + "' mixes an item expression with an aggregate", e.offset, e.length);
  switch (e.kind) {
    case ExprKind::kVariable:
    case ExprKind::kLiteral:
    case ExprKind::kParameter:
    case ExprKind::kListComprehension:
    case ExprKind::kQuantifier:
    case ExprKind::kReduce:
    case ExprKind::kPatternComprehension:
    case ExprKind::kPatternPredicate:
    case ExprKind::kExistsSubquery:
    case ExprKind::kMapProjection: BindExpr(e, out, {true, false}); return;
    default:
      for (const auto& c : e.children)
        if (c) BindAggregateOrderBy(*c, out, key_texts, item_texts, aggregate_texts);
  }
}

void Binder::CheckCondition(const Expr& e, const Scope& scope) const {
  StaticType t = InferType(e, scope);
  if (t != StaticType::kAny && t != StaticType::kBool && t != StaticType::kNull)
    Fail("InvalidArgumentType",
         std::string("a condition must be a Boolean, not a ") + StaticTypeName(t), e.offset,
         e.length);
}

Scope Binder::BindProjection(const Clause& c, const Scope& scope, bool is_return) {
  const Projection& p = c.projection;
  Scope out;
  std::set<std::string> names;
  if (p.star) {
    bool any = false;
    for (const auto& v : scope.vars()) {
      if (out.Find(v.name)) continue;
      out.Add(v.name, v.type);
      names.insert(v.name);
      any = true;
    }
    if (!any && p.items.empty() && is_return)
      Fail("NoVariablesInScope",
           std::string(is_return ? "RETURN" : "WITH") + " * needs variables in scope", c.offset,
           c.length);
  }
  bool aggregating = false;
  Scope mutable_scope = scope;
  for (const auto& item : p.items) {
    if (item.expr->kind == ExprKind::kPatternPredicate)
      Fail("UnexpectedSyntax",
           "a pattern cannot be projected; use a pattern comprehension [(a)-->(b) | b]",
           item.expr->offset, item.expr->length);
    BindExpr(*item.expr, mutable_scope, {true, false});
    aggregating = aggregating || HasAggregate(*item.expr);
  }
  // grouping keys: the items without aggregates
  std::set<std::string> key_texts, key_vars;
  if (aggregating) {
    if (p.star)
      for (const auto& v : scope.vars()) key_vars.insert(v.name);
    for (const auto& item : p.items) {
      if (HasAggregate(*item.expr)) continue;
      key_texts.insert(PrintExpr(*item.expr));
      if (item.expr->kind == ExprKind::kVariable) key_vars.insert(item.expr->name);
    }
    for (const auto& item : p.items)
      if (HasAggregate(*item.expr)) {
        std::vector<std::string> locals;
        CheckGrouped(*item.expr, key_texts, key_vars, locals);
      }
  }
  for (const auto& item : p.items) {
    if (!names.insert(item.alias).second)
      Fail("ColumnNameConflict", "column '" + item.alias + "' is defined twice", item.expr->offset,
           item.expr->length);
    StaticType t = InferType(*item.expr, scope);
    out.Add(item.alias, t);
  }
  // ORDER BY sees the projected names, and — unless DISTINCT or aggregating
  // hides them — the variables of before the projection
  std::set<std::string> item_texts;
  for (const auto& item : p.items) item_texts.insert(PrintExpr(*item.expr));
  for (const auto& sort : p.order_by) {
    const Expr& e = *sort.expr;
    if (item_texts.count(PrintExpr(e))) continue;
    if (aggregating) {
      std::set<std::string> aggregate_texts;
      for (const auto& item : p.items) {
        std::vector<const Expr*> calls;
        CollectAggregateCalls(*item.expr, calls);
        for (const Expr* c : calls) aggregate_texts.insert(PrintExpr(*c));
      }
      Scope visible = out;
      BindAggregateOrderBy(e, visible, key_texts, item_texts, aggregate_texts);
    } else if (p.distinct) {
      Scope visible = out;
      BindExpr(e, visible, {false, false});
    } else {
      Scope visible = scope;
      for (const auto& v : out.vars()) visible.Add(v.name, v.type);
      BindExpr(e, visible, {false, false});
    }
  }
  if (p.skip) CheckCount(*p.skip, "SKIP");
  if (p.limit) CheckCount(*p.limit, "LIMIT");
  if (p.where) {
    // WITH … WHERE sees the variables of before too, unless DISTINCT or
    // aggregation has merged their rows
    Scope visible = aggregating ? Scope() : scope;
    for (const auto& v : out.vars()) visible.Add(v.name, v.type);
    BindExpr(*p.where, visible, {});
    CheckCondition(*p.where, visible);
  }
  if (!is_return)
    for (const auto& item : p.items)
      if (!item.aliased && item.expr->kind != ExprKind::kVariable)
        Fail("NoExpressionAlias", "an expression in WITH needs an alias (AS name)",
             item.expr->offset, item.expr->length);
  return out;
}

}  // namespace internal
}  // namespace kg::query
