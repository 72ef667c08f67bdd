#!/usr/bin/python3
"""kg's graph procedures against python3-igraph on the same random multigraph.

    /usr/bin/python3 tests/query/check_algorithms.py KG [NODES EDGES SEED]

Builds a random directed multigraph (parallel relationships, no self-loops;
labels A/B and types X/Y at random) in kg with `kg query :memory:`, runs
kg.degree, kg.pagerank, kg.wcc, kg.betweenness and kg.bfs through Cypher, and
compares every node's value with igraph's on the same graph, also with a type
and a label filter (igraph: the subgraph of those relationships / nodes).
Exits 1 on the first difference, naming the procedure and the node.
"""
import json
import random
import subprocess
import sys
import tempfile

import igraph

kg = sys.argv[1]
n, m, seed = (int(x) for x in sys.argv[2:5]) if len(sys.argv) > 4 else (300, 1200, 42)
rng = random.Random(seed)
labels = [rng.choice("AB") for _ in range(n)]
edges = []
while len(edges) < m:
    a, b = rng.randrange(n), rng.randrange(n)
    if a != b:
        edges.append((a, b, rng.choice("XY")))

failures = 0


def fail(what):
    global failures
    failures += 1
    if failures <= 10:
        print("MISMATCH", what)


def run_kg(procedure_calls):
    """Runs the statements after building the graph; returns each result's rows."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as params:
        json.dump({"edges": [[a, b] for a, b, t in edges if t == "X"],
                   "edges_y": [[a, b] for a, b, t in edges if t == "Y"],
                   "labels": labels}, params)
    script = ["UNWIND range(0, size($labels) - 1) AS i WITH i WHERE $labels[i] = 'A' CREATE (:A {i: i})",
              "UNWIND range(0, size($labels) - 1) AS i WITH i WHERE $labels[i] = 'B' CREATE (:B {i: i})",
              "UNWIND $edges AS e MATCH (a {i: e[0]}), (b {i: e[1]}) CREATE (a)-[:X]->(b)",
              "UNWIND $edges_y AS e MATCH (a {i: e[0]}), (b {i: e[1]}) CREATE (a)-[:Y]->(b)"]
    script += procedure_calls
    out = subprocess.run([kg, "query", ":memory:", "--format", "json", "--params", params.name,
                          "-e", ";\n".join(script)], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("kg query failed: " + out.stderr)
    results = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    return [r["rows"] for r in results[len(script) - len(procedure_calls):]]


# kg numbers nodes as it creates them: label A first, then B. igraph gets the same order.
order = [i for i in range(n) if labels[i] == "A"] + [i for i in range(n) if labels[i] == "B"]
position = {i: p for p, i in enumerate(order)}


def igraph_of(types="XY", keep=None):
    g = igraph.Graph(n=n, directed=True)
    g.add_edges([(position[a], position[b]) for a, b, t in edges if t in types])
    if keep is not None:
        g = g.induced_subgraph([position[i] for i in order if labels[i] in keep], implementation="create_from_scratch")
    return g


def nodes_of(keep=None):
    return [i for i in order if keep is None or labels[i] in keep]


def compare(name, kg_rows, expected, tolerance=0.0):
    got = {row[0]: row[1] for row in kg_rows}
    if len(got) != len(expected):
        fail(f"{name}: kg gave {len(got)} nodes, igraph {len(expected)}")
        return
    for i, want in expected.items():
        have = got.get(i)
        if have is None or abs(have - want) > tolerance * max(1.0, abs(want)):
            fail(f"{name}: node {i}: kg {have}, igraph {want}")


calls = [
    "CALL kg.degree() YIELD node, degree RETURN node.i, degree",
    "CALL kg.degree({direction: 'OUT', relationshipTypes: 'X'}) YIELD node, degree RETURN node.i, degree",
    "CALL kg.degree({direction: 'IN', nodeLabels: ['A']}) YIELD node, degree RETURN node.i, degree",
    "CALL kg.pagerank() YIELD node, score RETURN node.i, score",
    "CALL kg.pagerank({damping: 0.7, relationshipTypes: ['Y']}) YIELD node, score RETURN node.i, score",
    "CALL kg.pagerank({directed: false, nodeLabels: 'B'}) YIELD node, score RETURN node.i, score",
    "CALL kg.wcc() YIELD node, componentId RETURN node.i, componentId",
    "CALL kg.wcc({relationshipTypes: 'X'}) YIELD node, componentId RETURN node.i, componentId",
    "CALL kg.betweenness() YIELD node, score RETURN node.i, score",
    "CALL kg.betweenness({directed: false, relationshipTypes: 'Y'}) YIELD node, score RETURN node.i, score",
    f"MATCH (s {{i: {order[0]}}}) CALL kg.bfs(s, {{maxDepth: 2}}) YIELD node, depth RETURN node.i, depth",
    f"MATCH (s {{i: {order[0]}}}) CALL kg.bfs(s, {{direction: 'OUT'}}) YIELD node, depth RETURN node.i, depth",
]
results = run_kg(calls)


def per_node(values, keep=None):
    return dict(zip(nodes_of(keep), values))


g = igraph_of()
compare("kg.degree()", results[0], per_node(g.degree(mode="all")))
compare("kg.degree(OUT, X)", results[1], per_node(igraph_of("X").degree(mode="out")))
compare("kg.degree(IN, :A)", results[2], per_node(igraph_of(keep="A").degree(mode="in"), "A"))
compare("kg.pagerank()", results[3], per_node(g.pagerank(damping=0.85)), 1e-6)
compare("kg.pagerank(0.7, Y)", results[4], per_node(igraph_of("Y").pagerank(damping=0.7)), 1e-6)
undirected_b = igraph_of(keep="B")
undirected_b.to_undirected(mode="each")
compare("kg.pagerank(undirected, :B)", results[5], per_node(undirected_b.pagerank(), "B"), 1e-6)
compare("kg.wcc()", results[6], per_node(g.connected_components(mode="weak").membership))
compare("kg.wcc(X)", results[7], per_node(igraph_of("X").connected_components(mode="weak").membership))
compare("kg.betweenness()", results[8], per_node(g.betweenness(directed=True)), 1e-9)
compare("kg.betweenness(undirected, Y)", results[9], per_node(igraph_of("Y").betweenness(directed=False)), 1e-9)
start = position[order[0]]
within2 = {order[v]: d for v, d in enumerate(g.distances(source=start, mode="all")[0]) if d <= 2}
compare("kg.bfs(maxDepth 2)", results[10], within2)
reach_out = {order[v]: d for v, d in enumerate(g.distances(source=start, mode="out")[0]) if d != float("inf")}
compare("kg.bfs(OUT)", results[11], reach_out)

if failures:
    sys.exit(f"{failures} mismatches between kg and igraph {igraph.__version__}")
print(f"kg's procedures agree with igraph {igraph.__version__} on {n} nodes, {m} relationships "
      f"({len(calls)} calls)")
