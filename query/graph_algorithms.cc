#include "query/graph_algorithms.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace kg::query {

using graph::EdgeIndex;
using graph::NodeIndex;

Subgraph::Subgraph(const graph::PropertyGraph& graph,
                   std::optional<std::vector<graph::SymbolId>> types,
                   std::optional<std::vector<graph::SymbolId>> labels)
    : graph_(graph), topology_(graph.Topology()), node_total_(graph.node_count()) {
  if (labels) {
    node_ok_.assign(graph.node_count(), 0);
    node_total_ = 0;
    for (NodeIndex v = 0; v < graph.node_count(); ++v)
      for (graph::SymbolId l : *labels)
        if (graph.HasLabel(v, l)) {
          node_ok_[v] = 1;
          ++node_total_;
          break;
        }
  }
  if (types || labels) {
    edge_ok_.assign(graph.edge_count(), 0);
    for (EdgeIndex e = 0; e < graph.edge_count(); ++e) {
      const graph::EdgeRecord& r = graph.edge(e);
      bool type_ok = !types || std::find(types->begin(), types->end(), r.type) != types->end();
      edge_ok_[e] = type_ok && HasNode(r.source) && HasNode(r.target);
    }
  }
}

std::vector<int64_t> Degrees(const Subgraph& g, EdgeDirection direction, Budget& budget) {
  const size_t n = g.graph().node_count();
  std::vector<int64_t> degree(n, -1);
  for (NodeIndex v = 0; v < n; ++v) {
    budget.Tick();
    if (!g.HasNode(v)) continue;
    int64_t d = 0;
    g.ForEachNeighbour(v, direction, [&](EdgeIndex, NodeIndex) { ++d; });
    degree[v] = d;
  }
  return degree;
}

std::vector<double> PageRank(const Subgraph& g, const PageRankOptions& options, Budget& budget) {
  const size_t n = g.graph().node_count();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> rank(n, nan);
  const double count = static_cast<double>(g.node_count());
  if (count == 0) return rank;
  const EdgeDirection out = options.directed ? EdgeDirection::kOut : EdgeDirection::kBoth;
  const EdgeDirection in = options.directed ? EdgeDirection::kIn : EdgeDirection::kBoth;
  std::vector<double> out_degree(n, 0);
  for (NodeIndex v = 0; v < n; ++v)
    if (g.HasNode(v)) {
      g.ForEachNeighbour(v, out, [&](EdgeIndex, NodeIndex) { out_degree[v] += 1; });
      rank[v] = 1.0 / count;
    }
  std::vector<double> share(n, 0), next(n, nan);
  for (int64_t iteration = 0; iteration < options.max_iterations; ++iteration) {
    // what each node sends along each relationship; dangling nodes send to everyone
    double dangling = 0;
    for (NodeIndex v = 0; v < n; ++v) {
      if (!g.HasNode(v)) continue;
      if (out_degree[v] == 0) {
        dangling += rank[v];
        share[v] = 0;
      } else {
        share[v] = rank[v] / out_degree[v];
      }
    }
    const double base = (1 - options.damping) / count + options.damping * dangling / count;
    double change = 0;
    for (NodeIndex v = 0; v < n; ++v) {
      budget.Tick();
      if (!g.HasNode(v)) continue;
      double sum = 0;
      g.ForEachNeighbour(v, in, [&](EdgeIndex, NodeIndex u) { sum += share[u]; });
      next[v] = base + options.damping * sum;
      change += std::fabs(next[v] - rank[v]);
    }
    rank.swap(next);
    if (change < options.tolerance) break;
  }
  return rank;
}

