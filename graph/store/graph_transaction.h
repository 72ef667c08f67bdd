// A statement's changes to a PropertyGraph, undone unless committed: the query
// engine runs each statement inside one, so a statement that fails half-way (a
// DELETE of a node that still has relationships, a type error in the third row of
// a SET) leaves the graph as it was.
//
// Additions (AddNode, AddEdge) need no log: they are dropped by truncating to the
// counts seen when the transaction began. Changes to existing records go through the
// methods below, which remember the old state.
#pragma once

#include <variant>
#include <vector>

#include "graph/store/property_graph.h"

namespace kg::graph {

class GraphTransaction {
 public:
  explicit GraphTransaction(PropertyGraph& graph);
  ~GraphTransaction();  // rolls back unless Commit() was called
  GraphTransaction(const GraphTransaction&) = delete;
  GraphTransaction& operator=(const GraphTransaction&) = delete;

  void Commit() { committed_ = true; }
  void Rollback();

  PropertyGraph& graph() { return graph_; }
  // Nodes and relationships at positions from these on were added by the transaction.
  size_t first_new_node() const { return nodes_before_; }
  size_t first_new_edge() const { return edges_before_; }

  // As PropertyGraph's, remembering what they replace. Setting null removes.
  void SetNodeProperty(NodeIndex i, SymbolId key, PropertyValue value);
  void SetEdgeProperty(EdgeIndex i, SymbolId key, PropertyValue value);
  void AddNodeLabel(NodeIndex i, SymbolId label);
  void RemoveNodeLabel(NodeIndex i, SymbolId label);
  void DeleteNode(NodeIndex i);
  void DeleteEdge(EdgeIndex i);
  void AddNodeEvidence(NodeIndex i, Evidence e);
  void AddEdgeEvidence(EdgeIndex i, Evidence e);

 private:
  struct PropertyChange {
    bool on_edge;
    uint32_t index;
    SymbolId key;
    PropertyValue old_value;  // null: there was none
  };
  struct LabelChange {
    NodeIndex node;
    SymbolId label;
    bool added;
  };
  struct Deletion {
    bool edge;
    uint32_t index;
  };
  struct EvidenceAdded {  // undone by dropping the record's last piece of evidence
    bool edge;
    uint32_t index;
  };
  using Change = std::variant<PropertyChange, LabelChange, Deletion, EvidenceAdded>;

  PropertyGraph& graph_;
  size_t nodes_before_;
  size_t edges_before_;
  std::vector<Change> log_;
  bool committed_ = false;
};

}  // namespace kg::graph
