#!/usr/bin/env bash
# End-to-end test of kg query / neighbors / path. Arguments: the kg binary and
# make_test_graph (which writes a .kg file from CREATE statements).
set -euo pipefail
KG=$1
MAKE=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_eq() { [[ "$1" == "$2" ]] || fail "$3: expected"$'\n'"$2"$'\n'"got"$'\n'"$1"; }
expect_contains() { grep -qF -- "$2" <<<"$1" || fail "$3: expected '$2' in:"$'\n'"$1"; }

# --- kg query on :memory: ---
out=$("$KG" query :memory: --format json -e "UNWIND [1, 2] AS x RETURN x, 'Hà Nội' AS city")
expect_eq "$out" '{"columns": ["x", "city"], "rows": [[1, "Hà Nội"], [2, "Hà Nội"]]}' "json format"

out=$("$KG" query :memory: --format csv --param name='Nguyen Xuan Ky' --param n=3 -e 'RETURN $name AS name, $n + 1 AS n')
expect_eq "$out" $'name,n\nNguyen Xuan Ky,4' "csv with params"

printf '{"tỉnh": "Quảng Ninh", "năm": 2020}' > "$WORK/p.json"
out=$("$KG" query :memory: --format jsonl --params "$WORK/p.json" -e 'RETURN $tỉnh AS t, $năm AS y')
expect_eq "$out" '{"t": "Quảng Ninh", "y": 2020}' "params file"

# a script stops at its first error, which names file:line:col with carets
cat > "$WORK/s.cypher" <<'CYPHER'
// first a good statement
RETURN 1 AS one;
MATCH (n:Người {tên: 'Ký'})
RETURN n.tên, tuổi;
RETURN 'never' AS x
CYPHER
set +e
out=$("$KG" query :memory: --format csv -f "$WORK/s.cypher" 2>"$WORK/err")
status=$?
set -e
[[ $status -eq 1 ]] || fail "script error exit status $status"
expect_eq "$out" $'one\n1' "output before the error"
expect_eq "$(cat "$WORK/err")" "$WORK/s.cypher:4:15: error: SyntaxError (UndefinedVariable): variable 'tuổi' is not defined
  RETURN n.tên, tuổi;
                ^^^^" "script error"

set +e
"$KG" query :memory: -e 'FOREACH (x IN [1] | CREATE ())' 2>"$WORK/err"; status=$?
set -e
[[ $status -eq 1 ]] || fail "unsupported exit status"
expect_contains "$(cat "$WORK/err")" "kg does not support the FOREACH clause" "refused by name"

set +e
"$KG" query :memory: 2>/dev/null; status=$?
set -e
[[ $status -eq 2 ]] || fail "usage error exit status $status"

# --- a graph file ---
"$MAKE" "$WORK/g.kg" "
CREATE (ky:Person {name: 'Nguyễn Xuân Ký'}), (thang:Person {name: 'Nguyễn Văn Thắng'}),
       (r:Role {title: 'Bí thư Tỉnh ủy', province: 'Quảng Ninh'}), (b:Body {name: 'Tỉnh ủy Quảng Ninh'}),
       (e:Event {date: '2020-06-02', name: 'Hội nghị Ban Thường vụ'}),
       (d:Document {number: '15-NQ/TU', type: 'Nghị quyết'}),
       (ky)-[:HOLDS]->(r), (r)-[:OF]->(b), (ky)-[:CHAIRED]->(e), (b)-[:CONVENED]->(e),
       (e)-[:DISCUSSED]->(d), (b)-[:ISSUED]->(d), (thang)-[:CHAIRED]->(e)" --article qn-2020-06-02

out=$("$KG" neighbors "$WORK/g.kg" 'Nguyen Xuan Ky' --depth 2 --format csv)
expect_eq "$out" $'depth,id,labels,name
1,2,"[""Role""]",Bí thư Tỉnh ủy
1,4,"[""Event""]",Hội nghị Ban Thường vụ
2,1,"[""Person""]",Nguyễn Văn Thắng
2,3,"[""Body""]",Tỉnh ủy Quảng Ninh
2,5,"[""Document""]",15-NQ/TU' "neighbors depth 2"

out=$("$KG" neighbors "$WORK/g.kg" 'nguyễn xuân ký' --depth 2 --label Document --format jsonl)
expect_eq "$out" '{"depth": 2, "id": 5, "labels": ["Document"], "name": "15-NQ/TU"}' "neighbors with a label filter"

out=$("$KG" neighbors "$WORK/g.kg" 0 --type HOLDS --with-sources --format jsonl)
expect_contains "$out" '{"depth": 1, "id": 2, "labels": ["Role"], "name": "Bí thư Tỉnh ủy"}' "neighbors by id"
expect_contains "$out" '"articles": ["qn-2020-06-02"]' "neighbors with sources"
expect_contains "$out" '"url": "https://example.vn/qn-2020-06-02"' "evidence url"

out=$("$KG" path "$WORK/g.kg" 'Nguyễn Xuân Ký' '15-NQ/TU' --format jsonl)
expect_contains "$out" '{"hops": 2, "path": {"nodes": [{"id": 0' "path length"
expect_contains "$out" '"type": "CHAIRED"' "path goes through the event"

out=$("$KG" path "$WORK/g.kg" 'Nguyen Xuan Ky' 'tinh uy quang ninh' --all --format csv | wc -l)
[[ $out -eq 3 ]] || fail "allShortestPaths: expected 2 paths and a header, got $out lines"

out=$("$KG" path "$WORK/g.kg" 'Nguyen Van Thang' 'Bi thu Tinh uy' --with-sources --format csv)
expect_contains "$out" "1,1,CHAIRED,4" "path step 1"
expect_contains "$out" "qn-2020-06-02" "path sources"

# CREATE on a file saves the change (manual provenance); --dry-run does not
"$KG" query "$WORK/g.kg" --dry-run -e "CREATE (:Person {name: 'Thử'})" >/dev/null
out=$("$KG" query "$WORK/g.kg" --format csv -e "MATCH (p:Person) RETURN count(p) AS n")
expect_eq "$out" $'n\n2' "dry run keeps the file"
"$KG" query "$WORK/g.kg" -e "MATCH (d:Document {number: '15-NQ/TU'}) CREATE (:Person {name: 'Bùi Văn Thêm'})-[:CHAIRED]->(:Event)-[:DISCUSSED]->(d)" >/dev/null 2>&1
out=$("$KG" query "$WORK/g.kg" --format csv -e "MATCH (p:Person {name: 'Bùi Văn Thêm'}) RETURN sources(p)[0].manual AS manual")
expect_eq "$out" $'manual\ntrue' "a hand-added fact is saved, marked manual"

set +e
"$KG" neighbors "$WORK/g.kg" 'Không Ai' 2>"$WORK/err"; status=$?
set -e
[[ $status -eq 1 ]] || fail "unknown node exit status"
expect_contains "$(cat "$WORK/err")" "no node has the name" "unknown node"
# a parameters file nested 30,000 deep is refused with the limit, never a crash
python3 -c "print('{\"a\": ' + '['*30000 + ']'*30000 + '}')" > "$WORK/deep.json"
set +e
"$KG" query :memory: --params "$WORK/deep.json" -e 'RETURN $a' 2>"$WORK/err"; status=$?
set -e
[[ $status -ne 0 && $status -lt 128 ]] || fail "deep params: exit status $status"
expect_contains "$(cat "$WORK/err")" "nests deeper than" "deep params"
echo "cli_test: ok"
