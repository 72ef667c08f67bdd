#!/usr/bin/env bash
# Installs every build and test dependency from Debian's package registry.
# Runs as root, or through sudo where it is present.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "install-deps: need root or sudo" >&2; exit 1; fi
packages=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev libboost-program-options-dev rapidjson-dev libicu-dev libgtest-dev libgmock-dev libbenchmark-dev
  libre2-dev zlib1g-dev libexpat1-dev
  clang libclang-rt-14-dev
  libxml2-utils graphviz python3-igraph python3-networkx python3-lxml
  chromium fonts-dejavu-core
)
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"

# The consumers the export tests open kg's files in (Cytoscape.js, Kùzu, and Sigma.js 3 with
# graphology and graphology-graphml, as in Gephi Lite, bundled for Chromium by esbuild), from
# npm's registry, at exact versions, into the folder tests/graph/export/CMakeLists.txt looks in
# (KG_NODE_MODULES).
if command -v npm >/dev/null; then
  npm install --silent --no-audit --no-fund --save-exact --prefix "$HOME/.cache/kg/npm" \
    cytoscape@3.30.4 kuzu@0.11.3 sigma@3.0.3 graphology@0.26.0 graphology-graphml@0.5.2 \
    esbuild@0.28.2 >/dev/null
else
  echo "install-deps: npm not found; the Cytoscape.js, Kùzu and Sigma.js export tests will be skipped" >&2
fi
