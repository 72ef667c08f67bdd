# One grammar for every command: -h/--help, kg --version, "did you mean" for commands and
# options, "-" for stdin and stdout, a missing input is an error, LF line ends, JSON that
# parses whatever the labels hold.
source "$(dirname "$0")/lib.sh"
cd "$WORK"

version=$("$KG" --version)
expect_contains "$version" "graph file format" "--version names the file format"

# -h and --help anywhere before "--" print the command's usage and succeed
for cmd in $("$KG" help | awk '/^commands:/{on=1; next} /^$/{on=0} on && NF {print $1}'); do
  for flag in -h --help; do
    out=$("$KG" "$cmd" x "$flag") || fail "kg $cmd $flag must succeed"
    expect_contains "$out" "usage: kg $cmd" "kg $cmd $flag"
  done
done

set +e
"$KG" biuld x 2> err; status=$?
set -e
[ "$status" -eq 2 ] || fail "an unknown command is a usage error (status $status)"
expect_contains "$(cat err)" "did you mean build?" "a misspelt command gets a suggestion"
set +e
"$KG" stats x.kg --fromat json 2> err; status=$?
set -e
[ "$status" -eq 2 ] || fail "an unknown option is a usage error (status $status)"
expect_contains "$(cat err)" "unknown option --fromat (did you mean --format?)" "a misspelt option"

# a missing input stops the build before anything is written
set +e
"$KG" build "$SRC/seeds" no-such-folder -o g.kg 2> err; status=$?
set -e
[ "$status" -eq 1 ] || fail "a missing input is an error (status $status)"
expect_contains "$(cat err)" "no-such-folder: no such file or folder" "the missing input is named"
[ ! -e g.kg ] || fail "nothing is written when an input is missing"

# "-": JSON Lines in, a graph out, a graph in, facts out, facts in
printf '{"id":"a1","text":"Ngày 2/6/2020, đồng chí Nguyễn Văn Thắng, Chủ tịch UBND tỉnh Quảng Ninh, chủ trì cuộc họp."}\n' > one.jsonl
"$KG" build - -o - --quiet < one.jsonl > piped.kg
"$KG" build one.jsonl -o direct.kg --quiet
cmp -s <("$KG" facts piped.kg) <("$KG" facts direct.kg) || fail "a graph built from stdin to stdout equals one built from files"
expect_contains "$("$KG" stats - < piped.kg)" "1 read" "stats reads the graph from stdin"
"$KG" facts direct.kg > facts.jsonl
scores=$("$KG" facts direct.kg | "$KG" eval --gold facts.jsonl - --format json)
expect_contains "$scores" '"f1"' "eval reads the output facts from stdin"
out=$(echo 'MATCH (p:Person) RETURN p.name AS name' | "$KG" query direct.kg -f - --format csv)
expect_contains "$out" "Nguyễn Văn Thắng" "query reads its script from stdin"
set +e
"$KG" query - -f - < direct.kg 2> err; status=$?
set -e
[ "$status" -eq 2 ] || fail "stdin for both the graph and the script is refused"

# CSV lines end in LF, in query and leaders alike
"$KG" query direct.kg -e 'RETURN 1 AS a, "x,y" AS b' --format csv > q.csv
"$KG" leaders direct.kg --format csv -o - > l.csv
if grep -q $'\r' q.csv l.csv; then fail "CSV must end lines with LF only"; fi
[ "$(cat q.csv)" = $'a,b\n1,"x,y"' ] || fail "query CSV: $(cat q.csv)"

# stats JSON stays JSON with a label that holds a quote and a backslash
"$KG" query direct.kg -e 'CREATE (:`we"ird\lab`)' > /dev/null 2>&1
"$KG" stats direct.kg --format json > stats.json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["labels"]["we\"ird\\lab"] == 1, d' stats.json \
  || fail "stats JSON must parse: $(cat stats.json)"

# --format takes the same five names in every command that prints rows
"$KG" facts direct.kg > gold.jsonl
person=$("$KG" query direct.kg -e 'MATCH (p:Person) RETURN id(p) AS id' --format csv | tail -1)
printing=("stats direct.kg" "facts direct.kg" "eval --gold gold.jsonl gold.jsonl" "query direct.kg -e RETURN_1"
          "neighbors direct.kg $person" "leaders direct.kg")
