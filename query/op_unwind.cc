// UNWIND list AS x: one row per element; null and [] give none; a non-list
// value gives one row holding it.
#include "query/ast_printer.h"
#include "query/evaluator.h"
#include "query/operators.h"

namespace kg::query {
namespace {

std::vector<std::string> Plus(std::vector<std::string> cols, std::string var) {
  cols.push_back(std::move(var));
  return cols;
}

}  // namespace

UnwindOp::UnwindOp(OperatorPtr child, const Expr* list, std::string var)
    : Operator(Plus(child->columns(), std::move(var)), std::move(child)), list_(list) {}

void UnwindOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  pos_ = size_ = 0;
}

bool UnwindOp::Next(Row& out) {
  while (pos_ >= size_) {
    if (!child_->Next(input_)) return false;
    Env env(&child_->columns(), &input_);
    items_ = Evaluate(*list_, env, *ctx_);
    pos_ = 0;
    size_ = items_.is_list() ? items_.as_list().size() : (items_.is_null() ? 0 : 1);
  }
  out = input_;
  out.push_back(items_.is_list() ? items_.as_list()[pos_] : items_);
  ++pos_;
  ctx_->budget->Tick();
  return true;
}

std::string UnwindOp::Describe() const {
  return "Unwind " + PrintExpr(*list_) + " AS " + columns_.back();
}

}  // namespace kg::query
