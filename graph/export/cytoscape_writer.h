// Cytoscape.js elements JSON (the ".cyjs" that Cytoscape desktop imports too):
//   {"format_version": "1.0", "generated_by": "kg", "target_cytoscapejs_version": "~3.0",
//    "data": {"name": "kg", "nodeCount": N, "edgeCount": M},
//    "elements": {"nodes": [{"data": {"id": "n0", "label": …, "kgType": "Person",
//                                     "labels": ["Person"], <props>}}],
//                 "edges": [{"data": {"id": "e0", "source": "n0", "target": "n1",
//                                     "label": …, "kgType": "HOLDS", <props>}}]}}
// Everything an element has sits in its "data", as Cytoscape.js wants: `cytoscape({elements:
// json.elements})`. Names Cytoscape or kg reserve (id, source, target, parent, label,
// kgType, type, labels) are renamed "prop.<name>"; provenance as in node-link JSON.
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <ostream>

#include "graph/base/status.h"
#include "graph/export/exporter.h"

namespace kg::exporter {

Status WriteCytoscapeJson(const graph::PropertyGraph& graph, const Selection& selection,
                          const ExportOptions& options, std::ostream& out);

}  // namespace kg::exporter
