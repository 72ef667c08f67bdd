# The graph's dates are dates (issue 14): on the seed graph, events per quarter per
# province through the stored dates' accessors must equal the same grouping done on
# their ISO text; dates compare and subtract as dates; and a date whose year the
# article does not give is a {year: null, month, day} value that compares with no
# date, so no range condition ever counts it on a guessed year.
source "$(dirname "$0")/lib.sh"
"$KG" build "$SRC/seeds" -o "$WORK/seeds.kg" --quiet
with_year="WHERE e.date >= date('0001-01-01')"  # true for dates only: a year-less one gives null
by_date=$("$KG" query "$WORK/seeds.kg" --format tsv -e "MATCH (e:Event) $with_year
  WITH coalesce(e.province, '') AS province, e.date AS d
  RETURN province, d.year AS year, d.quarter AS quarter, count(*) AS events
  ORDER BY province, year, quarter")
by_text=$("$KG" query "$WORK/seeds.kg" --format tsv -e "MATCH (e:Event) $with_year
  WITH coalesce(e.province, '') AS province, toString(e.date) AS t
  RETURN province, toInteger(left(t, 4)) AS year, (toInteger(substring(t, 5, 2)) + 2) / 3 AS quarter,
         count(*) AS events
  ORDER BY province, year, quarter")
[ "$(wc -l <<<"$by_date")" -gt 1 ] || fail "the seed graph must hold dated events"
[ "$by_date" = "$by_text" ] || fail "quarters by date and by text differ:"$'\n'"$by_date"$'\n'"$by_text"
# date arithmetic on stored dates: the span between the first and the last event in days
days=$("$KG" query "$WORK/seeds.kg" --format tsv -e "MATCH (e:Event) $with_year
  WITH min(e.date) AS first, max(e.date) AS last
  RETURN duration.inDays(first, last).days AS days, first < last AS ordered" | tail -n 1)
[ "${days#*$'\t'}" = "true" ] || fail "dates must compare as dates: $days"
[ "${days%%$'\t'*}" -gt 0 ] || fail "the span must be positive: $days"
# the facts view still prints the ISO text
facts=$("$KG" facts "$WORK/seeds.kg")
grep -q '"fact":"event".*"date":"20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]"' <<<"$facts" ||
  fail "the facts view must print event dates as ISO text"

# A year-less date: an article that gives only day and month, with no publication date.
printf '%s\n' '{"id":"yearless","text":"Ngày 28/6, Ban Thường vụ Tỉnh ủy Quảng Ninh họp dưới sự chủ trì của đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy."}' \
  > "$WORK/yearless.jsonl"
"$KG" build "$WORK/yearless.jsonl" -o "$WORK/yearless.kg" --quiet
facts=$("$KG" facts "$WORK/yearless.kg")
grep -q '"fact":"event".*"date":"--06-28"' <<<"$facts" ||
  fail "a year-less event date must stay --06-28 in the facts view: $facts"
row=$("$KG" query "$WORK/yearless.kg" --format tsv -e "MATCH (e:Event)
  RETURN e.date.year IS NULL AS no_year, e.date.month AS month, e.date.day AS day,
         (e.date >= date('0001-01-01')) IS NULL AS incomparable, (e.date < date('9999-12-31')) IS NULL AS never_before" | tail -n 1)
[ "$row" = $'true\t6\t28\ttrue\ttrue' ] || fail "a year-less date must have month and day, no year, and compare with no date: $row"
# it is stored back unchanged (SET copies it) and the count of year-less dates survives
"$KG" query "$WORK/yearless.kg" -e "MATCH (e:Event) SET e.copy = e.date" > /dev/null
# (a map property could not be stored: what SET kept is the month-day)
copy=$("$KG" query "$WORK/yearless.kg" --format tsv -e "MATCH (e:Event)
  RETURN e.copy.year IS NULL AS no_year, e.copy.month AS month, e.copy.day AS day" | tail -n 1)
[ "$copy" = $'true\t6\t28' ] || fail "a year-less date must store back as itself: $copy"
echo ok
