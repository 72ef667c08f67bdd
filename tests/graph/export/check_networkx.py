"""networkx reads kg's GraphML (plain, yEd, a subgraph) and node-link JSON back
with the same nodes, relationships, labels and property values.

usage: check_networkx.py EXPORT_FIXTURE
"""
import json
import math
import warnings

import expected as x


def check_graph(c, g, name, node_ids, edge_ids, node_names, edge_names, value_of):
    c.expect(g.is_directed() and g.is_multigraph(), "%s: read as %s" % (name, type(g).__name__))
    c.equal(len(node_ids), g.number_of_nodes(), "%s: node count" % name)
    c.equal(len(edge_ids), g.number_of_edges(), "%s: relationship count" % name)
    c.equal(sorted(node_ids), sorted(g.nodes), "%s: node ids" % name)
    for nid in node_ids:
        labels, label, props = x.NODES[nid]
        data = g.nodes[nid] if nid in g else {}
        c.equal(value_of(label), data.get("label"), "%s: %s label" % (name, nid))
        c.equal(":".join(labels), data.get("kgType"), "%s: %s type" % (name, nid))
        for k, v in props.items():
            k = node_names.get(k, k)
            c.expect(k in data or (isinstance(v, float) and math.isnan(v) and name.endswith("json")),
                     "%s: %s has no %s" % (name, nid, k))
            if k in data:
                c.equal(value_of(v), data[k], "%s: %s.%s" % (name, nid, k))
    edges = {key: (u, v, d) for u, v, key, d in g.edges(keys=True, data=True)}
    c.equal(sorted(edge_ids), sorted(edges), "%s: relationship keys" % name)
    for eid in edge_ids:
        source, target, kind, label, props = x.EDGES[eid]
        u, v, data = edges.get(eid, (None, None, {}))
        c.equal((source, target), (u, v), "%s: %s ends" % (name, eid))
        c.equal(label, data.get("label"), "%s: %s label" % (name, eid))
        c.equal(kind, data.get("kgType"), "%s: %s type" % (name, eid))
        for k, val in props.items():
            c.equal(value_of(val), data.get(edge_names.get(k, k)), "%s: %s.%s" % (name, eid, k))
    # the parallel pair stays two relationships between the same two nodes
    if "e3" in edge_ids:
        c.equal(2, g.number_of_edges("n3", "n4"), "%s: parallel DISCUSSED pair" % name)


def json_value(v):
    return v  # JSON keeps every type and character (invalid UTF-8 is already U+FFFD)


def main():
    nx = x.require("networkx")
    directory = x.fixture_dir()
    c = x.Checker("networkx %s" % nx.__version__)
    everything = (list(x.NODES), list(x.EDGES))
    for name, (nodes, edges) in (("plain.graphml", everything), ("yed.graphml", everything),
                                 ("provenance.graphml", everything),
                                 ("part.graphml", (x.PART_NODES, x.PART_EDGES))):
        g = nx.read_graphml(x.path(directory, name), force_multigraph=True)
        check_graph(c, g, name, nodes, edges, x.GRAPHML_NODE_NAME, x.GRAPHML_EDGE_NAME,
                    x.graphml_value)
        if name == "provenance.graphml":
            c.equal(x.ARTICLES["n0"], json.loads(g.nodes["n0"]["articles"]), "n0 articles")
            c.equal(x.EVIDENCE["e0"], json.loads(g.edges["n0", "n1", "e0"]["evidence"]),
                    "e0 evidence")
    # without being told, networkx sees the parallel pair and makes a multigraph itself
    c.expect(nx.read_graphml(x.path(directory, "plain.graphml")).is_multigraph(),
             "plain.graphml: parallel relationships merged")
    with open(x.path(directory, "graph.json"), encoding="utf-8") as f:
        data = json.load(f)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a FutureWarning would mean the layout is outdated
        g = nx.node_link_graph(data, edges="edges")
    check_graph(c, g, "graph.json", list(x.NODES), list(x.EDGES), x.JSON_NODE_NAME,
                x.JSON_EDGE_NAME, json_value)
    c.equal(x.NODES["n6"][0], g.nodes["n6"].get("labels"), "graph.json: n6 labels")
    c.equal(x.EVIDENCE["n7"], g.nodes["n7"].get("evidence"), "graph.json: n7 evidence")
    c.equal(x.ARTICLES["e0"], g.edges["n0", "n1", "e0"].get("articles"), "graph.json: e0 articles")
    c.expect("ratio" not in g.nodes["n8"], "graph.json: NaN written (JSON has no NaN)")
    c.finish()


if __name__ == "__main__":
    main()
