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
    out += i == 0 ? "\n" : ",\n";
    out += "  {\"data\": {\"id\": \"";
    AppendNodeId(graph, n, out);
    out += "\"";
    AppendNodeMembers(graph, namer, schema, n, options.with_provenance, out);
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
    AppendEdgeMembers(graph, namer, schema, e, options.with_provenance, out);
    out += "}}";
    output.Commit();
  }
  out += "\n]}}\n";
  return output.Finish();
}

}  // namespace kg::exporter
