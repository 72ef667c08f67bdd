#include "query/aggregates.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "query/functions.h"
#include "query/query_error.h"
#include "query/value_compare.h"

namespace kg::query {
namespace {

class Count : public Aggregator {
 public:
  explicit Count(bool star) : star_(star) {}
  void Add(const Value& v) override {
    if (star_ || !v.is_null()) ++n_;
  }
  Value Result() const override { return Value::Int(n_); }

 private:
  bool star_;
  int64_t n_ = 0;
};

class Collect : public Aggregator {
 public:
  bool KeepsValues() const override { return true; }
  void Add(const Value& v) override {
    if (!v.is_null()) items_.push_back(v);
  }
  Value Result() const override { return Value::List(items_); }

 private:
  ValueList items_;
};

class MinMax : public Aggregator {
 public:
  explicit MinMax(bool max) : max_(max) {}
  void Add(const Value& v) override {
    if (v.is_null()) return;
    if (!have_ || (max_ ? Order(v, best_) > 0 : Order(v, best_) < 0)) best_ = v;
    have_ = true;
  }
  Value Result() const override { return have_ ? best_ : Value(); }

 private:
  bool max_;
  bool have_ = false;
  Value best_;
};

[[noreturn]] void NotANumber(const char* fn, const Value& v) {
  throw RuntimeError("TypeError", "InvalidArgumentType",
                     std::string(fn) + "() needs numbers, not " + TypeName(v.type()));
}

class Sum : public Aggregator {
 public:
  explicit Sum(bool avg) : avg_(avg) {}
  void Add(const Value& v) override {
    if (v.is_null()) return;
    if (!v.is_number()) NotANumber(avg_ ? "avg" : "sum", v);
    ++n_;
    if (v.is_int() && !is_float_) {
      int64_t r;
      if (!__builtin_add_overflow(isum_, v.as_int(), &r)) {
        isum_ = r;
        fsum_ += static_cast<double>(v.as_int());
        return;
      }
      if (!avg_) throw RuntimeError("ArithmeticError", "IntegerOverflow", "sum() overflowed");
    }
    if (!is_float_) fsum_ = static_cast<double>(isum_);
    is_float_ = true;
    fsum_ += v.as_number();
  }
  Value Result() const override {
    if (avg_) return n_ == 0 ? Value() : Value::Float(fsum_ / static_cast<double>(n_));
    return is_float_ ? Value::Float(fsum_) : Value::Int(isum_);
  }

 private:
  bool avg_;
  bool is_float_ = false;
  int64_t isum_ = 0;
  double fsum_ = 0;
  int64_t n_ = 0;
};

class StDev : public Aggregator {
 public:
  bool KeepsValues() const override { return true; }
  explicit StDev(bool population) : population_(population) {}
  void Add(const Value& v) override {
    if (v.is_null()) return;
    if (!v.is_number()) NotANumber("stDev", v);
    values_.push_back(v.as_number());
  }
  Value Result() const override {
    size_t n = values_.size();
    if (n == 0 || (!population_ && n == 1)) return Value::Float(0);
    double mean = 0;
    for (double x : values_) mean += x;
    mean /= static_cast<double>(n);
    double ss = 0;
    for (double x : values_) ss += (x - mean) * (x - mean);
    return Value::Float(std::sqrt(ss / static_cast<double>(population_ ? n : n - 1)));
  }

 private:
  bool population_;
  std::vector<double> values_;
};

class Percentile : public Aggregator {
 public:
  bool KeepsValues() const override { return true; }
  Percentile(bool continuous, double p) : continuous_(continuous), p_(p) {}
  void Add(const Value& v) override {
    if (v.is_null()) return;
    if (!v.is_number()) NotANumber("percentile", v);
    values_.push_back(v);
  }
  Value Result() const override {
    if (values_.empty()) return Value();
    std::vector<Value> sorted = values_;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Value& a, const Value& b) { return Order(a, b) < 0; });
    auto n = static_cast<double>(sorted.size());
    if (!continuous_) {
      double rank = std::ceil(p_ * n);
      size_t i = rank < 1 ? 0 : static_cast<size_t>(rank) - 1;
      return sorted[std::min(i, sorted.size() - 1)];
    }
    double pos = p_ * (n - 1);
    auto lo = static_cast<size_t>(std::floor(pos));
    auto hi = static_cast<size_t>(std::ceil(pos));
    double frac = pos - static_cast<double>(lo);
    double a = sorted[lo].as_number(), b = sorted[hi].as_number();
    return Value::Float(a + (b - a) * frac);
  }

 private:
  bool continuous_;
  double p_;
  std::vector<Value> values_;
};

// DISTINCT: passes each equivalence class of values once.
class Distinct : public Aggregator {
 public:
  bool KeepsValues() const override { return true; }
  explicit Distinct(std::unique_ptr<Aggregator> inner) : inner_(std::move(inner)) {}
  void Add(const Value& v) override {
    if (v.is_null()) return;
    if (seen_.insert(v).second) inner_->Add(v);
  }
  Value Result() const override { return inner_->Result(); }

 private:
  std::unique_ptr<Aggregator> inner_;
  std::unordered_set<Value, ValueHash, ValueEquivalent> seen_;
};

}  // namespace

bool IsAggregateCall(const Expr& e) {
  if (e.kind == ExprKind::kCountStar) return true;
  if (e.kind != ExprKind::kFunction) return false;
  return e.function != nullptr && e.function->aggregate;
}

bool IsPlainCount(const Expr& call) {
  if (call.kind == ExprKind::kCountStar) return true;
  if (call.kind != ExprKind::kFunction || call.distinct || call.children.size() != 1) return false;
  std::string name = call.name;
  std::transform(name.begin(), name.end(), name.begin(), ::tolower);
  return name == "count";
}

std::unique_ptr<Aggregator> MakeAggregator(const Expr& call, const Value& extra) {
  if (call.kind == ExprKind::kCountStar) return std::make_unique<Count>(true);
  std::string name = call.function->name;
  std::unique_ptr<Aggregator> a;
  if (name == "count")
    a = std::make_unique<Count>(false);
  else if (name == "collect")
    a = std::make_unique<Collect>();
  else if (name == "min")
    a = std::make_unique<MinMax>(false);
  else if (name == "max")
    a = std::make_unique<MinMax>(true);
  else if (name == "sum")
    a = std::make_unique<Sum>(false);
  else if (name == "avg")
    a = std::make_unique<Sum>(true);
  else if (name == "stDev")
    a = std::make_unique<StDev>(false);
  else if (name == "stDevP")
    a = std::make_unique<StDev>(true);
  else {
    if (!extra.is_number())
      throw RuntimeError("TypeError", "InvalidArgumentType", name + "() needs a numeric percentile",
                         call.offset, call.length);
    double p = extra.as_number();
    if (!(p >= 0 && p <= 1))
      throw RuntimeError("ArgumentError", "NumberOutOfRange",
                         name + "() percentile must be in [0, 1]", call.offset, call.length);
    a = std::make_unique<Percentile>(name == "percentileCont", p);
  }
  if (call.distinct) a = std::make_unique<Distinct>(std::move(a));
  return a;
}

void CollectAggregateCalls(const Expr& e, std::vector<const Expr*>& out) {
  if (IsAggregateCall(e)) {
    out.push_back(&e);
    return;
  }
  for (const auto& c : e.children)
    if (c) CollectAggregateCalls(*c, out);
  for (const auto& item : e.map_items)
    if (item.value) CollectAggregateCalls(*item.value, out);
}

}  // namespace kg::query
