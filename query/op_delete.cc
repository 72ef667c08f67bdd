// [DETACH] DELETE: tombstones through the statement's transaction (see "removal" in
// graph/store/property_graph.h), counted as the TCK counts side effects.
#include "query/evaluator.h"
#include "query/pattern_checks.h"
#include "query/query_error.h"
#include "query/write_operators.h"
#include "query/write_support.h"

namespace kg::query {

DeleteOp::DeleteOp(OperatorPtr child, const std::vector<ExprPtr>* exprs, bool detach)
    : WriteOp(child->columns(), std::move(child)), exprs_(exprs), detach_(detach) {}

void DeleteOp::Write(std::vector<Row>& rows) {
  if (detach_) topology_ = ctx_->graph->TopologySnapshot();
  for (Row& row : rows) {
    Env env(&columns_, &row);
    for (const ExprPtr& e : *exprs_) DeleteValue(Evaluate(*e, env, *ctx_), *e);
    ctx_->budget->Tick();
  }
  topology_.reset();
}

void DeleteOp::DeleteValue(const Value& v, const Expr& at) {
  switch (v.type()) {
    case ValueType::kNull: return;
    case ValueType::kNode: DeleteNode(v.as_node(), at); return;
    case ValueType::kRelationship: DeleteRelationship(v.as_relationship()); return;
    case ValueType::kPath:
      for (graph::EdgeIndex e : v.as_path().rels) DeleteRelationship(e);
      for (graph::NodeIndex n : v.as_path().nodes) DeleteNode(n, at);
      return;
    case ValueType::kList:
      for (const Value& item : v.as_list()) DeleteValue(item, at);
      return;
    default:
      throw RuntimeError(
          "TypeError", "InvalidArgumentType",
          std::string("DELETE takes nodes, relationships or paths, not a ") + TypeName(v.type()),
          at.offset, at.length);
  }
}

void DeleteOp::DeleteRelationship(graph::EdgeIndex e) {
  graph::PropertyGraph& g = *ctx_->graph;
  if (g.edge_deleted(e)) return;
  CountDeletion(*ctx_, WriteTarget{false, e});
  ctx_->tx->DeleteEdge(e);
}

void DeleteOp::DeleteNode(graph::NodeIndex n, const Expr& at) {
  graph::PropertyGraph& g = *ctx_->graph;
  if (g.node_deleted(n)) return;
  if (detach_) {
    ForEachIncident(*topology_, n, Direction::kBoth, [&](graph::EdgeIndex e, graph::NodeIndex) {
      DeleteRelationship(e);
      return true;
    });
  }
  for (graph::SymbolId label : g.node(n).labels) NoteLabelChange(*ctx_, label);
  CountDeletion(*ctx_, WriteTarget{true, n});
  ctx_->tx->DeleteNode(n);
  ctx_->deleted_nodes.emplace_back(n, &at);
  ctx_->index_stale = true;
}

std::string DeleteOp::Describe() const { return detach_ ? "DetachDelete" : "Delete"; }

}  // namespace kg::query
