"""The Cypher script parses (openCypher's lexical rules, the statement forms kg
writes) and rebuilds the fixture graph exactly: nodes with their labels and
properties, relationships with their type, ends and properties. The Kùzu schema
in the //kuzu comment lines declares every property with the right type.

This checks the script as text, the way another database's loader would read
it; tests/graph/export/cypher_roundtrip_test.cc runs it through kg's own engine.

usage: check_cypher.py EXPORT_FIXTURE
"""
import json
import math
import re

import expected as x

ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*)
  | (?P<string>'(?:[^'\\]|\\.)*')
  | (?P<name>`(?:[^`]|``)+`)
  | (?P<number>\d+\.\d+(?:[eE]-?\d+)?|\d+[eE]-?\d+|\d+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<arrow>->)
  | (?P<punct>[()\[\]{}:,;.\-])
""", re.VERBOSE | re.DOTALL)


def unescape(body):
    out, i = [], 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "u":
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        elif nxt in ESCAPES:
            out.append(ESCAPES[nxt])
            i += 2
        else:
            raise ValueError("unknown escape \\%s" % nxt)
    return "".join(out)


def tokens(text):
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError("cannot read %r at %d" % (text[pos:pos + 20], pos))
        pos = m.end()
        kind = m.lastgroup
        if kind in ("space", "comment"):
            continue
        value = m.group(kind)
        if kind == "string":
            value = unescape(value[1:-1])
        elif kind == "name":
            value, kind = value[1:-1].replace("``", "`"), "word"
        elif kind == "number":
            value = float(value) if re.search(r"[.eE]", value) else int(value)
        yield kind, value
    yield "end", None


class Parser:
    def __init__(self, text):
        self.toks = list(tokens(text))
        self.i = 0

    def peek(self, value=None):
        kind, v = self.toks[self.i]
        if value is None:
            return kind, v
        return isinstance(v, str) and kind in ("word", "punct", "arrow") and v.upper() == value.upper()

    def take(self, value=None, kind=None):
        k, v = self.toks[self.i]
        if value is not None and not self.peek(value):
            raise ValueError("expected %r, found %r at token %d" % (value, v, self.i))
        if kind is not None and k != kind:
            raise ValueError("expected a %s, found %r at token %d" % (kind, v, self.i))
        self.i += 1
        return v

    def value(self):
        kind, v = self.peek()
        if self.peek("["):
            self.take("[")
            items = []
            while not self.peek("]"):
                items.append(self.value())
                if not self.peek("]"):
                    self.take(",")
            self.take("]")
            return items
        if self.peek("-"):
            self.take("-")
            return -self.take(kind="number")
        if kind in ("string", "number"):
            return self.take()
        word = self.take(kind="word").lower()
        if word in ("true", "false"):
            return word == "true"
        if word == "null":
            return None
        raise ValueError("unexpected %r in a value" % word)

    def map(self):
        props = {}
        self.take("{")
        while not self.peek("}"):
            key = self.take(kind="word")
            self.take(":")
            if key in props:
                raise ValueError("key %s twice" % key)
            props[key] = self.value()
            if not self.peek("}"):
                self.take(",")
        self.take("}")
        return props

    def node(self):
        self.take("(")
        var = None
        if self.peek()[0] == "word" and not self.peek(":"):
            var = self.take()
        labels = []
        while self.peek(":"):
            self.take(":")
            labels.append(self.take(kind="word"))
        props = self.map() if self.peek("{") else {}
        self.take(")")
        return var, labels, props


def rebuild(text):
    """(nodes {kgId: (labels, props)}, edges {kgId: (source, target, type, props)})."""
    p = Parser(text)
    nodes, edges = {}, {}
    while p.peek()[0] != "end":
        if p.peek("CREATE"):
            p.take("CREATE")
            while True:
                var, labels, props = p.node()
                kg_id = props.pop("kgId")
                if kg_id in nodes:
                    raise ValueError("node %s created twice" % kg_id)
                nodes[kg_id] = (labels, props)
                if not p.peek(","):
                    break
                p.take(",")
        else:
            p.take("MATCH")
            bound = {}
            for n in range(2):
                if n:
                    p.take(",")
                var, labels, props = p.node()
                match = [k for k, (ls, _) in nodes.items()
                         if k == props.get("kgId") and set(labels) <= set(ls)]
                if len(match) != 1:
                    raise ValueError("MATCH %s%s finds %d nodes" % (labels, props, len(match)))
                bound[var] = match[0]
            p.take("CREATE")
            a = p.node()[0]
            p.take("-")
            p.take("[")
            p.take(":")
            kind = p.take(kind="word")
            props = p.map()
            p.take("]")
            p.take("->")
            b = p.node()[0]
            kg_id = props.pop("kgId")
            edges[kg_id] = (bound[a], bound[b], kind, props)
        p.take(";")
    return nodes, edges


