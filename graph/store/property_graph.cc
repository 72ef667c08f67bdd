#include "graph/store/property_graph.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace kg::graph {

const PropertyValue* FindProperty(const Properties& props, SymbolId key) {
  auto it = std::lower_bound(props.begin(), props.end(), key,
                             [](const auto& p, SymbolId k) { return p.first < k; });
  if (it == props.end() || it->first != key) return nullptr;
  return &it->second;
}

void SetProperty(Properties& props, SymbolId key, PropertyValue value) {
  auto it = std::lower_bound(props.begin(), props.end(), key,
                             [](const auto& p, SymbolId k) { return p.first < k; });
  const bool present = it != props.end() && it->first == key;
  if (value.is_null()) {
    if (present) props.erase(it);
  } else if (present) {
    it->second = std::move(value);
  } else {
    props.insert(it, {key, std::move(value)});
  }
}

namespace {
Properties Sorted(Properties props) {
  std::stable_sort(props.begin(), props.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // later duplicates win, as in a Cypher property map
  Properties out;
  for (auto& p : props) {
    if (!out.empty() && out.back().first == p.first) {
      out.back().second = std::move(p.second);
    } else {
      out.push_back(std::move(p));
    }
  }
  out.erase(
      std::remove_if(out.begin(), out.end(), [](const auto& p) { return p.second.is_null(); }),
      out.end());
  return out;
}
}  // namespace

PropertyGraph::PropertyGraph() = default;

SymbolId PropertyGraph::Intern(std::string_view name) {
  auto it = symbol_index_.find(std::string(name));
  if (it != symbol_index_.end()) return it->second;
  auto id = static_cast<SymbolId>(symbols_.size());
  symbols_.emplace_back(name);
  symbol_index_.emplace(symbols_.back(), id);
  return id;
}

std::optional<SymbolId> PropertyGraph::FindSymbol(std::string_view name) const {
  auto it = symbol_index_.find(std::string(name));
  if (it == symbol_index_.end()) return std::nullopt;
  return it->second;
}

uint32_t PropertyGraph::AddArticle(ArticleRecord record) {
  auto it = article_index_.find(record.id);
  if (it != article_index_.end()) return it->second;
  auto by_span = [](const EvidenceQuote& a, const EvidenceQuote& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  };
  auto same_span = [](const EvidenceQuote& a, const EvidenceQuote& b) {
    return a.start == b.start && a.end == b.end;
  };
  auto& quotes = record.quotes;
  std::stable_sort(quotes.begin(), quotes.end(), by_span);
  quotes.erase(std::unique(quotes.begin(), quotes.end(), same_span), quotes.end());
  auto index = static_cast<uint32_t>(articles_.size());
  article_index_.emplace(record.id, index);
  articles_.push_back(std::move(record));
  return index;
}

std::string_view PropertyGraph::EvidenceText(const Evidence& e) const {
  if (e.article >= articles_.size()) return {};  // also kManualArticle
  const auto& quotes = articles_[e.article].quotes;
  auto before = [](const EvidenceQuote& q, const Evidence& x) {
    return q.start != x.start ? q.start < x.start : q.end < x.end;
  };
  auto it = std::lower_bound(quotes.begin(), quotes.end(), e, before);
  if (it == quotes.end() || it->start != e.start || it->end != e.end) return {};
  return it->text;
}

std::optional<uint32_t> PropertyGraph::FindArticle(std::string_view id) const {
  auto it = article_index_.find(std::string(id));
  if (it == article_index_.end()) return std::nullopt;
  return it->second;
}

NodeIndex PropertyGraph::AddNode(std::vector<SymbolId> labels, Properties properties,
                                 std::string entity_key) {
  auto index = static_cast<NodeIndex>(nodes_.size());
  NodeRecord rec;
  rec.id = next_node_id_++;
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  rec.labels.assign(labels.begin(), labels.end());
  rec.properties = Sorted(std::move(properties));
  rec.entity_key = std::move(entity_key);
  if (!rec.entity_key.empty() && merge_->built.load(std::memory_order_relaxed))
    merge_->entities.emplace(TextKey(rec.entity_key), index);
  nodes_.push_back(std::move(rec));
  Invalidate();
  return index;
}

namespace {
// Position of the record with this id in a vector whose ids grow with position:
// the id itself while nothing has been skipped, else found by binary search.
template <typename Record>
std::optional<uint32_t> PositionOfId(const std::vector<Record>& records, uint64_t id) {
  if (id < records.size() && records[id].id == id) return static_cast<uint32_t>(id);
  auto it = std::lower_bound(records.begin(), records.end(), id,
                             [](const Record& r, uint64_t v) { return r.id < v; });
  if (it == records.end() || it->id != id) return std::nullopt;
  return static_cast<uint32_t>(it - records.begin());
}
}  // namespace

std::optional<NodeIndex> PropertyGraph::FindNode(NodeId id) const {
  auto found = PositionOfId(nodes_, id);
  if (found && node_deleted(*found)) return std::nullopt;
  return found;
}

std::optional<NodeIndex> PropertyGraph::FindByEntityKey(std::string_view key) const {
  if (key.empty()) return std::nullopt;
  auto [begin, end] = MergeIndex().entities.equal_range(TextKey(key));
  std::optional<NodeIndex> best;
  for (auto it = begin; it != end; ++it)
    if (nodes_[it->second].entity_key == key && (!best || it->second < *best)) best = it->second;
  return best;
}

bool PropertyGraph::HasLabel(NodeIndex i, SymbolId label) const {
  const auto& l = nodes_[i].labels;
  return std::binary_search(l.begin(), l.end(), label);
}

void PropertyGraph::AddNodeLabel(NodeIndex i, SymbolId label) {
  auto& l = nodes_[i].labels;
  auto it = std::lower_bound(l.begin(), l.end(), label);
  if (it == l.end() || *it != label) l.insert(it, label);
}

bool PropertyGraph::RemoveNodeLabel(NodeIndex i, SymbolId label) {
  auto& l = nodes_[i].labels;
  auto it = std::lower_bound(l.begin(), l.end(), label);
  if (it == l.end() || *it != label) return false;
  l.erase(it);
  return true;
}

EdgeIndex PropertyGraph::AddEdge(SymbolId type, NodeIndex source, NodeIndex target,
                                 Properties properties) {
  auto index = static_cast<EdgeIndex>(edges_.size());
  EdgeRecord rec;
  if (next_edge_id_ > EdgeRecord::kMaxId || type > EdgeRecord::kMaxType)
    throw std::length_error("too many relationships or symbols for a graph");
  rec.id = next_edge_id_++;
  rec.type = type;
  rec.source = source;
  rec.target = target;
  rec.properties = Sorted(std::move(properties));
  if (merge_->built.load(std::memory_order_relaxed))
    merge_->edges.emplace(EdgeKey(source, type, target), index);
  edges_.push_back(std::move(rec));
  Invalidate();
  return index;
}

std::optional<EdgeIndex> PropertyGraph::FindEdge(EdgeId id) const {
  auto found = PositionOfId(edges_, id);
  if (found && edge_deleted(*found)) return std::nullopt;
  return found;
}

std::optional<EdgeIndex> PropertyGraph::FindEdge(NodeIndex source, SymbolId type,
                                                 NodeIndex target) const {
  auto [begin, end] = MergeIndex().edges.equal_range(EdgeKey(source, type, target));
  std::optional<EdgeIndex> best;
  for (auto it = begin; it != end; ++it) {
    const EdgeRecord& e = edges_[it->second];
    if (e.source == source && e.type == type && e.target == target && !edge_deleted(it->second) &&
        (!best || it->second < *best))
      best = it->second;
  }
  return best;
}

const PropertyValue* PropertyGraph::NodeProperty(NodeIndex i, SymbolId key) const {
  return FindProperty(nodes_[i].properties, key);
}

const PropertyValue* PropertyGraph::EdgeProperty(EdgeIndex i, SymbolId key) const {
  return FindProperty(edges_[i].properties, key);
}

const PropertyValue* PropertyGraph::NodeProperty(NodeIndex i, std::string_view key) const {
  auto k = FindSymbol(key);
  return k ? NodeProperty(i, *k) : nullptr;
}

const PropertyValue* PropertyGraph::EdgeProperty(EdgeIndex i, std::string_view key) const {
  auto k = FindSymbol(key);
  return k ? EdgeProperty(i, *k) : nullptr;
}

void PropertyGraph::SetNodeProperty(NodeIndex i, SymbolId key, PropertyValue value) {
  SetProperty(nodes_[i].properties, key, std::move(value));
}

void PropertyGraph::SetEdgeProperty(EdgeIndex i, SymbolId key, PropertyValue value) {
  SetProperty(edges_[i].properties, key, std::move(value));
}

void PropertyGraph::AddNodeEvidence(NodeIndex i, Evidence e) {
  auto& ev = nodes_[i].evidence;
  if (std::find(ev.begin(), ev.end(), e) == ev.end()) ev.push_back(e);
}

void PropertyGraph::AddEdgeEvidence(EdgeIndex i, Evidence e) {
  auto& ev = edges_[i].evidence;
  if (std::find(ev.begin(), ev.end(), e) == ev.end()) ev.push_back(e);
}

const PropertyGraph::MergeIndexes& PropertyGraph::MergeIndex() const {
  // double-checked: once built, concurrent readers take no lock
  if (merge_->built.load(std::memory_order_acquire)) return *merge_;
  std::lock_guard<std::mutex> lock(merge_->mutex);
  if (!merge_->built.load(std::memory_order_relaxed)) {
    merge_->entities.reserve(nodes_.size());
    for (NodeIndex i = 0; i < nodes_.size(); ++i)
      if (!nodes_[i].entity_key.empty()) merge_->entities.emplace(TextKey(nodes_[i].entity_key), i);
    merge_->edges.reserve(edges_.size());
    for (EdgeIndex i = 0; i < edges_.size(); ++i)
      merge_->edges.emplace(EdgeKey(edges_[i].source, edges_[i].type, edges_[i].target), i);
    merge_->built.store(true, std::memory_order_release);
  }
  return *merge_;
}

const CsrGraph& PropertyGraph::Topology() const { return *TopologySnapshot(); }

std::shared_ptr<const CsrGraph> PropertyGraph::TopologySnapshot() const {
  std::lock_guard<std::mutex> lock(*topology_mutex_);
  if (!topology_) {
    std::vector<std::pair<NodeIndex, NodeIndex>> pairs;
    std::vector<EdgeIndex> indexes;
    pairs.reserve(edges_.size());
    indexes.reserve(edges_.size());
    for (EdgeIndex i = 0; i < edges_.size(); ++i) {
      if (edge_deleted(i)) continue;
      pairs.emplace_back(edges_[i].source, edges_[i].target);
      indexes.push_back(i);
    }
    topology_ = std::make_shared<const CsrGraph>(boost::edges_are_unsorted_multi_pass,
                                                 pairs.begin(), pairs.end(), indexes.begin(),
                                                 static_cast<NodeIndex>(nodes_.size()));
  }
  return topology_;
}

void PropertyGraph::Restore(std::vector<std::string> symbols, std::vector<ArticleRecord> articles,
                            std::vector<NodeRecord> nodes, std::vector<EdgeRecord> edges,
                            NodeId next_node_id, EdgeId next_edge_id) {
  symbols_ = std::move(symbols);
  articles_ = std::move(articles);
  nodes_ = std::move(nodes);
  edges_ = std::move(edges);
  next_node_id_ = next_node_id;
  next_edge_id_ = next_edge_id;
  symbol_index_.clear();
  symbol_index_.reserve(symbols_.size());
  for (SymbolId i = 0; i < symbols_.size(); ++i) symbol_index_.emplace(symbols_[i], i);
  article_index_.clear();
  article_index_.reserve(articles_.size());
  for (uint32_t i = 0; i < articles_.size(); ++i) article_index_.emplace(articles_[i].id, i);
  merge_ = std::make_unique<MergeIndexes>();  // rebuilt on first use
  std::lock_guard<std::mutex> lock(*topology_mutex_);
  topology_.reset();
}

}  // namespace kg::graph
