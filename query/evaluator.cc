// Expression evaluation: the dispatch over expression kinds; operators,
// collections and patterns live in eval_*.cc.
#include "query/temporal/temporal_functions.h"
#include "query/evaluator.h"

#include "query/functions.h"
#include "query/query_error.h"
#include "query/value_compare.h"

namespace kg::query {

Value PropertiesMap(const graph::PropertyGraph& g, const graph::Properties& props) {
  ValueMap m;
  m.reserve(props.size());
  for (const auto& [k, v] : props) m.emplace_back(g.SymbolName(k), FromProperty(v));
  return Value::Map(std::move(m));
}

namespace {

const graph::PropertyValue* StoredProperty(const Value& v, const Expr& at, ExecContext& ctx) {
  const graph::PropertyGraph& g = *ctx.graph;
  if (v.is_node() ? g.node_deleted(v.as_node()) : g.edge_deleted(v.as_relationship()))
    throw RuntimeError("EntityNotFound", "DeletedEntityAccess",
                       "cannot read property '" + at.name + "': the entity was deleted", at.offset,
                       at.length);
  if (at.symbol < 0) {
    auto id = g.FindSymbol(at.name);
    if (!id) return nullptr;
    at.symbol = *id;
  }
  auto key = static_cast<graph::SymbolId>(at.symbol);
  return v.is_node() ? g.NodeProperty(v.as_node(), key) : g.EdgeProperty(v.as_relationship(), key);
}

Value LabelCheck(const Value& v, const Expr& e, ExecContext& ctx) {
  if (v.is_null()) return Value();
  if (v.is_relationship()) {
    // r:T holds when T is the relationship's type
    graph::SymbolId type = ctx.graph->edge(v.as_relationship()).type;
    for (const auto& name : e.names)
      if (ctx.graph->SymbolName(type) != name) return Value::Bool(false);
    return Value::Bool(true);
  }
  if (!v.is_node())
    throw RuntimeError(
        "TypeError", "InvalidArgumentType",
        std::string("a label check needs a Node or Relationship, not ") + TypeName(v.type()),
        e.offset, e.length);
  for (const auto& label : e.names) {
    auto id = ctx.graph->FindSymbol(label);
    if (!id || !ctx.graph->HasLabel(v.as_node(), *id)) return Value::Bool(false);
  }
  return Value::Bool(true);
}

Value Case(const Expr& e, Env& env, ExecContext& ctx) {
  size_t i = 0;
  Value subject;
  if (e.has_subject) subject = Evaluate(*e.children[i++], env, ctx);
  size_t whens_end = e.children.size() - (e.has_else ? 1 : 0);
  for (; i + 1 < whens_end; i += 2) {
    Value when = Evaluate(*e.children[i], env, ctx);
    bool hit =
        e.has_subject ? Equals(subject, when) == Tri::kTrue : (when.is_bool() && when.as_bool());
    if (hit) return Evaluate(*e.children[i + 1], env, ctx);
  }
  return e.has_else ? Evaluate(*e.children.back(), env, ctx) : Value();
}

Value Function(const Expr& e, Env& env, ExecContext& ctx) {
  const FunctionSpec* spec = e.function;
  if (spec == nullptr)
    throw BindError("SyntaxError", "UnknownFunction", "unknown function " + e.name, e.offset,
                    e.name.size());
  if (spec->aggregate) {
    if (env.aggregates != nullptr) {
      if (const Value* v = env.aggregates->Find(&e)) return *v;
    }
    throw BindError("SyntaxError", "InvalidAggregation",
                    "aggregate " + e.name + "() is not allowed here", e.offset, e.name.size());
  }
  ValueList args;
  args.reserve(e.children.size());
  for (const auto& c : e.children) args.push_back(Evaluate(*c, env, ctx));
  return CallScalar(*spec, args, ctx, e.offset);
}

}  // namespace

Value PropertyOf(const Value& v, const Expr& at, ExecContext& ctx) {
  switch (v.type()) {
    case ValueType::kNull: return Value();
    case ValueType::kNode:
    case ValueType::kRelationship: {
      const graph::PropertyValue* p = StoredProperty(v, at, ctx);
      return p ? FromProperty(*p) : Value();
    }
    case ValueType::kMap: {
      const Value* found = v.Find(at.name);
      return found ? *found : Value();
    }
    case ValueType::kTemporal:
      return TemporalProperty(v.as_temporal(), at.name, at.offset, at.length);
    default:
      throw RuntimeError("TypeError", "InvalidArgumentType",
                         "cannot read property '" + at.name + "' of a " + TypeName(v.type()),
                         at.offset, at.length);
  }
}

Value Evaluate(const Expr& e, Env& env, ExecContext& ctx) {
  switch (e.kind) {
    case ExprKind::kLiteral: return e.literal;
    case ExprKind::kParameter: {
      auto it = ctx.params->find(e.name);
      if (it == ctx.params->end())
        throw BindError("ParameterMissing", "MissingParameter", "missing parameter $" + e.name,
                        e.offset, e.length);
      return it->second;
    }
    case ExprKind::kVariable: {
      const Value* v = env.Lookup(e.name);
      if (v == nullptr)
        throw BindError("SyntaxError", "UndefinedVariable",
                        "variable '" + e.name + "' is not defined", e.offset, e.length);
      return *v;
    }
    case ExprKind::kProperty: return PropertyOf(Evaluate(*e.children[0], env, ctx), e, ctx);
    case ExprKind::kLabelCheck: return LabelCheck(Evaluate(*e.children[0], env, ctx), e, ctx);
    case ExprKind::kIndex:
      return EvaluateIndex(Evaluate(*e.children[0], env, ctx), Evaluate(*e.children[1], env, ctx),
                           e, ctx);
    case ExprKind::kSlice: {
      Value list = Evaluate(*e.children[0], env, ctx);
      Value from, to;
      if (e.children[1]) from = Evaluate(*e.children[1], env, ctx);
      if (e.children[2]) to = Evaluate(*e.children[2], env, ctx);
      return EvaluateSlice(list, e.children[1] ? &from : nullptr, e.children[2] ? &to : nullptr, e);
    }
    case ExprKind::kList: {
      ValueList items;
      items.reserve(e.children.size());
      for (const auto& c : e.children) items.push_back(Evaluate(*c, env, ctx));
      return Value::List(std::move(items));
    }
    case ExprKind::kMap: {
      ValueMap entries;
      entries.reserve(e.children.size());
      for (size_t i = 0; i < e.children.size(); ++i)
        entries.emplace_back(e.names[i], Evaluate(*e.children[i], env, ctx));
      return Value::Map(std::move(entries));
    }
    case ExprKind::kUnary: return EvaluateUnary(e.op, Evaluate(*e.children[0], env, ctx), e);
    case ExprKind::kBinary: {
      // AND / OR short-circuit only where the result is already decided
      Value a = Evaluate(*e.children[0], env, ctx);
      if (e.op == Op::kAnd && a.is_bool() && !a.as_bool()) {
        Value b = Evaluate(*e.children[1], env, ctx);
        return EvaluateBinary(e.op, a, b, e, ctx);
      }
      Value result = EvaluateBinary(e.op, a, Evaluate(*e.children[1], env, ctx), e, ctx);
      // "s + s" doubling in a reduce, list concatenation: no one value past the budget
      if (result.is_string() || result.is_list()) ctx.budget->CheckValue(ApproxBytes(result));
      return result;
    }
    case ExprKind::kIsNull: return Value::Bool(Evaluate(*e.children[0], env, ctx).is_null());
    case ExprKind::kIsNotNull: return Value::Bool(!Evaluate(*e.children[0], env, ctx).is_null());
    case ExprKind::kFunction: return Function(e, env, ctx);
    case ExprKind::kCountStar: {
      if (env.aggregates != nullptr) {
        if (const Value* v = env.aggregates->Find(&e)) return *v;
      }
      throw BindError("SyntaxError", "InvalidAggregation", "count(*) is not allowed here", e.offset,
                      e.length);
    }
    case ExprKind::kCase: return Case(e, env, ctx);
    case ExprKind::kListComprehension: return EvaluateListComprehension(e, env, ctx);
    case ExprKind::kQuantifier: return EvaluateQuantifier(e, env, ctx);
    case ExprKind::kReduce: return EvaluateReduce(e, env, ctx);
    case ExprKind::kPatternComprehension: return EvaluatePatternComprehension(e, env, ctx);
    case ExprKind::kPatternPredicate:
    case ExprKind::kExistsSubquery: return EvaluatePatternPredicate(e, env, ctx);
    case ExprKind::kMapProjection: return EvaluateMapProjection(e, env, ctx);
  }
  return Value();
}

bool EvaluatePredicate(const Expr& e, Env& env, ExecContext& ctx) {
  Value v = Evaluate(e, env, ctx);
  if (v.is_null()) return false;
  if (!v.is_bool())
    throw RuntimeError("TypeError", "InvalidArgumentType",
                       std::string("a condition must be a Boolean, not ") + TypeName(v.type()),
                       e.offset, e.length);
  return v.as_bool();
}

}  // namespace kg::query
