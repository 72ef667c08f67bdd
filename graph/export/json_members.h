// The members every JSON export writes after an element's id: its display label, its
// kind, (for a node) its labels, its properties under their export names, and with
// --with-sources its provenance. Shared by the node-link (json_writer.cc) and
// Cytoscape (cytoscape_writer.cc) layouts, which differ only in how they wrap them.
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/export/display.h"
#include "graph/export/escape.h"
#include "graph/export/json_writer.h"
#include "graph/export/property_schema.h"
#include "graph/export/provenance.h"

namespace kg::exporter {

// ", "name": " — the text before a member's value (the object is never empty here).
inline void AppendMember(std::string_view name, std::string& out) {
  out += ", ";
  AppendJsonString(name, out);
  out += ": ";
}

// Each property that has a column, as a member; values JSON cannot hold are left out.
template <typename ColumnOf>
void AppendProperties(const graph::Properties& props, const std::vector<PropertyColumn>& columns,
                      ColumnOf column_of, std::string& out) {
  std::string value;
  for (const auto& [key, v] : props) {
    const int column = column_of(key);
    if (column < 0) continue;
    value.clear();
    if (!AppendJsonValue(v, value)) continue;
    AppendMember(columns[column].name, out);
    out += value;
  }
}

inline void AppendProvenance(const graph::PropertyGraph& graph, const graph::EvidenceList& evidence,
                             std::string& out) {
  AppendMember(kArticlesName, out);
  out += ArticlesJson(graph, evidence);
  AppendMember(kEvidenceName, out);
  out += EvidenceJson(graph, evidence);
}

// `, "label": …, "kgType": …, "labels": […]`, the properties and the provenance of node `n`.
void AppendNodeMembers(const graph::PropertyGraph& graph, const DisplayNamer& namer,
                       const PropertySchema& schema, graph::NodeIndex n, bool with_provenance,
                       std::string& out);
// `, "label": …, "kgType": …`, the properties and the provenance of relationship `e`.
void AppendEdgeMembers(const graph::PropertyGraph& graph, const DisplayNamer& namer,
                       const PropertySchema& schema, graph::EdgeIndex e, bool with_provenance,
                       std::string& out);

}  // namespace kg::exporter
