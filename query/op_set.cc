// The write operators' shared protocol (WriteOp), and SET / REMOVE.
#include "query/evaluator.h"
#include "query/write_operators.h"
#include "query/write_support.h"

namespace kg::query {

void WriteOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  rows_.clear();
  pos_ = 0;
  done_ = false;
}

bool WriteOp::Next(Row& out) {
  if (!done_) {
    Row input;
    while (child_->Next(input)) {
      rows_.push_back(input);
      ctx_->budget->CheckRows(rows_.size());
    }
    Write(rows_);
    RefreshIndex(*ctx_);
    done_ = true;
  }
  if (pos_ >= rows_.size()) return false;
  out = std::move(rows_[pos_++]);
  return true;
}

SetOp::SetOp(OperatorPtr child, const std::vector<SetItem>* items, bool remove)
    : WriteOp(child->columns(), std::move(child)), items_(items), remove_(remove) {}

void SetOp::Write(std::vector<Row>& rows) {
  for (Row& row : rows) {
    Env env(&columns_, &row);
    for (const SetItem& item : *items_) ApplySetItem(item, env, *ctx_);
    ctx_->budget->Tick();
  }
}

std::string SetOp::Describe() const { return remove_ ? "Remove" : "Set"; }

}  // namespace kg::query
