// Row-at-a-time operators: Filter (WHERE), Project (WITH / RETURN items) and
// Trim (drops the columns only ORDER BY needed).
#include "query/ast_printer.h"
#include "query/evaluator.h"
#include "query/operators.h"

namespace kg::query {

FilterOp::FilterOp(OperatorPtr child, const Expr* condition)
    : Operator(child->columns(), std::move(child)), condition_(condition) {}

bool FilterOp::Next(Row& out) {
  while (child_->Next(out)) {
    Env env(&columns_, &out);
    if (EvaluatePredicate(*condition_, env, *ctx_)) return true;
    ctx_->budget->Tick();
  }
  return false;
}

std::string FilterOp::Describe() const { return "Filter " + PrintExpr(*condition_); }

namespace {

std::vector<std::string> ProjectColumns(const Operator& child,
                                        const std::vector<ProjectItem>& items, bool keep_input) {
  std::vector<std::string> cols;
  for (const auto& item : items) cols.push_back(item.name);
  if (keep_input) cols.insert(cols.end(), child.columns().begin(), child.columns().end());
  return cols;
}

}  // namespace

ProjectOp::ProjectOp(OperatorPtr child, std::vector<ProjectItem> items, bool keep_input)
    : Operator(ProjectColumns(*child, items, keep_input), std::move(child)),
      items_(std::move(items)),
      keep_input_(keep_input) {}

bool ProjectOp::Next(Row& out) {
  if (!child_->Next(input_)) return false;
  Env env(&child_->columns(), &input_);
  out.clear();
  out.reserve(columns_.size());
  for (const auto& item : items_) out.push_back(Evaluate(*item.expr, env, *ctx_));
  if (keep_input_) out.insert(out.end(), input_.begin(), input_.end());
  return true;
}

std::string ProjectOp::Describe() const {
  std::string out = "Project";
  for (size_t i = 0; i < items_.size(); ++i)
    out += (i ? ", " : " ") + PrintExpr(*items_[i].expr) + " AS " + QuoteName(items_[i].name);
  return out;
}

TrimOp::TrimOp(OperatorPtr child, size_t count)
    : Operator(std::vector<std::string>(child->columns().begin(), child->columns().begin() + count),
               std::move(child)) {}

bool TrimOp::Next(Row& out) {
  if (!child_->Next(out)) return false;
  out.resize(columns_.size());
  return true;
}

std::string TrimOp::Describe() const {
  return "Trim to " + std::to_string(columns_.size()) + " columns";
}

}  // namespace kg::query
