#include "graph/export/neo4j_csv_writer.h"

#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "graph/export/display.h"
#include "graph/export/escape.h"
#include "graph/export/igraph_load_script.h"
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
    case ScalarType::kDate: return "date";
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
    if (column >= 0 && !value.is_null()) fields[columns[column].ColumnFor(value, column)] = &value;
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    out.push_back(',');
    if (fields[c]) AppendField(columns[c], *fields[c], scratch, out);
  }
}

void AppendProvenance(const graph::PropertyGraph& graph, const graph::EvidenceList& evidence,
                      std::string& out) {
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

// A label or type as a file-name part: ASCII letters, digits, '_' and '-' and any
// non-ASCII byte (Vietnamese letters) stay, the rest becomes '_'.
std::string FilePart(const std::string& name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    out.push_back(std::isalnum(u) || c == '_' || c == '-' || u >= 0x80 ? c : '_');
  }
  return out.empty() ? "_" : out;
}

// "label" for a node of no label: Neo4j allows it, Kùzu needs a table.
std::string PrimaryLabel(const graph::PropertyGraph& graph, graph::NodeIndex n) {
  const auto& labels = graph.node(n).labels;
  return labels.empty() ? std::string(kUnlabelled) : graph.SymbolName(labels[0]);
}

// A name for each group's file, unique among the directory's files ("Nhãn lạ" and
// "Nhãn_lạ" would both be "Nhãn_lạ": the second gets "_2").
std::string UniqueName(const std::string& base, std::set<std::string>& taken) {
  std::string name = base + ".csv";
  for (int n = 2; !taken.insert(name).second; ++n) name = base + "_" + std::to_string(n) + ".csv";
  return name;
}

// Kùzu's column type for a neo4j-admin header type: arrays stay the ';'-joined text they
// are in the file (Kùzu reads lists as "[a,b]").
const char* KuzuType(const std::string& header_type) {
  if (header_type == "long") return "INT64";
  if (header_type == "double") return "DOUBLE";
  if (header_type == "boolean") return "BOOLEAN";
  if (header_type == "date") return "DATE";
  return "STRING";
}

std::string Backticked(const std::string& name) {
  std::string out = "`";
  for (char c : name) {
    if (c == '`') out.push_back('`');
    out.push_back(c);
  }
  return out + "`";
}

void AppendKuzuColumns(const std::vector<PropertyColumn>& columns, bool provenance,
                       std::string& out) {
  for (const auto& column : columns) {
    out += ", " + Backticked(column.name) + " ";
    out += column.IsTypedList(true) ? "STRING" : KuzuType(TypeName(column.Type()));
  }
  if (provenance) out += ", `articles` STRING, `evidence` STRING";
}

struct NodeGroup {
  std::vector<graph::NodeIndex> nodes;
  std::string file;
};
struct EdgeGroup {
  std::string type, from, to;  // the type and the primary labels of its ends
  std::vector<graph::EdgeIndex> edges;
  std::string file;
};

}  // namespace

