# Where kg writes: a symlink's target is replaced and the link stays; a FIFO or device is
# written in place, never replaced by a regular file; temporary files of killed runs are
# removed; a second writer of one graph is refused while the first holds its lock.
source "$(dirname "$0")/lib.sh"
"$KG" build "$SRC/seeds" -o "$WORK/real.kg" --quiet

# a symlink: --append through the link updates the file it points to
ln -s "$WORK/real.kg" "$WORK/link.kg"
printf '{"id":"extra","text":"Ngày 3/4, UBND tỉnh Nghệ An họp. Ông Nguyễn Văn Hải, Chủ tịch UBND tỉnh Nghệ An chủ trì."}\n' > "$WORK/extra.jsonl"
"$KG" build "$WORK/extra.jsonl" -o "$WORK/link.kg" --append --quiet
[ -L "$WORK/link.kg" ] || fail "the symlink was replaced by a regular file"
expect_contains "$("$KG" stats "$WORK/real.kg")" "6 read" "the link's target holds the appended article"

# a FIFO: written in place while a reader drains it
mkfifo "$WORK/pipe"
cat "$WORK/pipe" > "$WORK/drained" &
reader=$!
"$KG" export "$WORK/real.kg" --format json -o "$WORK/pipe"
wait "$reader"
[ -p "$WORK/pipe" ] || fail "the FIFO was replaced by a regular file"
[ -s "$WORK/drained" ] || fail "nothing came through the FIFO"

# a device
"$KG" export "$WORK/real.kg" --format graphml -o /dev/null
[ -c /dev/null ] || fail "/dev/null is no longer a character device"

# a temporary file left by a run that was killed is removed at the next save
: > "$WORK/real.kg.tmp.999999999"
"$KG" build "$SRC/seeds" -o "$WORK/real.kg" --quiet
[ ! -e "$WORK/real.kg.tmp.999999999" ] || fail "a stale temporary file was left"

# a second writer while the first holds the lock is refused with a clear message
if command -v flock >/dev/null; then
  exec 9> "$WORK/real.kg.lock"
  flock -x 9
  if "$KG" build "$SRC/seeds" -o "$WORK/real.kg" --append 2> "$WORK/err"; then fail "a second writer must be refused"; fi
  expect_contains "$(cat "$WORK/err")" "is writing this graph" "the lock message"
  exec 9>&-
fi
echo ok
