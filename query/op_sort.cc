// Sort (ORDER BY, stable, Cypher's total order of values) and SkipLimit.
#include <algorithm>
#include <cstdint>

#include "query/ast_printer.h"
#include "query/evaluator.h"
#include "query/operators.h"
#include "query/query_error.h"
#include "query/value_compare.h"

namespace kg::query {
namespace {

int64_t Count(const Expr* e, ExecContext& ctx, const char* what) {
  Env env(nullptr, nullptr);
  Value v = Evaluate(*e, env, ctx);
  if (!v.is_int())
    throw RuntimeError(
        "SyntaxError", "InvalidArgumentType",
        std::string(what) + " must be a non-negative Integer, not " + TypeName(v.type()), e->offset,
        e->length);
  if (v.as_int() < 0)
    throw RuntimeError("SyntaxError", "NegativeIntegerArgument",
                       std::string(what) + " must not be negative", e->offset, e->length);
  return v.as_int();
}

}  // namespace

SortOp::SortOp(OperatorPtr child, std::vector<SortKey> keys, const Expr* skip, const Expr* limit)
    : Operator(child->columns(), std::move(child)),
      keys_(std::move(keys)),
      skip_(skip),
      limit_(limit) {}

void SortOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  ctx.budget->Release(held_bytes_);
  held_bytes_ = 0;
  rows_.clear();
  pos_ = 0;
  done_ = false;
}

bool SortOp::Next(Row& out) {
  if (!done_) {
    done_ = true;
    Run();
  }
  if (pos_ >= rows_.size()) return false;
  out = std::move(rows_[pos_++]);
  return true;
}

// Reads the whole input. Under ORDER BY … LIMIT k (SKIP s) only the best s + k rows are
// kept, in a heap whose top is the worst of them, so memory is O(k) not O(input); the
// arrival number breaks ties, which keeps the sort stable either way.
void SortOp::Run() {
  int64_t keep = -1;  // every row
  if (limit_) {
    keep = Count(limit_, *ctx_, "LIMIT");
    int64_t skip = skip_ ? Count(skip_, *ctx_, "SKIP") : 0;
    keep = keep > INT64_MAX - skip ? INT64_MAX : keep + skip;  // LIMIT near 2^63: no overflow
  }
  struct Keyed {
    Row row, key;
    uint64_t arrival = 0;
    size_t bytes = 0;
  };
  auto before = [this](const Keyed& a, const Keyed& b) {
    for (size_t i = 0; i < keys_.size(); ++i) {
      int c = Order(a.key[i], b.key[i]);
      if (c != 0) return keys_[i].descending ? c > 0 : c < 0;
    }
    return a.arrival < b.arrival;
  };
  std::vector<Keyed> kept;
  Keyed next;
  uint64_t arrivals = 0;
  while (child_->Next(next.row)) {
    ctx_->budget->Tick();
    Env env(&columns_, &next.row);
    next.key.clear();
    for (const auto& k : keys_) next.key.push_back(Evaluate(*k.expr, env, *ctx_));
    next.arrival = arrivals++;
    if (keep >= 0 && static_cast<int64_t>(kept.size()) >= keep) {
      if (keep == 0 || !before(next, kept.front())) continue;
      std::pop_heap(kept.begin(), kept.end(), before);  // the worst kept row makes room
      ctx_->budget->Release(kept.back().bytes);
      held_bytes_ -= kept.back().bytes;
      kept.pop_back();
    }
    next.bytes = sizeof(Keyed);
    for (const Value& v : next.row) next.bytes += ApproxBytes(v);
    for (const Value& v : next.key) next.bytes += ApproxBytes(v);
    ctx_->budget->Keep(next.bytes, "its sort holds");  // charged to --max-memory
    held_bytes_ += next.bytes;
    kept.push_back(std::move(next));
    next = Keyed();
    if (keep >= 0) std::push_heap(kept.begin(), kept.end(), before);
    ctx_->budget->CheckRows(kept.size());
  }
  std::sort(kept.begin(), kept.end(), before);
  rows_.reserve(kept.size());
  for (auto& k : kept) rows_.push_back(std::move(k.row));
}

std::string SortOp::Describe() const {
  std::string out = limit_ ? "Sort (top " + std::string(skip_ ? PrintExpr(*skip_) + " + " : "") +
                                 PrintExpr(*limit_) + ")"
                           : "Sort";
  for (size_t i = 0; i < keys_.size(); ++i)
    out += (i ? ", " : " ") + PrintExpr(*keys_[i].expr) + (keys_[i].descending ? " DESC" : "");
  return out;
}

SkipLimitOp::SkipLimitOp(OperatorPtr child, const Expr* skip, const Expr* limit, bool drain)
    : Operator(child->columns(), std::move(child)), skip_(skip), limit_(limit), drain_(drain) {}

void SkipLimitOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  to_skip_ = skip_ ? Count(skip_, ctx, "SKIP") : 0;
  remaining_ = limit_ ? Count(limit_, ctx, "LIMIT") : -1;
}

bool SkipLimitOp::Next(Row& out) {
  if (remaining_ == 0) {
    if (drain_) {
      while (child_->Next(out)) {
      }
      drain_ = false;
    }
    return false;
  }
  while (to_skip_ > 0) {
    if (!child_->Next(out)) return false;
    --to_skip_;
  }
  if (!child_->Next(out)) return false;
  if (remaining_ > 0) --remaining_;
  return true;
}

std::string SkipLimitOp::Describe() const {
  std::string out = "SkipLimit";
  if (skip_) out += " skip " + PrintExpr(*skip_);
  if (limit_) out += " limit " + PrintExpr(*limit_);
  return out;
}

}  // namespace kg::query
