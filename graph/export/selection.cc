#include "graph/export/selection.h"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <cassert>

namespace kg::exporter {
namespace {

template <typename T>
void SortUnique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

Selection Selection::All(const graph::PropertyGraph& graph) {
  Selection s;
  s.all_ = true;
  s.all_nodes_ = graph.node_count();
  s.all_edges_ = graph.edge_count();
  return s;
}

Selection Selection::Of(const graph::PropertyGraph& graph, std::vector<graph::NodeIndex> nodes,
                        std::vector<graph::EdgeIndex> edges) {
  Selection s;
  SortUnique(edges);
  for (graph::EdgeIndex e : edges) {
    assert(e < graph.edge_count());
    nodes.push_back(graph.edge(e).source);
    nodes.push_back(graph.edge(e).target);
  }
  SortUnique(nodes);
  assert(nodes.empty() || nodes.back() < graph.node_count());
  s.nodes_ = std::move(nodes);
  s.edges_ = std::move(edges);
  return s;
}

Selection Selection::Induced(const graph::PropertyGraph& graph,
                             std::vector<graph::NodeIndex> nodes) {
  SortUnique(nodes);
  std::vector<bool> in(graph.node_count(), false);
  for (graph::NodeIndex n : nodes) {
    assert(n < graph.node_count());
    in[n] = true;
  }
  std::vector<graph::EdgeIndex> edges;
  const auto& topology = graph.Topology();
  for (graph::NodeIndex n : nodes) {
    for (auto e : boost::make_iterator_range(boost::out_edges(n, topology))) {
      if (in[boost::target(e, topology)]) edges.push_back(topology[e]);
    }
  }
  return Of(graph, std::move(nodes), std::move(edges));
}

}  // namespace kg::exporter
