# End to end: kg leaders on the seeds. The default view (csv, json, jsonl), --history (json), --panel,
# the province filter and its errors, a malformed --as-of, the current map, and the HTML
# report written atomically with -o.
source "$(dirname "$0")/lib.sh"
"$KG" build "$SRC/seeds" -o "$WORK/g.kg" --quiet
cd "$WORK"

# the default view: one row per province, Quảng Ninh with its secretary
csv=$("$KG" leaders g.kg --format csv)
header=$(head -n 1 <<<"$csv")
expect_contains "$header" "province,secretary,secretary_first_seen,secretary_last_seen,secretary_articles" "csv header"
expect_contains "$header" "secretary_in_central_committee" "csv header"
qn=$(grep '^Quảng Ninh,' <<<"$csv") || fail "no Quảng Ninh row in:"$'\n'"$csv"
expect_contains "$qn" "Quảng Ninh,Nguyễn Xuân Ký,2020-06-02,2024-06-21,3," "Quảng Ninh's secretary"
expect_contains "$qn" "Nguyễn Văn Thắng,2019-12-05" "Quảng Ninh's committee chair"
[ "$(grep -c '^Quảng Ninh,' <<<"$csv")" -eq 1 ] || fail "one Quảng Ninh row expected"
[ "$(tail -n +2 <<<"$csv" | wc -l)" -eq 63 ] || fail "csv lists every one of the 63 provinces"

# --history as JSON: valid, four spells (three placed, Ngô Chí Cường's unplaced)
"$KG" leaders g.kg --history --format json > history.json
python3 - history.json <<'PY' || fail "history json"
import json, sys
d = json.load(open(sys.argv[1]))
rows = d["rows"]
assert d["view"] == "history", d["view"]
assert len(rows) == 4, f"{len(rows)} spells: {rows}"
spells = {(r["person"], r["post"], r["province"]) for r in rows}
want = {("Nguyễn Xuân Ký", "secretary", "Quảng Ninh"), ("Nguyễn Xuân Ký", "council_chair", "Quảng Ninh"),
        ("Nguyễn Văn Thắng", "committee_chair", "Quảng Ninh"), ("Ngô Chí Cường", "secretary", None)}
assert spells == want, spells
PY
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' history.json || fail "history json does not parse"

# the default view as JSON: as of no later than the publication range's end; a post's
# holders an array (several holders, one or none alike)
"$KG" leaders g.kg --format json > provinces.json
python3 - provinces.json <<'PY' || fail "provinces json"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["publication_from"] and d["publication_to"], d
assert d["publication_range_source"] in ("published", "estimated"), d
assert d["as_of"] <= d["publication_to"], (d["as_of"], d["publication_to"])
qn = [r for r in d["rows"] if r["province"] == "Quảng Ninh"][0]
assert qn["secretary"] == ["Nguyễn Xuân Ký"], qn["secretary"]
assert qn["secretary_articles"] == [3], qn["secretary_articles"]
assert all(isinstance(r[k], list) for r in d["rows"] for k in ("secretary", "deputy_secretary")), "arrays"
PY
[ "$("$KG" leaders g.kg --format jsonl | wc -l)" -eq 63 ] || fail "jsonl: one line per province"

# --panel: one row per year with evidence, 2020 to 2024 for Ký
panel=$("$KG" leaders g.kg --panel --format csv)
expect_contains "$(head -n 1 <<<"$panel")" "person,post,province,year,evidence_count" "panel header"
ky_years=$(grep ',Nguyễn Xuân Ký,secretary,Quảng Ninh,' <<<"$panel" | cut -d, -f5 | sort -u | tr '\n' ' ')
[ "$(cut -d' ' -f1 <<<"$ky_years")" = 2020 ] || fail "Ký's panel starts in 2020: $ky_years"
expect_contains "$ky_years" "2024" "Ký's panel reaches 2024"
for y in $ky_years; do
  [ "$y" -ge 2020 ] && [ "$y" -le 2024 ] || fail "Ký's panel year $y outside 2020..2024"
