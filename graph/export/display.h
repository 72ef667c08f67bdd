// What a person sees of a node or relationship in a picture or a viewer: a
// readable label and a colour per node label.
//
//   Person    its name                         "Nguyễn Xuân Ký"
//   Document  type and number                  "Nghị quyết 02-NQ/TU"
//   Event     name and date                    "Hội nghị Tỉnh ủy (2019-12-10)"
//   Role      title and province               "Bí thư Tỉnh ủy (Quảng Ninh)"
//   Body      name, and province unless named  "Sở Tài chính (Quảng Ninh)"
//   Target    indicator, comparator, value, unit, year; or the task
//   other     name, title or number; at worst the node id ("n12")
//
// Relationships read as their type, with the `action` when there is one
// ("DISCUSSED (adopted)"). Internal to export/: use export/exporter.h instead.
//
// Thread-compatible; valid while the graph is not mutated.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "graph/store/property_graph.h"

namespace kg::exporter {

// The key that carries an element's kind (a node's labels joined by ':', a relationship's
// type) in GraphML and node-link JSON. Not "type": Sigma.js, the renderer of Gephi Lite,
// takes a node's "type" as the program to draw it with and refuses kg's kinds.
inline constexpr char kKindName[] = "kgType";

class DisplayNamer {
 public:
  explicit DisplayNamer(const graph::PropertyGraph& graph);

  std::string NodeLabel(graph::NodeIndex node) const;
  std::string EdgeLabel(graph::EdgeIndex edge) const;
  // The node's labels joined by ':' ("Person", "Person:Official").
  std::string NodeType(graph::NodeIndex node) const;

 private:
  std::string_view Text(graph::NodeIndex node, std::optional<graph::SymbolId> key) const;
  bool Is(graph::NodeIndex node, std::optional<graph::SymbolId> label) const;

  const graph::PropertyGraph& graph_;
  std::optional<graph::SymbolId> person_, document_, event_, role_, body_, target_;
  std::optional<graph::SymbolId> name_, title_, number_, type_, date_, province_, kind_, indicator_,
      comparator_, value_, unit_, year_, task_, action_;
  // names two or more Persons share: their labels add the province, so namesakes in a
  // picture are told apart ("Nguyễn Đức Lợi (Bắc Giang)")
  std::unordered_set<std::string> shared_person_names_;
};

// "#RRGGBB" fill colour for a node label: fixed for the labels of the schema,
// derived from a hash of the name for others.
std::string LabelColour(std::string_view label);

// The id an export shows: "n<NodeRecord::id>", "e<EdgeRecord::id>".
// A target's value and unit as a label shows them: money in the scales Vietnamese uses
// ("88 triệu đồng", "1.5 tỷ USD"), other numbers with at most two decimals and never an
// exponent below 10^15 ("8.5 %", "30000 ha").
std::string AmountText(double value, const std::string& unit);

void AppendNodeId(const graph::PropertyGraph& graph, graph::NodeIndex node, std::string& out);
void AppendEdgeId(const graph::PropertyGraph& graph, graph::EdgeIndex edge, std::string& out);

// The NodeRecord::id of every node in one dense array, for writers that name the
// endpoints of many relationships. Endpoints come in random order: read from the
// node records themselves (over 100 bytes each) nearly every one missed the cache
// (half the GraphML write time on a 1M-node graph). The array is 8 bytes a node,
// and a writer prefetches the endpoints of the relationship a few ahead so that
// the misses that remain overlap with its formatting.
class NodeIds {
 public:
  explicit NodeIds(const graph::PropertyGraph& graph);
  graph::NodeId Id(graph::NodeIndex node) const { return ids_[node]; }
  void Prefetch(graph::NodeIndex node) const { __builtin_prefetch(ids_.data() + node); }

 private:
  std::vector<graph::NodeId> ids_;
};

}  // namespace kg::exporter
