#include "graph/export/cypher_writer.h"

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/export/display.h"
#include "graph/export/escape.h"
#include "graph/export/output.h"
#include "graph/export/property_schema.h"
#include "graph/export/provenance.h"

namespace kg::exporter {
namespace {

std::string Identity(const std::string& s) { return s; }

const char* KuzuType(ScalarType type) {
  switch (type) {
    case ScalarType::kBoolean: return "BOOLEAN";
    case ScalarType::kLong: return "INT64";
    case ScalarType::kDouble: return "DOUBLE";
    case ScalarType::kString: return "STRING";
    case ScalarType::kDate: return "DATE";
  }
  return "STRING";
}

std::string KuzuColumnType(const PropertyColumn& column) {
  if (column.IsTypedList(false)) return std::string(KuzuType(column.ElementType())) + "[]";
  return KuzuType(column.Type());
}

// A literal of `type`; false when the value cannot be written (non-finite).
bool AppendScalar(const graph::PropertyValue& value, ScalarType type, std::string& out) {
  std::string text;
  if (type == ScalarType::kString) {
    if (value.is_string()) {
      AppendCypherString(value.as_string(), out);
    } else {
      AppendScalarText(value, text);
      AppendCypherString(text, out);
    }
    return true;
  }
  if (type == ScalarType::kDate) {  // Neo4j, Memgraph and Kùzu all read date('YYYY-MM-DD')
    out += "date(";
    AppendCypherString(value.as_temporal().text, out);
    out.push_back(')');
    return true;
  }
  if (value.is_double() && !std::isfinite(value.as_double())) return false;
  const size_t start = out.size();
  AppendScalarText(value, out);
  if (type != ScalarType::kDouble) return true;
  // openCypher's exponent has no '+' sign ("1e20"), and a double needs a '.' or an 'e'
  if (const size_t plus = out.find("e+", start); plus != std::string::npos) out.erase(plus + 1, 1);
  if (out.find_first_of(".e", start) == std::string::npos) out += ".0";
  return true;
}

bool AppendValue(const PropertyColumn& column, const graph::PropertyValue& value,
                 std::string& out) {
  if (!column.IsTypedList(false)) return AppendScalar(value, column.Type(), out);
  std::string list = "[";
  bool first = true;
  for (const auto& item : value.as_list()) {
    if (!first) list += ", ";
    first = false;
    if (!AppendScalar(item, column.ElementType(), list)) return false;
  }
  out += list + "]";
  return true;
}

template <typename ColumnOf>
void AppendMap(std::string_view id, const graph::Properties& props,
               const std::vector<PropertyColumn>& columns, ColumnOf column_of,
               const graph::EvidenceList* evidence, const graph::PropertyGraph& graph,
               std::string& out) {
  out += " {kgId: '";
  out += id;
  out.push_back('\'');
  std::string value;
  for (const auto& [key, v] : props) {
    int column = column_of(key);
    if (column >= 0) column = columns[column].ColumnFor(v, column);
    value.clear();
    if (column < 0 || v.is_null() || !AppendValue(columns[column], v, value)) continue;
    out += ", ";
    AppendCypherName(columns[column].name, out);
    out += ": ";
    out += value;
  }
  if (evidence) {
    out += ", articles: [";
    bool first = true;
    for (const auto& article : ArticleIds(graph, *evidence)) {
      if (!first) out += ", ";
      first = false;
      AppendCypherString(article, out);
    }
    out += "], evidence: ";
    AppendCypherString(EvidenceJson(graph, *evidence), out);
  }
  out.push_back('}');
}

void AppendLabels(const graph::PropertyGraph& graph, const graph::NodeRecord& node,
                  std::string& out) {
  for (graph::SymbolId label : node.labels) {
    out.push_back(':');
    AppendCypherName(graph.SymbolName(label), out);
  }
}

std::string FirstLabel(const graph::PropertyGraph& graph, graph::NodeIndex n) {
  const auto& labels = graph.node(n).labels;
  return labels.empty() ? std::string() : graph.SymbolName(labels.front());
}

void AppendColumnDecls(const std::set<int>& used, const std::vector<PropertyColumn>& columns,
                       bool provenance, std::string& out) {
  for (int c : used) {
    out += ", ";
    AppendCypherName(columns[c].name, out);
    out += ' ';
    out += KuzuColumnType(columns[c]);
  }
  if (provenance) out += ", articles STRING[], evidence STRING";
}

// The comment block: index statements for Neo4j and Memgraph, tables for Kùzu.
void AppendPreamble(const graph::PropertyGraph& graph, const Selection& selection,
                    const PropertySchema& schema, bool provenance, std::string& out) {
  std::map<std::string, std::set<int>> tables;  // first label -> node columns
  for (size_t i = 0; i < selection.node_count(); ++i) {
    const graph::NodeIndex n = selection.node(i);
    auto& used = tables[FirstLabel(graph, n)];
    for (const auto& [key, v] : graph.node(n).properties) {
      const int c = schema.NodeColumn(key);
      used.insert(c < 0 ? c : schema.node_columns()[c].ColumnFor(v, c));
    }
  }
  struct RelTable {
    std::set<std::pair<std::string, std::string>> ends;
    std::set<int> columns;
  };
  std::map<std::string, RelTable> rels;
  for (size_t i = 0; i < selection.edge_count(); ++i) {
    const graph::EdgeRecord& e = graph.edge(selection.edge(i));
    auto& rel = rels[graph.SymbolName(e.type)];
    rel.ends.emplace(FirstLabel(graph, e.source), FirstLabel(graph, e.target));
    for (const auto& [key, v] : e.properties) {
      const int c = schema.EdgeColumn(key);
      rel.columns.insert(c < 0 ? c : schema.edge_columns()[c].ColumnFor(v, c));
    }
  }
  out +=
      "// Relationships find their endpoints by label and kgId. Index kgId first:\n"
      "//   Neo4j:    sed -n 's|^//neo4j ||p'    this file | cypher-shell\n"
      "//   Memgraph: sed -n 's|^//memgraph ||p' this file | mgconsole\n"
      "//   Kùzu:     run the lines after //kuzu (the schema) first.\n";
  for (const auto& [label, used] : tables) {
    if (label.empty()) continue;
    out += "//neo4j CREATE INDEX ";
    AppendCypherName("kg_" + label + "_kgId", out);
    out += " IF NOT EXISTS FOR (n:";
    AppendCypherName(label, out);
    out += ") ON (n.kgId);\n//memgraph CREATE INDEX ON :";
    AppendCypherName(label, out);
    out += "(kgId);\n";
  }
  for (const auto& [label, used] : tables) {
    if (label.empty()) {
      out += "// (Kùzu cannot hold the nodes without a label in this export.)\n";
      continue;
    }
    out += "//kuzu CREATE NODE TABLE ";
    AppendCypherName(label, out);
    out += "(kgId STRING";
    AppendColumnDecls(used, schema.node_columns(), provenance, out);
    out += ", PRIMARY KEY (kgId));\n";
  }
  for (const auto& [type, rel] : rels) {
    out += "//kuzu CREATE REL TABLE ";
    AppendCypherName(type, out);
    out.push_back('(');
    bool first = true;
    for (const auto& [from, to] : rel.ends) {
      if (!first) out += ", ";
      first = false;
      out += "FROM ";
      AppendCypherName(from, out);
      out += " TO ";
      AppendCypherName(to, out);
    }
    out += ", kgId STRING";
    AppendColumnDecls(rel.columns, schema.edge_columns(), provenance, out);
    out += ");\n";
  }
}

}  // namespace

Status WriteCypher(const graph::PropertyGraph& graph, const Selection& selection,
                   const ExportOptions& options, std::ostream& stream) {
  PropertySchema schema = PropertySchema::Collect(graph, selection);
  const std::set<std::string> reserved = {"kgId", kArticlesName, kEvidenceName};
  AssignNames(schema.node_columns(), reserved, Identity);
  AssignNames(schema.edge_columns(), reserved, Identity);
  AddMonthDayColumns(schema.node_columns());
  AddMonthDayColumns(schema.edge_columns());
  auto node_column_of = [&schema](graph::SymbolId key) { return schema.NodeColumn(key); };
  auto edge_column_of = [&schema](graph::SymbolId key) { return schema.EdgeColumn(key); };
  Output output(stream);
  std::string& out = output.buffer();
  out += "// kg export: ";
  AppendUint(selection.node_count(), out);
  out += " nodes, ";
  AppendUint(selection.edge_count(), out);
  out += " relationships. Runs in Neo4j, Memgraph and Kùzu (see docs/export.md).\n";
  AppendPreamble(graph, selection, schema, options.with_provenance, out);

  std::string id;
  for (size_t i = 0; i < selection.node_count(); ++i) {
    const graph::NodeIndex n = selection.node(i);
    const graph::NodeRecord& node = graph.node(n);
    out += i % kCypherNodeBatch == 0 ? "CREATE (" : ",\n       (";
    AppendLabels(graph, node, out);
    id.clear();
    AppendNodeId(graph, n, id);
    AppendMap(id, node.properties, schema.node_columns(), node_column_of,
              options.with_provenance ? &node.evidence : nullptr, graph, out);
    out.push_back(')');
    if (i % kCypherNodeBatch == kCypherNodeBatch - 1 || i + 1 == selection.node_count())
      out += ";\n";
    output.Commit();
  }
  for (size_t i = 0; i < selection.edge_count(); ++i) {
    const graph::EdgeIndex e = selection.edge(i);
    const graph::EdgeRecord& edge = graph.edge(e);
    out += "MATCH (a";
    AppendLabels(graph, graph.node(edge.source), out);
    out += " {kgId: '";
    AppendNodeId(graph, edge.source, out);
    out += "'}), (b";
    AppendLabels(graph, graph.node(edge.target), out);
    out += " {kgId: '";
    AppendNodeId(graph, edge.target, out);
    out += "'}) CREATE (a)-[:";
    AppendCypherName(graph.SymbolName(edge.type), out);
    id.clear();
    AppendEdgeId(graph, e, id);
    AppendMap(id, edge.properties, schema.edge_columns(), edge_column_of,
              options.with_provenance ? &edge.evidence : nullptr, graph, out);
    out += "]->(b);\n";
    output.Commit();
  }
  return output.Finish();
}

}  // namespace kg::exporter