def cypher_value(v):
    """What a property must be in the script: lists of one kind stay lists."""
    if isinstance(v, list):
        kinds = {bool if isinstance(i, bool) else (float if isinstance(i, (int, float)) else type(i)) for i in v}
        return v if len(kinds) == 1 else x.Json(v)
    return v


def without_nan(props):
    return {k: v for k, v in props.items() if not (isinstance(v, float) and math.isnan(v))}


def check_script(c, name, text, provenance):
    try:
        nodes, edges = rebuild(text)
    except (ValueError, KeyError, IndexError) as e:
        c.expect(False, "%s: %s" % (name, e))
        return
    c.equal(list(x.NODES), list(nodes), "%s: node ids" % name)
    for nid, (labels, props) in nodes.items():
        want_labels, _, want = x.NODES.get(nid, ([], "", {}))
        c.equal(want_labels, labels, "%s: %s labels" % (name, nid))
        if provenance:
            c.equal(x.ARTICLES.get(nid, []), props.pop("articles", None), "%s: %s articles" % (name, nid))
            c.equal(x.EVIDENCE.get(nid, []), json.loads(props.pop("evidence", "null")),
                    "%s: %s evidence" % (name, nid))
        want = without_nan(want)
        c.equal(sorted(want), sorted(props), "%s: %s keys" % (name, nid))
        for k, v in want.items():
            c.equal(cypher_value(v), props.get(k), "%s: %s.%s" % (name, nid, k))
        if "weights" in props:
            c.expect(all(isinstance(w, float) for w in props["weights"]), "%s: weights not all doubles" % name)
    c.equal(list(x.EDGES), list(edges), "%s: relationship ids" % name)
    for eid, (source, target, kind, props) in edges.items():
        want = x.EDGES[eid]
        c.equal(want[:3], (source, target, kind), "%s: %s" % (name, eid))
        if provenance:
            props.pop("articles", None)
            props.pop("evidence", None)
        c.equal(want[4], props, "%s: %s properties" % (name, eid))
    check_kuzu(c, name, text, nodes, edges)


KUZU_TYPE = {bool: "BOOLEAN", int: "INT64", float: "DOUBLE", str: "STRING"}


def kuzu_type(v):
    if isinstance(v, list):
        return (KUZU_TYPE[type(v[0])] if v else "STRING") + "[]"
    return KUZU_TYPE[type(v)]


def check_kuzu(c, name, text, nodes, edges):
    tables, rels = {}, {}
    for line in text.splitlines():
        m = re.match(r"//kuzu CREATE NODE TABLE (`[^`]+`|\w+)\((.*), PRIMARY KEY \(kgId\)\);$", line)
        if m:
            columns = [col.strip().rsplit(" ", 1) for col in m.group(2).split(",")]
            tables[m.group(1).strip("`")] = {n.strip("`"): t for n, t in columns}
        m = re.match(r"//kuzu CREATE REL TABLE (`[^`]+`|\w+)\((.*)\);$", line)
        if m:
            parts = [p.strip() for p in m.group(2).split(",")]
            ends = [tuple(e.strip("`") for e in re.match(r"FROM (`[^`]+`|\S+) TO (`[^`]+`|\S+)$", p).groups())
                    for p in parts if p.startswith("FROM ")]
            columns = dict(p.rsplit(" ", 1) for p in parts if not p.startswith("FROM "))
            rels[m.group(1).strip("`")] = (set(ends), {n.strip("`"): t for n, t in columns.items()})
    for nid, (labels, props) in nodes.items():
        table = tables.get(labels[0])
        c.expect(table is not None, "%s: no Kùzu table %s" % (name, labels[0]))
        for k, v in (props.items() if table else ()):
            c.equal(kuzu_type(v), table.get(k), "%s: Kùzu column %s.%s" % (name, labels[0], k))
    for eid, (source, target, kind, props) in edges.items():
        ends, columns = rels.get(kind, (set(), {}))
        c.expect((nodes[source][0][0], nodes[target][0][0]) in ends, "%s: Kùzu %s ends" % (name, kind))
        for k, v in props.items():
            c.equal(kuzu_type(v), columns.get(k), "%s: Kùzu column %s.%s" % (name, kind, k))


def main():
    directory = x.fixture_dir()
    c = x.Checker("cypher")
    for name, provenance in (("graph.cypher", False), ("provenance.cypher", True)):
        with open(x.path(directory, name), encoding="utf-8") as f:
            text = f.read()
        check_script(c, name, text, provenance)
        # the system-specific lines are statements too, once their prefix is cut
        for prefix in ("neo4j", "memgraph", "kuzu"):
            lines = [l[len(prefix) + 3:] for l in text.splitlines() if l.startswith("//%s " % prefix)]
            c.expect(lines, "%s: no //%s lines" % (name, prefix))
            for line in lines:
                try:
                    toks = list(tokens(line))
                    c.expect(toks[-2] == ("punct", ";"), "%s: %r does not end with ;" % (name, line))
                except ValueError as e:
                    c.expect(False, "%s: %r: %s" % (name, line, e))
    c.finish()


if __name__ == "__main__":
    main()
