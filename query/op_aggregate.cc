// Aggregate: grouping and aggregation for WITH / RETURN. Materialises one
// group per distinct key tuple (Cypher equivalence: null groups with null).
//
// Groups are found through an open-addressing table of group numbers (a
// node-based hash map cost a cache miss per node walked and an allocation per
// group). When every aggregate is a plain count(…), the counts of all groups
// live in one array instead of an Aggregator object per group and call.
#include <algorithm>

#include "query/aggregates.h"
#include "query/ast_printer.h"
#include "query/evaluator.h"
#include "query/operators.h"
#include "query/value_compare.h"

namespace kg::query {
namespace {

std::vector<std::string> Names(const std::vector<ProjectItem>& items,
                               const std::vector<ProjectItem>& extras) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.name);
  for (const auto& i : extras) out.push_back(i.name);
  return out;
}

// RowHash's bits, spread so that neighbouring values (node numbers) do not
// cluster in the low bits the table indexes by (murmur3's finaliser).
size_t Spread(size_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

// Groups in flat arrays: group g's key is keys[g * key_width …], its representative
// input row rows[g * row_width …] (two allocations per group, and their page faults,
// were most of the time on a million groups).
struct Groups {
  size_t key_width, row_width;
  std::vector<size_t> hashes;
  std::vector<Value> keys, rows;
  size_t size() const { return hashes.size(); }
  bool KeyEquals(size_t g, const Row& key) const {
    for (size_t i = 0; i < key_width; ++i)
      if (!Equivalent(keys[g * key_width + i], key[i])) return false;
    return true;
  }
};

// Group numbers by key hash; linear probing, at most half full.
class GroupTable {
 public:
  GroupTable() : slots_(16, kEmpty) {}
  // The group whose key is equivalent to `key`, or the slot where a new one goes.
  std::pair<uint32_t, size_t> Find(const Groups& groups, size_t hash, const Row& key) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      uint32_t g = slots_[i];
      if (g == kEmpty) return {kEmpty, i};
      if (groups.hashes[g] == hash && groups.KeyEquals(g, key)) return {g, i};
    }
  }
  void Insert(const Groups& groups, size_t slot, uint32_t group) {
    slots_[slot] = group;
    if (groups.size() * 2 <= slots_.size()) return;
    std::vector<uint32_t> grown(slots_.size() * 2, kEmpty);
    const size_t mask = grown.size() - 1;
    for (uint32_t g = 0; g < groups.size(); ++g) {
      size_t i = groups.hashes[g] & mask;
      while (grown[i] != kEmpty) i = (i + 1) & mask;
      grown[i] = g;
    }
    slots_ = std::move(grown);
  }
  static constexpr uint32_t kEmpty = UINT32_MAX;

 private:
  std::vector<uint32_t> slots_;
};

}  // namespace

AggregateOp::AggregateOp(OperatorPtr child, std::vector<ProjectItem> keys,
                         std::vector<ProjectItem> outputs, std::vector<ProjectItem> extras,
                         int weight_column, bool keep_rows)
    : Operator(Names(outputs, extras), std::move(child)),
      keys_(std::move(keys)),
      outputs_(std::move(outputs)),
      extras_(std::move(extras)),
      weight_column_(weight_column),
      keep_rows_(keep_rows) {
  for (const auto& o : outputs_) CollectAggregateCalls(*o.expr, calls_);
  for (const auto& o : extras_) CollectAggregateCalls(*o.expr, calls_);
}

struct AggregateOp::State {
  bool counting = false;  // every call is a plain count: counts, not aggregators
  Groups groups;
  std::vector<int64_t> counts;                           // group g's call i at g * calls + i
  std::vector<std::unique_ptr<Aggregator>> aggregators;  // at the same place
  std::vector<int> key_of_output;                        // the key an output is, or -1
  std::vector<Value> values;  // one group's aggregate values, while it is output
  Row representative;
};

AggregateOp::~AggregateOp() = default;

void AggregateOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  state_.reset();
  pos_ = 0;
}

