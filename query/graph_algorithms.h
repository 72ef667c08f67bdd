// Whole-graph algorithms behind the kg.* procedures, run on the graph's Boost
// CSR topology (PropertyGraph::Topology) restricted to a Subgraph: some
// relationship types, some node labels. Each returns one value per node
// position; nodes outside the subgraph get no value (NaN or -1, see below).
//
// Definitions follow igraph's, so results can be checked against it
// (tests/query/check_algorithms.py): degree counts a self-loop twice in BOTH;
// PageRank is igraph's PRPACK definition (dangling nodes spread their score
// evenly, scores sum to 1); components are weak and numbered by their first
// node; betweenness counts each parallel relationship as its own path and, on
// an undirected view, each pair once.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "graph/store/property_graph.h"
#include "query/limits.h"

namespace kg::query {

enum class EdgeDirection { kOut, kIn, kBoth };

// The part of the graph an algorithm sees.
class Subgraph {
 public:
  // nullopt: every type / every node; an empty list: none.
  Subgraph(const graph::PropertyGraph& graph, std::optional<std::vector<graph::SymbolId>> types,
           std::optional<std::vector<graph::SymbolId>> labels);

  const graph::PropertyGraph& graph() const { return graph_; }
  const graph::CsrGraph& topology() const { return topology_; }
  bool HasNode(graph::NodeIndex v) const { return node_ok_.empty() || node_ok_[v]; }
  // Its type is selected and both ends are in the subgraph.
  bool HasEdge(graph::EdgeIndex e) const { return edge_ok_.empty() || edge_ok_[e]; }
  size_t node_count() const { return node_total_; }

  // Calls f(edge, neighbour) for each relationship of `v` in the subgraph, in `direction`
  // (BOTH visits out-edges then in-edges, so a self-loop is seen twice).
  template <class F>
  void ForEachNeighbour(graph::NodeIndex v, EdgeDirection direction, F&& f) const {
    if (direction != EdgeDirection::kIn) {
      auto [it, end] = boost::out_edges(v, topology_);
      for (; it != end; ++it) {
        graph::EdgeIndex e = topology_[*it];
        if (HasEdge(e)) f(e, static_cast<graph::NodeIndex>(boost::target(*it, topology_)));
      }
    }
    if (direction != EdgeDirection::kOut) {
      auto [it, end] = boost::in_edges(v, topology_);
      for (; it != end; ++it) {
        graph::EdgeIndex e = topology_[*it];
        if (HasEdge(e)) f(e, static_cast<graph::NodeIndex>(boost::source(*it, topology_)));
      }
    }
  }

 private:
  const graph::PropertyGraph& graph_;
  const graph::CsrGraph& topology_;
  std::vector<char> node_ok_;  // empty: all
  std::vector<char> edge_ok_;  // empty: all
  size_t node_total_ = 0;
};

// Relationships at each node in `direction`; -1 outside the subgraph.
std::vector<int64_t> Degrees(const Subgraph& g, EdgeDirection direction, Budget& budget);

struct PageRankOptions {
  double damping = 0.85;
  int64_t max_iterations = 100;
  double tolerance = 1e-9;  // stop when the scores move less than this in total (L1)
  bool directed = true;
};
// NaN outside the subgraph.
std::vector<double> PageRank(const Subgraph& g, const PageRankOptions& options, Budget& budget);

// Weakly connected components: the component's number for each node, numbered
// 0, 1, … in the order of each component's first node; -1 outside the subgraph.
std::vector<int64_t> WeakComponents(const Subgraph& g, Budget& budget);

struct BetweennessOptions {
  bool directed = true;
  int64_t samples = -1;  // source nodes to start from; -1 or >= nodes: all (exact)
  uint64_t seed = 42;    // which sources a sample takes
};
// Brandes' algorithm on unweighted shortest paths; with a sample of k of n
// sources the sums are scaled by n/k (an estimate). NaN outside the subgraph.
std::vector<double> Betweenness(const Subgraph& g, const BetweennessOptions& options,
                                Budget& budget);

struct Reached {
  graph::NodeIndex node = 0;
  int64_t depth = 0;
};
// Every node reachable from `start` within `max_depth` hops (-1: no limit), in
// breadth-first order, `start` first at depth 0; empty when `start` is outside.
std::vector<Reached> BreadthFirst(const Subgraph& g, graph::NodeIndex start,
                                  EdgeDirection direction, int64_t max_depth, Budget& budget);

}  // namespace kg::query
