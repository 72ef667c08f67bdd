# End to end on the development set nobody tuned kg for (../shared/dev, 47 real articles,
# gold by annotators who never saw kg's output): build, print the facts view, score it and
# require the figures of docs/figures.md: overall F1 >= 0.85 and precision >= 0.90 for
# every kind with at least 10 gold facts. Skipped (77) only when the set is not beside
# the repository.
source "$(dirname "$0")/lib.sh"
DEV="$SRC/../shared/dev/corpus.jsonl"
GOLD="$SRC/../shared/gold/dev.jsonl"
if [ ! -f "$DEV" ] || [ ! -f "$GOLD" ]; then echo "SKIP: $DEV or $GOLD not found"; exit 77; fi
"$KG" build "$DEV" -o "$WORK/dev.kg" --quiet
"$KG" facts "$WORK/dev.kg" > "$WORK/facts.jsonl"
"$KG" eval --gold "$GOLD" "$WORK/facts.jsonl" --format json > "$WORK/score.json"
python3 - "$WORK/score.json" "$GOLD" <<'PY'
import collections, json, sys
score = json.load(open(sys.argv[1]))
gold_lines = collections.Counter(json.loads(l)["fact"] for l in open(sys.argv[2]) if l.strip())
problems = []
f1 = score["overall"]["f1"]
if f1 is None or f1 < 0.85:
    problems.append(f"overall F1 {f1} < 0.85")
for kind, s in score["kinds"].items():
    if gold_lines[kind] >= 10 and s["tp"] + s["fp"] > 0 and s["precision"] < 0.90:
        problems.append(f"{kind}: precision {s['precision']} < 0.90 ({gold_lines[kind]} gold facts)")
if problems:
    sys.exit("FAIL: " + "; ".join(problems))
print("overall F1", f1)
PY
echo ok
