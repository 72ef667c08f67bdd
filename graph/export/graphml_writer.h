// GraphML 1.0 (http://graphml.graphdrawing.org/) written in one streaming pass
// after a pass over the properties to declare keys:
//   - namespace and xsi:schemaLocation; <graph edgedefault="directed">;
//   - one <key> per (domain, name), for="node" or for="edge" (never "all"),
//     always with attr.type: node keys `label` (readable name) and `type` (the
//     labels, ':'-joined), edge keys `label` and `type`, then every property;
//     names that collide with those (e.g. a Document's `type`) become `prop.type`;
//   - booleans true/false (1/0 in the boost flavour, for Boost's read_graphml),
//     lists as JSON text, missing values omitted (no <default>);
//   - with provenance, `articles` and `evidence` JSON on every node and edge;
//   - text escaped (TAB, LF, CR as character references, so no reader turns
//     them into spaces), and characters XML 1.0 forbids removed.
// The yEd flavour also declares yFiles graphics keys and gives every node a
// ShapeNode with a NodeLabel and a colour per label, every edge a labelled arrow.
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <ostream>

#include "graph/base/status.h"
#include "graph/export/exporter.h"

namespace kg::exporter {

Status WriteGraphml(const graph::PropertyGraph& graph, const Selection& selection,
                    const ExportOptions& options, std::ostream& out);

}  // namespace kg::exporter
