#include "graph/export/json_members.h"

namespace kg::exporter {

void AppendNodeMembers(const graph::PropertyGraph& graph, const DisplayNamer& namer,
                       const PropertySchema& schema, graph::NodeIndex n, bool with_provenance,
                       std::string& out) {
  const graph::NodeRecord& node = graph.node(n);
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
  AppendProperties(
      node.properties, schema.node_columns(),
      [&schema](graph::SymbolId key) { return schema.NodeColumn(key); }, out);
  if (with_provenance) AppendProvenance(graph, node.evidence, out);
}

void AppendEdgeMembers(const graph::PropertyGraph& graph, const DisplayNamer& namer,
                       const PropertySchema& schema, graph::EdgeIndex e, bool with_provenance,
                       std::string& out) {
  const graph::EdgeRecord& edge = graph.edge(e);
  AppendMember("label", out);
  AppendJsonString(namer.EdgeLabel(e), out);
  AppendMember(kKindName, out);
  AppendJsonString(graph.SymbolName(edge.type), out);
  AppendProperties(
      edge.properties, schema.edge_columns(),
      [&schema](graph::SymbolId key) { return schema.EdgeColumn(key); }, out);
  if (with_provenance) AppendProvenance(graph, edge.evidence, out);
}

}  // namespace kg::exporter
