// Distinct: streams rows, dropping those equivalent to one already seen.
#include <unordered_set>

#include "query/operators.h"
#include "query/value_compare.h"

namespace kg::query {

struct DistinctOp::State {
  std::unordered_set<Row, RowHash, RowEquivalent> seen;
};

DistinctOp::DistinctOp(OperatorPtr child, size_t width)
    : Operator(child->columns(), std::move(child)), width_(width) {}

void DistinctOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  seen_ = std::make_shared<State>();
}

bool DistinctOp::Next(Row& out) {
  while (child_->Next(out)) {
    Row key(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(std::min(width_, out.size())));
    if (seen_->seen.insert(std::move(key)).second) {
      ctx_->budget->CheckRows(seen_->seen.size());
      return true;
    }
    ctx_->budget->Tick();
  }
  return false;
}

std::string DistinctOp::Describe() const { return "Distinct"; }

}  // namespace kg::query
