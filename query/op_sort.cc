// Sort (ORDER BY, stable, Cypher's total order of values) and SkipLimit.
#include <algorithm>

#include "query/ast_printer.h"
#include "query/evaluator.h"
#include "query/operators.h"
#include "query/query_error.h"
#include "query/value_compare.h"

namespace kg::query {

SortOp::SortOp(OperatorPtr child, std::vector<SortKey> keys)
    : Operator(child->columns(), std::move(child)), keys_(std::move(keys)) {}

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
    // each row followed by its sort keys, computed once
    std::vector<std::pair<Row, Row>> keyed;
    Row row;
    while (child_->Next(row)) {
      Env env(&columns_, &row);
      Row key;
      key.reserve(keys_.size());
      for (const auto& k : keys_) key.push_back(Evaluate(*k.expr, env, *ctx_));
      size_t bytes = sizeof(keyed[0]);
      for (const Value& v : row) bytes += ApproxBytes(v);
      for (const Value& v : key) bytes += ApproxBytes(v);
      ctx_->budget->Keep(bytes, "its sort holds");  // a sort holds all its input: charged to --max-memory
      held_bytes_ += bytes;
      keyed.emplace_back(std::move(row), std::move(key));
      ctx_->budget->CheckRows(keyed.size());
      ctx_->budget->Tick();
    }
    std::stable_sort(keyed.begin(), keyed.end(), [this](const auto& a, const auto& b) {
      for (size_t i = 0; i < keys_.size(); ++i) {
        int c = Order(a.second[i], b.second[i]);
        if (c != 0) return keys_[i].descending ? c > 0 : c < 0;
      }
      return false;
    });
    rows_.reserve(keyed.size());
    for (auto& k : keyed) rows_.push_back(std::move(k.first));
  }
  if (pos_ >= rows_.size()) return false;
  out = std::move(rows_[pos_++]);
  return true;
}

std::string SortOp::Describe() const {
  std::string out = "Sort";
  for (size_t i = 0; i < keys_.size(); ++i)
    out += (i ? ", " : " ") + PrintExpr(*keys_[i].expr) + (keys_[i].descending ? " DESC" : "");
  return out;
}

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
