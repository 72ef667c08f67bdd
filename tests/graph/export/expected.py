"""What a reader must find in the exports of the fixture graph (fixture_graph.cc).

Values are given as the graph holds them (invalid UTF-8 already shown as U+FFFD,
which every writer puts in its place); `for_xml` applies what GraphML must do on
top: remove the characters XML 1.0 forbids. Property names are the graph's;
the *_NAME tables give the renamings each format makes.
"""
import atexit
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77  # ctest SKIP_RETURN_CODE


class Json:
    """A list written as JSON text where the format has no list type."""

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "Json(%r)" % (self.value,)


HOSTILE_NAME = 'Trần "Hà" & <Lê> \'Bảo\''
HOSTILE_NOTE = "dòng 1\ndòng 2\tcột\r\nhết\x01\x1f!"

# id -> (labels, display label, properties)
NODES = {
    "n0": (["Person"], "Nguyễn Xuân Ký",
           {"name": "Nguyễn Xuân Ký", "province": "Quảng Ninh", "born": 1976, "active": True,
            "aliases": ["Ký", "Bí thư Ký"]}),
    "n1": (["Role"], "Bí thư Tỉnh ủy (Quảng Ninh)",
           {"title": "Bí thư Tỉnh ủy", "province": "Quảng Ninh",
            "titleEn": "Provincial Party Secretary"}),
    "n2": (["Body"], "Ban Thường vụ Tỉnh ủy (Quảng Ninh)",
           {"name": "Ban Thường vụ Tỉnh ủy", "province": "Quảng Ninh", "kind": "party"}),
    "n3": (["Event"], "Hội nghị Ban Chấp hành Đảng bộ tỉnh (2019-12-10)",
           {"name": "Hội nghị Ban Chấp hành Đảng bộ tỉnh", "date": "2019-12-10", "ordinal": 20,
            "province": "Quảng Ninh", "active": False}),
    "n4": (["Document"], "Nghị quyết 02-NQ/TU",
           {"number": "02-NQ/TU", "type": "Nghị quyết",
            "title": "Về phương hướng, nhiệm vụ năm 2021", "province": "Quảng Ninh",
            "years": [2020, 2021]}),
    "n5": (["Target"], "tăng trưởng GRDP >= 8.5 % (2024)",
           {"kind": "indicator", "indicator": "tăng trưởng GRDP", "comparator": ">=",
            "value": 8.5, "unit": "%", "year": 2024, "province": "Quảng Ninh",
            "weights": [1, 2.5]}),
    "n6": (["Person", "Official"], HOSTILE_NAME,
           {"name": HOSTILE_NAME, "note": HOSTILE_NOTE, "bad": "a\ufffdb", "nonchar": "x\ufffey",
            "label": "nhãn riêng", "tên riêng": "Hà", "places": ["Hạ Long", "Cẩm Phả; Uông Bí"],
            "mixed": [1, "một", True], "score": 1e20, "delta": -0.25}),
    "n7": (["Nhãn lạ"], "n7", {}),
    "n8": (["Body"], "Sở Tài chính (Quảng Ninh)",
           {"name": "Sở Tài chính", "province": "Quảng Ninh", "id": "x-1",
            "ratio": float("nan")}),
}

# id -> (source, target, type, display label, properties)
EDGES = {
    "e0": ("n0", "n1", "HOLDS", "HOLDS", {"firstSeen": "2019-01-02", "lastSeen": "2020-06-02"}),
    "e1": ("n1", "n2", "OF", "OF", {}),
    "e2": ("n0", "n3", "CHAIRED", "CHAIRED", {}),
    "e3": ("n3", "n4", "DISCUSSED", "DISCUSSED (quán triệt)", {"action": "quán triệt"}),
    "e4": ("n3", "n4", "DISCUSSED", "DISCUSSED (triển khai)", {"action": "triển khai"}),
    "e5": ("n3", "n5", "SET", "SET", {}),
    "e6": ("n2", "n4", "ISSUED", "ISSUED", {"note": "<&>\"'"}),
    "e7": ("n6", "n6", "KNOWS", "KNOWS", {"since": 2018, "close": True}),
    "e8": ("n6", "n7", "RELATED", "RELATED", {"type": "lạ", "weight": 0.5}),
}

