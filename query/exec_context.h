// What the executor's parts share while one statement runs: the graph, the
// parameters, the budget, the indexes, and what the statement's writes did.
// Also Env, the variables visible to an expression: the current row's columns
// plus the locals of comprehensions, quantifiers and reduce.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph/store/graph_transaction.h"
#include "graph/store/property_graph.h"
#include "query/limits.h"
#include "query/name_index.h"
#include "query/value.h"

namespace re2 {
class RE2;
}

namespace kg::query {

struct Expr;
struct SubPlan;
using Params = std::map<std::string, Value>;

// What a statement changed, as the openCypher TCK counts side effects: the
// difference between the graph before and after. A label counts as added when no
// node carried it before and one does after (and the reverse for removed); a
// property overwritten with another value counts as one removed and one set.
struct WriteStats {
  int64_t nodes_created = 0;
  int64_t nodes_deleted = 0;
  int64_t relationships_created = 0;
  int64_t relationships_deleted = 0;
  int64_t labels_added = 0;
  int64_t labels_removed = 0;
  int64_t properties_set = 0;
  int64_t properties_removed = 0;
  bool empty() const {
    return nodes_created == 0 && nodes_deleted == 0 && relationships_created == 0 &&
           relationships_deleted == 0 && labels_added == 0 && labels_removed == 0 &&
           properties_set == 0 && properties_removed == 0;
  }
};

struct ExecContext {
  graph::PropertyGraph* graph = nullptr;
  const Params* params = nullptr;
  Budget* budget = nullptr;
  NameIndex* index = nullptr;
  WriteStats stats;
  // The statement's changes, undone if it fails (graph/store/graph_transaction.h).
  graph::GraphTransaction* tx = nullptr;
  // Carried by what the statement creates, and added to what it changes.
  graph::Evidence write_evidence;
  // Labels a write added or removed somewhere, each with whether a live node carried
  // it before the statement (write_support.h: NoteLabelChange).
  std::map<graph::SymbolId, bool> labels_before;
  // The value each property a write touched had before the statement (null: none), by
  // (on a relationship, position, key): the counters are a difference of states.
  std::map<std::tuple<bool, uint32_t, graph::SymbolId>, graph::PropertyValue> properties_before;
  // Nodes deleted by the statement: checked for relationships left when it ends.
  std::vector<std::pair<graph::NodeIndex, const Expr*>> deleted_nodes;  // and what named it
  // A write changed labels, deleted nodes or set a `name`/`title`/`number`: the write
  // operator rebuilds the name index before it passes rows on.
  bool index_stale = false;
  // compiled =~ patterns by text
  std::unordered_map<std::string, std::shared_ptr<re2::RE2>> regexes;
  // the sub-plans of pattern predicates and comprehensions, owned by the plan
  std::unordered_map<const Expr*, SubPlan*> subplans;
  // the statement's clock for date() / datetime() / … without arguments, read once
  int64_t now_nanos = 0;
};

// The value of each aggregate call of one group: values[i] belongs to (*calls)[i]. A
// projection has a handful of calls, so a linear search beats a hash map per group.
struct AggregateValues {
  const std::vector<const Expr*>* calls = nullptr;
  const Value* values = nullptr;
  const Value* Find(const Expr* call) const {
    for (size_t i = 0; i < calls->size(); ++i)
      if ((*calls)[i] == call) return &values[i];
    return nullptr;
  }
};

class Env {
 public:
  Env(const std::vector<std::string>* columns, const ValueList* row)
      : columns_(columns), row_(row) {}

  const Value* Lookup(std::string_view name) const {
    for (auto it = locals_.rbegin(); it != locals_.rend(); ++it)
      if (it->first == name) return &it->second;
    if (columns_ != nullptr)
      for (size_t i = 0; i < columns_->size(); ++i)
        if ((*columns_)[i] == name) return &(*row_)[i];
    return nullptr;
  }
  void Push(std::string name, Value v) { locals_.emplace_back(std::move(name), std::move(v)); }
  void SetTop(Value v) { locals_.back().second = std::move(v); }
  void Pop() { locals_.pop_back(); }
  size_t local_count() const { return locals_.size(); }
  Value& LocalAt(size_t i) { return locals_[i].second; }
  void PopTo(size_t count) { locals_.resize(count); }
  void SetRow(const ValueList* row) { row_ = row; }

  // Values of the aggregate calls of a projection, once grouped.
  const AggregateValues* aggregates = nullptr;

 private:
  const std::vector<std::string>* columns_;
  const ValueList* row_;
  std::vector<std::pair<std::string, Value>> locals_;
};

// Pops the locals pushed onto `env` while it lives, also when an error unwinds
// the evaluation (the guard in place of a catch-all and a rethrow).
class LocalsScope {
 public:
  explicit LocalsScope(Env& env) : env_(env), mark_(env.local_count()) {}
  ~LocalsScope() { env_.PopTo(mark_); }
  LocalsScope(const LocalsScope&) = delete;
  LocalsScope& operator=(const LocalsScope&) = delete;
  size_t mark() const { return mark_; }  // the index of the first local pushed in the scope

 private:
  Env& env_;
  size_t mark_;
};

}  // namespace kg::query
