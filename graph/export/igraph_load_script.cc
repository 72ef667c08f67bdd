#include "graph/export/igraph_load_script.h"

namespace kg::exporter {

// The headers, quoting and array delimiter it reads are neo4j_csv_writer.cc's.
const char kIgraphLoadScriptText[] = R"py(#!/usr/bin/env python3
"""Loads this directory, written by `kg export --format neo4j-csv`, into a
python-igraph Graph, keeping the types the CSV headers declare.

    python3 load_igraph.py [DIR]                  # prints igraph's summary
    g = runpy.run_path("DIR/load_igraph.py")["load"]()

The graph is directed: a vertex per row of the nodes_*.csv files, an edge per row
of the relationships_*.csv files, in the order of the files. Values are typed by
their column: long -> int, double -> float (NaN, Infinity too), boolean -> bool,
string -> str, arrays (long[], string[], ...) -> lists; a value an element does
not have is None. Lists kg could not type are JSON text, as in the CSV files.
kg's ids are in `id` ("n0", "e3"), a node's labels in `labels` (a list) and
`kgType` (joined by ':'), a relationship's type in `kgType`: the names igraph's
GraphML reader gives them on kg's GraphML. A property of one of those names, or
`label` or `type`, is `prop.<name>`. Needs python-igraph and the standard
library only.
"""
import os
import re
import sys

import igraph

# One field: quoted, with "" for a quote inside, or bare up to ',' or the line end.
_FIELD = re.compile(r'"((?:[^"]|"")*)"|([^,\n]*)')
_RESERVED = {"id", "label", "type", "kgType", "labels"}
_BOOLEANS = {"true": True, "false": False}


def _rows(path):
    """The rows of one file, each a list of fields: str, or None for an empty
    unquoted field (a missing value; "" is an empty string)."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    rows, row, i, n = [], [], 0, len(text)
    while i < n:
        m = _FIELD.match(text, i)
        quoted, bare = m.group(1), m.group(2)
        row.append(quoted.replace('""', '"') if quoted is not None else bare or None)
        i = m.end()
        if i >= n or text[i] == "\n":
            rows.append(row)
            row = []
            i += 1
        elif text[i] == ",":
            i += 1
        else:
            raise ValueError("%s: %r after a field, at character %d" % (path, text[i], i))
    return rows


def _scalar(kind):
    if kind in ("long", "int"):
        return int
    if kind in ("double", "float"):
        return float
    if kind == "boolean":
        return _BOOLEANS.__getitem__
    return str


def _converter(kind):
    """The function from a field's text to the value of a column of type `kind`."""
    if kind.endswith("[]"):
        scalar = _scalar(kind[:-2])
        return lambda text: [scalar(item) for item in text.split(";")] if text else []
    return _scalar(kind)


def _columns(header, fixed):
    """(attribute name, converter) per column; `fixed` maps the special columns."""
    names = {column.rpartition(":")[0] for column in header}
    out = []
    for column in header:
        if column in fixed:
            out.append(fixed[column])
            continue
        name, _, kind = column.rpartition(":")
        if name in _RESERVED:
            renamed, n = "prop." + name, 2
            while renamed in names:
                renamed, n = "prop.%s_%d" % (name, n), n + 1
            name = renamed
        out.append((name, _converter(kind)))
    return out


def _labels(text):
    return text.split(";") if text else []


def _read(path, fixed, attrs, count):
    """Adds the rows of one file to `attrs` (attribute -> one value per element so
    far); returns the rows' special fields (those named ':…') and the new count."""
    rows = _rows(path)
    columns = _columns(rows[0], fixed)
    special = []
    for row in rows[1:]:
        values, ends = {}, {}
        for (name, convert), text in zip(columns, row):
            if name.startswith(":"):
                ends[name] = text
            elif text is not None:
                values[name] = convert(text)
        for name in values:
            if name not in attrs:
                attrs[name] = [None] * count
        for name, column in attrs.items():
            column.append(values.get(name))
        special.append(ends)
        count += 1
    return special, count


def load(directory=None):
    """The graph of the export in `directory` (by default the script's own)."""
    directory = directory or os.path.dirname(os.path.abspath(__file__))
    files = sorted(os.listdir(directory))
    vertex_attrs, vertex_count = {}, 0
    node_columns = {"kgId:ID": ("id", str), ":LABEL": ("labels", _labels)}
    for name in files:
        if name.startswith("nodes_") and name.endswith(".csv"):
            _, vertex_count = _read(os.path.join(directory, name), node_columns, vertex_attrs,
                                    vertex_count)
    index = {kg_id: i for i, kg_id in enumerate(vertex_attrs.get("id", []))}
    vertex_attrs["kgType"] = [":".join(labels) for labels in vertex_attrs.get("labels", [])]

    edge_attrs, edge_count, ends = {}, 0, []
    edge_columns = {":START_ID": (":start", str), ":END_ID": (":end", str),
                    ":TYPE": ("kgType", str), "kgId:string": ("id", str)}
    for name in files:
        if name.startswith("relationships_") and name.endswith(".csv"):
            special, edge_count = _read(os.path.join(directory, name), edge_columns, edge_attrs,
                                        edge_count)
            ends += [(index[row[":start"]], index[row[":end"]]) for row in special]
    return igraph.Graph(n=vertex_count, edges=ends, directed=True, vertex_attrs=vertex_attrs,
                        edge_attrs=edge_attrs)


if __name__ == "__main__":
    print(load(sys.argv[1] if len(sys.argv) > 1 else None).summary())
)py";

}  // namespace kg::exporter
