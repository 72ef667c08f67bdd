// Node-link JSON, the layout networkx's json_graph.node_link_graph (3.4+ default
// keys) and D3 read:
//   {"directed": true, "multigraph": true, "graph": {...},
//    "nodes": [{"id": "n0", "label": …, "kgType": "Person", "labels": ["Person"], <props>}],
//    "edges": [{"source": "n0", "target": "n1", "key": "e0", "id": "e0",
//               "label": …, "kgType": "HOLDS", <props>}]}
// Properties keep their JSON types (lists as arrays); non-finite doubles are
// omitted; names that collide with the fixed keys become "prop.<name>". With
// provenance, "articles" (ids) and "evidence" (objects) arrays.
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <ostream>

#include "graph/base/status.h"
#include "graph/export/exporter.h"

namespace kg::exporter {

Status WriteNodeLinkJson(const graph::PropertyGraph& graph, const Selection& selection,
                         const ExportOptions& options, std::ostream& out);

// A property value as JSON (invalid UTF-8 repaired); false for a value JSON
// cannot hold (null, NaN, infinities), which is then not written.
bool AppendJsonValue(const graph::PropertyValue& value, std::string& out);

}  // namespace kg::exporter
