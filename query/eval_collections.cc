// Lists and maps: subscripts, slices, list comprehensions, quantifiers,
// reduce() and map projections.
#include "query/evaluator.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

[[noreturn]] void Bad(const Expr& at, const std::string& code, const std::string& msg) {
  throw RuntimeError("TypeError", code, msg, at.offset, at.length);
}

// A list to iterate over, or nullptr when the value is null.
const ValueList* ListOrNull(const Value& v, const Expr& at) {
  if (v.is_null()) return nullptr;
  if (!v.is_list())
    Bad(at, "InvalidArgumentType", std::string("expected a List, not ") + TypeName(v.type()));
  return &v.as_list();
}

// Runs `body` with `name` bound to each element in turn.
template <typename Body>
void ForEachBound(const std::string& name, const ValueList& list, Env& env, Body body) {
  LocalsScope scope(env);
  env.Push(name, Value());
  for (const auto& item : list) {
    env.SetTop(item);
    if (!body(item)) break;
  }
}

}  // namespace

Value EvaluateIndex(const Value& container, const Value& index, const Expr& at, ExecContext& ctx) {
  if (container.is_null() || index.is_null()) return Value();
  if (container.is_list()) {
    if (!index.is_int())
      Bad(at, "InvalidArgumentType",
          std::string("a list index must be an Integer, not ") + TypeName(index.type()));
    const ValueList& l = container.as_list();
    int64_t i = index.as_int();
    int64_t n = static_cast<int64_t>(l.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return Value();
    return l[static_cast<size_t>(i)];
  }
  if (container.is_map() || container.is_node() || container.is_relationship()) {
    if (!index.is_string())
      Bad(at, "MapElementAccessByNonString",
          std::string("a map key must be a String, not ") + TypeName(index.type()));
    if (container.is_map()) {
      const Value* v = container.Find(index.as_string());
      return v ? *v : Value();
    }
    Expr key;
    key.name = index.as_string();
    return PropertyOf(container, key, ctx);
  }
  Bad(at, "InvalidArgumentType", std::string("cannot subscript a ") + TypeName(container.type()));
}

Value EvaluateSlice(const Value& list, const Value* from, const Value* to, const Expr& at) {
  if (list.is_null()) return Value();
  if ((from && from->is_null()) || (to && to->is_null())) return Value();
  if (!list.is_list())
    Bad(at, "InvalidArgumentType", std::string("cannot slice a ") + TypeName(list.type()));
  if ((from && !from->is_int()) || (to && !to->is_int()))
    Bad(at, "InvalidArgumentType", "slice bounds must be Integers");
  const ValueList& l = list.as_list();
  int64_t n = static_cast<int64_t>(l.size());
  auto clamp = [n](int64_t i) {
    if (i < 0) i += n;
    return std::max<int64_t>(0, std::min(i, n));
  };
  int64_t a = from ? clamp(from->as_int()) : 0;
  int64_t b = to ? clamp(to->as_int()) : n;
  if (b <= a) return Value::List({});
  return Value::List(ValueList(l.begin() + a, l.begin() + b));
}

Value EvaluateListComprehension(const Expr& e, Env& env, ExecContext& ctx) {
  Value source = Evaluate(*e.children[0], env, ctx);
  const ValueList* list = ListOrNull(source, *e.children[0]);
  if (list == nullptr) return Value();
  ValueList out;
  size_t bytes = 0;
  ForEachBound(e.name, *list, env, [&](const Value& item) {
    ctx.budget->Tick();  // the clock, inside the loop
    if (e.children[1] && !EvaluatePredicate(*e.children[1], env, ctx)) return true;
    out.push_back(e.children[2] ? Evaluate(*e.children[2], env, ctx) : item);
    bytes += ApproxBytes(out.back());
    ctx.budget->CheckValue(bytes);
    return true;
  });
  ctx.budget->CheckValue(bytes);
  return Value::List(std::move(out));
}

Value EvaluateQuantifier(const Expr& e, Env& env, ExecContext& ctx) {
  Value source = Evaluate(*e.children[0], env, ctx);
  const ValueList* list = ListOrNull(source, *e.children[0]);
  if (list == nullptr) return Value();
  int64_t trues = 0, falses = 0, nulls = 0;
  const std::string& q = e.name2;
  ForEachBound(e.name, *list, env, [&](const Value& item) {
    ctx.budget->Tick();
    Value v = e.children[1] ? Evaluate(*e.children[1], env, ctx) : item;
    if (v.is_null()) {
      ++nulls;
    } else if (!v.is_bool()) {
      Bad(*e.children[1], "InvalidArgumentType", "a quantifier's predicate must be a Boolean");
    } else if (v.as_bool()) {
      ++trues;
    } else {
      ++falses;
    }
    // stop as soon as the answer is known
    if (q == "all") return falses == 0;
    if (q == "any" || q == "none") return trues == 0;
    return trues < 2;
  });
  if (q == "all") return falses ? Value::Bool(false) : (nulls ? Value() : Value::Bool(true));
  if (q == "any") return trues ? Value::Bool(true) : (nulls ? Value() : Value::Bool(false));
  if (q == "none") return trues ? Value::Bool(false) : (nulls ? Value() : Value::Bool(true));
  if (trues > 1) return Value::Bool(false);
  if (nulls) return Value();
  return Value::Bool(trues == 1);
}

Value EvaluateReduce(const Expr& e, Env& env, ExecContext& ctx) {
  Value acc = Evaluate(*e.children[0], env, ctx);
  Value source = Evaluate(*e.children[1], env, ctx);
  const ValueList* list = ListOrNull(source, *e.children[1]);
  if (list == nullptr) return Value();
  LocalsScope scope(env);
  const size_t accumulator = scope.mark();
  env.Push(e.name, std::move(acc));
  env.Push(e.name2, Value());
  for (const auto& item : *list) {
    ctx.budget->Tick();  // a reduce over two million items must still see the clock
    env.SetTop(item);
    Value next = Evaluate(*e.children[2], env, ctx);
    env.LocalAt(accumulator) = std::move(next);
  }
  return std::move(env.LocalAt(accumulator));
}

Value EvaluateMapProjection(const Expr& e, Env& env, ExecContext& ctx) {
  Value subject = Evaluate(*e.children[0], env, ctx);
  if (subject.is_null()) return Value();
  if (!subject.is_map() && !subject.is_node() && !subject.is_relationship())
    Bad(e, "InvalidArgumentType", std::string("cannot project a ") + TypeName(subject.type()));
  ValueMap out;
  for (const auto& item : e.map_items) {
    switch (item.kind) {
      case MapProjectionItem::Kind::kAllProperties: {
        Value all =
            subject.is_map() ? subject
            : subject.is_node()
                ? PropertiesMap(*ctx.graph, ctx.graph->node(subject.as_node()).properties)
                : PropertiesMap(*ctx.graph, ctx.graph->edge(subject.as_relationship()).properties);
        for (const auto& kv : all.as_map()) out.push_back(kv);
        break;
      }
      case MapProjectionItem::Kind::kProperty: {
        Expr key;
        key.name = item.key;
        out.emplace_back(item.key, PropertyOf(subject, key, ctx));
        break;
      }
      case MapProjectionItem::Kind::kLiteral:
        out.emplace_back(item.key, Evaluate(*item.value, env, ctx));
        break;
      case MapProjectionItem::Kind::kVariable: {
        const Value* v = env.Lookup(item.key);
        if (v == nullptr)
          throw BindError("SyntaxError", "UndefinedVariable",
                          "variable '" + item.key + "' is not defined", e.offset, e.length);
        out.emplace_back(item.key, *v);
        break;
      }
    }
  }
  return Value::Map(std::move(out));
}

}  // namespace kg::query
