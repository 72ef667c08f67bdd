#include "query/name_index.h"

#include <algorithm>

#include "extract/text/normalize.h"

namespace kg::query {

bool NameIndex::IsIndexedKey(std::string_view key) {
  for (const char* k : kKeys)
    if (key == k) return true;
  return false;
}

NameIndex::NameIndex(const graph::PropertyGraph& graph) { CatchUp(graph); }

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
  std::optional<graph::SymbolId> keys[3];
  for (int k = 0; k < 3; ++k) keys[k] = graph.FindSymbol(kKeys[k]);
  for (graph::NodeIndex i = static_cast<graph::NodeIndex>(covered_); i < graph.node_count(); ++i) {
    const graph::NodeRecord& node = graph.node(i);
    for (graph::SymbolId label : node.labels) by_label_[label].push_back(i);
    for (uint8_t k = 0; k < 3; ++k) {
      if (!keys[k]) continue;
      const graph::PropertyValue* v = graph.NodeProperty(i, *keys[k]);
      if (v == nullptr || !v->is_string()) continue;
      by_folded_[Key(v->as_string())].push_back(Entry{k, i});
    }
  }
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
  auto it = by_folded_.find(Key(value));
  if (it == by_folded_.end()) return out;
  for (const Entry& e : it->second)
    if (key.empty() || key == kKeys[e.key]) out.push_back(e.node);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace kg::query
