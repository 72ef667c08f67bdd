# Shared by the CLI tests: $KG is the binary, $SRC the source tree, $WORK a scratch dir.
set -euo pipefail
KG=$1
SRC=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_contains() {  # haystack needle what
  grep -qF -- "$2" <<<"$1" || fail "$3: expected to find '$2' in:"$'\n'"$1"
}
