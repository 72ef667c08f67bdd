# kg import end to end: export -> import -> export is byte-identical for GraphML and
# neo4j-admin CSV; edge lists in their three spellings; GraphML from networkx; and
# malformed input named by file:line:column with nothing written.
#   cli_import.sh KG SOURCE_DIR EXPORT_FIXTURE
source "$(dirname "$0")/../../tools/kg/lib.sh"
FIXTURE=$3
cd "$WORK"
"$FIXTURE" "$WORK/fx" >/dev/null
G=$WORK/fx/fixture.kg

# GraphML round trip
"$KG" export "$G" --format graphml -o a.graphml 2>/dev/null
"$KG" import a.graphml -o a.kg --quiet
"$KG" export a.kg --format graphml -o b.graphml 2>/dev/null
cmp a.graphml b.graphml || fail "GraphML export -> import -> export differs"

# neo4j-admin CSV round trip
"$KG" export "$G" --format neo4j-csv -o csv1 2>/dev/null
args=()
for f in csv1/nodes_*.csv; do args+=(--nodes "$f"); done
for f in csv1/relationships_*.csv; do args+=(--relationships "$f"); done
"$KG" import "${args[@]}" -o c.kg --quiet
"$KG" export c.kg --format neo4j-csv -o csv2 2>/dev/null
diff -r csv1 csv2 >/dev/null || fail "neo4j-csv export -> import -> export differs"

# edge lists: CSV with a header and a type column, tabs, white space with comments
printf 'source,target,type\nHà Nội,"Hải Phòng, cảng",ROAD\nHải Phòng\x2C cảng,Hà Nội,ROAD\n' > e1.csv
printf 'a\tb\nb\tc\n' > e2.tsv
printf '# comment\n0 1\n1   2\n2 0\n' > e3.txt
"$KG" import e1.csv e2.tsv e3.txt -o e.kg --quiet 2>/dev/null && fail "e1.csv line 3 has 3 fields with a bare comma: must fail"
printf 'source,target,type\nHà Nội,"Hải Phòng, cảng",ROAD\n"Hải Phòng, cảng",Hà Nội,ROAD\n' > e1.csv
"$KG" import e1.csv e2.tsv e3.txt -o e.kg --quiet
out=$("$KG" query e.kg -e "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t" --format csv)
[[ "$out" == *"LINKED_TO,5"* && "$out" == *"ROAD,2"* ]] || fail "edge list types: $out"
out=$("$KG" query e.kg -e "MATCH (n {name: 'Hải Phòng, cảng'})-->(m) RETURN m.name" --format csv)
[[ "$out" == *"Hà Nội"* ]] || fail "quoted name: $out"

# numbers as names take the dense path: "17" and "017" are two nodes, "x" a third
printf '17 017\n17 x\n0 17\n99999 17\n' > e4.txt
"$KG" import e4.txt -o n.kg --quiet
out=$("$KG" query n.kg -e "MATCH (n) RETURN n.name AS name ORDER BY id(n)" --format csv | tr '\n' ' ')
[ "$out" = "name 17 017 x 0 99999 " ] || fail "numeric names in order of first appearance: $out"
out=$("$KG" query n.kg -e "MATCH ({name: '17'})-[r]-() RETURN count(r) AS n" --format csv | tail -1)
[ "$out" = "4" ] || fail "node 17 has four relationships: $out"

# GraphML from networkx, when it is installed
if /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
  /usr/bin/python3 -c '
import networkx as nx
g = nx.DiGraph()
g.add_node("x", weight=3, score=0.5, ok=True, name="Xã")
g.add_node("y")
g.add_edge("x", "y", label="KNOWS", since=2017)
nx.write_graphml(g, "nx.graphml")'
  "$KG" import nx.graphml -o nx.kg --quiet
  out=$("$KG" query nx.kg -e "MATCH (a)-[r]->(b) RETURN a.weight + 1 AS w, a.score, a.ok, a.name, type(r) AS t, r.since + 1 AS s" --format csv)
  [[ "$out" == *"4,0.5,true,Xã,KNOWS,2018"* ]] || fail "networkx GraphML: $out"
fi

# malformed input: file:line:column, nothing written
printf 'kgId:ID,:LABEL,n:long\nn0,"A",12x\n' > bad_nodes.csv
set +e
msg=$("$KG" import --nodes bad_nodes.csv -o bad.kg 2>&1); status=$?
set -e
[[ $status -eq 1 ]] || fail "bad nodes file: exit $status"
[[ "$msg" == *"bad_nodes.csv:2:8: '12x' is not a long"* ]] || fail "bad nodes file message: $msg"
[[ ! -e bad.kg ]] || fail "bad nodes file: bad.kg was written"
# a :date column is read as dates (they compare as dates), and a value that is no day is an error
printf 'kgId:ID,:LABEL,date:date,dateMonthDay:string\nn0,"Event",2020-06-02,\nn1,"Event",,"--06-28"\n' > dated.csv
"$KG" import --nodes dated.csv -o dated.kg --quiet
dated=$("$KG" query dated.kg --format tsv -e "MATCH (e:Event) WHERE e.date >= date('2020-01-01') RETURN toString(e.date), e.date.quarter" | tail -n 1)
[[ "$dated" == $'2020-06-02\t2' ]] || fail "a :date column must import as dates: $dated"
printf 'kgId:ID,:LABEL,date:date\nn0,"Event",2020-02-30\n' > bad_date.csv
set +e
msg=$("$KG" import --nodes bad_date.csv -o bad.kg 2>&1); status=$?
set -e
[[ $status -eq 1 && "$msg" == *"bad_date.csv:2:"*"'2020-02-30' is not a date"* ]] || fail "bad date: $status $msg"
printf '<graphml><graph><node id="a"></graph></graphml>' > bad.graphml
set +e
msg=$("$KG" import bad.graphml -o bad.kg 2>&1); status=$?
set -e
[[ $status -eq 1 && "$msg" == *"bad.graphml:1:"*"not well-formed"* ]] || fail "bad GraphML: $status $msg"
printf 'a,b\nc,d,e,f\n' > bad.csv
set +e
msg=$("$KG" import bad.csv -o bad.kg 2>&1); status=$?
set -e
[[ $status -eq 1 && "$msg" == *"bad.csv:2: 4 fields"* ]] || fail "bad edge list: $status $msg"
[[ ! -e bad.kg ]] || fail "a failed import wrote bad.kg"
echo "cli_import: ok"
