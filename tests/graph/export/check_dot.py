"""The DOT exports render with Graphviz (`dot -Tsvg`) without a warning, into
well-formed SVG in which every node and relationship is an element with kg's
id showing its readable label.

usage: check_dot.py EXPORT_FIXTURE [--svg PATH]   (--svg: keep the neighbourhood's SVG)
"""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import expected as x

SVG = "{http://www.w3.org/2000/svg}"


def render(c, dot_file):
    r = subprocess.run(["dot", "-Tsvg", dot_file], capture_output=True)
    c.expect(r.returncode == 0, "%s: dot exits %d: %s" % (dot_file, r.returncode, r.stderr.decode()))
    c.expect(not r.stderr, "%s: dot warns: %s" % (dot_file, r.stderr.decode()))
    return r.stdout


def check(c, name, svg, node_ids, edge_ids):
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as e:
        c.expect(False, "%s: the SVG is not well-formed XML: %s" % (name, e))
        return
    groups = {g.get("id"): g for g in root.iter(SVG + "g") if g.get("class") in ("node", "edge")}
    c.equal(sorted(node_ids + edge_ids), sorted(groups), "%s: SVG element ids" % name)
    for nid in node_ids:
        labels, label, _ = x.NODES[nid]
        text = " ".join(t.text or "" for t in groups[nid].iter(SVG + "text")) if nid in groups else ""
        # the label is wrapped over lines; compare the words
        c.equal((x.for_xml(label) + " «%s»" % ":".join(labels)).split(), text.split(),
                "%s: %s text" % (name, nid))
    for eid in edge_ids:
        source, target, _, label, _ = x.EDGES[eid]
        g = groups.get(eid)
        title = g.find(SVG + "title").text if g is not None else ""
        c.equal("%s->%s" % (source, target), title, "%s: %s title" % (name, eid))
        text = " ".join(t.text or "" for t in g.iter(SVG + "text")) if g is not None else ""
        c.equal(label, text, "%s: %s label" % (name, eid))


def main():
    if shutil.which("dot") is None:
        print("SKIP: Graphviz's dot is not installed (Debian: graphviz)")
        sys.exit(x.SKIP)
    directory = x.fixture_dir()
    c = x.Checker("dot")
    svg = render(c, x.path(directory, "graph.dot"))
    check(c, "graph.dot", svg, list(x.NODES), list(x.EDGES))
    part = render(c, x.path(directory, "part.dot"))
    check(c, "part.dot", part, x.PART_NODES, x.PART_EDGES)
    if "--svg" in sys.argv[2:]:
        with open(sys.argv[sys.argv.index("--svg") + 1], "wb") as f:
            f.write(part)
    c.finish()


if __name__ == "__main__":
    main()