void AggregateOp::Run() {
  state_ = std::make_unique<State>();
  State& s = *state_;
  s.counting =
      std::all_of(calls_.begin(), calls_.end(), [](const Expr* c) { return IsPlainCount(*c); });
  const size_t width = calls_.size();
  const size_t row_width = child_->columns().size();
  GroupTable table;
  Groups& groups = s.groups;
  groups.key_width = keys_.size();
  groups.row_width = row_width;
  auto new_group = [&](size_t hash, Row& key, const Row& rep, Env& env) {
    groups.hashes.push_back(hash);
    for (auto& v : key) groups.keys.push_back(std::move(v));
    if (keep_rows_) groups.rows.insert(groups.rows.end(), rep.begin(), rep.end());
    if (s.counting) {
      s.counts.resize(s.counts.size() + width, 0);
    } else {
      for (const Expr* call : calls_) {
        Value extra;
        if (call->kind == ExprKind::kFunction && call->children.size() > 1)
          extra = Evaluate(*call->children[1], env, *ctx_);
        s.aggregators.push_back(MakeAggregator(*call, extra));
      }
    }
    ctx_->budget->CheckRows(groups.size());
  };
  Row input, key;
  while (child_->Next(input)) {
    Env env(&child_->columns(), &input);
    key.clear();
    for (const auto& k : keys_) key.push_back(Evaluate(*k.expr, env, *ctx_));
    const size_t hash = Spread(RowHash()(key));
    auto [found, slot] = table.Find(groups, hash, key);
    if (found == GroupTable::kEmpty) {
      found = static_cast<uint32_t>(groups.size());
      new_group(hash, key, input, env);
      table.Insert(groups, slot, found);
    }
    ctx_->budget->Tick();
    const size_t at = found * width;
    if (weight_column_ >= 0) {  // the planner checked: only counts of non-null values
      const int64_t times = input[weight_column_].as_int();
      for (size_t i = 0; i < width; ++i) s.counts[at + i] += times;
      continue;
    }
    for (size_t i = 0; i < width; ++i) {
      const Expr* call = calls_[i];
      if (call->kind == ExprKind::kCountStar) {
        if (s.counting)
          ++s.counts[at + i];
        else
          s.aggregators[at + i]->Add(Value::Bool(true));
        continue;
      }
      Value v = Evaluate(*call->children[0], env, *ctx_);
      if (s.counting) {
        s.counts[at + i] += v.is_null() ? 0 : 1;
        continue;
      }
      Aggregator& a = *s.aggregators[at + i];
      if (a.KeepsValues()) ctx_->budget->Keep(ApproxBytes(v));  // collect(), DISTINCT
      a.Add(v);
    }
  }
  if (groups.size() == 0 && keys_.empty()) {
    Row empty(row_width);
    Env env(&child_->columns(), &empty);
    new_group(0, key, empty, env);
  }
  // an output that is a key is the group's key value, evaluated once already
  s.key_of_output.assign(outputs_.size(), -1);
  for (size_t o = 0; o < outputs_.size(); ++o)
    for (size_t k = 0; k < keys_.size(); ++k)
      if (outputs_[o].expr == keys_[k].expr) s.key_of_output[o] = static_cast<int>(k);
  s.values.resize(width);
  s.representative.assign(row_width, Value());  // stays all null when rows are not kept
}

bool AggregateOp::Next(Row& out) {
  if (!state_) Run();
  State& s = *state_;
  if (pos_ >= s.groups.size()) return false;
  const size_t g = pos_++;
  const size_t width = calls_.size(), row_width = s.groups.row_width;
  for (size_t i = 0; i < width; ++i)
    s.values[i] =
        s.counting ? Value::Int(s.counts[g * width + i]) : s.aggregators[g * width + i]->Result();
  if (keep_rows_) {
    auto first = s.groups.rows.begin() + static_cast<std::ptrdiff_t>(g * row_width);
    s.representative.assign(
        std::make_move_iterator(first),
        std::make_move_iterator(first + static_cast<std::ptrdiff_t>(row_width)));
  }
  const AggregateValues aggregates{&calls_, s.values.data()};
  Env env(&child_->columns(), &s.representative);
  env.aggregates = &aggregates;
  out.clear();
  for (size_t o = 0; o < outputs_.size(); ++o) {
    const int k = s.key_of_output[o];
    out.push_back(k >= 0 ? std::move(s.groups.keys[g * keys_.size() + static_cast<size_t>(k)])
                         : Evaluate(*outputs_[o].expr, env, *ctx_));
  }
  for (size_t i = 0; i < outputs_.size() && !extras_.empty(); ++i)
    env.Push(outputs_[i].name, out[i]);
  for (const auto& o : extras_) out.push_back(Evaluate(*o.expr, env, *ctx_));
  return true;
}

std::string AggregateOp::Describe() const {
  std::string out = "Aggregate keys [";
  for (size_t i = 0; i < keys_.size(); ++i) out += (i ? ", " : "") + PrintExpr(*keys_[i].expr);
  out += "] aggregates [";
  for (size_t i = 0; i < calls_.size(); ++i) out += (i ? ", " : "") + PrintExpr(*calls_[i]);
  out += "]";
  if (weight_column_ >= 0) out += " weighted by " + child_->columns()[weight_column_];
  return out;
}

}  // namespace kg::query
