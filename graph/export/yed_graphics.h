// yFiles graphics for the yEd flavour of GraphML: yEd shows a node's text only
// through a <y:ShapeNode>'s <y:NodeLabel>, and an edge's through <y:EdgeLabel>.
// Nodes get a fill colour per label (LabelColour) and start on a grid, so the
// file opens readable before any layout is applied.
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::exporter {

inline constexpr char kYedNamespace[] = "http://www.yworks.com/xml/graphml";
inline constexpr char kYedSchemaLocation[] =
    "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd";

// <y:ShapeNode> for the `position`-th node of `count`.
void AppendYedShapeNode(std::string_view label, std::string_view first_label, size_t position,
                        size_t count, std::string& out);
// <y:PolyLineEdge> with an arrow and the label.
void AppendYedEdge(std::string_view label, std::string& out);

}  // namespace kg::exporter
