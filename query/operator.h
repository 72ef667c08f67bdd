// The executor's building block: a pull-based (Volcano) operator. A plan is a
// tree of operators; the root's Next() pulls rows through it one at a time, so
// LIMIT stops the work early and only sorting, grouping, DISTINCT and CREATE
// hold rows.
//
// Rows are ValueLists aligned with the operator's columns(). Columns whose name
// starts with a space are hidden (anonymous pattern elements, sort keys): they
// are never visible to users and never clash with a variable.
//
// Contract: Open(ctx) must be called before Next(); calling Open again restarts
// the operator (an Apply re-opens its inner side for every outer row). Graph
// state (topology, indexes) is fetched per input row, never at Open, because an
// eager CREATE upstream may have changed the graph in between.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "query/exec_context.h"
#include "query/value.h"

namespace kg::query {

using Row = ValueList;

inline bool IsHiddenColumn(std::string_view name) { return !name.empty() && name[0] == ' '; }

class Operator {
 public:
  // `child` is taken by rvalue reference so that derived constructors may read
  // child->columns() in the same argument list that moves it here.
  Operator(std::vector<std::string> columns, std::unique_ptr<Operator>&& child)
      : columns_(std::move(columns)), child_(std::move(child)) {}
  virtual ~Operator() = default;
  Operator(const Operator&) = delete;
  Operator& operator=(const Operator&) = delete;

  virtual void Open(ExecContext& ctx) {
    ctx_ = &ctx;
    if (child_) child_->Open(ctx);
  }
  // Fills `out` with the next row; false at the end.
  virtual bool Next(Row& out) = 0;
  // One line for EXPLAIN: the operator's name and arguments.
  virtual std::string Describe() const = 0;
  virtual std::vector<const Operator*> Children() const {
    if (child_) return {child_.get()};
    return {};
  }

  const std::vector<std::string>& columns() const { return columns_; }
  // Position of a column, or -1.
  int ColumnIndex(std::string_view name) const;

 protected:
  ExecContext* ctx_ = nullptr;
  std::vector<std::string> columns_;
  std::unique_ptr<Operator> child_;
};

using OperatorPtr = std::unique_ptr<Operator>;

// The leaf of every plan: yields one given row (the empty row at the top of a
// query, the outer row under an Apply or in a pattern sub-plan).
class ArgumentOp : public Operator {
 public:
  explicit ArgumentOp(std::vector<std::string> columns) : Operator(std::move(columns), nullptr) {}
  void SetRow(const Row* row) { row_ = row; }
  void Open(ExecContext& ctx) override {
    ctx_ = &ctx;
    done_ = false;
  }
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  const Row* row_ = nullptr;
  bool done_ = false;
};

// A plan run once per outer row: pattern predicates and comprehensions.
struct SubPlan {
  OperatorPtr root;
  ArgumentOp* argument = nullptr;            // owned by root's tree
  const char* title = "pattern expression";  // what EXPLAIN heads it with
};

// The plan as an indented tree, one operator a line (EXPLAIN's output).
std::string DumpPlan(const Operator& root);

}  // namespace kg::query