Status WriteNeo4jCsv(const graph::PropertyGraph& graph, const Selection& selection,
                     const ExportOptions& options, const FileOpener& open) {
  // nodes by primary label, relationships by type and the primary labels of their ends
  std::map<std::string, NodeGroup> node_groups;
  for (size_t i = 0; i < selection.node_count(); ++i) {
    const graph::NodeIndex n = selection.node(i);
    node_groups[PrimaryLabel(graph, n)].nodes.push_back(n);
  }
  std::map<std::tuple<std::string, std::string, std::string>, EdgeGroup> edge_groups;
  std::map<std::string, int> pairs_of_type;
  for (size_t i = 0; i < selection.edge_count(); ++i) {
    const graph::EdgeIndex e = selection.edge(i);
    const graph::EdgeRecord& edge = graph.edge(e);
    const std::string type = graph.SymbolName(edge.type);
    auto key =
        std::make_tuple(type, PrimaryLabel(graph, edge.source), PrimaryLabel(graph, edge.target));
    auto [it, added] = edge_groups.try_emplace(key);
    if (added) {
      it->second.type = type;
      it->second.from = std::get<1>(key);
      it->second.to = std::get<2>(key);
      ++pairs_of_type[type];
    }
    it->second.edges.push_back(e);
  }
  std::set<std::string> taken = {kNeo4jImportScript, kKuzuLoadScript, kIgraphLoadScript};
  for (auto& [label, group] : node_groups)
    group.file = UniqueName("nodes_" + FilePart(label), taken);
  for (auto& [key, group] : edge_groups) {
    std::string base = "relationships_" + FilePart(group.type);
    // a type between one pair of labels has one file; otherwise one per pair (Kùzu copies
    // a relationship table one FROM/TO pair at a time)
    if (pairs_of_type[group.type] > 1)
      base += "_" + FilePart(group.from) + "_" + FilePart(group.to);
    group.file = UniqueName(base, taken);
  }

  const std::set<std::string> reserved = {"kgId", "labels", "relType", kArticlesName,
                                          kEvidenceName};
  std::vector<const graph::PropertyValue*> fields;
  std::string scratch;
  std::string kuzu_tables, kuzu_copies, neo4j_args;
  for (auto& [label, group] : node_groups) {
    PropertySchema schema = PropertySchema::Collect(graph, Selection::Of(graph, group.nodes, {}));
    AssignNames(schema.node_columns(), reserved, HeaderName);
    AddMonthDayColumns(schema.node_columns());
    auto stream = open(group.file);
    if (!stream.ok()) return stream.status();
    Output output(*stream.value());
    std::string& out = output.buffer();
    out += "kgId:ID,:LABEL";
    AppendHeader(schema.node_columns(), out);
    if (options.with_provenance) out += kProvenanceHeader;
    out.push_back('\n');
    auto column_of = [&schema](graph::SymbolId key) { return schema.NodeColumn(key); };
    for (graph::NodeIndex n : group.nodes) {
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
    if (Status s = output.Finish(); !s.ok()) return Status::Error(group.file + ": " + s.message());
    kuzu_tables += "CREATE NODE TABLE " + Backticked(label) + "(`kgId` STRING, `labels` STRING";
    AppendKuzuColumns(schema.node_columns(), options.with_provenance, kuzu_tables);
    kuzu_tables += ", PRIMARY KEY(`kgId`));\n";
    kuzu_copies +=
        "COPY " + Backticked(label) + " FROM '" + group.file + "' (header=true, parallel=false);\n";
    neo4j_args += " \\\n  --nodes='" + group.file + "'";
  }
  // one Kùzu relationship table per type, with every FROM/TO pair it joins
  std::map<std::string, std::vector<const EdgeGroup*>> groups_of_type;
  for (const auto& [key, group] : edge_groups) groups_of_type[group.type].push_back(&group);
  for (const auto& [type, groups] : groups_of_type) {
    std::vector<graph::EdgeIndex> all;
    for (const EdgeGroup* g : groups) all.insert(all.end(), g->edges.begin(), g->edges.end());
    PropertySchema schema = PropertySchema::Collect(graph, Selection::Of(graph, {}, all));
    AssignNames(schema.edge_columns(), reserved, HeaderName);
    AddMonthDayColumns(schema.edge_columns());
    auto column_of = [&schema](graph::SymbolId key) { return schema.EdgeColumn(key); };
    kuzu_tables += "CREATE REL TABLE " + Backticked(type) + "(";
    for (size_t i = 0; i < groups.size(); ++i)
      kuzu_tables += (i ? ", FROM " : "FROM ") + Backticked(groups[i]->from) + " TO " +
                     Backticked(groups[i]->to);
    kuzu_tables += ", `relType` STRING, `kgId` STRING";
    AppendKuzuColumns(schema.edge_columns(), options.with_provenance, kuzu_tables);
    kuzu_tables += ");\n";
    for (const EdgeGroup* group : groups) {
      auto stream = open(group->file);
      if (!stream.ok()) return stream.status();
      Output output(*stream.value());
      std::string& out = output.buffer();
      out += ":START_ID,:END_ID,:TYPE,kgId:string";
      AppendHeader(schema.edge_columns(), out);
      if (options.with_provenance) out += kProvenanceHeader;
      out.push_back('\n');
      for (graph::EdgeIndex e : group->edges) {
        const graph::EdgeRecord& edge = graph.edge(e);
        AppendNodeId(graph, edge.source, out);
        out.push_back(',');
        AppendNodeId(graph, edge.target, out);
        out.push_back(',');
        AppendCsvQuoted(type, out);
        out += ",\"";
        AppendEdgeId(graph, e, out);
        out.push_back('"');
        AppendRow(edge.properties, schema.edge_columns(), column_of, fields, scratch, out);
        if (options.with_provenance) AppendProvenance(graph, edge.evidence, out);
        out.push_back('\n');
        output.Commit();
      }
      if (Status s = output.Finish(); !s.ok())
        return Status::Error(group->file + ": " + s.message());
      kuzu_copies +=
          "COPY " + Backticked(type) + " FROM '" + group->file + "' (header=true, parallel=false";
      if (groups.size() > 1) kuzu_copies += ", from='" + group->from + "', to='" + group->to + "'";
      kuzu_copies += ");\n";
      neo4j_args += " \\\n  --relationships='" + group->file + "'";
    }
  }

  // the load scripts, run from the export directory
  auto script = open(kNeo4jImportScript);
  if (!script.ok()) return script.status();
  *script.value()
      << "#!/bin/sh\n# Loads this directory into a Neo4j database (default: neo4j) with "
         "neo4j-admin,\n"
         "# replacing what it held; stop the database first. Usage: sh import-neo4j.sh [DB]\nset "
         "-e\n"
         "cd \"$(dirname \"$0\")\"\n"
         "neo4j-admin database import full --overwrite-destination=true --multiline-fields=true"
      << neo4j_args << " \\\n  \"${1:-neo4j}\"\n";
  auto kuzu = open(kKuzuLoadScript);
  if (!kuzu.ok()) return kuzu.status();
  *kuzu.value()
      << "// Loads this directory into an empty Kùzu database, one statement a line; run it from\n"
         "// this directory (COPY reads the file names relative to it), e.g.\n"
         "//   kuzu news.kuzu < load-kuzu.cypher\n"
      << kuzu_tables << kuzu_copies;
  auto igraph = open(kIgraphLoadScript);
  if (!igraph.ok()) return igraph.status();
  *igraph.value() << kIgraphLoadScriptText;
  return Status::Ok();
}

}  // namespace kg::exporter
