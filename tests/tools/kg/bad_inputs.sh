# Bad records are reported as file:line: reason, skipped and counted; the rest is built;
# the exit status is non-zero only when nothing at all was read.
source "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/in/sub"
cp "$SRC/seeds/003_cfea28b52d9c8a20.txt" "$WORK/in/sub/"
: > "$WORK/in/empty.txt"
printf '\x00\x01\x02binary\x00' > "$WORK/in/binary.txt"
{
  echo '{"id": "good1", "text": "Ngày 2/6/2020, đồng chí Nguyễn Văn Thắng, Chủ tịch UBND tỉnh Quảng Ninh, chủ trì cuộc họp."}'
  echo 'this is not json'
  echo '{"id": "notext"}'
  printf '{"id": "latin1", "text": "caf\xe9"}\n'
  echo '{"id": "good2", "text": "Sáng 9/1/2021, Tỉnh ủy Nghệ An tổ chức hội nghị."}'
} > "$WORK/in/corpus.jsonl"

set +e
"$KG" build "$WORK/in" -o "$WORK/g.kg" 2> "$WORK/err"
status=$?
set -e
err=$(cat "$WORK/err")
[ "$status" -eq 0 ] || fail "build with some good articles must succeed (status $status): $err"
expect_contains "$err" "corpus.jsonl:2:" "the non-JSON line"
expect_contains "$err" "corpus.jsonl:3:" "the record without text"
expect_contains "$err" "corpus.jsonl:4:" "the record that is not UTF-8"
expect_contains "$err" "empty.txt" "the empty file"
expect_contains "$err" "binary.txt" "the binary file"
[ -f "$WORK/g.kg" ] || fail "no graph saved"

stats=$("$KG" stats "$WORK/g.kg")
expect_contains "$stats" "3 read, 5 skipped" "stats must count the articles read and skipped"

# nothing readable: non-zero, and no graph file left behind
mkdir "$WORK/none"
: > "$WORK/none/empty.txt"
if "$KG" build "$WORK/none" -o "$WORK/none.kg" 2>/dev/null; then fail "an all-bad corpus must fail"; fi
[ ! -e "$WORK/none.kg" ] || fail "an all-bad corpus must not leave a graph file"
# an id read twice: reported with where it came first, whether the text differs
printf '{"id":"d","text":"Bài một"}\n{"id":"d","text":"Bài khác"}\n{"id":"d","text":"Bài một"}\n' > "$WORK/dup.jsonl"
"$KG" build "$WORK/dup.jsonl" -o "$WORK/dup.kg" 2> "$WORK/err"
err=$(cat "$WORK/err")
expect_contains "$err" "dup.jsonl:2: id 'd' already read at $WORK/dup.jsonl:1 with a different text" "a repeated id with another text"
expect_contains "$err" "dup.jsonl:3: id 'd' already read at $WORK/dup.jsonl:1 (same text)" "a repeated record"
expect_contains "$err" "2 skipped" "repeats count as skipped"

# threads and limits are numbers; an article over the limit is skipped with the flag named
for bad in abc 100000 -1; do
  if "$KG" build "$WORK/dup.jsonl" -o "$WORK/j.kg" -j "$bad" 2>/dev/null; then fail "-j $bad must be refused"; fi
done
printf '{"id":"long","text":"%s"}\n{"id":"short","text":"Bài ngắn"}\n' "$(head -c 3000 /dev/zero | tr '\0' a)" > "$WORK/long.jsonl"
"$KG" build "$WORK/long.jsonl" -o "$WORK/long.kg" --max-article-bytes 1000 2> "$WORK/err"
expect_contains "$(cat "$WORK/err")" "long.jsonl:1: article of 3000 bytes is over the limit of 1000" "the size limit"
expect_contains "$("$KG" stats "$WORK/long.kg")" "1 read, 1 skipped" "the short article is read"

# parameters: a broken literal or text that is not UTF-8 is an error naming the parameter,
# never a String; words stay text, and JSON output stays valid JSON
for bad in "l=[1, 2" "m={a: }" "n=12abc" "$(printf 'x=caf\xe9')"; do
  set +e
  "$KG" query "$WORK/long.kg" -e 'RETURN $l' --param "$bad" > "$WORK/out" 2> "$WORK/err"
  status=$?
  set -e
  [ "$status" -eq 2 ] || fail "--param $bad must be refused with status 2 (got $status)"
  expect_contains "$(cat "$WORK/err")" "--param" "the refused parameter is named"
done
"$KG" query "$WORK/long.kg" -e 'RETURN $w AS w' --param 'w=Nguyen Xuan Ky' --format json > "$WORK/out"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["rows"]==[["Nguyen Xuan Ky"]], d' "$WORK/out" \
  || fail "a word parameter is text, and the JSON output parses"
echo ok
