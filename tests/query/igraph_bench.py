#!/usr/bin/python3
"""The same traversals as query_bench in python3-igraph (its C core), on the
edge list and node ids query_bench wrote: median latency of a 2-hop
neighbourhood and of an undirected shortest path; one run each of PageRank,
weak components, everything reachable from the first start node, top-10 out-degree.

    /usr/bin/python3 tests/query/igraph_bench.py [DIR]
"""
import statistics
import sys
import time

import igraph

d = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
edges = [tuple(map(int, line.split())) for line in open(f"{d}/query_bench.edges")]
pairs = [tuple(map(int, line.split())) for line in open(f"{d}/query_bench.ids")]
n = 1 + max(max(e) for e in edges)
t = time.perf_counter()
g = igraph.Graph(n=n, edges=edges, directed=True)
print(f"igraph: built {g.vcount()} vertices, {g.ecount()} edges in {1000 * (time.perf_counter() - t):.0f} ms")
hood, path = [], []
for a, b in pairs:
    t = time.perf_counter()
    size = len(g.neighborhood(a, order=2, mode="all", mindist=1))
    hood.append(1000 * (time.perf_counter() - t))
    t = time.perf_counter()
    g.get_shortest_paths(a, to=b, mode="all", output="epath")
    path.append(1000 * (time.perf_counter() - t))
print(f"igraph 2-hop neighbourhood: median {statistics.median(hood):.3f} ms")
print(f"igraph shortest path:       median {statistics.median(path):.3f} ms")

for label, run in [("pagerank", lambda: g.pagerank()),
                   ("connected components (weak)", lambda: g.connected_components(mode="weak")),
                   ("subcomponent (all reachable)", lambda: g.subcomponent(pairs[0][0], mode="all")),
                   ("out-degree top 10", lambda: sorted(range(n), key=g.outdegree().__getitem__)[-10:])]:
    t = time.perf_counter()
    run()
    print(f"igraph {label}: {1000 * (time.perf_counter() - t):.0f} ms")