# The neighbourhood written to part.graphml / part.dot: e0 and e2 and their ends.
PART_NODES = ["n0", "n1", "n3"]
PART_EDGES = ["e0", "e2"]

# Provenance (the `articles` of each element that has evidence from articles).
ARTICLES = {"n0": ["baomoi-1001", "baomoi-1002"], "n3": ["baomoi-1001"], "n4": ["baomoi-1001"],
            "n5": ["baomoi-1002"], "e0": ["baomoi-1001"], "e3": ["baomoi-1001"]}
EVIDENCE = {
    "n0": [{"article": "baomoi-1001", "start": 10, "end": 24},
           {"article": "baomoi-1002", "start": 5, "end": 19},
           {"article": "baomoi-1001", "start": 80, "end": 94}],
    "n3": [{"article": "baomoi-1001", "start": 100, "end": 140}],
    "n4": [{"article": "baomoi-1001", "start": 150, "end": 170}],
    "n5": [{"article": "baomoi-1002", "start": 40, "end": 80}],
    "n7": [{"article": None, "start": 0, "end": 0}],
    "e0": [{"article": "baomoi-1001", "start": 30, "end": 60}],
    "e3": [{"article": "baomoi-1001", "start": 200, "end": 230}],
}

GRAPHML_NODE_NAME = {"label": "prop.label", "type": "prop.type", "id": "prop.id",
                     "tên riêng": "tên_riêng"}
GRAPHML_EDGE_NAME = {"type": "prop.type"}
JSON_NODE_NAME = {"label": "prop.label", "type": "prop.type", "id": "prop.id"}
JSON_EDGE_NAME = {"type": "prop.type"}


def for_xml(text):
    """Removes what XML 1.0 cannot carry (C0 controls but TAB, LF, CR; U+FFFE, U+FFFF)."""
    return "".join(c for c in text
                   if not ((ord(c) < 0x20 and c not in "\t\n\r") or c in "\ufffe\uffff"))


def graphml_value(value):
    """A property as a GraphML reader types it: lists become JSON text."""
    if isinstance(value, list):
        return Json(value)
    if isinstance(value, str):
        return for_xml(value)
    return value


def same(expected, actual):
    if isinstance(expected, Json):
        return isinstance(actual, str) and json.loads(actual) == expected.value
    if isinstance(expected, float) and math.isnan(expected):
        return isinstance(actual, float) and math.isnan(actual)
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return float(expected) == float(actual)
    return expected == actual


class Checker:
    """Collects failures so that one run reports all of them."""

    def __init__(self, name):
        self.name = name
        self.failures = []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)

    def equal(self, expected, actual, what):
        if not same(expected, actual):
            self.failures.append("%s: expected %r, read %r" % (what, expected, actual))

    def finish(self):
        if self.failures:
            for f in self.failures:
                print("FAIL %s: %s" % (self.name, f), file=sys.stderr)
            sys.exit(1)
        print("%s: ok" % self.name)
        sys.exit(0)


def require(module):
    """Imports a reader, or exits with SKIP when it is not installed."""
    try:
        return __import__(module)
    except ImportError as e:
        print("SKIP: %s is not installed for %s (%s); tools/scripts/install-deps.sh installs it"
              % (module, sys.executable, e))
        sys.exit(SKIP)


def write_fixture(fixture_binary):
    """Runs export_fixture into a fresh directory and returns the directory."""
    out = tempfile.mkdtemp(prefix="kg-export-")
    atexit.register(shutil.rmtree, out, True)
    subprocess.run([fixture_binary, out], check=True)
    return out


def fixture_dir():
    """The directory of exports: argv[1] is the export_fixture binary."""
    if len(sys.argv) < 2:
        print("usage: %s EXPORT_FIXTURE [ARGS…]" % sys.argv[0], file=sys.stderr)
        sys.exit(2)
    return write_fixture(sys.argv[1])


def path(directory, name):
    return os.path.join(directory, name)
