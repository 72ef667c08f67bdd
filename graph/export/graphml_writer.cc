#include "graph/export/graphml_writer.h"

#include <set>
#include <string>
#include <vector>

#include "graph/export/display.h"
#include "graph/export/escape.h"
#include "graph/export/output.h"
#include "graph/export/property_schema.h"
#include "graph/export/provenance.h"
#include "graph/export/yed_graphics.h"

namespace kg::exporter {
namespace {

constexpr char kGraphmlNamespace[] = "http://graphml.graphdrawing.org/xmlns";
constexpr char kGraphmlSchemaLocation[] = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
// How many relationships ahead the endpoints' ids are prefetched (NodeIds).
constexpr size_t kPrefetchAhead = 16;

const char* AttrType(ScalarType type) {
  switch (type) {
    case ScalarType::kBoolean: return "boolean";
    case ScalarType::kLong: return "long";
    case ScalarType::kDouble: return "double";
    case ScalarType::kString: return "string";
  }
  return "string";
}

// Declares one key and returns its id ("d0", "d1", …).
std::string DeclareKey(const char* domain, std::string_view name, ScalarType type,
                       const char* yfiles_type, int& next_key, std::string& out) {
  std::string id = "d" + std::to_string(next_key++);
  out += "  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"";
  AppendXmlAttribute(name, out);
  out += "\" attr.type=\"";
  out += AttrType(type);
  if (yfiles_type) {
    out += "\" yfiles.type=\"";
    out += yfiles_type;
  }
  out += "\"/>\n";
  return id;
}

void AppendData(const std::string& key_id, std::string_view text, std::string& out) {
  out += "      <data key=\"";
  out += key_id;
  out += "\">";
  AppendXmlText(text, out);
  out += "</data>\n";
}

void AppendValueData(const std::string& key_id, const graph::PropertyValue& value,
                     bool numeric_booleans, std::string& scratch, std::string& out) {
  if (value.is_string()) {
    AppendData(key_id, value.as_string(), out);
    return;
  }
  if (numeric_booleans && value.is_bool()) {
    AppendData(key_id, value.as_bool() ? "1" : "0", out);
    return;
  }
  scratch.clear();
  AppendScalarText(value, scratch);
  AppendData(key_id, scratch, out);
}

// Key ids of one domain: the fixed keys, then one per property column.
struct DomainKeys {
  std::string label, type, articles, evidence, graphics;
  std::vector<std::string> columns;
};

DomainKeys DeclareDomain(const char* domain, std::vector<PropertyColumn>& columns,
                         const ExportOptions& options, int& next_key, std::string& out) {
  const bool yed = options.flavor == Flavor::kYed;
  const std::string graphics = std::string(domain) + "graphics";
  // "type" stays reserved though kg writes its kind as kgType: Sigma.js (Gephi Lite) reads a
  // node's "type" as the program that draws it, so no element may carry one
  AssignNames(columns, {"label", "type", kKindName, "id", kArticlesName, kEvidenceName, graphics},
              ToXmlNmtoken);
  DomainKeys keys;
  keys.label = DeclareKey(domain, "label", ScalarType::kString, nullptr, next_key, out);
  keys.type = DeclareKey(domain, kKindName, ScalarType::kString, nullptr, next_key, out);
  for (const auto& column : columns) {
    keys.columns.push_back(DeclareKey(domain, column.name, column.Type(), nullptr, next_key, out));
  }
  if (options.with_provenance) {
    keys.articles = DeclareKey(domain, kArticlesName, ScalarType::kString, nullptr, next_key, out);
    keys.evidence = DeclareKey(domain, kEvidenceName, ScalarType::kString, nullptr, next_key, out);
  }
  if (yed) {
    keys.graphics =
        DeclareKey(domain, graphics, ScalarType::kString, graphics.c_str(), next_key, out);
  }
  return keys;
}

template <typename ColumnOf>
void AppendProperties(const graph::Properties& props, const DomainKeys& keys, ColumnOf column_of,
                      bool numeric_booleans, std::string& scratch, std::string& out) {
  for (const auto& [key, value] : props) {
    const int column = column_of(key);
    if (value.is_null() || column < 0) continue;
    AppendValueData(keys.columns[column], value, numeric_booleans, scratch, out);
  }
}

void AppendProvenance(const graph::PropertyGraph& graph,
                      const std::vector<graph::Evidence>& evidence, const DomainKeys& keys,
                      std::string& out) {
  AppendData(keys.articles, ArticlesJson(graph, evidence), out);
  AppendData(keys.evidence, EvidenceJson(graph, evidence), out);
}

}  // namespace

Status WriteGraphml(const graph::PropertyGraph& graph, const Selection& selection,
                    const ExportOptions& options, std::ostream& stream) {
  const bool yed = options.flavor == Flavor::kYed;
  const bool numeric_booleans = options.flavor == Flavor::kBoost;
  PropertySchema schema = PropertySchema::Collect(graph, selection);
  DisplayNamer namer(graph);
  const NodeIds node_ids(graph);
  Output output(stream);
  std::string& out = output.buffer();

  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<graphml xmlns=\"";
  out += kGraphmlNamespace;
  out += "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
  if (yed) {
    out += " xmlns:y=\"";
    out += kYedNamespace;
    out += "\"";
  }
  out += " xsi:schemaLocation=\"";
  out += kGraphmlNamespace;
  out += ' ';
  out += yed ? kYedSchemaLocation : kGraphmlSchemaLocation;
  out += "\">\n";
  out += "  <!-- kg export: ";
  AppendUint(selection.node_count(), out);
  out += " nodes, ";
  AppendUint(selection.edge_count(), out);
  out += " relationships -->\n";

  int next_key = 0;
  const DomainKeys node_keys = DeclareDomain("node", schema.node_columns(), options, next_key, out);
  const DomainKeys edge_keys = DeclareDomain("edge", schema.edge_columns(), options, next_key, out);
  auto node_column_of = [&schema](graph::SymbolId key) { return schema.NodeColumn(key); };
  auto edge_column_of = [&schema](graph::SymbolId key) { return schema.EdgeColumn(key); };
  out += "  <graph id=\"G\" edgedefault=\"directed\">\n";

  std::string scratch;
  for (size_t i = 0; i < selection.node_count(); ++i) {
    const graph::NodeIndex n = selection.node(i);
    const graph::NodeRecord& node = graph.node(n);
    out += "    <node id=\"";
    node_ids.Append(n, out);
    out += "\">\n";
    const std::string label = namer.NodeLabel(n);
    AppendData(node_keys.label, label, out);
    AppendData(node_keys.type, namer.NodeType(n), out);
    AppendProperties(node.properties, node_keys, node_column_of, numeric_booleans, scratch, out);
    if (options.with_provenance) AppendProvenance(graph, node.evidence, node_keys, out);
    if (yed) {
      out += "      <data key=\"" + node_keys.graphics + "\">";
      std::string_view first_label =
          node.labels.empty() ? std::string_view() : graph.SymbolName(node.labels.front());
      AppendYedShapeNode(label, first_label, i, selection.node_count(), out);
      out += "</data>\n";
    }
    out += "    </node>\n";
    output.Commit();
  }
  for (size_t i = 0; i < selection.edge_count(); ++i) {
    const graph::EdgeIndex e = selection.edge(i);
    const graph::EdgeRecord& edge = graph.edge(e);
    if (i + kPrefetchAhead < selection.edge_count()) {
      const graph::EdgeRecord& ahead = graph.edge(selection.edge(i + kPrefetchAhead));
      node_ids.Prefetch(ahead.source);
      node_ids.Prefetch(ahead.target);
    }
    out += "    <edge id=\"";
    AppendEdgeId(graph, e, out);
    out += "\" source=\"";
    node_ids.Append(edge.source, out);
    out += "\" target=\"";
    node_ids.Append(edge.target, out);
    out += "\">\n";
    const std::string label = namer.EdgeLabel(e);
    AppendData(edge_keys.label, label, out);
    AppendData(edge_keys.type, graph.SymbolName(edge.type), out);
    AppendProperties(edge.properties, edge_keys, edge_column_of, numeric_booleans, scratch, out);
    if (options.with_provenance) AppendProvenance(graph, edge.evidence, edge_keys, out);
    if (yed) {
      out += "      <data key=\"" + edge_keys.graphics + "\">";
      AppendYedEdge(label, out);
      out += "</data>\n";
    }
    out += "    </edge>\n";
    output.Commit();
  }
  out += "  </graph>\n</graphml>\n";
  return output.Finish();
}

}  // namespace kg::exporter
