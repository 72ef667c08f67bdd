// The members every JSON export writes after an element's fixed keys: its properties under
// their export names, and with --with-sources its provenance. Shared by the node-link
// (json_writer.cc) and Cytoscape (cytoscape_writer.cc) layouts.
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

inline void AppendProvenance(const graph::PropertyGraph& graph,
                             const std::vector<graph::Evidence>& evidence, std::string& out) {
  AppendMember(kArticlesName, out);
  out += ArticlesJson(graph, evidence);
  AppendMember(kEvidenceName, out);
  out += EvidenceJson(graph, evidence);
}

}  // namespace kg::exporter
