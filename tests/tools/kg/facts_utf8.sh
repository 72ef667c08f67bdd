# The facts view is valid UTF-8 even where extraction shortens a long text (a task
# longer than the 300-byte cap, written in multi-byte Vietnamese letters).
source "$(dirname "$0")/lib.sh"
long=""
for i in $(seq 1 40); do long+="rà soát, đánh giá trước hết ${i} quy định về việc ứng dụng "; done
mkdir "$WORK/in"
for pad in "" "a " "ab " "abc " "abcd "; do  # shift the cap across every byte of a letter
  cat > "$WORK/in/task${#pad}.txt" <<TXT
Chiều 12/9/2023, UBND tỉnh Bắc Giang họp phiên thường kỳ tháng 9. Chủ tịch UBND tỉnh Lê Ánh Dương chủ trì phiên họp. Chủ tịch UBND tỉnh giao Sở Tài chính ${pad}${long} trước ngày 30/9/2023.
TXT
done
"$KG" build "$WORK/in" -o "$WORK/g.kg" --quiet
"$KG" facts "$WORK/g.kg" > "$WORK/facts.jsonl"
grep -q '"fact": *"assigned"' "$WORK/facts.jsonl" || fail "the long task was not extracted: $(cat "$WORK/facts.jsonl")"
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8", errors="strict"):
    json.loads(line)
' "$WORK/facts.jsonl" || fail "facts view is not valid UTF-8 JSON Lines"
echo ok
