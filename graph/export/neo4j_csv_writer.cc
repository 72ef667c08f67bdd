#include "graph/export/neo4j_csv_writer.h"

#include <cmath>
#include <string>
#include <vector>

#include "graph/export/display.h"
#include "graph/export/escape.h"
#include "graph/export/output.h"
#include "graph/export/property_schema.h"
#include "graph/export/provenance.h"

namespace kg::exporter {
namespace {

std::string HeaderName(const std::string& name) {
  std::string out;
  for (char c : name) {
    const bool bad = c == ',' || c == ':' || c == '"' || static_cast<unsigned char>(c) < 0x20;
    out.push_back(bad ? '_' : c);
  }
  return out.empty() ? "_" : out;
}

const char* TypeName(ScalarType type) {
  switch (type) {
    case ScalarType::kBoolean: return "boolean";
    case ScalarType::kLong: return "long";
    case ScalarType::kDouble: return "double";
    case ScalarType::kString: return "string";
  }
  return "string";
}

void AppendHeader(const std::vector<PropertyColumn>& columns, std::string& out) {
  for (const auto& column : columns) {
    out.push_back(',');
    out += column.name;
    out.push_back(':');
    if (column.IsTypedList(true)) {
      out += TypeName(column.ElementType());
      out += "[]";
    } else {
      out += TypeName(column.Type());
    }
  }
}

// An unquoted scalar as Java parses it (NaN, Infinity).
void AppendNumber(const graph::PropertyValue& value, std::string& out) {
  if (value.is_double() && std::isinf(value.as_double())) {
    out += value.as_double() > 0 ? "Infinity" : "-Infinity";
  } else {
    AppendScalarText(value, out);
  }
}

void AppendField(const PropertyColumn& column, const graph::PropertyValue& value,
                 std::string& scratch, std::string& out) {
  if (column.IsTypedList(true)) {
    scratch.clear();
    bool first = true;
    for (const auto& item : value.as_list()) {
      if (!first) scratch.push_back(';');
      first = false;
      AppendNumber(item, scratch);
    }
    AppendCsvQuoted(scratch, out);
  } else if (column.Type() == ScalarType::kString) {
    if (value.is_string()) {
      AppendCsvQuoted(value.as_string(), out);
    } else {
      scratch.clear();
      AppendScalarText(value, scratch);
      AppendCsvQuoted(scratch, out);
    }
  } else {
    AppendNumber(value, out);
  }
}

// One row's property fields, in column order; `fields` is reused scratch.
template <typename ColumnOf>
void AppendRow(const graph::Properties& props, const std::vector<PropertyColumn>& columns,
               ColumnOf column_of, std::vector<const graph::PropertyValue*>& fields,
               std::string& scratch, std::string& out) {
  fields.assign(columns.size(), nullptr);
  for (const auto& [key, value] : props) {
    const int column = column_of(key);
    if (column >= 0 && !value.is_null()) fields[column] = &value;
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    out.push_back(',');
    if (fields[c]) AppendField(columns[c], *fields[c], scratch, out);
  }
}

void AppendProvenance(const graph::PropertyGraph& graph,
                      const std::vector<graph::Evidence>& evidence, std::string& out) {
  out.push_back(',');
  std::string articles;
  bool first = true;
  for (const auto& id : ArticleIds(graph, evidence)) {
    if (!first) articles.push_back(';');
    first = false;
    articles += id;
  }
  AppendCsvQuoted(articles, out);
  out.push_back(',');
  AppendCsvQuoted(EvidenceJson(graph, evidence), out);
}

constexpr char kProvenanceHeader[] = ",articles:string[],evidence:string";

}  // namespace

Status WriteNeo4jCsv(const graph::PropertyGraph& graph, const Selection& selection,
                     const ExportOptions& options, std::ostream& nodes_stream,
                     std::ostream& relationships_stream) {
  PropertySchema schema = PropertySchema::Collect(graph, selection);
  const std::set<std::string> reserved = {"kgId", kArticlesName, kEvidenceName};
  AssignNames(schema.node_columns(), reserved, HeaderName);
  AssignNames(schema.edge_columns(), reserved, HeaderName);
  std::vector<const graph::PropertyValue*> fields;
  std::string scratch;
  {
    Output output(nodes_stream);
    std::string& out = output.buffer();
    out += "kgId:ID,:LABEL";
    AppendHeader(schema.node_columns(), out);
    if (options.with_provenance) out += kProvenanceHeader;
    out.push_back('\n');
    auto column_of = [&schema](graph::SymbolId key) { return schema.NodeColumn(key); };
    for (size_t i = 0; i < selection.node_count(); ++i) {
      const graph::NodeIndex n = selection.node(i);
      const graph::NodeRecord& node = graph.node(n);
      AppendNodeId(graph, n, out);
      out.push_back(',');
      scratch.clear();
      for (size_t l = 0; l < node.labels.size(); ++l) {
        if (l > 0) scratch.push_back(';');
        scratch += graph.SymbolName(node.labels[l]);
      }
      AppendCsvQuoted(scratch, out);
      AppendRow(node.properties, schema.node_columns(), column_of, fields, scratch, out);
      if (options.with_provenance) AppendProvenance(graph, node.evidence, out);
      out.push_back('\n');
      output.Commit();
    }
    Status s = output.Finish();
    if (!s.ok()) return Status::Error(std::string(kNodesCsv) + ": " + s.message());
  }
  Output output(relationships_stream);
  std::string& out = output.buffer();
  out += ":START_ID,:END_ID,:TYPE,kgId:string";
  AppendHeader(schema.edge_columns(), out);
  if (options.with_provenance) out += kProvenanceHeader;
  out.push_back('\n');
  auto column_of = [&schema](graph::SymbolId key) { return schema.EdgeColumn(key); };
  for (size_t i = 0; i < selection.edge_count(); ++i) {
    const graph::EdgeIndex e = selection.edge(i);
    const graph::EdgeRecord& edge = graph.edge(e);
    AppendNodeId(graph, edge.source, out);
    out.push_back(',');
    AppendNodeId(graph, edge.target, out);
    out.push_back(',');
    AppendCsvQuoted(graph.SymbolName(edge.type), out);
    out += ",\"";
    AppendEdgeId(graph, e, out);
    out.push_back('"');
    AppendRow(edge.properties, schema.edge_columns(), column_of, fields, scratch, out);
    if (options.with_provenance) AppendProvenance(graph, edge.evidence, out);
    out.push_back('\n');
    output.Commit();
  }
  Status s = output.Finish();
  if (!s.ok()) return Status::Error(std::string(kRelationshipsCsv) + ": " + s.message());
  return Status::Ok();
}

}  // namespace kg::exporter
