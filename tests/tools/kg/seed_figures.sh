# End to end: build the seeds, print the facts view, score it against the gold
# (a development set) and require the figures of docs/figures.md: overall F1 >= 0.95
# and precision >= 0.90 for every kind.
source "$(dirname "$0")/lib.sh"
"$KG" build "$SRC/seeds" -o "$WORK/seeds.kg" --quiet
"$KG" facts "$WORK/seeds.kg" > "$WORK/facts.jsonl"
"$KG" eval --gold "$SRC/tests/data/seeds-gold.jsonl" "$WORK/facts.jsonl" --format json > "$WORK/score.json"
python3 - "$WORK/score.json" <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))
problems = []
if score["overall"]["f1"] is None or score["overall"]["f1"] < 0.95:
    problems.append(f"overall F1 {score['overall']['f1']} < 0.95")
for kind, s in score["kinds"].items():
    if s["tp"] + s["fp"] > 0 and s["precision"] < 0.90:
        problems.append(f"{kind}: precision {s['precision']} < 0.90")
    if s["tp"] + s["fn"] == 0:
        problems.append(f"{kind}: gold lists no scored fact (the gold file is not the seeds gold?)")
if problems:
    sys.exit("FAIL: " + "; ".join(problems))
print("overall F1", score["overall"]["f1"])
PY
echo ok
