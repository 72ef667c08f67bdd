#include "graph/export/yed_graphics.h"

#include <algorithm>
#include <cmath>

#include "graph/export/display.h"
#include "graph/export/escape.h"
#include "graph/export/output.h"

namespace kg::exporter {
namespace {

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

void AppendYedShapeNode(std::string_view label, std::string_view first_label, size_t position,
                        size_t count, std::string& out) {
  const size_t columns = std::max<size_t>(1, static_cast<size_t>(std::ceil(std::sqrt(count))));
  const int64_t width =
      static_cast<int64_t>(std::clamp<size_t>(CodePoints(label) * 7 + 20, 60, 320));
  out += "<y:ShapeNode><y:Geometry x=\"";
  AppendInt(static_cast<int64_t>(position % columns) * 360, out);
  out += ".0\" y=\"";
  AppendInt(static_cast<int64_t>(position / columns) * 80, out);
  out += ".0\" width=\"";
  AppendInt(width, out);
  out += ".0\" height=\"40.0\"/><y:Fill color=\"";
  out += LabelColour(first_label);
  out +=
      "\" transparent=\"false\"/><y:BorderStyle color=\"#000000\" type=\"line\" width=\"1.0\"/>"
      "<y:NodeLabel alignment=\"center\" autoSizePolicy=\"content\" fontFamily=\"Dialog\" "
      "fontSize=\"12\" modelName=\"internal\" modelPosition=\"c\" textColor=\"#000000\" "
      "visible=\"true\">";
  AppendXmlText(label, out);
  out += "</y:NodeLabel><y:Shape type=\"roundrectangle\"/></y:ShapeNode>";
}

void AppendYedEdge(std::string_view label, std::string& out) {
  out +=
      "<y:PolyLineEdge><y:LineStyle color=\"#000000\" type=\"line\" width=\"1.0\"/>"
      "<y:Arrows source=\"none\" target=\"standard\"/>"
      "<y:EdgeLabel alignment=\"center\" fontFamily=\"Dialog\" fontSize=\"10\" "
      "modelName=\"centered\" modelPosition=\"center\" textColor=\"#000000\" visible=\"true\">";
  AppendXmlText(label, out);
  out += "</y:EdgeLabel><y:BendStyle smoothed=\"false\"/></y:PolyLineEdge>";
}

}  // namespace kg::exporter
