#include "query/name_index.h"

#include <algorithm>

#include "extract/text/normalize.h"

namespace kg::query {

bool NameIndex::IsIndexedKey(std::string_view key) {
  for (const char* k : kKeys)
    if (key == k) return true;
  return false;
}

NameIndex::NameIndex(const graph::PropertyGraph& graph) : graph_(&graph) { CatchUp(graph); }

uint64_t NameIndex::Hash(std::string_view folded) { return std::hash<std::string_view>()(folded); }

std::string NameIndex::Key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return text::Fold(text);
    // ASCII White_Space as ICU has it: TAB, LF, VT, FF, CR, SPACE
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
  }
  return out;
}

void NameIndex::CatchUp(const graph::PropertyGraph& graph) {
  if (covered_ > graph.node_count()) {  // the graph was cut back (a failed statement undone)
    by_label_.clear();
    by_folded_.clear();
    covered_ = 0;
  }
  std::optional<graph::SymbolId> keys[3];
  for (int k = 0; k < 3; ++k) keys[k] = graph.FindSymbol(kKeys[k]);
  const size_t old_size = by_folded_.size();
  for (graph::NodeIndex i = static_cast<graph::NodeIndex>(covered_); i < graph.node_count(); ++i) {
    if (graph.node_deleted(i)) continue;
    const graph::NodeRecord& node = graph.node(i);
    for (graph::SymbolId label : node.labels) by_label_[label].push_back(i);
    for (uint8_t k = 0; k < 3; ++k) {
      if (!keys[k]) continue;
      const graph::PropertyValue* v = graph.NodeProperty(i, *keys[k]);
      if (v == nullptr || !v->is_string()) continue;
      by_folded_.push_back(Entry{Hash(Key(v->as_string())), i, k});
    }
  }
  auto middle = by_folded_.begin() + static_cast<std::ptrdiff_t>(old_size);
  std::sort(middle, by_folded_.end());
  std::inplace_merge(by_folded_.begin(), middle, by_folded_.end());
  covered_ = graph.node_count();
}

const std::vector<graph::NodeIndex>& NameIndex::WithLabel(graph::SymbolId label) const {
  static const std::vector<graph::NodeIndex> kNone;
  auto it = by_label_.find(label);
  return it == by_label_.end() ? kNone : it->second;
}

std::vector<graph::NodeIndex> NameIndex::Lookup(std::string_view key,
                                                std::string_view value) const {
  std::vector<graph::NodeIndex> out;
  const std::string folded = Key(value);
  const uint64_t hash = Hash(folded);
  auto first = std::lower_bound(by_folded_.begin(), by_folded_.end(), Entry{hash, 0, 0});
  for (auto it = first; it != by_folded_.end() && it->hash == hash; ++it) {
    if (!key.empty() && key != kKeys[it->key]) continue;
    auto symbol = graph_->FindSymbol(kKeys[it->key]);
    const graph::PropertyValue* v = symbol ? graph_->NodeProperty(it->node, *symbol) : nullptr;
    if (v != nullptr && v->is_string() && Key(v->as_string()) == folded) out.push_back(it->node);
  }
  // entries are in node order within one hash; a node matching on two keys appears twice
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace kg::query