done

# the province filter, without diacritics
one=$("$KG" leaders g.kg --province 'Quang Ninh' --format csv)
[ "$(tail -n +2 <<<"$one" | wc -l)" -eq 1 ] || fail "--province gives one row:"$'\n'"$one"
expect_contains "$one" "Quảng Ninh,Nguyễn Xuân Ký" "--province 'Quang Ninh'"

# an unknown province and a malformed date are errors
set +e
"$KG" leaders g.kg --province 'Quảng Nim' > out 2> err
status=$?
set -e
[ "$status" -ne 0 ] || fail "an unknown province must fail"
expect_contains "$(cat err)" "unknown province" "the unknown province's message"
[ ! -s out ] || fail "an unknown province prints no table"
if "$KG" leaders g.kg --as-of 2020-13-01 > out 2> err; then fail "--as-of 2020-13-01 must fail"; fi
expect_contains "$(cat err)" "2020-13-01" "the malformed date's message"

# --as-of between spells: Thắng's chair spell is the only one started by 2020-01-01
early=$("$KG" leaders g.kg --as-of 2020-01-01 --province 'Quảng Ninh' --format csv)
expect_contains "$early" "Nguyễn Văn Thắng" "as of 2020-01-01"
grep -qF "Nguyễn Xuân Ký" <<<"$early" && fail "Ký is not attested by 2020-01-01:"$'\n'"$early"

# the current map: Quảng Ninh is a kept unit
current=$("$KG" leaders g.kg --map current --history --format csv)
expect_contains "$current" "Quảng Ninh,secretary,Provincial Party Secretary,Nguyễn Xuân Ký" "current map"
[ "$("$KG" leaders g.kg --map current --format csv | tail -n +2 | wc -l)" -eq 34 ] ||
  fail "the current map has 34 provinces"

# the HTML report, and -o into a directory that cannot be written
"$KG" leaders g.kg --report -o r.html
[ -s r.html ] || fail "no report written"
grep -qF "<svg" r.html || fail "the report has no <svg"
grep -qF "Nguyễn Xuân Ký" r.html || fail "the report does not name Ký"
mkdir ro
chmod 555 ro
if [ -w ro ]; then
  echo "(running as a user who can write anywhere: skipping the unwritable -o check)"
else
  if "$KG" leaders g.kg --report -o ro/r.html 2> err; then fail "-o into an unwritable dir must fail"; fi
  [ -z "$(ls -A ro)" ] || fail "a failed -o leaves files behind: $(ls -A ro)"
fi
# root can write anywhere, so also: a parent that is a file, and a target that is a
# directory (the temporary file is written, the rename fails, nothing may be left)
mkdir clean
cd clean
touch plain
mkdir target
if "$KG" leaders ../g.kg --report -o plain/r.html 2> ../err; then fail "-o under a plain file must fail"; fi
expect_contains "$(cat ../err)" "plain/r.html" "the -o error names the path"
if "$KG" leaders ../g.kg --report -o target 2> ../err; then fail "-o onto a directory must fail"; fi
[ "$(ls -A . | tr '\n' ' ')" = "plain target " ] || fail "a failed -o leaves files behind: $(ls -A .)"
[ -z "$(ls -A target)" ] || fail "a failed -o wrote into the directory: $(ls -A target)"
if "$KG" leaders ../g.kg --format csv -o missing/out.csv 2> ../err; then fail "-o into a missing dir must fail"; fi
[ ! -e missing ] || fail "a failed -o created missing/"
cd ..
chmod 755 ro

# --with-sources quotes the evidence sentence the graph kept
sources=$("$KG" leaders g.kg --history --with-sources --format csv --province 'Quảng Ninh')
expect_contains "$sources" "dưới sự chủ trì của đồng chí Nguyễn Xuân Ký" "the quoted evidence of Ký's spells"
echo ok
