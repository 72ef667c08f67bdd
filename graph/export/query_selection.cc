#include "graph/export/query_selection.h"

#include <exception>
#include <string>
#include <vector>

#include "query/engine.h"
#include "query/query_error.h"

namespace kg::exporter {
namespace {

struct Matched {
  std::vector<graph::NodeIndex> nodes;
  std::vector<graph::EdgeIndex> edges;
  bool has_edges = false;  // a relationship or a path was returned
};

void Collect(const query::Value& value, Matched& out) {
  switch (value.type()) {
    case query::ValueType::kNode: out.nodes.push_back(value.as_node()); break;
    case query::ValueType::kRelationship:
      out.edges.push_back(value.as_relationship());
      out.has_edges = true;
      break;
    case query::ValueType::kPath: {
      const query::PathData& path = value.as_path();
      out.nodes.insert(out.nodes.end(), path.nodes.begin(), path.nodes.end());
      out.edges.insert(out.edges.end(), path.rels.begin(), path.rels.end());
      out.has_edges = true;
      break;
    }
    case query::ValueType::kList:
      for (const auto& item : value.as_list()) Collect(item, out);
      break;
    case query::ValueType::kMap:
      for (const auto& [key, item] : value.as_map()) Collect(item, out);
      break;
    default: break;
  }
}

}  // namespace

Result<Selection> SelectByQuery(graph::PropertyGraph& graph, std::string_view query) {
  Matched matched;
  try {
    query::Engine engine(graph);
    query::QueryResult result = engine.Run(query);
    if (!result.stats.empty()) {
      return Status::Error("--query must only read the graph (this one creates or sets)");
    }
    for (const auto& row : result.rows)
      for (const auto& value : row) Collect(value, matched);
  } catch (const query::QueryError& e) {
    return Status::Error(query::RenderError("--query", query, 0, e));
  } catch (const std::exception& e) {
    return Status::Error(std::string("--query: ") + e.what());
  }
  if (matched.has_edges)
    return Selection::Of(graph, std::move(matched.nodes), std::move(matched.edges));
  return Selection::Induced(graph, std::move(matched.nodes));
}

}  // namespace kg::exporter
