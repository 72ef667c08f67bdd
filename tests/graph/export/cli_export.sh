# kg export end to end: every format from a saved graph, the counts of kg stats,
# standard output, errors and their exit codes.
#   cli_export.sh KG EXPORT_FIXTURE GRAPHML_XSD
set -euo pipefail
KG=$1
FIXTURE=$2
XSD=$3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_contains() {  # haystack needle what
  grep -qF -- "$2" <<<"$1" || fail "$3: expected to find '$2' in:"$'\n'"$1"
}
expect_status() {  # status what command...
  local want=$1 what=$2
  shift 2
  set +e
  OUT=$("$@" 2>&1)
  local got=$?
  set -e
  [ "$got" = "$want" ] || fail "$what: exit $got, expected $want:"$'\n'"$OUT"
}

"$FIXTURE" "$WORK/fx" >/dev/null
G=$WORK/fx/fixture.kg
stats=$("$KG" stats "$G" --format json)
nodes=$(sed -E 's/.*"nodes":([0-9]+).*/\1/' <<<"$stats")
rels=$(sed -E 's/.*"relationships":([0-9]+).*/\1/' <<<"$stats")
[ "$nodes" = 9 ] && [ "$rels" = 9 ] || fail "kg stats: $stats"

# GraphML: to a file and to standard output, the same bytes; valid; kg stats' counts
"$KG" export "$G" --format graphml -o "$WORK/g.graphml" 2>"$WORK/err"
expect_contains "$(cat "$WORK/err")" "9 nodes, 9 relationships -> $WORK/g.graphml" "summary line"
"$KG" export "$G" --format graphml >"$WORK/stdout.graphml"
cmp -s "$WORK/g.graphml" "$WORK/stdout.graphml" || fail "stdout differs from -o"
if command -v xmllint >/dev/null; then
  xmllint --nonet --noout --schema "$XSD" "$WORK/g.graphml" 2>/dev/null || fail "g.graphml invalid"
fi
[ "$(grep -c '<node id=' "$WORK/g.graphml")" = "$nodes" ] || fail "node count differs from kg stats"
[ "$(grep -c '<edge id=' "$WORK/g.graphml")" = "$rels" ] || fail "edge count differs from kg stats"
if python3 -c 'import networkx' 2>/dev/null; then
  read_back=$(python3 -c 'import networkx as nx, sys; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())' "$WORK/g.graphml")
  [ "$read_back" = "$nodes $rels" ] || fail "networkx reads $read_back, kg stats says $nodes $rels"
fi

"$KG" export "$G" --format graphml --flavor yed -o "$WORK/y.graphml" 2>/dev/null
[ "$(grep -o '<y:NodeLabel ' "$WORK/y.graphml" | wc -l)" = "$nodes" ] || fail "a NodeLabel per node"
"$KG" export "$G" --format graphml --with-sources -o "$WORK/s.graphml" 2>/dev/null
expect_contains "$(cat "$WORK/s.graphml")" 'attr.name="articles"' "--with-sources"
expect_contains "$(cat "$WORK/s.graphml")" '>["baomoi-1001","baomoi-1002"]</data>' "articles JSON"

# The other formats
"$KG" export "$G" --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); assert len(d["nodes"]) == 9 and len(d["edges"]) == 9, d' \
  || fail "json"
"$KG" export "$G" --format neo4j-csv -o "$WORK/neo4j" 2>/dev/null
head -n 1 "$WORK/neo4j/nodes_Person.csv" | grep -q '^kgId:ID,:LABEL,' || fail "nodes_Person.csv header"
head -n 1 "$WORK/neo4j/relationships_HOLDS.csv" | grep -q '^:START_ID,:END_ID,:TYPE,kgId:string' || fail "relationships_HOLDS.csv header"
[ -f "$WORK/neo4j/import-neo4j.sh" ] && [ -f "$WORK/neo4j/load-kuzu.cypher" ] &&
  [ -f "$WORK/neo4j/load_igraph.py" ] || fail "the load scripts"
