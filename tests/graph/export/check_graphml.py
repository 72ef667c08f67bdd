"""GraphML exports: valid against the offline GraphML XSD (the yEd flavour
against GraphML + the yFiles subset), and the structure every reader relies on.

usage: check_graphml.py EXPORT_FIXTURE GRAPHML_XSD YED_XSD
"""
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import expected as x

NS = "http://graphml.graphdrawing.org/xmlns"
Y = "http://www.yworks.com/xml/graphml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
G = "{%s}" % NS


def validate(c, schema, file):
    r = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", schema, file],
                       capture_output=True, text=True)
    c.expect(r.returncode == 0, "%s does not validate against %s:\n%s" % (file, schema, r.stderr))


def keys_of(c, root, name):
    """{key id: (for, attr.name, attr.type)}, checking the rules for <key>."""
    keys = {}
    seen = set()
    for k in root.findall(G + "key"):
        domain, attr, kind = k.get("for"), k.get("attr.name"), k.get("attr.type")
        c.expect(domain in ("node", "edge", "graph"), "%s: key %s for=%r" % (name, k.get("id"), domain))
        c.expect(kind is not None, "%s: key %s has no attr.type" % (name, k.get("id")))
        c.expect((domain, attr) not in seen, "%s: two keys for (%s, %s)" % (name, domain, attr))
        c.expect(k.find(G + "default") is None, "%s: key %s has a <default>" % (name, attr))
        c.expect(k.get("id") not in keys, "%s: key id %s twice" % (name, k.get("id")))
        seen.add((domain, attr))
        keys[k.get("id")] = (domain, attr, kind)
    return keys


def data_of(element, keys):
    """{attr.name: text or element} of a <node> or <edge>."""
    out = {}
    for d in element.findall(G + "data"):
        children = list(d)
        out[keys[d.get("key")][1]] = children[0] if children else (d.text or "")
    return out


