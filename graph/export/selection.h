// The part of a graph an export writes: every node and relationship, or a
// subgraph (a query's matched nodes and relationships). Writers visit nodes and
// relationships in ascending index order, so an export is deterministic.
//
// A Selection holds indexes, never copies of records: it is valid while the graph
// it was made from is not mutated. Thread-compatible (const use is thread-safe).
#pragma once

#include <cstddef>
#include <vector>

#include "graph/store/property_graph.h"

namespace kg::exporter {

class Selection {
 public:
  // Every node and relationship of `graph` (no index arrays are allocated).
  static Selection All(const graph::PropertyGraph& graph);

  // The given nodes and relationships (any order, duplicates allowed), plus the
  // endpoints of every given relationship, so no relationship dangles.
  // REQUIRES: every index is in range for `graph`.
  static Selection Of(const graph::PropertyGraph& graph, std::vector<graph::NodeIndex> nodes,
                      std::vector<graph::EdgeIndex> edges);

  // The given nodes and every relationship whose two endpoints are among them.
  static Selection Induced(const graph::PropertyGraph& graph, std::vector<graph::NodeIndex> nodes);

  bool is_all() const { return all_; }
  size_t node_count() const { return all_ ? all_nodes_ : nodes_.size(); }
  size_t edge_count() const { return all_ ? all_edges_ : edges_.size(); }
  // The i-th selected node / relationship, in ascending index order.
  graph::NodeIndex node(size_t i) const {
    return all_ ? static_cast<graph::NodeIndex>(i) : nodes_[i];
  }
  graph::EdgeIndex edge(size_t i) const {
    return all_ ? static_cast<graph::EdgeIndex>(i) : edges_[i];
  }

 private:
  Selection() = default;
  bool all_ = false;
  size_t all_nodes_ = 0;
  size_t all_edges_ = 0;
  std::vector<graph::NodeIndex> nodes_;  // sorted, unique
  std::vector<graph::EdgeIndex> edges_;  // sorted, unique
};

}  // namespace kg::exporter
