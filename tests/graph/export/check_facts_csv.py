"""facts.csv (kg export --format csv) holds the facts view row for row: every
field of every fact in its column, numbers as numbers, nulls empty.

usage: check_facts_csv.py EXPORT_FIXTURE
"""
import csv
import json

import expected as x

HEADER = ["fact", "article", "person", "role", "body", "province", "date", "name", "ordinal",
          "number", "type", "title", "action", "indicator", "comparator", "value", "unit", "year",
          "task", "deadline", "evidence_start", "evidence_end", "other"]


def main():
    directory = x.fixture_dir()
    c = x.Checker("facts-csv")
    with open(x.path(directory, "facts/facts.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    with open(x.path(directory, "facts.jsonl"), encoding="utf-8") as f:
        facts = [json.loads(line) for line in f if line.strip()]
    c.equal(HEADER, rows[0], "header")
    c.equal(len(facts), len(rows) - 1, "one row per fact")
    c.expect(len(facts) >= 5, "the fixture has %d facts" % len(facts))
    kinds = set()
    for fact, row in zip(facts, rows[1:]):
        fields = dict(zip(HEADER, row))
        kinds.add(fact["fact"])
        for key, value in fact.items():
            if key == "evidence":
                c.equal(str(value["start"]), fields["evidence_start"], "%s evidence start" % fact["fact"])
                c.equal(str(value["end"]), fields["evidence_end"], "%s evidence end" % fact["fact"])
            elif value is None:
                c.equal("", fields[key], "%s.%s is null" % (fact["fact"], key))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                c.equal(float(value), float(fields[key]), "%s.%s" % (fact["fact"], key))
            else:
                c.equal(value, fields[key], "%s.%s" % (fact["fact"], key))
        c.equal("", fields["other"], "%s: no unexpected fields" % fact["fact"])
    c.equal({"holds", "event", "document", "discussed", "target"}, kinds, "fact kinds")
    c.finish()


if __name__ == "__main__":
    main()