for cmd in "${printing[@]}"; do
  read -r -a words <<< "${cmd/RETURN_1/}"
  [[ "$cmd" == *RETURN_1* ]] && words+=("RETURN 1 AS one")
  for format in table csv tsv json jsonl; do
    "$KG" "${words[@]}" --format "$format" > "out.$format" 2> err || fail "kg $cmd --format $format: $(cat err)"
    [ -s "out.$format" ] || fail "kg $cmd --format $format printed nothing"
    if grep -q $'\r' "out.$format"; then fail "kg $cmd --format $format: CR in the output"; fi
  done
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' out.json || fail "kg $cmd --format json: not one JSON document"
  python3 -c '
import json, sys
for line in open(sys.argv[1]):
    assert isinstance(json.loads(line), dict), line' out.jsonl || fail "kg $cmd --format jsonl: not JSON Lines"
  set +e
  "$KG" "${words[@]}" --format xml > /dev/null 2> err; status=$?
  set -e
  [ "$status" -eq 2 ] || fail "kg $cmd --format xml must be a usage error (status $status)"
  expect_contains "$(cat err)" "table, csv, tsv, json, jsonl" "kg $cmd --format xml names the formats"
done
# TSV keeps one record a line: TAB, LF and backslash inside a field are escaped
"$KG" query direct.kg -e "RETURN 'a\tb' AS x, 'c\\\\d' AS y" --format tsv > t.tsv
[ "$(cat t.tsv)" = $'x\ty\na\\tb\tc\\\\d' ] || fail "query TSV: $(cat -A t.tsv)"
# facts: the same facts in every form
[ "$("$KG" facts direct.kg --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" \
  = "$(wc -l < gold.jsonl)" ] || fail "facts --format json holds every fact"
"$KG" export direct.kg --format csv -o exported
cmp -s <("$KG" facts direct.kg --format csv) exported/facts.csv || fail "facts --format csv is the export's facts.csv"
expect_contains "$("$KG" eval --gold gold.jsonl gold.jsonl --format csv)" "all,$(wc -l < gold.jsonl),0,0,1.0,1.0,1.0" \
  "eval CSV has an 'all' row"

# progress: a line on request (stderr not a terminal here), none by default or with --quiet
"$KG" build "$SRC/seeds" -o p.kg --progress 2> err
expect_contains "$(cat err)" "% of the input" "--progress shows how far the input is read"
"$KG" build "$SRC/seeds" -o p.kg 2> err
if grep -q "of the input" err; then fail "no progress line when stderr is not a terminal"; fi
"$KG" build "$SRC/seeds" -o p.kg --quiet 2> err
[ ! -s err ] || fail "--quiet prints nothing: $(cat err)"
# export and import: phases on request, nothing by default, nothing with --quiet
"$KG" export p.kg --format graphml -o p.graphml --progress 2> err
expect_contains "$(cat err)" "kg export: writing graphml" "export --progress names its phase"
"$KG" export p.kg --format graphml -o p.graphml 2> err
if grep -q "writing" err; then fail "no export progress when stderr is not a terminal"; fi
"$KG" export p.kg --format graphml -o p.graphml --quiet 2> err
[ ! -s err ] || fail "export --quiet prints nothing: $(cat err)"
printf 'a b\nb c\n' > two.txt
"$KG" import two.txt -o two.kg --progress 2> err
expect_contains "$(cat err)" "kg import: reading two.txt (file 1 of 1" "import --progress names the file"
"$KG" import two.txt -o two.kg --quiet 2> err
[ ! -s err ] || fail "import --quiet prints nothing: $(cat err)"
# leaders: phases on request, nothing by default, nothing with --quiet
"$KG" leaders p.kg --progress > /dev/null 2> err
expect_contains "$(cat err)" "kg leaders: finding spells" "leaders --progress names its phase"
"$KG" leaders p.kg > /dev/null 2> err
[ ! -s err ] || fail "no leaders progress when stderr is not a terminal: $(cat err)"
"$KG" leaders p.kg --progress --quiet > /dev/null 2> err
[ ! -s err ] || fail "leaders --quiet prints nothing: $(cat err)"
# on a terminal (util-linux script gives it one) the line is drawn by default, not with --quiet
if command -v script > /dev/null; then
  tty_out=$(script -qec "'$KG' leaders p.kg > /dev/null" /dev/null)
  expect_contains "$tty_out" "kg leaders: finding spells" "leaders shows its progress on a terminal"
  tty_out=$(script -qec "'$KG' leaders p.kg --quiet > /dev/null" /dev/null)
  [ -z "$tty_out" ] || fail "leaders --quiet on a terminal prints nothing: $tty_out"
fi
echo ok
