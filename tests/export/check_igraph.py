"""python3-igraph (Debian's, for /usr/bin/python3) reads kg's GraphML back with
the same nodes, relationships, labels and property values.

igraph gives every vertex every attribute of the file: a value the element
does not have reads as "" (strings), nan (numbers) or False (booleans), so only
the values the fixture sets are compared. Numbers read as floats.

usage: check_igraph.py EXPORT_FIXTURE
"""
import expected as x


def check(c, g, name, node_ids, edge_ids):
    c.expect(g.is_directed(), "%s: read undirected" % name)
    c.equal(len(node_ids), g.vcount(), "%s: node count" % name)
    c.equal(len(edge_ids), g.ecount(), "%s: relationship count" % name)
    c.equal(node_ids, g.vs["id"], "%s: node ids" % name)
    for v in g.vs:
        labels, label, props = x.NODES[v["id"]]
        c.equal(x.for_xml(label), v["label"], "%s: %s label" % (name, v["id"]))
        c.equal(":".join(labels), v["kgType"], "%s: %s type" % (name, v["id"]))
        for k, value in props.items():
            k = x.GRAPHML_NODE_NAME.get(k, k)
            c.expect(k in g.vs.attributes(), "%s: no vertex attribute %s" % (name, k))
            if k in g.vs.attributes():
                c.equal(x.graphml_value(value), v[k], "%s: %s.%s" % (name, v["id"], k))
    c.equal(edge_ids, g.es["id"], "%s: relationship ids" % name)
    for e in g.es:
        source, target, kind, label, props = x.EDGES[e["id"]]
        c.equal((source, target), (g.vs[e.source]["id"], g.vs[e.target]["id"]),
                "%s: %s ends" % (name, e["id"]))
        c.equal(label, e["label"], "%s: %s label" % (name, e["id"]))
        c.equal(kind, e["kgType"], "%s: %s type" % (name, e["id"]))
        for k, value in props.items():
            c.equal(x.graphml_value(value), e[x.GRAPHML_EDGE_NAME.get(k, k)],
                    "%s: %s.%s" % (name, e["id"], k))
    if "e3" in edge_ids:
        n3, n4 = g.vs["id"].index("n3"), g.vs["id"].index("n4")
        c.equal(2, g.count_multiple(g.get_eid(n3, n4)), "%s: parallel DISCUSSED pair" % name)


def main():
    igraph = x.require("igraph")
    directory = x.fixture_dir()
    c = x.Checker("igraph %s" % igraph.__version__)
    for name in ("plain.graphml", "yed.graphml", "provenance.graphml"):
        g = igraph.Graph.Read_GraphML(x.path(directory, name))
        check(c, g, name, list(x.NODES), list(x.EDGES))
    g = igraph.Graph.Read_GraphML(x.path(directory, "part.graphml"))
    check(c, g, "part.graphml", x.PART_NODES, x.PART_EDGES)
    c.finish()


if __name__ == "__main__":
    main()
