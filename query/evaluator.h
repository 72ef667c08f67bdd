// Expression evaluation: an Expr (ast.h) against the variables of one row (Env)
// under the running statement's ExecContext.
//
// Semantics follow openCypher: null propagates through operators and most
// functions, AND/OR/XOR/NOT use three-valued logic, comparisons and equality
// are value_compare.h's. A value of the wrong type is a RuntimeError
// (TypeError, InvalidArgumentType); integer overflow and division by zero are
// RuntimeErrors of category ArithmeticError. Aggregate calls read their value
// from Env::aggregates, which the aggregation operator fills.
#pragma once

#include "query/ast.h"
#include "query/exec_context.h"
#include "query/value.h"

namespace kg::query {

Value Evaluate(const Expr& e, Env& env, ExecContext& ctx);

// A WHERE condition: true when the expression evaluates to true; false for
// false and null; a TypeError for any other value.
bool EvaluatePredicate(const Expr& e, Env& env, ExecContext& ctx);

// Operators (eval_operators.cc).
Value EvaluateUnary(Op op, const Value& v, const Expr& at);
Value EvaluateBinary(Op op, const Value& a, const Value& b, const Expr& at, ExecContext& ctx);

// Property `key` of a node, relationship or map; null for null or a missing key.
Value PropertyOf(const Value& v, const Expr& at, ExecContext& ctx);

// Lists, maps, subscripts, comprehensions (eval_collections.cc).
Value EvaluateIndex(const Value& container, const Value& index, const Expr& at, ExecContext& ctx);
Value EvaluateSlice(const Value& list, const Value* from, const Value* to, const Expr& at);
Value EvaluateListComprehension(const Expr& e, Env& env, ExecContext& ctx);
Value EvaluateQuantifier(const Expr& e, Env& env, ExecContext& ctx);
Value EvaluateReduce(const Expr& e, Env& env, ExecContext& ctx);
Value EvaluateMapProjection(const Expr& e, Env& env, ExecContext& ctx);

// Pattern predicates and comprehensions run their sub-plan (eval_patterns.cc).
Value EvaluatePatternPredicate(const Expr& e, Env& env, ExecContext& ctx);
Value EvaluatePatternComprehension(const Expr& e, Env& env, ExecContext& ctx);

// The stored properties of a node or relationship as a map value.
Value PropertiesMap(const graph::PropertyGraph& g, const graph::Properties& props);

}  // namespace kg::query
