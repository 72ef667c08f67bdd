# kg neighbors / kg path --with-sources quote the evidence: the sentence each
# relationship was read in, in table, csv and json output.
source "$(dirname "$0")/lib.sh"
"$KG" build "$SRC/seeds" -o "$WORK/seeds.kg" --quiet
sentence="dưới sự chủ trì của đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"

out=$("$KG" path "$WORK/seeds.kg" 'Nguyễn Xuân Ký' '15-NQ/TU' --with-sources)
expect_contains "$out" "| text " "the table has a text column"
expect_contains "$out" "003_cfea28b52d9c8a20" "path sources name the article"
expect_contains "$out" "$sentence" "path sources quote the sentence"

out=$("$KG" path "$WORK/seeds.kg" 'Nguyễn Xuân Ký' '15-NQ/TU' --with-sources --format jsonl)
expect_contains "$out" '"sources": [{"article": "003_cfea28b52d9c8a20"' "json sources per step"
expect_contains "$out" '"text": "Ngày 2/6, '"$sentence" "json sources carry the text"

out=$("$KG" neighbors "$WORK/seeds.kg" 'Nguyen Xuan Ky' --type HOLDS --with-sources --format csv)
expect_contains "$out" "from,type,to,article,start,end,published,text" "csv: a row per evidence"
expect_contains "$out" "$sentence" "neighbors sources quote the sentence"

# every fact's evidence span runs forwards (a chair named after "dưới sự chủ trì của"
# once gave end < start), on the seeds and the dev corpus
for corpus in "$SRC/seeds" "$SRC/../shared/dev/corpus.jsonl"; do
  [ -e "$corpus" ] || continue
  "$KG" build "$corpus" -o "$WORK/spans.kg" --quiet
  backwards=$("$KG" facts "$WORK/spans.kg" |
    sed -n 's/.*"evidence":{"start":\([0-9]*\),"end":\([0-9]*\)}.*/\1 \2/p' | awk '$2 < $1' | wc -l)
  [ "$backwards" -eq 0 ] || fail "$corpus: $backwards facts have an evidence span that ends before it starts"
done
echo ok
