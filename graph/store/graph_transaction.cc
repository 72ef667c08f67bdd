#include "graph/store/graph_transaction.h"

namespace kg::graph {
namespace {

PropertyValue OldValue(const PropertyValue* value) { return value ? *value : PropertyValue(); }

}  // namespace

GraphTransaction::GraphTransaction(PropertyGraph& graph)
    : graph_(graph), nodes_before_(graph.node_count()), edges_before_(graph.edge_count()) {}

GraphTransaction::~GraphTransaction() {
  if (!committed_) Rollback();
}

void GraphTransaction::Rollback() {
  for (auto it = log_.rbegin(); it != log_.rend(); ++it) {
    if (auto* p = std::get_if<PropertyChange>(&*it)) {
      if (p->on_edge) {
        graph_.SetEdgeProperty(p->index, p->key, std::move(p->old_value));
      } else {
        graph_.SetNodeProperty(p->index, p->key, std::move(p->old_value));
      }
    } else if (auto* l = std::get_if<LabelChange>(&*it)) {
      if (l->added) {
        graph_.RemoveNodeLabel(l->node, l->label);
      } else {
        graph_.AddNodeLabel(l->node, l->label);
      }
    } else if (auto* ev = std::get_if<EvidenceAdded>(&*it)) {
      graph_.DropLastEvidence(ev->edge, ev->index);
    } else if (auto* d = std::get_if<Deletion>(&*it)) {
      if (d->edge) {
        graph_.UndeleteEdge(d->index);
      } else {
        graph_.UndeleteNode(d->index);
      }
    }
  }
  log_.clear();
  graph_.Truncate(nodes_before_, edges_before_);
  committed_ = true;  // nothing left to undo
}

void GraphTransaction::SetNodeProperty(NodeIndex i, SymbolId key, PropertyValue value) {
  if (i < nodes_before_)
    log_.push_back(PropertyChange{false, i, key, OldValue(graph_.NodeProperty(i, key))});
  graph_.SetNodeProperty(i, key, std::move(value));
}

void GraphTransaction::SetEdgeProperty(EdgeIndex i, SymbolId key, PropertyValue value) {
  if (i < edges_before_)
    log_.push_back(PropertyChange{true, i, key, OldValue(graph_.EdgeProperty(i, key))});
  graph_.SetEdgeProperty(i, key, std::move(value));
}

void GraphTransaction::AddNodeLabel(NodeIndex i, SymbolId label) {
  if (graph_.HasLabel(i, label)) return;
  graph_.AddNodeLabel(i, label);
  if (i < nodes_before_) log_.push_back(LabelChange{i, label, true});
}

void GraphTransaction::RemoveNodeLabel(NodeIndex i, SymbolId label) {
  if (graph_.RemoveNodeLabel(i, label) && i < nodes_before_)
    log_.push_back(LabelChange{i, label, false});
}

void GraphTransaction::DeleteNode(NodeIndex i) {
  if (graph_.node_deleted(i)) return;
  graph_.DeleteNode(i);
  log_.push_back(Deletion{false, i});
}

void GraphTransaction::DeleteEdge(EdgeIndex i) {
  if (graph_.edge_deleted(i)) return;
  graph_.DeleteEdge(i);
  log_.push_back(Deletion{true, i});
}

void GraphTransaction::AddNodeEvidence(NodeIndex i, Evidence e) {
  const size_t before = graph_.node(i).evidence.size();
  graph_.AddNodeEvidence(i, e);
  if (i < nodes_before_ && graph_.node(i).evidence.size() > before)
    log_.push_back(EvidenceAdded{false, i});
}

void GraphTransaction::AddEdgeEvidence(EdgeIndex i, Evidence e) {
  const size_t before = graph_.edge(i).evidence.size();
  graph_.AddEdgeEvidence(i, e);
  if (i < edges_before_ && graph_.edge(i).evidence.size() > before)
    log_.push_back(EvidenceAdded{true, i});
}

}  // namespace kg::graph
