#include "query/name_index.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <thread>

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
  // The entries of nodes [from, to), sorted.
  auto sorted_entries = [&graph, &keys](size_t from, size_t to) {
    std::vector<Entry> entries;
    entries.reserve(to - from);  // most nodes carry one of the keys
    for (size_t n = from; n < to; ++n) {
      const auto i = static_cast<graph::NodeIndex>(n);
      if (graph.node_deleted(i)) continue;
      for (uint8_t k = 0; k < 3; ++k) {
        if (!keys[k]) continue;
        const graph::PropertyValue* v = graph.NodeProperty(i, *keys[k]);
        if (v == nullptr || !v->is_string()) continue;
        entries.push_back(Entry{Hash(Key(v->as_string())), i, k});
      }
    }
    std::sort(entries.begin(), entries.end());
    return entries;
  };
  const size_t begin = covered_;
  const size_t end = graph.node_count();
  // Folding and sorting the names of a freshly loaded graph is most of the time
  // `kg query` takes to be ready after loading: the second half of a large range
  // is done on a second thread while this one does the first and the labels.
  constexpr size_t kSplitAbove = 1 << 16;
  const size_t middle = end - begin > kSplitAbove ? begin + (end - begin) / 2 : end;
  std::vector<Entry> second;
  std::exception_ptr helper_error;
  std::thread helper;
  if (middle < end) {
    helper = std::thread([&second, &helper_error, &sorted_entries, middle, end] {
      try {
        second = sorted_entries(middle, end);
      } catch (...) {
        helper_error = std::current_exception();
      }
    });
  }
  std::vector<Entry> first;
  try {
    for (size_t n = begin; n < end; ++n) {
      const auto i = static_cast<graph::NodeIndex>(n);
      if (graph.node_deleted(i)) continue;
      for (graph::SymbolId label : graph.node(i).labels) by_label_[label].push_back(i);
    }
    first = sorted_entries(begin, middle);
  } catch (...) {
    if (helper.joinable()) helper.join();
    throw;
  }
  if (helper.joinable()) helper.join();
  if (helper_error) std::rethrow_exception(helper_error);
  if (!second.empty()) {
    std::vector<Entry> both(first.size() + second.size());
    std::merge(first.begin(), first.end(), second.begin(), second.end(), both.begin());
    first = std::move(both);
  }
  if (by_folded_.empty()) {
    by_folded_ = std::move(first);
  } else {
    const auto old_size = static_cast<std::ptrdiff_t>(by_folded_.size());
    by_folded_.insert(by_folded_.end(), first.begin(), first.end());
    std::inplace_merge(by_folded_.begin(), by_folded_.begin() + old_size, by_folded_.end());
  }
  covered_ = end;
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
