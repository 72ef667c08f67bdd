// OPTIONAL MATCH as an Apply: the inner plan starts from an Argument holding
// the outer row; when it yields nothing, the outer row goes on with nulls.
#include "query/operators.h"

namespace kg::query {

OptionalOp::OptionalOp(OperatorPtr outer, OperatorPtr inner, ArgumentOp* argument)
    : Operator(inner->columns(), std::move(outer)), inner_(std::move(inner)), argument_(argument) {}

void OptionalOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  have_outer_ = false;
}

bool OptionalOp::Next(Row& out) {
  while (true) {
    if (!have_outer_) {
      if (!child_->Next(outer_row_)) return false;
      have_outer_ = true;
      matched_ = false;
      argument_->SetRow(&outer_row_);
      inner_->Open(*ctx_);
    }
    if (inner_->Next(out)) {
      matched_ = true;
      return true;
    }
    have_outer_ = false;
    if (!matched_) {
      out = outer_row_;
      out.resize(columns_.size());
      return true;
    }
  }
}

std::string OptionalOp::Describe() const { return "Optional"; }

std::vector<const Operator*> OptionalOp::Children() const { return {child_.get(), inner_.get()}; }

}  // namespace kg::query
