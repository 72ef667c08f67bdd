// What an importer has read, before it enters the graph: nodes and relationships
// with external ids, checked as a whole (every relationship's ends exist, ids are
// unique) and only then added, so a bad file leaves the graph untouched.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/base/status.h"
#include "graph/import/import.h"
#include "graph/store/property_graph.h"

namespace kg::importer {

// Where in which file an element was read: a byte span, and the line for errors.
struct SourceSpan {
  size_t file = 0;  // index into StagedGraph::files
  uint32_t start = 0, end = 0;
  size_t line = 0;
};

struct StagedNode {
  std::string id;  // external id, unique among the nodes
  std::vector<std::string> labels;
  std::vector<std::pair<std::string, graph::PropertyValue>> properties;
  SourceSpan span;
};

struct StagedEdge {
  std::string id;  // external id; may be empty
  std::string source, target;
  std::string type;
  std::vector<std::pair<std::string, graph::PropertyValue>> properties;
  SourceSpan span;
};

struct StagedGraph {
  std::vector<std::string> files;
  std::vector<StagedNode> nodes;
  std::vector<StagedEdge> edges;
  std::vector<std::string> warnings;
};

// "PATH:LINE: MESSAGE".
Status ErrorAt(const std::string& path, size_t line, const std::string& message);

// Adds `staged` to `graph`. When every node id is kg's own (n0, n1, …), nodes are
// added in the order of those numbers, and relationships in the order of theirs
// (e0, e1, …), so a graph kg exported comes back with its ids and order.
Result<ImportReport> Commit(StagedGraph staged, graph::PropertyGraph& graph);

// The article record an imported file's evidence points to.
uint32_t AddImportArticle(const std::string& path, graph::PropertyGraph& graph);

}  // namespace kg::importer