std::vector<int64_t> WeakComponents(const Subgraph& g, Budget& budget) {
  const size_t n = g.graph().node_count();
  // union-find with path halving (Boost's disjoint_sets cannot see get() on plain arrays
  // once the CSR graph's boost::detail::get overloads are in scope)
  std::vector<NodeIndex> parent(n);
  for (NodeIndex v = 0; v < n; ++v) parent[v] = v;
  auto find = [&](NodeIndex v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (NodeIndex v = 0; v < n; ++v) {
    budget.Tick();
    if (!g.HasNode(v)) continue;
    g.ForEachNeighbour(v, EdgeDirection::kOut, [&](EdgeIndex, NodeIndex w) {
      NodeIndex a = find(v), b = find(w);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the smaller index is the root
    });
  }
  // number the components in the order of their first node, as igraph does
  std::vector<int64_t> number_of_root(n, -1), component(n, -1);
  int64_t next = 0;
  for (NodeIndex v = 0; v < n; ++v) {
    if (!g.HasNode(v)) continue;
    NodeIndex root = find(v);
    if (number_of_root[root] < 0) number_of_root[root] = next++;
    component[v] = number_of_root[root];
  }
  return component;
}

std::vector<double> Betweenness(const Subgraph& g, const BetweennessOptions& options,
                                Budget& budget) {
  const size_t n = g.graph().node_count();
  std::vector<double> score(n, std::numeric_limits<double>::quiet_NaN());
  std::vector<NodeIndex> sources;
  for (NodeIndex v = 0; v < n; ++v)
    if (g.HasNode(v)) {
      score[v] = 0;
      sources.push_back(v);
    }
  const size_t total = sources.size();
  if (options.samples >= 0 && static_cast<size_t>(options.samples) < total) {
    std::mt19937_64 random(options.seed);
    std::shuffle(sources.begin(), sources.end(), random);
    sources.resize(static_cast<size_t>(options.samples));
    std::sort(sources.begin(), sources.end());
  }
  if (sources.empty()) return score;
  const EdgeDirection direction = options.directed ? EdgeDirection::kOut : EdgeDirection::kBoth;
  // Brandes: per source, a BFS counting shortest paths (sigma), then dependencies
  // (delta) accumulated in reverse BFS order
  std::vector<int64_t> distance(n, -1);
  std::vector<double> sigma(n, 0), delta(n, 0);
  std::vector<NodeIndex> order;
  for (NodeIndex s : sources) {
    order.clear();
    distance[s] = 0;
    sigma[s] = 1;
    order.push_back(s);
    for (size_t head = 0; head < order.size(); ++head) {
      NodeIndex v = order[head];
      g.ForEachNeighbour(v, direction, [&](EdgeIndex, NodeIndex w) {
        budget.Tick();  // O(sources × relationships): the clock (--timeout) bounds it
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          order.push_back(w);
        }
        if (distance[w] == distance[v] + 1) sigma[w] += sigma[v];
      });
    }
    for (size_t i = order.size(); i-- > 0;) {
      NodeIndex w = order[i];
      g.ForEachNeighbour(w, direction == EdgeDirection::kOut ? EdgeDirection::kIn : direction,
                         [&](EdgeIndex, NodeIndex v) {
                           if (distance[v] >= 0 && distance[v] == distance[w] - 1)
                             delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                         });
      if (w != s) score[w] += delta[w];
    }
    for (NodeIndex v : order) {
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  double scale = static_cast<double>(total) / static_cast<double>(sources.size());
  if (!options.directed) scale /= 2;  // each pair was counted from both ends
  for (double& x : score)
    if (!std::isnan(x)) x *= scale;
  return score;
}

std::vector<Reached> BreadthFirst(const Subgraph& g, NodeIndex start, EdgeDirection direction,
                                  int64_t max_depth, Budget& budget) {
  std::vector<Reached> out;
  if (start >= g.graph().node_count() || !g.HasNode(start)) return out;
  std::vector<char> seen(g.graph().node_count(), 0);
  seen[start] = 1;
  out.push_back({start, 0});
  for (size_t head = 0; head < out.size(); ++head) {
    Reached at = out[head];
    if (max_depth >= 0 && at.depth >= max_depth) break;  // BFS order: all later are as deep
    g.ForEachNeighbour(at.node, direction, [&](EdgeIndex, NodeIndex w) {
      budget.Tick();  // linear in the graph: the clock bounds it, not --max-expansions
      if (seen[w]) return;
      seen[w] = 1;
      out.push_back({w, at.depth + 1});
    });
  }
  return out;
}

}  // namespace kg::query
