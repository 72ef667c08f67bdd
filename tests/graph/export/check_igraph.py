"""python3-igraph (Debian's, for /usr/bin/python3) reads kg's GraphML back with
the same nodes, relationships, labels and property values; and load_igraph.py,
the script a neo4j-csv export writes, builds the same graph with its types.

Read_GraphML gives every vertex every attribute of the file: a value the element
does not have reads as "" (strings), nan (numbers) or False (booleans), so only
the values the fixture sets are compared, and every number is a float (igraph's
C core has one numeric attribute type). load_igraph.py must do better, and is
held to it: integers are ints, lists are lists, and every value an element does
not have is None.

usage: check_igraph.py EXPORT_FIXTURE
"""
import math
import runpy
import subprocess
import sys

import expected as x

# The renamings load_igraph.py makes (the CSV headers keep "tên riêng").
LOADED_NODE_NAME = {"label": "prop.label", "type": "prop.type", "id": "prop.id"}
LOADED_EDGE_NAME = {"type": "prop.type"}


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


def typed(value):
    """A fixture value as load_igraph.py must give it, typed as the CSV column is:
    lists of one kind are lists (ints and floats mixed: floats), lists of strings
    holding ';' and lists of mixed kinds are JSON text."""
    if not isinstance(value, list):
        return value
    kinds = {bool if isinstance(v, bool) else int if isinstance(v, int) else type(v) for v in value}
    if kinds == {int, float}:
        return [float(v) for v in value]
    if len(kinds) > 1 or (kinds == {str} and any(";" in v for v in value)):
        return x.Json(value)
    return list(value)


def same_type(expected, actual):
    """Equal values of the very same Python type (an int is not 1.0), lists item by item."""
    if isinstance(expected, x.Json):
        return x.same(expected, actual)
    if isinstance(expected, list):
        return (type(actual) is list and len(expected) == len(actual)
                and all(same_type(e, a) for e, a in zip(expected, actual)))
    if isinstance(expected, float) and math.isnan(expected):
        return type(actual) is float and math.isnan(actual)
    return type(expected) is type(actual) and expected == actual


def check_elements(c, what, seq, wanted):
    """Every attribute of every element of `seq`: the value `wanted` gives, or None."""
    attributes = seq.attributes()
    for element in seq:
        kg_id = element["id"]
        want = wanted(kg_id)
        for name in want:
            c.expect(name in attributes, "%s: no attribute %s" % (what, name))
        for name in attributes:
            value, expected = element[name], want.get(name)
            c.expect(same_type(expected, value), "%s: %s.%s: expected %r (%s), read %r (%s)"
                     % (what, kg_id, name, expected, type(expected).__name__, value,
                        type(value).__name__))


def check_load_script(c, directory, provenance):
    """load_igraph.py of a neo4j-csv export: counts, ends, and typed values."""
    what = "load_igraph.py" + (" (with sources)" if provenance else "")
    script = x.path(directory, "load_igraph.py")
    run = subprocess.run([sys.executable, script], capture_output=True, text=True)
    c.expect(run.returncode == 0 and run.stdout.startswith("IGRAPH D"),
             "%s run as a script: %s%s" % (what, run.stdout, run.stderr))
    g = runpy.run_path(script)["load"]()
    c.expect(g.is_directed(), "%s: undirected" % what)
    c.equal(len(x.NODES), g.vcount(), "%s: node count" % what)
    c.equal(len(x.EDGES), g.ecount(), "%s: relationship count" % what)

    def node(kg_id):
        labels, _, props = x.NODES[kg_id]
        want = {LOADED_NODE_NAME.get(k, k): typed(v) for k, v in props.items()}
        want.update(id=kg_id, labels=labels, kgType=":".join(labels))
        if provenance:
            want.update(articles=x.ARTICLES.get(kg_id, []))
        return want

    def edge(kg_id):
        _, _, kind, _, props = x.EDGES[kg_id]
        want = {LOADED_EDGE_NAME.get(k, k): typed(v) for k, v in props.items()}
        want.update(id=kg_id, kgType=kind)
        if provenance:
            want.update(articles=x.ARTICLES.get(kg_id, []))
        return want

    if provenance:  # JSON text, as in the CSV; compared apart from the rest
        for seq, ids in ((g.vs, x.NODES), (g.es, x.EDGES)):
            for element in seq:
                c.equal(x.Json(x.EVIDENCE.get(element["id"], [])), element["evidence"],
                        "%s: %s evidence" % (what, element["id"]))
            del seq["evidence"]
    check_elements(c, what + " vertex", g.vs, node)
    check_elements(c, what + " edge", g.es, edge)
    for e in g.es:
        source, target = x.EDGES[e["id"]][:2]
        c.equal((source, target), (g.vs[e.source]["id"], g.vs[e.target]["id"]),
                "%s: %s ends" % (what, e["id"]))
    n3, n4 = g.vs.find(id="n3").index, g.vs.find(id="n4").index
    c.equal(2, g.count_multiple(g.get_eid(n3, n4)), "%s: parallel DISCUSSED pair" % what)
    # what Read_GraphML cannot do, spelled out
    c.expect(type(g.vs.find(id="n0")["born"]) is int, "%s: born is not an int" % what)
    c.expect(g.vs.find(id="n1")["born"] is None, "%s: a missing born is not None" % what)


def main():
    igraph = x.require("igraph")
    directory = x.fixture_dir()
    c = x.Checker("igraph %s" % igraph.__version__)
    for name in ("plain.graphml", "yed.graphml", "provenance.graphml"):
        g = igraph.Graph.Read_GraphML(x.path(directory, name))
        check(c, g, name, list(x.NODES), list(x.EDGES))
    g = igraph.Graph.Read_GraphML(x.path(directory, "part.graphml"))
    check(c, g, "part.graphml", x.PART_NODES, x.PART_EDGES)
    check_load_script(c, x.path(directory, "neo4j"), False)
    check_load_script(c, x.path(directory, "neo4j-provenance"), True)
    c.finish()


if __name__ == "__main__":
    main()
