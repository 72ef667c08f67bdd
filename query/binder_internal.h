// Internal to binder*.cc; use binder.h instead.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "query/binder.h"
#include "query/query_error.h"

namespace kg::query::internal {

struct Variable {
  std::string name;
  StaticType type = StaticType::kAny;
};

// Variables in scope, in the order they were introduced.
class Scope {
 public:
  const Variable* Find(const std::string& name) const {
    for (auto it = vars_.rbegin(); it != vars_.rend(); ++it)
      if (it->name == name) return &*it;
    return nullptr;
  }
  void Add(std::string name, StaticType type) { vars_.push_back({std::move(name), type}); }
  void Pop() { vars_.pop_back(); }
  const std::vector<Variable>& vars() const { return vars_; }
  std::vector<std::string> Names() const {
    std::vector<std::string> out;
    for (const auto& v : vars_) out.push_back(v.name);
    return out;
  }

 private:
  std::vector<Variable> vars_;
};

class Binder {
 public:
  Binder(const Params& params, const ProcedureRegistry& procedures, BoundStatement& out)
      : params_(params), procedures_(procedures), out_(out) {}

  void BindStatement(const Statement& s);

  // --- clauses (binder.cc) ---
  // `scope`: the outer variables an EXISTS subquery sees; `subquery`: q is one.
  std::vector<std::string> BindSingleQuery(const SingleQuery& q, Scope scope = {},
                                           bool subquery = false);
  void BindMatch(const Clause& c, Scope& scope);
  void BindCreate(const Clause& c, Scope& scope);
  void BindMerge(const Clause& c, Scope& scope);
  void BindSetItems(const std::vector<SetItem>& items, Scope& scope);
  void BindDelete(const Clause& c, Scope& scope);
  // CALL (binder_call.cc). A standalone CALL is a query of its own: its
  // arguments may come from parameters and its outputs are the result columns,
  // returned here.
  std::vector<std::string> BindCall(const Clause& c, Scope& scope, bool standalone, bool last);
  Scope BindProjection(const Clause& c, const Scope& scope, bool is_return);
  // Pattern variables (binder_pattern.cc). `in_expression`: a pattern predicate
  // may not introduce named variables.
  void BindPatternPart(const PatternPart& part, Scope& scope, std::vector<std::string>& rels_seen,
                       bool in_expression);

  // --- expressions (binder_expr.cc) ---
  struct ExprContext {
    bool allow_aggregates = false;
    bool in_aggregate = false;
  };
  void BindExpr(const Expr& e, Scope& scope, ExprContext ctx);
  StaticType InferType(const Expr& e, const Scope& scope) const;
  StaticType ElementType(const Expr& list, const Scope& scope) const;
  // Checks the operands of operators and functions whose types are known.
  void CheckTypes(const Expr& e, const Scope& scope) const;
  void BindAggregateOrderBy(const Expr& e, Scope& out, const std::set<std::string>& key_texts,
                            const std::set<std::string>& item_texts,
                            const std::set<std::string>& aggregate_texts);
  // A WHERE condition whose type is known must be a Boolean.
  void CheckCondition(const Expr& e, const Scope& scope) const;

  [[noreturn]] static void Fail(const std::string& code, const std::string& message, size_t offset,
                                size_t length) {
    throw BindError("SyntaxError", code, message, offset, std::max<size_t>(length, 1));
  }

 private:
  const Params& params_;
  const ProcedureRegistry& procedures_;
  BoundStatement& out_;
};

bool IsGraphType(StaticType t);

}  // namespace kg::query::internal
