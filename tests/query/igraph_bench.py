#!/usr/bin/python3
"""The same traversals as query_bench in python3-igraph (its C core), on the
edge list and node ids query_bench wrote: median latency of a 2-hop
neighbourhood and of an undirected shortest path; one run each of PageRank,
weak components, everything reachable from the first start node, top-10 out-degree;
then write_graphml of the graph with a `name` vertex attribute 'n<i>' like kg's nodes
(the counterpart of query_bench's GraphML row; the file is removed).

    /usr/bin/python3 tests/query/igraph_bench.py [DIR] [--graphml-only RUNS]

--graphml-only RUNS times only write_graphml, RUNS times, and prints the median.
"""
import os
import statistics
import sys
import time

import igraph

args = sys.argv[1:]
graphml_runs = 0
if "--graphml-only" in args:
    i = args.index("--graphml-only")
    graphml_runs = int(args[i + 1])
    del args[i:i + 2]
d = args[0] if args else "/tmp"
edges = [tuple(map(int, line.split())) for line in open(f"{d}/query_bench.edges")]
pairs = [tuple(map(int, line.split())) for line in open(f"{d}/query_bench.ids")]
n = 1 + max(max(e) for e in edges)
t = time.perf_counter()
g = igraph.Graph(n=n, edges=edges, directed=True)
print(f"igraph: built {g.vcount()} vertices, {g.ecount()} edges in {1000 * (time.perf_counter() - t):.0f} ms")
g.vs["name"] = [f"n{i}" for i in range(n)]


def write_graphml():
    """Milliseconds of one write_graphml, and the file's size in MB."""
    path = f"{d}/igraph_bench.graphml"
    t = time.perf_counter()
    g.write_graphml(path)
    ms = 1000 * (time.perf_counter() - t)
    mb = os.path.getsize(path) / 1e6
    os.remove(path)
    return ms, mb


if graphml_runs:
    runs = []
    for _ in range(graphml_runs):
        ms, mb = write_graphml()
        runs.append(ms)
        print(f"igraph write_graphml: {ms:.0f} ms, {mb:.1f} MB")
    print(f"igraph write_graphml median {statistics.median(runs):.0f} ms over {graphml_runs} runs")
    sys.exit(0)

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

ms, mb = write_graphml()
print(f"igraph write_graphml: {ms:.0f} ms ({mb:.1f} MB)")
