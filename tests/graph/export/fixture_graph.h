// The graphs the export tests write: small, in code, with Vietnamese text and
// the values that break careless writers (markup characters, quotes, control
// characters, invalid UTF-8, reserved names, parallel edges, a self-loop).
// tests/graph/export/expected.py states what a reader must see for each of them; keep
// the two in step.
#pragma once

#include <memory>

#include "graph/store/property_graph.h"

namespace kg::exporter::testing {

// Nine nodes and nine relationships (ids n0…n8, e0…e8) read from two articles,
// described node by node in fixture_graph.cc.
std::unique_ptr<graph::PropertyGraph> MakeFixtureGraph();

// A graph of `nodes` people and roles and `edges` HOLDS relationships between
// them, for throughput figures.
std::unique_ptr<graph::PropertyGraph> MakeLargeGraph(size_t nodes, size_t edges);

}  // namespace kg::exporter::testing
