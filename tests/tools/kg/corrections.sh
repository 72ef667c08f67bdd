# kg build --corrections: fixes applied after every build and --append, with
# "correction:FILE:LINE" provenance; one that changes nothing is reported; one that
# fails saves nothing. The names come from the seed graph itself, not from this file.
source "$(dirname "$0")/lib.sh"
"$KG" build "$SRC/seeds" -o "$WORK/plain.kg" --quiet
row=$("$KG" query "$WORK/plain.kg" --format tsv \
  -e "MATCH (p:Person)-[:HOLDS]->(r:Role) RETURN p.name, r.title ORDER BY p.name, r.title LIMIT 1" | tail -n 1)
name=${row%%$'\t'*}
title=${row#*$'\t'}
[ -n "$name" ] && [ -n "$title" ] || fail "the seed graph must hold a HOLDS relationship"
holds() {
  "$KG" query "$1" --format tsv \
    -e "MATCH (:Person {name: '$name'})-[h:HOLDS]->(:Role {title: '$title'}) RETURN count(h)" | tail -n 1
}
[ "$(holds "$WORK/plain.kg")" -ge 1 ] || fail "the HOLDS must be there before the correction"

cat > "$WORK/fixes.cypher" <<CYPHER
MATCH (:Person {name: '$name'})-[h:HOLDS]->(:Role {title: '$title'})
DELETE h;
// a body the articles do not name
MERGE (b:Body {name: 'Ban Kiểm tra (thử)', province: 'Hà Tĩnh'});
MATCH (p:Person {name: 'Không Có Ai'}) SET p.checked = true;
CYPHER
"$KG" build "$SRC/seeds" -o "$WORK/g.kg" --corrections "$WORK/fixes.cypher" 2> "$WORK/err"
err=$(cat "$WORK/err")
expect_contains "$err" "fixes.cypher:1: deleted" "the report names the line and what changed"
expect_contains "$err" "fixes.cypher:4: created 1 node" "MERGE creates the body"
expect_contains "$err" "fixes.cypher:5: warning: this correction changed nothing" \
  "a correction that matches nothing is reported"
[ "$(holds "$WORK/g.kg")" = 0 ] || fail "the corrected graph must not hold the deleted HOLDS"
sources=$("$KG" query "$WORK/g.kg" --format jsonl \
  -e "MATCH (b:Body {name: 'Ban Kiểm tra (thử)'}) RETURN sources(b) AS s")
expect_contains "$sources" "correction:$WORK/fixes.cypher:4" "created nodes carry the correction as provenance"
"$KG" facts "$WORK/g.kg" > "$WORK/facts.jsonl"

# --append applies them again: the deletion is already done (reported), the MERGE matches
"$KG" build "$SRC/seeds" -o "$WORK/g.kg" --append --corrections "$WORK/fixes.cypher" 2> "$WORK/err"
expect_contains "$(cat "$WORK/err")" "fixes.cypher:1: warning" "an already applied deletion is reported"
[ "$(holds "$WORK/g.kg")" = 0 ] || fail "the fix must survive --append"
bodies=$("$KG" query "$WORK/g.kg" --format tsv -e "MATCH (b:Body {name: 'Ban Kiểm tra (thử)'}) RETURN count(b)" | tail -n 1)
[ "$bodies" = 1 ] || fail "MERGE must not add a second body on --append (got $bodies)"
# and a rebuild from scratch gives the same facts as the first corrected build
"$KG" build "$SRC/seeds" -o "$WORK/again.kg" --quiet --corrections "$WORK/fixes.cypher" 2> /dev/null
diff <("$KG" facts "$WORK/again.kg") "$WORK/facts.jsonl" > /dev/null || fail "a rebuild must give the same facts"

# a failing correction saves nothing: the file keeps its bytes
cp "$WORK/g.kg" "$WORK/before.kg"
printf 'MATCH (b:Body)\nSET b.bad = {a: 1};\n' > "$WORK/bad.cypher"
if "$KG" build "$SRC/seeds" -o "$WORK/g.kg" --corrections "$WORK/bad.cypher" 2> "$WORK/err"; then
  fail "a failing correction must fail the build"
fi
expect_contains "$(cat "$WORK/err")" "bad.cypher:2:" "the error names the file and line"
expect_contains "$(cat "$WORK/err")" "nothing saved" "and says nothing was saved"
cmp -s "$WORK/g.kg" "$WORK/before.kg" || fail "the graph file must be left as it was"

if "$KG" build "$SRC/seeds" -o "$WORK/x.kg" --corrections "$WORK/missing.cypher" 2> "$WORK/err"; then
  fail "a missing corrections file is an error"
fi
expect_contains "$(cat "$WORK/err")" "missing.cypher: no such file" "the error names the file"
echo ok
