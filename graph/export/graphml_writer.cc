#include "graph/export/graphml_writer.h"

#include <charconv>
#include <cstdint>
#include <cstring>
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

// Text assembled on the stack and appended to the output at once: a relationship's
// opening tag is seven pieces, and each append to a std::string is an out-of-line
// call with its own capacity check. REQUIRES: at most kCapacity bytes in all.
class ShortText {
 public:
  static constexpr size_t kCapacity = 128;
  template <size_t N>
  ShortText& operator<<(const char (&literal)[N]) {
    std::memcpy(end_, literal, N - 1);
    end_ += N - 1;
    return *this;
  }
  ShortText& operator<<(uint64_t value) {
    end_ = std::to_chars(end_, buf_ + kCapacity, value).ptr;
    return *this;
  }
  void AppendTo(std::string& out) const { out.append(buf_, static_cast<size_t>(end_ - buf_)); }

 private:
  char buf_[kCapacity];
  char* end_ = buf_;
};

const char* AttrType(ScalarType type) {
  switch (type) {
    case ScalarType::kBoolean: return "boolean";
    case ScalarType::kLong: return "long";
    case ScalarType::kDouble: return "double";
    case ScalarType::kString: return "string";
    case ScalarType::kDate: return "string";  // GraphML has no date type: the ISO text
  }
  return "string";
}

// Declares one key ("d0", "d1", …) and returns the opening tag of its <data>
// elements, made once here rather than for every element.
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
  return "      <data key=\"" + id + "\">";
}

void AppendData(const std::string& open, std::string_view text, std::string& out) {
  out += open;
  AppendXmlText(text, out);
  out += "</data>\n";
}

void AppendValueData(const std::string& open, const graph::PropertyValue& value,
                     bool numeric_booleans, std::string& scratch, std::string& out) {
  if (value.is_string()) {
    AppendData(open, value.as_string(), out);
    return;
  }
  if (numeric_booleans && value.is_bool()) {
    AppendData(open, value.as_bool() ? "1" : "0", out);
    return;
  }
  scratch.clear();
  AppendScalarText(value, scratch);
  AppendData(open, scratch, out);
}

// The <data> opening tags of one domain's keys: the fixed keys, then one per
// property column.
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

void AppendProvenance(const graph::PropertyGraph& graph, const graph::EvidenceList& evidence,
                      const DomainKeys& keys, std::string& out) {
  AppendData(keys.articles, ArticlesJson(graph, evidence), out);
  AppendData(keys.evidence, EvidenceJson(graph, evidence), out);
}

// Whole <data> lines whose text is a symbol's name (a relationship's type, a node's
// only label), escaped once per symbol instead of once per element.
class SymbolLines {
 public:
  SymbolLines(const graph::PropertyGraph& graph, const std::string& open)
      : graph_(graph), open_(open), lines_(graph.symbol_count()) {}
  const std::string& Line(graph::SymbolId symbol) {
    std::string& line = lines_[symbol];
    if (line.empty()) AppendData(open_, graph_.SymbolName(symbol), line);
    return line;
  }

 private:
  const graph::PropertyGraph& graph_;
  const std::string& open_;
  std::vector<std::string> lines_;
};

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
  SymbolLines node_kinds(graph, node_keys.type), edge_kinds(graph, edge_keys.type),
      edge_labels(graph, edge_keys.label);

  std::string scratch;
  for (size_t i = 0; i < selection.node_count(); ++i) {
    const graph::NodeIndex n = selection.node(i);
    const graph::NodeRecord& node = graph.node(n);
    ShortText open;
    open << "    <node id=\"n" << node_ids.Id(n) << "\">\n";
    open.AppendTo(out);
    const std::string label = namer.NodeLabel(n);
    AppendData(node_keys.label, label, out);
    if (node.labels.size() == 1) {
      out += node_kinds.Line(node.labels.front());
    } else {
      AppendData(node_keys.type, namer.NodeType(n), out);
    }
    AppendProperties(node.properties, node_keys, node_column_of, numeric_booleans, scratch, out);
    if (options.with_provenance) AppendProvenance(graph, node.evidence, node_keys, out);
    if (yed) {
      out += node_keys.graphics;
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
    ShortText open;
    open << "    <edge id=\"e" << edge.id << "\" source=\"n" << node_ids.Id(edge.source)
         << "\" target=\"n" << node_ids.Id(edge.target) << "\">\n";
    open.AppendTo(out);
    // DisplayNamer::EdgeLabel is the type, with the action after it when there is one
    const std::string label = namer.EdgeLabel(e);
    if (label.size() == graph.SymbolName(edge.type).size()) {
      out += edge_labels.Line(edge.type);
    } else {
      AppendData(edge_keys.label, label, out);
    }
    out += edge_kinds.Line(edge.type);
    AppendProperties(edge.properties, edge_keys, edge_column_of, numeric_booleans, scratch, out);
    if (options.with_provenance) AppendProvenance(graph, edge.evidence, edge_keys, out);
    if (yed) {
      out += edge_keys.graphics;
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
