// Union (the branches in turn) and Discard (drain, yield nothing).
#include "query/operators.h"

namespace kg::query {

UnionOp::UnionOp(std::vector<OperatorPtr> branches)
    : Operator(branches.front()->columns(), nullptr), branches_(std::move(branches)) {}

void UnionOp::Open(ExecContext& ctx) {
  ctx_ = &ctx;
  current_ = 0;
  // branches open lazily, in turn: a later branch sees what an earlier one created
  branches_[0]->Open(ctx);
}

bool UnionOp::Next(Row& out) {
  while (current_ < branches_.size()) {
    if (branches_[current_]->Next(out)) return true;
    if (++current_ < branches_.size()) branches_[current_]->Open(*ctx_);
  }
  return false;
}

std::string UnionOp::Describe() const { return "Union"; }

std::vector<const Operator*> UnionOp::Children() const {
  std::vector<const Operator*> out;
  for (const auto& b : branches_) out.push_back(b.get());
  return out;
}

DiscardOp::DiscardOp(OperatorPtr child) : Operator({}, std::move(child)) {}

bool DiscardOp::Next(Row& out) {
  while (child_->Next(out)) {
  }
  return false;
}

std::string DiscardOp::Describe() const { return "Discard"; }

}  // namespace kg::query
