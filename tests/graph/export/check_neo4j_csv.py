"""The node files (one per label) and relationship files (one per type) follow
neo4j-admin database import's header conventions and quoting, read with Python's csv module (and a strict scanner of
our own that also sees which fields were quoted).

Header: the id column `kgId:ID`, `:LABEL` (';'-separated), then `name:type`
columns; relationships start `:START_ID,:END_ID,:TYPE`. Types are neo4j's:
string, long, double, boolean and their arrays (`long[]`: ';'-separated).

usage: check_neo4j_csv.py EXPORT_FIXTURE
"""
import csv
import json
import math
import re

import expected as x

TYPES = {"string", "long", "int", "double", "float", "boolean"}


def scan(text):
    """Rows of (value, quoted) fields, RFC 4180 with '"' doubled inside quotes."""
    rows, row, i, n = [], [], 0, len(text)
    while i < n:
        if text[i] == '"':
            j, value = i + 1, []
            while True:
                k = text.index('"', j)
                value.append(text[j:k])
                if k + 1 < n and text[k + 1] == '"':
                    value.append('"')
                    j = k + 2
                    continue
                i = k + 1
                break
            row.append(("".join(value), True))
        else:
            m = re.compile(r"[^,\n]*").match(text, i)
            row.append((m.group(0), False))
            i = m.end()
        if i >= n or text[i] == "\n":
            rows.append(row)
            row = []
            i += 1
        elif text[i] == ",":
            i += 1  # the next field starts here, possibly empty
        else:
            raise ValueError("character %r after a field at %d" % (text[i], i))
    return rows


def parse(text, kind):
    """A field of neo4j type `kind` as Python reads it."""
    if kind.endswith("[]"):
        return [parse(item, kind[:-2]) for item in text.split(";")] if text else []
    if kind in ("long", "int"):
        return int(text)
    if kind in ("double", "float"):
        return float(text.replace("Infinity", "inf"))
    if kind == "boolean":
        return {"true": True, "false": False}[text]
    return text


def expected_field(value, kind):
    """What the fixture value must read as in a column of `kind`."""
    if isinstance(value, list) and not kind.endswith("[]"):
        return x.Json(value)
    return value


def load(c, path):
    text = open(path, encoding="utf-8", newline="").read()
    with open(path, encoding="utf-8", newline="") as f:
        by_csv = list(csv.reader(f, strict=True))
    fields = scan(text)
    c.equal(by_csv, [[v for v, _ in row] for row in fields], "%s: csv module and scanner agree" % path)
    header = fields[0]
    c.expect(not any(q for _, q in header), "%s: quoted header" % path)
    columns = []
    for name, _ in header:
        prop, _, kind = name.rpartition(":")
        columns.append((prop, kind))
    return columns, fields[1:]


def check_columns(c, what, columns, fixed):
    c.equal(fixed, [p + ":" + k if p else ":" + k for p, k in columns[:len(fixed)]],
            "%s: leading columns" % what)
    names = [p for p, _ in columns if p]
    c.equal(len(names), len(set(names)), "%s: column names unique" % what)
    for prop, kind in columns[len(fixed):]:
        c.expect(prop and kind.rstrip("[]") in TYPES, "%s: column %s:%s" % (what, prop, kind))
        c.expect(not re.search(r'[,:"\x00-\x1f]', prop), "%s: column name %r" % (what, prop))


def check_props(c, what, columns, row, props, start, provenance=None):
    seen = set()
    for (prop, kind), (value, quoted) in zip(columns[start:], row[start:]):
        if prop in ("articles", "evidence") and provenance is not None:
            continue
        seen.add(prop)
        if prop not in props:
            c.equal(("", False), (value, quoted), "%s: missing %s is an empty unquoted field" % (what, prop))
            continue
        want = expected_field(props[prop], kind)
        if kind == "string" or kind.endswith("[]"):
            c.expect(quoted, "%s: %s unquoted" % (what, prop))
        if isinstance(want, x.Json):
            c.equal(want, value, "%s: %s" % (what, prop))
        else:
            c.equal(want, parse(value, kind), "%s: %s" % (what, prop))
    c.equal(sorted(props), sorted(p for p in props if p in seen), "%s: every property has a column" % what)
    if provenance is not None:
        articles, evidence = provenance
        fields = dict(zip([p for p, _ in columns], [v for v, _ in row]))
        c.equal(articles, parse(fields.get("articles", ""), "string[]"), "%s: articles" % what)
        c.equal(evidence, json.loads(fields.get("evidence", "null")), "%s: evidence" % what)


