// Graphviz DOT for pictures of small subgraphs (`dot -Tsvg`): a digraph of
// rounded boxes filled with a colour per label (LabelColour), each showing the
// readable label wrapped near 28 characters over the node's type; arrows show
// the relationship label. Node and edge ids are kg's ids ("n12", "e7"), so SVG
// elements can be found by id; tooltips list the properties. Multigraph edges
// stay separate arrows. Internal to export/: use export/exporter.h instead.
#pragma once

#include <ostream>

#include "graph/base/status.h"
#include "graph/export/exporter.h"

namespace kg::exporter {

Status WriteDot(const graph::PropertyGraph& graph, const Selection& selection,
                const ExportOptions& options, std::ostream& out);

// `text` with a line break (\n) at a space after every ~`width` code points,
// never inside parentheses.
std::string WrapText(std::string_view text, size_t width);

}  // namespace kg::exporter
