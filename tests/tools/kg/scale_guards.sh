# Guards against quadratic behaviour (docs/reliability.md), with bounds 10-20 times what a
# linear run takes on the 2-core CI machine: a 10 MB one-line article is extracted, and
# kg leaders answers on a graph of 200,000 articles. Labelled slow (not in the sanitizer run).
source "$(dirname "$0")/lib.sh"
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
provinces = ["Quảng Ninh", "Nghệ An", "Hà Tĩnh", "Bình Định", "Cà Mau", "Lào Cai", "Sơn La", "Đồng Nai"]
given = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Khánh", "Long", "Minh"]
with open(f"{work}/many.jsonl", "w") as out:
    for i in range(200000):
        p = provinces[i % len(provinces)]
        name = f"Nguyễn Văn {given[i % 10]} {given[(i // 10) % 10]}"
        post = "Bí thư Tỉnh ủy" if i % 3 == 0 else "Chủ tịch UBND tỉnh"
        text = f"Tin {i}\nNgày {1 + i % 28}/{1 + i % 12}, ông {name}, {post} {p} chủ trì hội nghị."
        out.write(json.dumps({"id": f"a{i}", "text": text, "published": f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}"},
                             ensure_ascii=False) + "\n")
sentence = "Sáng 2/6, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy Quảng Ninh chủ trì hội nghị bàn về kinh tế, "
with open(f"{work}/big.jsonl", "w") as out:
    out.write(json.dumps({"id": "big", "text": sentence * (10_000_000 // len(sentence.encode()))}, ensure_ascii=False) + "\n")
PY
timeout 300 "$KG" build "$WORK/big.jsonl" -o "$WORK/big.kg" --max-article-bytes 20000000 --quiet ||
  fail "a 10 MB article was not extracted within 300 s"
timeout 600 "$KG" build "$WORK/many.jsonl" -o "$WORK/many.kg" -j 0 --quiet || fail "200,000 articles not built within 600 s"
out=$(timeout 120 "$KG" leaders "$WORK/many.kg" --format csv) || fail "kg leaders on 200,000 articles took more than 120 s"
expect_contains "$out" "Quảng Ninh" "the leaders table"
echo ok