def check_file(c, directory, name, node_ids, edge_ids, flavor="plain", provenance=False):
    raw = open(x.path(directory, name), "rb").read()
    bad = re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]", raw)
    c.expect(bad is None, "%s holds a character XML 1.0 forbids at byte %s"
             % (name, bad.start() if bad else None))
    c.expect(raw.decode("utf-8") is not None, name)  # raises on invalid UTF-8
    root = ET.fromstring(raw)
    c.expect(root.tag == G + "graphml", "%s: root is %s" % (name, root.tag))
    location = root.get("{%s}schemaLocation" % XSI, "").split()
    c.expect(len(location) == 2 and location[0] == NS, "%s: schemaLocation %r" % (name, location))
    keys = keys_of(c, root, name)
    graphs = root.findall(G + "graph")
    c.expect(len(graphs) == 1 and graphs[0].get("edgedefault") == "directed",
             "%s: one directed <graph>" % name)
    graph = graphs[0]
    bool_text = ("1", "0") if flavor == "boost" else ("true", "false")
    for d in root.iter(G + "data"):
        domain, attr, kind = keys[d.get("key")]
        if kind == "boolean":
            c.expect(d.text in bool_text, "%s: boolean %s written %r" % (name, attr, d.text))

    nodes = graph.findall(G + "node")
    c.equal(node_ids, [n.get("id") for n in nodes], "%s: node ids" % name)
    colours = {}
    for n in nodes:
        labels, label, props = x.NODES[n.get("id")]
        data = data_of(n, keys)
        c.equal(label and x.for_xml(label), data.get("label"), "%s: %s label" % (name, n.get("id")))
        c.equal(":".join(labels), data.get("kgType"), "%s: %s type" % (name, n.get("id")))
        wanted = {x.GRAPHML_NODE_NAME.get(k, k): v for k, v in props.items()}
        for k, v in wanted.items():
            read = data.get(k)
            kind = [t for (dom, a, t) in keys.values() if dom == "node" and a == k]
            if isinstance(v, bool):
                read = {"true": True, "false": False, "1": True, "0": False}.get(read)
            elif isinstance(v, int):
                # integers declared as integers: a reader that keeps types (networkx) gets ints
                c.expect(kind in (["long"], ["int"]), "%s: integer %s declared %s" % (name, k, kind))
                read = int(read) if read is not None else None
            elif isinstance(v, float):
                read = float(read) if read is not None else None
            c.equal(x.graphml_value(v), read, "%s: %s.%s" % (name, n.get("id"), k))
        fixed = {"label", "kgType", "nodegraphics", "articles", "evidence"}
        c.equal(sorted(wanted), sorted(set(data) - fixed), "%s: %s data keys" % (name, n.get("id")))
        if provenance:
            nid = n.get("id")
            c.equal(x.ARTICLES.get(nid, []), json.loads(data.get("articles", "null")),
                    "%s: %s articles" % (name, nid))
            c.equal(x.EVIDENCE.get(nid, []), json.loads(data.get("evidence", "null")),
                    "%s: %s evidence" % (name, nid))
        if flavor == "yed":
            shape = data.get("nodegraphics")
            c.expect(shape is not None and shape.tag == "{%s}ShapeNode" % Y,
                     "%s: %s has no y:ShapeNode" % (name, n.get("id")))
            if shape is not None:
                text = shape.find("{%s}NodeLabel" % Y)
                c.equal(x.for_xml(label), text.text if text is not None else None,
                        "%s: %s NodeLabel" % (name, n.get("id")))
                colours.setdefault(labels[0], set()).add(shape.find("{%s}Fill" % Y).get("color"))
    if flavor == "yed":
        c.expect(all(len(v) == 1 for v in colours.values()), "%s: one colour per label %r" % (name, colours))
        c.equal(len(colours), len(set().union(*colours.values())), "%s: distinct colours" % name)

    edges = graph.findall(G + "edge")
    c.equal(edge_ids, [e.get("id") for e in edges], "%s: edge ids" % name)
    c.equal(len(edge_ids), len(set(e.get("id") for e in edges)), "%s: unique edge ids" % name)
    for e in edges:
        source, target, kind, label, props = x.EDGES[e.get("id")]
        c.equal((source, target), (e.get("source"), e.get("target")), "%s: %s ends" % (name, e.get("id")))
        data = data_of(e, keys)
        c.equal(label, data.get("label"), "%s: %s label" % (name, e.get("id")))
        c.equal(kind, data.get("kgType"), "%s: %s type" % (name, e.get("id")))
        for k, v in props.items():
            read = data.get(x.GRAPHML_EDGE_NAME.get(k, k))
            kind = [t for (dom, a, t) in keys.values()
                    if dom == "edge" and a == x.GRAPHML_EDGE_NAME.get(k, k)]
            if isinstance(v, bool):
                read = {"true": True, "false": False, "1": True, "0": False}.get(read)
            elif isinstance(v, int):
                c.expect(kind in (["long"], ["int"]), "%s: integer %s declared %s" % (name, k, kind))
                read = int(read) if read is not None else None
            elif isinstance(v, float):
                read = float(read) if read is not None else None
            c.equal(x.graphml_value(v), read, "%s: %s.%s" % (name, e.get("id"), k))
        if flavor == "yed":
            g = data.get("edgegraphics")
            text = g.find("{%s}EdgeLabel" % Y) if g is not None else None
            c.equal(label, text.text if text is not None else None, "%s: %s EdgeLabel" % (name, e.get("id")))


def main():
    if shutil.which("xmllint") is None:
        print("SKIP: xmllint is not installed (Debian: libxml2-utils)")
        sys.exit(x.SKIP)
    directory = x.fixture_dir()
    graphml_xsd, yed_xsd = sys.argv[2], sys.argv[3]
    c = x.Checker("graphml")
    for name in ("plain.graphml", "provenance.graphml", "boost.graphml", "part.graphml"):
        validate(c, graphml_xsd, x.path(directory, name))
    validate(c, yed_xsd, x.path(directory, "yed.graphml"))
    # the plain file must not need the yFiles extension, and the yEd one must need it
    r = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", graphml_xsd,
                        x.path(directory, "yed.graphml")], capture_output=True)
    c.expect(r.returncode != 0, "yed.graphml validates without the yFiles schema: no graphics?")
    all_nodes, all_edges = list(x.NODES), list(x.EDGES)
    check_file(c, directory, "plain.graphml", all_nodes, all_edges)
    check_file(c, directory, "provenance.graphml", all_nodes, all_edges, provenance=True)
    check_file(c, directory, "boost.graphml", all_nodes, all_edges, flavor="boost")
    check_file(c, directory, "yed.graphml", all_nodes, all_edges, flavor="yed")
    check_file(c, directory, "part.graphml", x.PART_NODES, x.PART_EDGES)
    c.finish()


if __name__ == "__main__":
    main()
