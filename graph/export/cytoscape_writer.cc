#include "graph/export/cytoscape_writer.h"

#include <string>

#include "graph/export/display.h"
#include "graph/export/json_members.h"
#include "graph/export/output.h"

namespace kg::exporter {
namespace {

std::string Identity(const std::string& s) { return s; }

}  // namespace

Status WriteCytoscapeJson(const graph::PropertyGraph& graph, const Selection& selection,
                          const ExportOptions& options, std::ostream& stream) {
  PropertySchema schema = PropertySchema::Collect(graph, selection);
  AssignNames(schema.node_columns(),
              {"id", "parent", "label", "type", kKindName, "labels", kArticlesName, kEvidenceName},
              Identity);
  AssignNames(schema.edge_columns(),
              {"id", "source", "target", "parent", "label", "type", kKindName, kArticlesName,
               kEvidenceName},
              Identity);
  auto node_column_of = [&schema](graph::SymbolId key) { return schema.NodeColumn(key); };
  auto edge_column_of = [&schema](graph::SymbolId key) { return schema.EdgeColumn(key); };
  DisplayNamer namer(graph);
  Output output(stream);
  std::string& out = output.buffer();

  out +=
      "{\"format_version\": \"1.0\", \"generated_by\": \"kg\", "
      "\"target_cytoscapejs_version\": \"~3.0\",\n\"data\": {\"name\": \"kg\", \"nodeCount\": ";
  AppendUint(selection.node_count(), out);
  out += ", \"edgeCount\": ";
  AppendUint(selection.edge_count(), out);
  out += "},\n\"elements\": {\"nodes\": [";
  for (size_t i = 0; i < selection.node_count(); ++i) {
    const graph::NodeIndex n = selection.node(i);
    const graph::NodeRecord& node = graph.node(n);
    out += i == 0 ? "\n" : ",\n";
    out += "  {\"data\": {\"id\": \"";
    AppendNodeId(graph, n, out);
    out += "\"";
    AppendMember("label", out);
    AppendJsonString(namer.NodeLabel(n), out);
    AppendMember(kKindName, out);
    AppendJsonString(namer.NodeType(n), out);
    AppendMember("labels", out);
    out.push_back('[');
    for (size_t l = 0; l < node.labels.size(); ++l) {
      if (l > 0) out += ", ";
      AppendJsonString(graph.SymbolName(node.labels[l]), out);
    }
    out.push_back(']');
    AppendProperties(node.properties, schema.node_columns(), node_column_of, out);
    if (options.with_provenance) AppendProvenance(graph, node.evidence, out);
    out += "}}";
    output.Commit();
  }
  out += "\n],\n\"edges\": [";
  for (size_t i = 0; i < selection.edge_count(); ++i) {
    const graph::EdgeIndex e = selection.edge(i);
    const graph::EdgeRecord& edge = graph.edge(e);
    out += i == 0 ? "\n" : ",\n";
    out += "  {\"data\": {\"id\": \"";
    AppendEdgeId(graph, e, out);
    out += "\", \"source\": \"";
    AppendNodeId(graph, edge.source, out);
    out += "\", \"target\": \"";
    AppendNodeId(graph, edge.target, out);
    out += "\"";
    AppendMember("label", out);
    AppendJsonString(namer.EdgeLabel(e), out);
    AppendMember(kKindName, out);
    AppendJsonString(graph.SymbolName(edge.type), out);
    AppendProperties(edge.properties, schema.edge_columns(), edge_column_of, out);
    if (options.with_provenance) AppendProvenance(graph, edge.evidence, out);
    out += "}}";
    output.Commit();
  }
  out += "\n]}}\n";
  return output.Finish();
}

}  // namespace kg::exporter