"$KG" export "$G" --format csv -o "$WORK/facts" 2>/dev/null
head -n 1 "$WORK/facts/facts.csv" | grep -q '^fact,article,person,role,' || fail "facts.csv header"
[ "$(wc -l <"$WORK/facts/facts.csv")" -gt 1 ] || fail "facts.csv has no facts"
"$KG" export "$G" --format cypher -o "$WORK/g.cypher" 2>/dev/null
[ "$(grep -c '^MATCH ' "$WORK/g.cypher")" = "$rels" ] || fail "a MATCH … CREATE per relationship"
"$KG" export "$G" --format dot -o "$WORK/g.dot" 2>/dev/null
if command -v dot >/dev/null; then
  dot -Tsvg "$WORK/g.dot" -o "$WORK/g.svg" || fail "dot -Tsvg"
  grep -q 'Nguyễn Xuân Ký' "$WORK/g.svg" || fail "the SVG shows no label"
fi
# a DOT of more nodes than Graphviz lays out says so and suggests a part
cp "$G" "$WORK/big.kg"
"$KG" query "$WORK/big.kg" -e 'UNWIND range(1, 2100) AS i CREATE (:Filler {i: i})' > /dev/null 2>&1
"$KG" export "$WORK/big.kg" --format dot -o "$WORK/big.dot" 2> "$WORK/err"
expect_contains "$(cat "$WORK/err")" "warning: 2109 nodes" "the DOT size warning"
expect_contains "$(cat "$WORK/err")" "--query" "the DOT warning suggests a part"

# --query: the subgraph it matched, or a clear refusal where the engine is missing
set +e
q=$("$KG" export "$G" --format graphml --query "MATCH (p:Person {name:'Nguyễn Xuân Ký'})-[*1..2]-(n) RETURN p, n" 2>&1)
status=$?
set -e
if [ $status = 2 ]; then
  expect_contains "$q" "--query is not available yet" "--query refusal"
else
  [ $status = 0 ] || fail "--query: exit $status: $q"
  [ "$(grep -c '<node id=' <<<"$q")" = 6 ] || fail "--query: Ký's 2-hop neighbourhood has 6 nodes:"$'\n'"$q"
  grep -q '<edge id="e4" source="n3" target="n4">' <<<"$q" || fail "--query: the parallel edge is lost"
  ! grep -q '<node id="n6">' <<<"$q" || fail "--query: n6 is not in the neighbourhood"
  expect_status 1 "--query syntax error" "$KG" export "$G" --format json --query "MATCH (p RETURN p"
  expect_contains "$OUT" "SyntaxError" "--query syntax error"
  expect_status 1 "--query that writes" "$KG" export "$G" --format json --query "CREATE (p:Person) RETURN p"
fi

# Errors: usage (2) and failures (1); a failed export leaves nothing behind
expect_status 2 "unknown format" "$KG" export "$G" --format gexf
expect_contains "$OUT" "graphml, json, cytoscape, neo4j-csv, cypher, dot, csv" "format list"
expect_status 2 "no format" "$KG" export "$G"
expect_status 2 "flavor on json" "$KG" export "$G" --format json --flavor yed
expect_status 2 "unknown flavor" "$KG" export "$G" --format graphml --flavor gephi
expect_status 2 "directory format to stdout" "$KG" export "$G" --format neo4j-csv
expect_contains "$OUT" "-o DIR" "neo4j-csv needs -o"
expect_status 2 "--query with csv" "$KG" export "$G" --format csv --query "MATCH (n) RETURN n" -o "$WORK/x"
expect_status 1 "missing graph" "$KG" export "$WORK/none.kg" --format json
expect_contains "$OUT" "none.kg" "missing graph named"
expect_status 1 "unwritable path" "$KG" export "$G" --format graphml -o "$WORK/g.graphml/inside.graphml"
ls "$WORK" | grep -q tmp && fail "a temporary file was left: $(ls "$WORK")"
echo "cli export: ok"
