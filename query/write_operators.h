// The write operators. Each is eager: it reads every input row before it changes
// the graph, so no operator upstream is still reading the graph while it changes,
// and it rebuilds what the changes made stale (the name index) before it passes a
// row on. Their shared rules live in write_support.h.
#pragma once

#include <memory>
#include <vector>

#include "query/ast.h"
#include "query/operator.h"

namespace kg::query {

// Reads all input, calls Write() once, then yields the rows Write() left.
class WriteOp : public Operator {
 public:
  using Operator::Operator;
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;

 protected:
  virtual void Write(std::vector<Row>& rows) = 0;

 private:
  std::vector<Row> rows_;
  size_t pos_ = 0;
  bool done_ = false;
};

// CREATE pattern, once per row.
class CreateOp : public WriteOp {
 public:
  CreateOp(OperatorPtr child, const Pattern* pattern, std::vector<std::string> new_columns);
  std::string Describe() const override;

 private:
  void Write(std::vector<Row>& rows) override;
  const Pattern* pattern_;
};

// SET and REMOVE items, in order, row by row.
class SetOp : public WriteOp {
 public:
  SetOp(OperatorPtr child, const std::vector<SetItem>* items, bool remove);
  std::string Describe() const override;

 private:
  void Write(std::vector<Row>& rows) override;
  const std::vector<SetItem>* items_;
  bool remove_;
};

// [DETACH] DELETE: the nodes, relationships and paths the expressions give (lists
// are walked). A node deleted without DETACH must have lost its relationships by the
// end of the statement (checked in FinishWrites).
class DeleteOp : public WriteOp {
 public:
  DeleteOp(OperatorPtr child, const std::vector<ExprPtr>* exprs, bool detach);
  std::string Describe() const override;

 private:
  void Write(std::vector<Row>& rows) override;
  void DeleteValue(const Value& v, const Expr& at);
  void DeleteNode(graph::NodeIndex n, const Expr& at);
  void DeleteRelationship(graph::EdgeIndex e);
  const std::vector<ExprPtr>* exprs_;
  bool detach_;
  // taken once per Write: deleting relationships leaves the graph's own one stale,
  // and rebuilding it per node would make DETACH DELETE quadratic
  std::shared_ptr<const graph::CsrGraph> topology_;
};

// MERGE: per input row, the rows `match` finds for the pattern (ON MATCH SET applied
// to each), or, when it finds none, the pattern created (ON CREATE SET applied). Rows
// are taken one after the other, so a later row matches what an earlier one created.
class MergeOp : public WriteOp {
 public:
  MergeOp(OperatorPtr child, OperatorPtr match, ArgumentOp* argument, const Clause* clause);
  std::string Describe() const override;
  std::vector<const Operator*> Children() const override;

 private:
  void Write(std::vector<Row>& rows) override;
  OperatorPtr match_;
  ArgumentOp* argument_;
  const Clause* clause_;
};

}  // namespace kg::query
