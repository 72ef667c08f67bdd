// Deleting, undoing and compacting: the parts of PropertyGraph that take records away
// (see "removal" in property_graph.h). Everything else only ever appends.
#include <algorithm>

#include "graph/store/property_graph.h"

namespace kg::graph {
namespace {

void Mark(std::vector<bool>& flags, size_t size, size_t i, bool value, size_t& count) {
  if (flags.size() < size) flags.resize(size, false);
  if (flags[i] == value) return;
  flags[i] = value;
  if (value) {
    ++count;
  } else {
    --count;
  }
}

}  // namespace

void PropertyGraph::DeleteNode(NodeIndex i) {
  Mark(node_deleted_, nodes_.size(), i, true, deleted_nodes_);
}

void PropertyGraph::UndeleteNode(NodeIndex i) {
  Mark(node_deleted_, nodes_.size(), i, false, deleted_nodes_);
}

void PropertyGraph::DeleteEdge(EdgeIndex i) {
  Mark(edge_deleted_, edges_.size(), i, true, deleted_edges_);
  Invalidate();
}

void PropertyGraph::UndeleteEdge(EdgeIndex i) {
  Mark(edge_deleted_, edges_.size(), i, false, deleted_edges_);
  Invalidate();
}

void PropertyGraph::DropLastEvidence(bool edge, uint32_t i) {
  auto& evidence = edge ? edges_[i].evidence : nodes_[i].evidence;
  if (!evidence.empty()) evidence.pop_back();
}

void PropertyGraph::Compact() {
  if (!has_tombstones()) return;
  std::vector<NodeIndex> new_position(nodes_.size());
  size_t kept = 0;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    new_position[i] = static_cast<NodeIndex>(kept);
    if (node_deleted(static_cast<NodeIndex>(i))) continue;
    if (kept != i) nodes_[kept] = std::move(nodes_[i]);
    ++kept;
  }
  nodes_.resize(kept);
  kept = 0;
  for (size_t i = 0; i < edges_.size(); ++i) {
    if (edge_deleted(static_cast<EdgeIndex>(i))) continue;
    EdgeRecord& e = edges_[i];
    e.source = new_position[e.source];
    e.target = new_position[e.target];
    if (kept != i) edges_[kept] = std::move(e);
    ++kept;
  }
  edges_.resize(kept);
  node_deleted_.clear();
  edge_deleted_.clear();
  deleted_nodes_ = deleted_edges_ = 0;
  merge_ = std::make_unique<MergeIndexes>();  // positions changed: rebuilt on first use
  Invalidate();
}

void PropertyGraph::Truncate(size_t nodes, size_t edges) {
  if (nodes >= nodes_.size() && edges >= edges_.size()) return;
  if (edges < edges_.size()) {
    next_edge_id_ = edges_[edges].id;
    for (size_t i = edges; i < edges_.size(); ++i) UndeleteEdge(static_cast<EdgeIndex>(i));
    edges_.resize(edges);
  }
  if (nodes < nodes_.size()) {
    next_node_id_ = nodes_[nodes].id;
    for (size_t i = nodes; i < nodes_.size(); ++i) UndeleteNode(static_cast<NodeIndex>(i));
    nodes_.resize(nodes);
  }
  if (node_deleted_.size() > nodes_.size()) node_deleted_.resize(nodes_.size());
  if (edge_deleted_.size() > edges_.size()) edge_deleted_.resize(edges_.size());
  merge_ = std::make_unique<MergeIndexes>();  // it may name dropped positions
  Invalidate();
}

}  // namespace kg::graph
