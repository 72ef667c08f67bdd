#include "graph/export/json_writer.h"

#include <cmath>
#include <string>

#include "graph/export/display.h"
#include "graph/export/escape.h"
#include "graph/export/json_members.h"
#include "graph/export/output.h"
#include "graph/export/property_schema.h"
#include "graph/export/provenance.h"

namespace kg::exporter {
namespace {

std::string Identity(const std::string& s) { return s; }

}  // namespace

bool AppendJsonValue(const graph::PropertyValue& value, std::string& out) {
  if (value.is_bool()) {
    out += value.as_bool() ? "true" : "false";
  } else if (value.is_int()) {
    AppendInt(value.as_int(), out);
  } else if (value.is_double()) {
    const double d = value.as_double();
    if (!std::isfinite(d)) return false;
    const size_t start = out.size();
    AppendDouble(d, out);
    if (out.find_first_of(".e", start) == std::string::npos) out += ".0";
  } else if (value.is_string()) {
    AppendJsonString(value.as_string(), out);
  } else if (value.is_temporal()) {
    AppendJsonString(value.as_temporal().text, out);
  } else if (value.is_list()) {
    out.push_back('[');
    bool first = true;
    for (const auto& item : value.as_list()) {
      if (!first) out += ", ";
      first = false;
      if (!AppendJsonValue(item, out)) out += "null";
    }
    out.push_back(']');
  } else {
    return false;
  }
  return true;
}

Status WriteNodeLinkJson(const graph::PropertyGraph& graph, const Selection& selection,
                         const ExportOptions& options, std::ostream& stream) {
  PropertySchema schema = PropertySchema::Collect(graph, selection);
  AssignNames(schema.node_columns(),
              {"id", "label", "type", kKindName, "labels", kArticlesName, kEvidenceName}, Identity);
  AssignNames(
      schema.edge_columns(),
      {"id", "key", "source", "target", "label", "type", kKindName, kArticlesName, kEvidenceName},
      Identity);
  DisplayNamer namer(graph);
  Output output(stream);
  std::string& out = output.buffer();

  out +=
      "{\"directed\": true, \"multigraph\": true, \"graph\": {\"generator\": \"kg\", "
      "\"nodeCount\": ";
  AppendUint(selection.node_count(), out);
  out += ", \"edgeCount\": ";
  AppendUint(selection.edge_count(), out);
  out += "},\n\"nodes\": [";
  for (size_t i = 0; i < selection.node_count(); ++i) {
    const graph::NodeIndex n = selection.node(i);
    out += i == 0 ? "\n" : ",\n";
    out += "  {\"id\": \"";
    AppendNodeId(graph, n, out);
    out += "\"";
    AppendNodeMembers(graph, namer, schema, n, options.with_provenance, out);
    out.push_back('}');
    output.Commit();
  }
  out += "\n],\n\"edges\": [";
  for (size_t i = 0; i < selection.edge_count(); ++i) {
    const graph::EdgeIndex e = selection.edge(i);
    const graph::EdgeRecord& edge = graph.edge(e);
    out += i == 0 ? "\n" : ",\n";
    out += "  {\"source\": \"";
    AppendNodeId(graph, edge.source, out);
    out += "\", \"target\": \"";
    AppendNodeId(graph, edge.target, out);
    out += "\", \"key\": \"";
    AppendEdgeId(graph, e, out);
    out += "\", \"id\": \"";
    AppendEdgeId(graph, e, out);
    out += "\"";
    AppendEdgeMembers(graph, namer, schema, e, options.with_provenance, out);
    out.push_back('}');
    output.Commit();
  }
  out += "\n]}\n";
  return output.Finish();
}

}  // namespace kg::exporter
