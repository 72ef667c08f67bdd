#include "graph/export/dot_writer.h"

#include <string>

#include "graph/export/display.h"
#include "graph/export/escape.h"
#include "graph/export/output.h"
#include "graph/export/property_schema.h"
#include "graph/export/provenance.h"

namespace kg::exporter {
namespace {

constexpr size_t kWrapWidth = 28;

std::string Tooltip(const graph::PropertyGraph& graph, std::string_view type,
                    const graph::Properties& props, const graph::EvidenceList* evidence) {
  std::string out(type);
  for (const auto& [key, value] : props) {
    out += '\n';
    out += graph.SymbolName(key);
    out += ": ";
    AppendScalarText(value, out);
  }
  if (evidence) {
    out += "\narticles: ";
    out += ArticlesJson(graph, *evidence);
  }
  return out;
}

}  // namespace

std::string WrapText(std::string_view text, size_t width) {
  std::string out;
  size_t line = 0;
  int depth = 0;  // inside parentheses: "(Quảng Ninh)" stays on one line
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
    if (c == ' ' && line >= width && depth == 0) {
      out.push_back('\n');
      line = 0;
      continue;
    }
    if (c == '\n') line = 0;
    out.push_back(c);
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++line;
  }
  return out;
}

Status WriteDot(const graph::PropertyGraph& graph, const Selection& selection,
                const ExportOptions& options, std::ostream& stream) {
  DisplayNamer namer(graph);
  Output output(stream);
  std::string& out = output.buffer();
  out += "// kg export: ";
  AppendUint(selection.node_count(), out);
  out += " nodes, ";
  AppendUint(selection.edge_count(), out);
  out +=
      " relationships. Render: dot -Tsvg FILE -o FILE.svg\n"
      "digraph kg {\n"
      "  graph [charset=\"UTF-8\", rankdir=LR, fontname=\"DejaVu Sans\", overlap=false];\n"
      "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=11];\n"
      "  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#555555\"];\n";
  std::string id;
  for (size_t i = 0; i < selection.node_count(); ++i) {
    const graph::NodeIndex n = selection.node(i);
    const graph::NodeRecord& node = graph.node(n);
    id.clear();
    AppendNodeId(graph, n, id);
    const std::string type = namer.NodeType(n);
    out += "  ";
    AppendDotString(id, out);
    out += " [id=";
    AppendDotString(id, out);
    out += ", label=";
    AppendDotString(WrapText(namer.NodeLabel(n), kWrapWidth) + "\n«" + type + "»", out);
    out += ", fillcolor=";
    AppendDotString(
        LabelColour(node.labels.empty() ? std::string() : graph.SymbolName(node.labels.front())),
        out);
    out += ", tooltip=";
    AppendDotString(
        Tooltip(graph, type, node.properties, options.with_provenance ? &node.evidence : nullptr),
        out);
    out += "];\n";
    output.Commit();
  }
  for (size_t i = 0; i < selection.edge_count(); ++i) {
    const graph::EdgeIndex e = selection.edge(i);
    const graph::EdgeRecord& edge = graph.edge(e);
    out += "  \"";
    AppendNodeId(graph, edge.source, out);
    out += "\" -> \"";
    AppendNodeId(graph, edge.target, out);
    out += "\" [id=\"";
    AppendEdgeId(graph, e, out);
    out += "\", label=";
    AppendDotString(namer.EdgeLabel(e), out);
    out += ", tooltip=";
    AppendDotString(Tooltip(graph, graph.SymbolName(edge.type), edge.properties,
                            options.with_provenance ? &edge.evidence : nullptr),
                    out);
    out += "];\n";
    output.Commit();
  }
  out += "}\n";
  return output.Finish();
}

}  // namespace kg::exporter
