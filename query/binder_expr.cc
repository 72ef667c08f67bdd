// Binder, expression level: variables and parameters exist, functions exist
// with the right number of arguments, aggregates sit only where allowed, and
// operands whose types are known statically have the right type.
#include <algorithm>

#include "query/aggregates.h"
#include "query/binder_internal.h"
#include "query/functions.h"

namespace kg::query::internal {

bool IsGraphType(StaticType t) {
  return t == StaticType::kNode || t == StaticType::kRelationship || t == StaticType::kPath;
}

namespace {

bool Known(StaticType t) { return t != StaticType::kAny && t != StaticType::kNull; }

[[noreturn]] void WrongType(const Expr& at, const std::string& what, StaticType t) {
  Binder::Fail("InvalidArgumentType", what + " cannot take a " + StaticTypeName(t), at.offset,
               at.length);
}

// The types a function's first argument may have, or empty for "no check".
std::vector<StaticType> AllowedFirstArgument(const std::string& fn) {
  using T = StaticType;
  if (fn == "labels") return {T::kNode};
  if (fn == "type" || fn == "startNode" || fn == "endNode") return {T::kRelationship};
  if (fn == "properties") return {T::kNode, T::kRelationship, T::kMap};
  if (fn == "keys") return {T::kNode, T::kRelationship, T::kMap};
  if (fn == "id") return {T::kNode, T::kRelationship};
  if (fn == "nodes" || fn == "relationships" || fn == "rels") return {T::kPath};
  if (fn == "length") return {T::kPath};
  if (fn == "size") return {T::kList, T::kString, T::kRelationshipList};
  return {};
}

// Functions of openCypher that kg knows of but does not implement.
const char* UnsupportedFunction(const std::string& name) {
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
  std::string head = lower.substr(0, lower.find('.'));
  if (head == "point" || head == "distance") return "spatial values (point(), distance())";
  return nullptr;
}

// The type of a list's elements when the binder can tell: a literal list whose
// elements share one type, or a relationship list.
StaticType ElementTypeOf(StaticType list_type, const Expr& list,
                         const std::vector<StaticType>& items) {
  if (list_type == StaticType::kRelationshipList) return StaticType::kRelationship;
  if (list.kind != ExprKind::kList || items.empty()) return StaticType::kAny;
  for (StaticType t : items)
    if (t != items[0] || !Known(t)) return StaticType::kAny;
  return items[0];
}

bool ContainsRand(const Expr& e) {
  if (e.kind == ExprKind::kFunction) {
    const FunctionSpec* spec = e.function;
    if (spec && std::string(spec->name) == "rand") return true;
  }
  for (const auto& c : e.children)
    if (c && ContainsRand(*c)) return true;
  return false;
}

}  // namespace

void Binder::BindExpr(const Expr& e, Scope& scope, ExprContext ctx) {
  switch (e.kind) {
    case ExprKind::kVariable:
      if (!scope.Find(e.name))
        Fail("UndefinedVariable", "variable '" + e.name + "' is not defined", e.offset, e.length);
      return;
    case ExprKind::kParameter:
      if (!params_.count(e.name))
        throw BindError("ParameterMissing", "MissingParameter",
                        "parameter $" + e.name + " is not given", e.offset, e.length);
      return;
    case ExprKind::kCountStar:
    case ExprKind::kFunction: {
      const FunctionSpec* spec =
          e.kind == ExprKind::kCountStar ? FindFunction("count") : e.function;
      if (spec == nullptr) {
        if (const char* what = UnsupportedFunction(e.name))
          throw UnsupportedError(what, e.offset, e.name.size());
        Fail("UnknownFunction", "unknown function '" + e.name + "'", e.offset, e.name.size());
      }
      auto n = static_cast<int>(e.children.size());
      if (e.kind == ExprKind::kFunction &&
          (n < spec->min_args || (spec->max_args >= 0 && n > spec->max_args)))
        Fail("InvalidNumberOfArguments",
             std::string(spec->name) + "() takes " + std::to_string(spec->min_args) +
                 (spec->max_args != spec->min_args ? " or more" : "") + " argument(s)",
             e.offset, e.length);
      ExprContext inner = ctx;
      if (spec->aggregate) {
        if (ctx.in_aggregate)
          Fail("NestedAggregation", "an aggregate cannot contain another", e.offset, e.length);
        if (!ctx.allow_aggregates)
          Fail("InvalidAggregation", std::string(spec->name) + "() is not allowed here", e.offset,
               e.length);
        inner.in_aggregate = true;
        for (const auto& c : e.children)
          if (ContainsRand(*c))
            Fail("NonConstantExpression", "rand() cannot be aggregated", e.offset, e.length);
      }
      for (const auto& c : e.children) {
        if (c->kind == ExprKind::kPatternPredicate && std::string(spec->name) != "exists")
          Fail("UnexpectedSyntax",
               std::string("a pattern cannot be an argument of ") + spec->name +
                   "(); use a pattern comprehension",
               c->offset, c->length);
        BindExpr(*c, scope, inner);
      }
      CheckTypes(e, scope);
      return;
    }
    case ExprKind::kListComprehension:
    case ExprKind::kQuantifier: {
      BindExpr(*e.children[0], scope, ctx);
      StaticType list = InferType(*e.children[0], scope);
      if (Known(list) && list != StaticType::kList && list != StaticType::kRelationshipList)
        WrongType(*e.children[0], "a list comprehension", list);
      scope.Add(e.name, ElementType(*e.children[0], scope));
      ExprContext local{false, false};
      for (size_t i = 1; i < e.children.size(); ++i)
        if (e.children[i]) BindExpr(*e.children[i], scope, local);
      scope.Pop();
      return;
    }
    case ExprKind::kReduce: {
      BindExpr(*e.children[0], scope, ctx);
      BindExpr(*e.children[1], scope, ctx);
      scope.Add(e.name, StaticType::kAny);
      scope.Add(e.name2, StaticType::kAny);
      BindExpr(*e.children[2], scope, {false, false});
      scope.Pop();
      scope.Pop();
      return;
    }
    case ExprKind::kPatternPredicate: {
      out_.pattern_scopes[&e] = scope.Names();
      Scope inner = scope;
      std::vector<std::string> seen;
      BindPatternPart(*e.pattern, inner, seen, true);
      return;
    }
    case ExprKind::kExistsSubquery:
      // the sub-plan's argument row: every name in scope, as for a pattern predicate
      out_.pattern_scopes[&e] = scope.Names();
      BindSingleQuery(*e.subquery, scope, true);
      return;
    case ExprKind::kPatternComprehension: {
      out_.pattern_scopes[&e] = scope.Names();
      Scope inner = scope;
      std::vector<std::string> seen;
      BindPatternPart(*e.pattern, inner, seen, false);
      if (e.children[0]) BindExpr(*e.children[0], inner, {false, false});
      BindExpr(*e.children[1], inner, {false, false});
      return;
    }
    case ExprKind::kMapProjection: {
      BindExpr(*e.children[0], scope, ctx);
      for (const auto& item : e.map_items) {
        if (item.value) BindExpr(*item.value, scope, ctx);
        if (item.kind == MapProjectionItem::Kind::kVariable && !scope.Find(item.key))
          Fail("UndefinedVariable", "variable '" + item.key + "' is not defined", e.offset,
               e.length);
      }
      CheckTypes(e, scope);
      return;
    }
    default:
      for (const auto& c : e.children)
        if (c) BindExpr(*c, scope, ctx);
      CheckTypes(e, scope);
      return;
  }
}

StaticType Binder::ElementType(const Expr& list, const Scope& scope) const {
  std::vector<StaticType> items;
  if (list.kind == ExprKind::kList)
    for (const auto& c : list.children) items.push_back(InferType(*c, scope));
  return ElementTypeOf(InferType(list, scope), list, items);
}

StaticType Binder::InferType(const Expr& e, const Scope& scope) const {
  using T = StaticType;
  switch (e.kind) {
    case ExprKind::kLiteral:
      switch (e.literal.type()) {
        case ValueType::kNull: return T::kNull;
        case ValueType::kBool: return T::kBool;
        case ValueType::kInt: return T::kInt;
        case ValueType::kFloat: return T::kFloat;
        case ValueType::kString: return T::kString;
        default: return T::kAny;
      }
    case ExprKind::kVariable: {
      const Variable* v = scope.Find(e.name);
      return v ? v->type : T::kAny;
    }
    case ExprKind::kList:
    case ExprKind::kListComprehension:
    case ExprKind::kPatternComprehension: return T::kList;
    case ExprKind::kMap:
    case ExprKind::kMapProjection: return T::kMap;
    case ExprKind::kIsNull:
    case ExprKind::kIsNotNull:
    case ExprKind::kQuantifier:
    case ExprKind::kPatternPredicate:
    case ExprKind::kExistsSubquery:
    case ExprKind::kLabelCheck: return T::kBool;
    case ExprKind::kCountStar: return T::kInt;
    case ExprKind::kUnary: return e.op == Op::kNot ? T::kBool : T::kAny;
    case ExprKind::kBinary:
      switch (e.op) {
        case Op::kAdd:
        case Op::kSub:
        case Op::kMul:
        case Op::kDiv:
        case Op::kMod:
        case Op::kPow: return T::kAny;
        default: return T::kBool;
      }
    case ExprKind::kFunction: {
      const FunctionSpec* spec = e.function;
      if (spec == nullptr) return T::kAny;
      std::string fn = spec->name;
      if (fn == "count" || fn == "size" || fn == "length" || fn == "id") return T::kInt;
      if (fn == "labels" || fn == "keys" || fn == "collect" || fn == "nodes" || fn == "range" ||
          fn == "split" || fn == "tail")
        return T::kList;
      if (fn == "relationships" || fn == "rels") return T::kRelationshipList;
      if (fn == "type" || fn == "toString" || fn == "toLower" || fn == "toUpper" || fn == "trim" ||
          fn == "fold" || fn == "substring" || fn == "replace")
        return T::kAny;  // null for null input: no claim beyond "not a graph element"
      if (fn == "startNode" || fn == "endNode") return T::kNode;
      if (fn == "properties") return T::kMap;
      return T::kAny;
    }
    default: return T::kAny;
  }
}

void Binder::CheckTypes(const Expr& e, const Scope& scope) const {
  switch (e.kind) {
    case ExprKind::kProperty: {
      StaticType t = InferType(*e.children[0], scope);
      if (Known(t) && t != StaticType::kNode && t != StaticType::kRelationship &&
          t != StaticType::kMap)
        throw BindError(t == StaticType::kPath ? "SyntaxError" : "TypeError", "InvalidArgumentType",
                        std::string("cannot read a property of a ") + StaticTypeName(t), e.offset,
                        e.length);
      return;
    }
    case ExprKind::kUnary:
    case ExprKind::kBinary: {
      if (e.op == Op::kIn) {
        StaticType t = InferType(*e.children[1], scope);
        if (Known(t) && t != StaticType::kList && t != StaticType::kRelationshipList)
          WrongType(*e.children[1], "IN", t);
        return;
      }
      if (e.op == Op::kSub || e.op == Op::kMul || e.op == Op::kDiv || e.op == Op::kMod ||
          e.op == Op::kPow || e.op == Op::kNeg) {
        for (const auto& c : e.children) {
          StaticType t = InferType(*c, scope);
          if (Known(t) && t != StaticType::kInt && t != StaticType::kFloat)
            Fail("InvalidArgumentType",
                 std::string("cannot apply ") + OpText(e.op) + " to a " + StaticTypeName(t),
                 c->offset, c->length);
        }
        return;
      }
      if (e.op != Op::kAnd && e.op != Op::kOr && e.op != Op::kXor && e.op != Op::kNot) return;
      for (const auto& c : e.children) {
        StaticType t = InferType(*c, scope);
        if (Known(t) && t != StaticType::kBool) WrongType(*c, std::string(OpText(e.op)), t);
      }
      return;
    }
    case ExprKind::kFunction: {
      const FunctionSpec* spec = e.function;
      if (spec == nullptr || e.children.empty()) return;
      auto allowed = AllowedFirstArgument(spec->name);
      if (allowed.empty()) return;
      StaticType t = InferType(*e.children[0], scope);
      if (Known(t) && std::find(allowed.begin(), allowed.end(), t) == allowed.end())
        WrongType(*e.children[0], std::string(spec->name) + "()", t);
      return;
    }
    default: return;
  }
}

}  // namespace kg::query::internal
