// Planner, statement and clause level; patterns are in planner_pattern.cc.
#include "query/planner.h"

#include <algorithm>
#include <set>

#include "query/aggregates.h"
#include "query/ast_printer.h"
#include "query/planner_internal.h"

namespace kg::query {

Plan BuildPlan(const Statement& statement, const BoundStatement& bound, const Limits& limits) {
  Plan plan;
  internal::Planner(plan, bound, limits).PlanStatement(statement);
  return plan;
}

namespace internal {

bool IgnoresRepeatedRows(const Projection& p) {
  std::vector<const Expr*> calls;
  for (const auto& item : p.items) CollectAggregateCalls(*item.expr, calls);
  for (const auto& sort : p.order_by) CollectAggregateCalls(*sort.expr, calls);
  if (calls.empty()) return p.distinct;
  for (const Expr* call : calls) {
    std::string name = call->name;
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    bool extreme = call->kind == ExprKind::kFunction && (name == "min" || name == "max");
    if (!extreme && !call->distinct) return false;  // count(*) is not DISTINCT either
  }
  return true;
}

void SplitConjuncts(const Expr* e, std::vector<const Expr*>& out) {
  if (e == nullptr) return;
  if (e->kind == ExprKind::kBinary && e->op == Op::kAnd) {
    SplitConjuncts(e->children[0].get(), out);
    SplitConjuncts(e->children[1].get(), out);
    return;
  }
  out.push_back(e);
}

namespace {

// Every name an EXISTS subquery mentions (conservatively: its own variables too).
void CollectSubqueryNames(const SingleQuery& q, std::vector<std::string>& out) {
  auto expr = [&](const ExprPtr& e) {
    if (e) CollectVariables(*e, out);
  };
  for (const Clause& c : q.clauses) {
    for (const PatternPart& part : c.pattern) {
      if (!part.path_var.empty()) out.push_back(part.path_var);
      for (const auto& n : part.nodes) {
        if (!n.var.empty()) out.push_back(n.var);
        expr(n.properties);
      }
      for (const auto& r : part.rels) {
        if (!r.var.empty()) out.push_back(r.var);
        expr(r.properties);
      }
    }
    expr(c.where);
    expr(c.expr);
    for (const auto& item : c.projection.items) expr(item.expr);
    for (const auto& sort : c.projection.order_by) expr(sort.expr);
    expr(c.projection.where);
    for (const auto& arg : c.arguments) expr(arg);
  }
}

}  // namespace

void CollectVariables(const Expr& e, std::vector<std::string>& out) {
  if (e.kind == ExprKind::kVariable) {
    out.push_back(e.name);
    return;
  }
  if (e.kind == ExprKind::kExistsSubquery) {
    CollectSubqueryNames(*e.subquery, out);
    return;
  }
  if (e.kind == ExprKind::kPatternPredicate || e.kind == ExprKind::kPatternComprehension) {
    for (const auto& n : e.pattern->nodes)
      if (!n.var.empty()) out.push_back(n.var);
    for (const auto& r : e.pattern->rels)
      if (!r.var.empty()) out.push_back(r.var);
  }
  for (const auto& item : e.map_items) {
    if (item.kind == MapProjectionItem::Kind::kVariable) out.push_back(item.key);
    if (item.value) CollectVariables(*item.value, out);
  }
  std::vector<std::string> inner;
  for (const auto& c : e.children)
    if (c) CollectVariables(*c, inner);
  // locals of comprehensions, quantifiers and reduce are not free
  for (auto& v : inner) {
    bool local = ((e.kind == ExprKind::kListComprehension || e.kind == ExprKind::kQuantifier) &&
                  v == e.name) ||
                 (e.kind == ExprKind::kReduce && (v == e.name || v == e.name2));
    if (!local) out.push_back(std::move(v));
  }
}

namespace {

// Adds to `out` the variables `e` reads outside aggregate calls (conservatively: a local
// of a comprehension named like a variable counts as that variable).
void VariablesOutsideAggregates(const Expr& e, std::set<std::string>& out) {
  if (IsAggregateCall(e)) return;
  if (e.kind == ExprKind::kVariable || e.kind == ExprKind::kPatternPredicate ||
      e.kind == ExprKind::kPatternComprehension || e.kind == ExprKind::kMapProjection ||
      e.kind == ExprKind::kExistsSubquery) {
    std::vector<std::string> vars;
    CollectVariables(e, vars);
    out.insert(vars.begin(), vars.end());
    if (e.kind != ExprKind::kMapProjection) return;
  }
  for (const auto& c : e.children)
    if (c) VariablesOutsideAggregates(*c, out);
}

}  // namespace

std::optional<std::set<std::string>> LiveOutsideCounts(const Clause& match, const Clause& next) {
  if (match.optional || match.pattern.size() != 1) return std::nullopt;
  if (next.kind != ClauseKind::kWith && next.kind != ClauseKind::kReturn) return std::nullopt;
  const Projection& p = next.projection;
  if (p.star) return std::nullopt;
  std::set<std::string> own;
  for (const auto& n : match.pattern[0].nodes) own.insert(n.var);
  for (const auto& r : match.pattern[0].rels) own.insert(r.var);
  std::vector<const Expr*> calls;
  for (const auto& item : p.items) CollectAggregateCalls(*item.expr, calls);
  for (const auto& sort : p.order_by) CollectAggregateCalls(*sort.expr, calls);
  if (calls.empty()) return std::nullopt;
  for (const Expr* call : calls) {
    if (call->kind == ExprKind::kCountStar) continue;
    // a variable the MATCH bound is never null, so count(v) counts rows
    bool counts_rows = IsPlainCount(*call) && call->children[0]->kind == ExprKind::kVariable &&
                       !call->children[0]->name.empty() && own.count(call->children[0]->name);
    if (!counts_rows) return std::nullopt;
  }
  std::set<std::string> live;
  for (const auto& item : p.items) VariablesOutsideAggregates(*item.expr, live);
  for (const auto& sort : p.order_by) VariablesOutsideAggregates(*sort.expr, live);
  if (p.where) VariablesOutsideAggregates(*p.where, live);
  if (match.where) {
    std::vector<std::string> vars;
    CollectVariables(*match.where, vars);
    live.insert(vars.begin(), vars.end());
  }
  return live;
}

void Planner::ChargePlan(const Operator& op) {
  // per column: its name (a std::string, short names inline), a Value in the operator's
  // row, and the uniqueness list entries (measured: 1 GB for 4,000 hops, ~64 B a column)
  constexpr int64_t kBytesPerColumn = sizeof(std::string) + sizeof(Value) + 8;
  plan_bytes_ += static_cast<int64_t>(op.columns().size()) * kBytesPerColumn;
  if (plan_bytes_ > limits_.max_memory_bytes)
    throw BudgetError("MemoryLimit", "planning the query needs more memory than " +
                                         FormatBytes(limits_.max_memory_bytes) + " (a pattern of " +
                                         std::to_string(op.columns().size() / 2) +
                                         "+ elements; raise it with --max-memory)");
}

const Expr* Planner::ColumnRef(const std::string& column) {
  auto e = MakeExpr(ExprKind::kVariable, 0);
  e->name = column;
  plan_.synthetic.push_back(std::move(e));
  return plan_.synthetic.back().get();
}

void Planner::PlanStatement(const Statement& s) {
  PlanSubplans();
  std::vector<OperatorPtr> parts;
  bool distinct = false;
  for (size_t i = 0; i < s.queries.size(); ++i) {
    parts.push_back(PlanSingleQuery(s.queries[i]));
    if (i > 0 && !s.union_all[i - 1]) distinct = true;
  }
  OperatorPtr root;
  if (parts.size() == 1) {
    root = std::move(parts[0]);
  } else {
    root = std::make_unique<UnionOp>(std::move(parts));
    if (distinct) root = std::make_unique<DistinctOp>(std::move(root), root->columns().size());
  }
  plan_.columns = root->columns();
  plan_.root = std::move(root);
}

void Planner::PlanSubplans() {
  // in the order they are written, so EXPLAIN lists them the same way every time
  std::vector<std::pair<const Expr*, const std::vector<std::string>*>> exprs;
  for (const auto& [expr, scope] : bound_.pattern_scopes) exprs.push_back({expr, &scope});
  std::sort(exprs.begin(), exprs.end(),
            [](const auto& a, const auto& b) { return a.first->offset < b.first->offset; });
  for (const auto& [expr, scope] : exprs) {
    auto sub = std::make_unique<SubPlan>();
    auto arg = std::make_unique<ArgumentOp>(*scope);
    sub->argument = arg.get();
    OperatorPtr op;
    if (expr->kind == ExprKind::kExistsSubquery) {
      sub->title = "EXISTS subquery";
      op = PlanSingleQuery(*expr->subquery, std::move(arg), true);
    } else {
      Uniqueness unique;
      std::vector<const Expr*> none;
      // a predicate asks only whether some row exists: a [*] hop may be a Reach
      distinct_rows_ = expr->kind == ExprKind::kPatternPredicate;
      op = PlanPart(std::move(arg), *expr->pattern, unique, none);
      distinct_rows_ = false;
      if (expr->kind == ExprKind::kPatternComprehension && expr->children[0])
        op = std::make_unique<FilterOp>(std::move(op), expr->children[0].get());
    }
    sub->root = std::move(op);
    plan_.subplan_index[expr] = sub.get();
    plan_.subplans.push_back(std::move(sub));
  }
}

OperatorPtr Planner::PlanSingleQuery(const SingleQuery& q, OperatorPtr start, bool subquery) {
  writes_ = false;
  OperatorPtr op =
      start ? std::move(start) : std::make_unique<ArgumentOp>(std::vector<std::string>{});
  for (size_t i = 0; i < q.clauses.size(); ++i) {
    const Clause& c = q.clauses[i];
    switch (c.kind) {
      case ClauseKind::kMatch: {
        const Clause* next = i + 1 < q.clauses.size() ? &q.clauses[i + 1] : nullptr;
        // one part with one relationship (PlanPart checks): no other walk shares its uniqueness
        // (or it ends an EXISTS subquery, which asks only whether a row exists)
        distinct_rows_ =
            !c.optional && c.pattern.size() == 1 &&
            ((!next && subquery) ||
             (next && (next->kind == ClauseKind::kWith || next->kind == ClauseKind::kReturn) &&
              IgnoresRepeatedRows(next->projection)));
        if (next) countable_ = LiveOutsideCounts(c, *next);
        op = PlanMatch(std::move(op), c);
        distinct_rows_ = false;
        countable_.reset();
        break;
      }
      case ClauseKind::kUnwind:
        op = std::make_unique<UnwindOp>(std::move(op), c.expr.get(), c.alias);
        break;
      case ClauseKind::kWith:
      case ClauseKind::kReturn:
        op = PlanProjection(std::move(op), c);
        weight_column_.clear();
        break;
      case ClauseKind::kCreate: op = PlanCreate(std::move(op), c); break;
      case ClauseKind::kMerge: op = PlanMerge(std::move(op), c); break;
      case ClauseKind::kSet:
      case ClauseKind::kRemove:
        writes_ = true;
        op = std::make_unique<SetOp>(std::move(op), &c.set_items, c.kind == ClauseKind::kRemove);
        break;
      case ClauseKind::kDelete:
        writes_ = true;
        op = std::make_unique<DeleteOp>(std::move(op), &c.delete_exprs, c.detach);
        break;
      case ClauseKind::kCall:
        op = PlanCall(std::move(op), c, !subquery && q.clauses.size() == 1);
        break;
    }
  }
  // a standalone CALL returns what the procedure yields (nothing, for a void one)
  bool standalone_call = q.clauses.size() == 1 && q.clauses[0].kind == ClauseKind::kCall &&
                         !bound_.procedures.at(&q.clauses[0])->signature().outputs.empty();
  // an EXISTS subquery's rows are only counted to one, with or without a RETURN
  if (q.clauses.back().kind != ClauseKind::kReturn && !standalone_call && !subquery)
    op = std::make_unique<DiscardOp>(std::move(op));
  return op;
}

OperatorPtr Planner::PlanMatch(OperatorPtr in, const Clause& c) {
  std::vector<const Expr*> conjuncts;
  SplitConjuncts(c.where.get(), conjuncts);
  if (!c.optional) {
    OperatorPtr op = PlanPattern(std::move(in), c.pattern, conjuncts);
    for (const Expr* cond : conjuncts) op = std::make_unique<FilterOp>(std::move(op), cond);
    return op;
  }
  auto arg = std::make_unique<ArgumentOp>(in->columns());
  ArgumentOp* arg_ptr = arg.get();
  OperatorPtr inner = PlanPattern(std::move(arg), c.pattern, conjuncts);
  for (const Expr* cond : conjuncts) inner = std::make_unique<FilterOp>(std::move(inner), cond);
  return std::make_unique<OptionalOp>(std::move(in), std::move(inner), arg_ptr);
}

OperatorPtr Planner::PlanProjection(OperatorPtr in, const Clause& c) {
  const Projection& p = c.projection;
  std::vector<ProjectItem> items;
  if (p.star) {
    std::vector<std::string> names;
    for (const auto& col : in->columns())
      if (!IsHiddenColumn(col) && std::find(names.begin(), names.end(), col) == names.end())
        names.push_back(col);
    std::sort(names.begin(), names.end());
    for (const auto& n : names) items.push_back({n, ColumnRef(n)});
  }
  bool aggregating = false;
  for (const auto& item : p.items) {
    items.push_back({item.alias, item.expr.get()});
    std::vector<const Expr*> calls;
    CollectAggregateCalls(*item.expr, calls);
    aggregating = aggregating || !calls.empty();
  }
  // an ORDER BY expression written like an item sorts by that item's column
  auto item_named = [&](const Expr& e) -> const ProjectItem* {
    std::string text = PrintExpr(e);
    for (const auto& item : items)
      if (PrintExpr(*item.expr) == text) return &item;
    return nullptr;
  };
  const size_t width = items.size();
  OperatorPtr op;
  std::vector<SortKey> sort;
  if (aggregating) {
    std::vector<ProjectItem> keys, extras;
    for (const auto& item : items) {
      std::vector<const Expr*> calls;
      CollectAggregateCalls(*item.expr, calls);
      if (calls.empty()) keys.push_back(item);
    }
    for (const auto& s : p.order_by) {
      if (const ProjectItem* item = item_named(*s.expr)) {
        sort.push_back({ColumnRef(item->name), s.descending});
      } else {
        std::string hidden = Hidden("sort");
        extras.push_back({hidden, s.expr.get()});
        sort.push_back({ColumnRef(hidden), s.descending});
      }
    }
    const int weight = weight_column_.empty() ? -1 : in->ColumnIndex(weight_column_);
    // what the outputs holding aggregates and the ORDER BY extras read of the input rows
    // (the extras see the outputs by name first)
    std::set<std::string> read, extra_read;
    for (const auto& item : items)
      if (std::find_if(keys.begin(), keys.end(),
                       [&](const ProjectItem& k) { return k.expr == item.expr; }) == keys.end())
        VariablesOutsideAggregates(*item.expr, read);
    for (const auto& e : extras) VariablesOutsideAggregates(*e.expr, extra_read);
    for (const auto& item : items) extra_read.erase(item.name);
    const bool keep_rows = !read.empty() || !extra_read.empty();
    op = std::make_unique<AggregateOp>(std::move(in), std::move(keys), items, std::move(extras),
                                       weight, keep_rows);
    if (p.distinct) op = std::make_unique<DistinctOp>(std::move(op), width);
  } else if (p.distinct) {
    // the variables of before ride along (from each first row) for WHERE
    op = std::make_unique<ProjectOp>(std::move(in), items, p.where != nullptr);
    op = std::make_unique<DistinctOp>(std::move(op), width);
    for (const auto& s : p.order_by) {
      const ProjectItem* item = item_named(*s.expr);
      sort.push_back({item ? ColumnRef(item->name) : s.expr.get(), s.descending});
    }
  } else {
    op = std::make_unique<ProjectOp>(std::move(in), items, !p.order_by.empty() || p.where);
    for (const auto& s : p.order_by) sort.push_back({s.expr.get(), s.descending});
  }
  if (!sort.empty())
    op = std::make_unique<SortOp>(std::move(op), std::move(sort), p.skip.get(), p.limit.get());
  if (p.skip || p.limit)
    op = std::make_unique<SkipLimitOp>(std::move(op), p.skip.get(), p.limit.get(), writes_);
  // WITH … WHERE sees the variables of before, unless they were merged away
  bool where_sees_input = !aggregating;
  if (p.where && where_sees_input) op = std::make_unique<FilterOp>(std::move(op), p.where.get());
  if (op->columns().size() > width) op = std::make_unique<TrimOp>(std::move(op), width);
  if (p.where && !where_sees_input) op = std::make_unique<FilterOp>(std::move(op), p.where.get());
  return op;
}

OperatorPtr Planner::PlanCall(OperatorPtr in, const Clause& c, bool standalone) {
  ProcedureCallSpec spec;
  spec.procedure = bound_.procedures.at(&c);
  const ProcedureSignature& sig = spec.procedure->signature();
  for (const auto& arg : c.arguments) spec.arguments.push_back(arg.get());
  spec.arguments_from_parameters = !c.explicit_arguments;
  spec.offset = c.offset;
  spec.length = c.length;
  std::vector<std::string> columns;
  if (c.has_yield && !c.yield_star) {
    for (const YieldItem& y : c.yields)
      for (size_t i = 0; i < sig.outputs.size(); ++i)
        if (sig.outputs[i].name == y.output) {
          spec.outputs.push_back(i);
          columns.push_back(y.alias);
        }
  } else if (standalone) {
    for (size_t i = 0; i < sig.outputs.size(); ++i) {
      spec.outputs.push_back(i);
      columns.push_back(sig.outputs[i].name);
    }
  }
  OperatorPtr op =
      std::make_unique<ProcedureCallOp>(std::move(in), std::move(spec), std::move(columns));
  ChargePlan(*op);
  if (c.where) op = std::make_unique<FilterOp>(std::move(op), c.where.get());
  return op;
}

OperatorPtr Planner::PlanCreate(OperatorPtr in, const Clause& c) {
  writes_ = true;
  std::vector<std::string> fresh;
  auto add = [&](const std::string& name) {
    if (name.empty() || in->ColumnIndex(name) >= 0) return;
    if (std::find(fresh.begin(), fresh.end(), name) == fresh.end()) fresh.push_back(name);
  };
  for (const PatternPart& part : c.pattern) {
    for (size_t i = 0; i < part.nodes.size(); ++i) {
      add(part.nodes[i].var);
      if (i < part.rels.size()) add(part.rels[i].var);
    }
    add(part.path_var);
  }
  return std::make_unique<CreateOp>(std::move(in), &c.pattern, std::move(fresh));
}

OperatorPtr Planner::PlanMerge(OperatorPtr in, const Clause& c) {
  writes_ = true;
  auto arg = std::make_unique<ArgumentOp>(in->columns());
  ArgumentOp* arg_ptr = arg.get();
  std::vector<const Expr*> no_conditions;
  OperatorPtr match = PlanPattern(std::move(arg), c.pattern, no_conditions);
  return std::make_unique<MergeOp>(std::move(in), std::move(match), arg_ptr, &c);
}

}  // namespace internal
}  // namespace kg::query
