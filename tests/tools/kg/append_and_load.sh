# Appending reads only new articles; a damaged graph file is refused with its name.
source "$(dirname "$0")/lib.sh"
mkdir "$WORK/a" "$WORK/b"
cp "$SRC/seeds/000_cfa3bd78a8c18834.txt" "$SRC/seeds/002_45bae082017173c4.txt" "$WORK/a/"
cp "$SRC/seeds/"*.txt "$WORK/b/"
"$KG" build "$WORK/a" -o "$WORK/g.kg" --quiet
"$KG" build --append "$WORK/b" -o "$WORK/g.kg" 2> "$WORK/err"
expect_contains "$(cat "$WORK/err")" "3 added, 2 already in the graph" "append must skip known articles"
"$KG" build "$WORK/b" -o "$WORK/fresh.kg" --quiet
# the appended graph holds the same facts as one built in one go
diff <("$KG" facts "$WORK/g.kg" | sort) <("$KG" facts "$WORK/fresh.kg" | sort) \
  || fail "appending must give the same facts as building at once"

cp "$WORK/g.kg" "$WORK/bad.kg"
printf 'XXXX' | dd of="$WORK/bad.kg" bs=1 seek=100 conv=notrunc status=none
if "$KG" stats "$WORK/bad.kg" 2> "$WORK/err"; then fail "a damaged file must be refused"; fi
expect_contains "$(cat "$WORK/err")" "bad.kg: damaged graph file" "the error names the file"
echo ok