def files(directory, prefix):
    import os
    return sorted(os.path.join(directory, f) for f in os.listdir(directory)
                  if f.startswith(prefix) and f.endswith(".csv"))


def check_dir(c, directory, provenance):
    import os
    node_files = files(directory, "nodes_")
    # one file per first label
    c.equal(sorted({x.NODES[n][0][0] for n in x.NODES}),
            sorted(os.path.basename(f)[len("nodes_"):-4].replace("_", " ") for f in node_files),
            "a node file per label")
    kinds, seen = {}, []
    for path in node_files:
        name = os.path.basename(path)
        columns, rows = load(c, path)
        check_columns(c, name, columns, ["kgId:ID", ":LABEL"])
        kinds.update(dict(columns))
        for row in rows:
            nid = row[0][0]
            seen.append(nid)
            labels, _, props = x.NODES[nid]
            c.equal(len(columns), len(row), "%s: %s field count" % (name, nid))
            c.equal((";".join(labels), True), row[1], "%s: %s labels" % (name, nid))
            c.equal("nodes_" + labels[0].replace(" ", "_") + ".csv", name, "%s filed under its first label" % nid)
            check_props(c, name + " " + nid, columns, row, props, 2,
                        (x.ARTICLES.get(nid, []), x.EVIDENCE.get(nid, [])) if provenance else None)
    # typed where the values allow it, JSON text where neo4j's arrays cannot hold them
    for prop, kind in (("born", "long"), ("score", "double"), ("active", "boolean"),
                       ("aliases", "string[]"), ("years", "long[]"), ("weights", "double[]"),
                       ("places", "string"), ("mixed", "string"), ("label", "string")):
        c.equal(kind, kinds.get(prop), "nodes: type of %s" % prop)
    c.equal(sorted(x.NODES), sorted(seen), "nodes: every id once")
    ids = set(x.NODES)
    seen = []
    for path in files(directory, "relationships_"):
        name = os.path.basename(path)
        columns, rows = load(c, path)
        check_columns(c, name, columns, [":START_ID", ":END_ID", ":TYPE", "kgId:string"])
        for row in rows:
            eid = row[3][0]
            seen.append(eid)
            source, target, kind, _, props = x.EDGES[eid]
            c.equal("relationships_" + kind + ".csv", name, "%s: a file per type" % eid)
            c.equal(len(columns), len(row), "%s: %s field count" % (name, eid))
            c.equal([source, target, kind], [f[0] for f in row[:3]], "%s: %s" % (name, eid))
            c.expect(row[0][0] in ids and row[1][0] in ids, "%s: %s dangles" % (name, eid))
            check_props(c, name + " " + eid, columns, row, props, 4,
                        (x.ARTICLES.get(eid, []), x.EVIDENCE.get(eid, [])) if provenance else None)
    c.equal(sorted(x.EDGES), sorted(seen), "relationships: every id once")
    script = open(x.path(directory, "import-neo4j.sh"), encoding="utf-8").read()
    for path in files(directory, ""):
        c.expect("'%s'" % os.path.basename(path) in script, "import-neo4j.sh names %s" % path)


def main():
    directory = x.fixture_dir()
    c = x.Checker("neo4j-csv")
    check_dir(c, x.path(directory, "neo4j"), False)
    check_dir(c, x.path(directory, "neo4j-provenance"), True)
    c.finish()


if __name__ == "__main__":
    main()
