# The HTML report in a real browser. For the report of the hand-made fixture
# (leaders_report_demo) and for the seeds' report (`kg leaders --report`):
# xmllint parses it as XML and as HTML, check_report_html.py finds nothing it would
# fetch, headless Chromium screenshots it, and check_screenshot.py requires the PNG
# to show text and bars (the fixture's: the secretary blue, the committee green and
# the conflict red).
# usage: report_screenshot.sh KG DEMO SRC   (exit 77, skipped, without Chromium)
set -euo pipefail
KG=$1
DEMO=$2
SRC=$3
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
  echo "SKIP: Chromium is not installed (Debian: apt-get install chromium)"
  exit 77
fi
command -v xmllint >/dev/null || fail "xmllint is not installed (Debian: libxml2-utils)"

check_report() {  # REPORT.html SHOT.png MIN_BARS [--colour '#rrggbb' ...]
  local html=$1 png=$2 min_bars=$3
  shift 3
  xmllint --noout "$html" || fail "$html is not well-formed XML"
  # libxml2's HTML parser is HTML 4: it names every HTML5 and SVG element it does
  # not know ("Tag svg invalid"); anything else it says is a real problem.
  local complaints
  complaints=$(xmllint --html --noout "$html" 2>&1 | grep 'parser error' |
               grep -v 'error : Tag [a-z]* invalid$' || true)
  [ -z "$complaints" ] || fail "xmllint --html $html:"$'\n'"$complaints"
  python3 "$HERE/check_report_html.py" "$html" --min-bars "$min_bars"
  # A fresh profile and home each time; no sandbox, since CI runs as root.
  HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache" \
  timeout 120 "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$WORK/profile" --window-size=1280,2000 --screenshot="$png" \
    "file://$html" >"$WORK/chromium.log" 2>&1 ||
    fail "chromium could not screenshot $html:"$'\n'"$(tail -n 20 "$WORK/chromium.log")"
  [ -s "$png" ] || fail "chromium wrote no screenshot of $html"
  python3 "$HERE/check_screenshot.py" "$png" "$@"
}

"$DEMO" "$WORK/fixture.html"
check_report "$WORK/fixture.html" "$WORK/fixture.png" 8 \
  --colour '#1f5fa8' --colour '#2e8b57' --colour '#d62020'

"$KG" build "$SRC/seeds" -o "$WORK/seeds.kg" --quiet
"$KG" leaders "$WORK/seeds.kg" --report -o "$WORK/seeds.html"
check_report "$WORK/seeds.html" "$WORK/seeds.png" 1
echo ok
