// Indexes the planner uses instead of scanning every node:
//  - nodes by label;
//  - nodes by the folded form (text::Fold: case, diacritics and đ/Đ ignored,
//    white space collapsed) of their `name`, `title` and `number` properties,
//    so `{name: 'Nguyễn Xuân Ký'}`, `fold(n.name) = fold($q)` and the CLI's
//    name arguments are lookups, not scans.
//
// The index covers nodes [0, covered()) of the graph it was built on. Nodes
// are append-only in a PropertyGraph, so CatchUp() indexes the ones added
// since (the engine calls it before each query and after each CREATE). A
// label or property changed on an existing node outside the engine requires
// a rebuild (Engine::Reindex()).
//
// Thread safety: const methods may run concurrently; CatchUp needs exclusive access.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/store/property_graph.h"

namespace kg::query {

class NameIndex {
 public:
  // The property keys indexed by folded value.
  static constexpr const char* kKeys[] = {"name", "title", "number"};
  static bool IsIndexedKey(std::string_view key);

  explicit NameIndex(const graph::PropertyGraph& graph);

  // text::Fold, with a fast path for pure-ASCII text (most document numbers,
  // and names typed without diacritics) that skips ICU; equal to Fold always.
  static std::string Key(std::string_view text);

  // Indexes nodes added to the graph since the last call.
  void CatchUp(const graph::PropertyGraph& graph);
  size_t covered() const { return covered_; }

  // Nodes carrying `label`, in index order; empty when none.
  const std::vector<graph::NodeIndex>& WithLabel(graph::SymbolId label) const;

  // Nodes whose `key` property (one of kKeys; empty = any of them) folds to
  // Fold(value), in index order without duplicates.
  std::vector<graph::NodeIndex> Lookup(std::string_view key, std::string_view value) const;

 private:
  // One entry per (node, indexed key) holding a string; sorted by (hash, node).
  // Only the 64-bit hash of the folded value is kept, not the string: a lookup
  // re-folds each candidate's value to rule out a collision. 16 bytes an entry
  // instead of a string and a vector per distinct name (a third of the time
  // `kg query` took to be ready on a 1M-node graph went into that map).
  struct Entry {
    uint64_t hash;
    graph::NodeIndex node;
    uint8_t key;  // position in kKeys
    bool operator<(const Entry& o) const { return hash != o.hash ? hash < o.hash : node < o.node; }
  };
  static uint64_t Hash(std::string_view folded);

  const graph::PropertyGraph* graph_;
  std::unordered_map<graph::SymbolId, std::vector<graph::NodeIndex>> by_label_;
  std::vector<Entry> by_folded_;
  size_t covered_ = 0;
};

}  // namespace kg::query
