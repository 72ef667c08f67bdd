# The temporal functions on the graph's own event dates (issue 14): events per quarter
# per province on the seed graph, through date(), must equal the same grouping done
# with string functions on the stored 'YYYY-MM-DD' text; a year-less date is left out
# by the WHERE, never given a guessed year.
source "$(dirname "$0")/lib.sh"
"$KG" build "$SRC/seeds" -o "$WORK/seeds.kg" --quiet
full="WHERE e.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'"
by_date=$("$KG" query "$WORK/seeds.kg" --format tsv -e "MATCH (e:Event) $full
  WITH coalesce(e.province, '') AS province, date(e.date) AS d
  RETURN province, d.year AS year, d.quarter AS quarter, count(*) AS events
  ORDER BY province, year, quarter")
by_text=$("$KG" query "$WORK/seeds.kg" --format tsv -e "MATCH (e:Event) $full
  WITH coalesce(e.province, '') AS province, toInteger(left(e.date, 4)) AS year,
       (toInteger(substring(e.date, 5, 2)) + 2) / 3 AS quarter
  RETURN province, year, quarter, count(*) AS events
  ORDER BY province, year, quarter")
[ "$(wc -l <<<"$by_date")" -gt 1 ] || fail "the seed graph must hold dated events"
[ "$by_date" = "$by_text" ] || fail "quarters by date() and by text differ:"$'\n'"$by_date"$'\n'"$by_text"
# date arithmetic on stored dates: the span between the first and the last event in days
days=$("$KG" query "$WORK/seeds.kg" --format tsv -e "MATCH (e:Event) $full
  WITH min(date(e.date)) AS first, max(date(e.date)) AS last
  RETURN duration.inDays(first, last).days AS days, first < last AS ordered" | tail -n 1)
[ "${days#*$'\t'}" = "true" ] || fail "dates must compare as dates: $days"
[ "${days%%$'\t'*}" -gt 0 ] || fail "the span must be positive: $days"
echo ok
