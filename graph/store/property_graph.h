// The typed property graph that kg stores, queries and exports.
//
// Nodes carry one or more labels, relationships exactly one type; both carry
// properties and provenance (the articles and character spans they came from).
// Ids (NodeId, EdgeId) are stable data: they survive save, load and appends, and
// are what facts, queries and exports show. Positions (NodeIndex, EdgeIndex) are
// dense 0..n-1 and index the Boost.Graph topology; the graph file stores records in
// position order and relationship ends as positions (graph/file/graph_file.cc), but
// nothing a user sees shows a position.
//
// Thread safety: const methods may be called concurrently; any mutation requires
// exclusive access. Topology() snapshots are rebuilt lazily after mutations; the
// indexes that merging needs (FindEdge by endpoints, FindByEntityKey) are built
// on first use, so loading a graph only to query it does not pay for them.
#pragma once

#include <atomic>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/store/compact_vector.h"
#include "graph/store/value.h"

namespace kg::graph {

using NodeId = uint64_t;
using EdgeId = uint64_t;
using NodeIndex = uint32_t;
using EdgeIndex = uint32_t;
using SymbolId = uint32_t;  // interned label, relationship type or property key

// Where a node or relationship was read: an article and a span of characters
// (Unicode code points) in the article's text as given. `article` indexes
// PropertyGraph::articles(); kManualArticle marks facts added by hand (CREATE).
struct Evidence {
  static constexpr uint32_t kManualArticle = UINT32_MAX;
  uint32_t article = kManualArticle;
  uint32_t start = 0;
  uint32_t end = 0;
  bool operator==(const Evidence& o) const {
    return article == o.article && start == o.start && end == o.end;
  }
};

// The sentence an evidence span was read in: the span (as in Evidence) and the
// text around it, NFC, white space collapsed, at most about 300 code points
// ("…" where cut). Quotes are what `--with-sources` shows; they are not facts.
struct EvidenceQuote {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
  bool operator==(const EvidenceQuote& o) const {
    return start == o.start && end == o.end && text == o.text;
  }
};

// An article that has been read into the graph: metadata and the quotes of its
// evidence, never the whole text.
struct ArticleRecord {
  std::string id;
  std::string published;  // YYYY-MM-DD or empty
  std::string site;
  std::string url;
  std::string province;  // as resolved for the article, empty when unknown
  std::string title;
  std::vector<std::string> authors;   // bylines: metadata, not facts
  std::string source;                 // "Nguồn: …" lines
  std::vector<EvidenceQuote> quotes;  // sorted by (start, end), one per span
};

// sorted by key
using Properties = CompactVector<std::pair<SymbolId, PropertyValue>>;
using Labels = CompactVector<SymbolId>;  // sorted
using EvidenceList = CompactVector<Evidence>;

struct NodeRecord {
  NodeId id = 0;
  Labels labels;
  Properties properties;
  EvidenceList evidence;
  std::string entity_key;  // identity used to merge extracted entities; empty for manual nodes
};

struct EdgeRecord {
  // The id and the type share one 64-bit word (40 + 24 bits), which makes a record
  // 32 bytes, not 40: 40 MB of a 5M-relationship graph. AddEdge and the loader refuse
  // what would not fit, a trillion relationships or 16 million symbols.
  static constexpr EdgeId kMaxId = (EdgeId{1} << 40) - 1;
  static constexpr SymbolId kMaxType = (SymbolId{1} << 24) - 1;
  EdgeId id : 40 = 0;
  SymbolId type : 24 = 0;
  NodeIndex source = 0;
  NodeIndex target = 0;
  Properties properties;
  EvidenceList evidence;
};

static_assert(sizeof(EdgeRecord) == 32, "id and type packed into one word");

// Compressed adjacency (Boost CSR) in both directions; the edge property is the
// EdgeIndex into PropertyGraph::edge().
using CsrGraph =
    boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeIndex,
                                       boost::no_property, NodeIndex, EdgeIndex>;

class PropertyGraph {
 public:
  PropertyGraph();

  // --- symbols ---
  SymbolId Intern(std::string_view name);
  std::optional<SymbolId> FindSymbol(std::string_view name) const;
  const std::string& SymbolName(SymbolId id) const { return symbols_[id]; }
  size_t symbol_count() const { return symbols_.size(); }

  // --- articles ---
  // Adds the article's metadata and returns its index; an id seen before
  // returns the existing index. Quotes are sorted and, for a span given twice,
  // the first kept.
  uint32_t AddArticle(ArticleRecord record);
  std::optional<uint32_t> FindArticle(std::string_view id) const;
  const std::vector<ArticleRecord>& articles() const { return articles_; }

  // --- graph metadata (build counters and the like), saved with the graph ---
  void SetMeta(const std::string& key, const std::string& value) { meta_[key] = value; }
  std::string GetMeta(const std::string& key) const {
    auto it = meta_.find(key);
    return it == meta_.end() ? std::string() : it->second;
  }
  const std::map<std::string, std::string>& meta() const { return meta_; }

  // Room for this many more nodes and relationships (an importer that knows its counts
  // saves the copies of growing the tables).
  void Reserve(size_t more_nodes, size_t more_edges) {
    nodes_.reserve(nodes_.size() + more_nodes);
    edges_.reserve(edges_.size() + more_edges);
  }

  // --- nodes ---
  NodeIndex AddNode(std::vector<SymbolId> labels, Properties properties = {},
                    std::string entity_key = {});
  size_t node_count() const { return nodes_.size(); }
  const NodeRecord& node(NodeIndex i) const { return nodes_[i]; }
  std::optional<NodeIndex> FindNode(NodeId id) const;
  // The node merged under this entity key (the first one, should several share it).
  std::optional<NodeIndex> FindByEntityKey(std::string_view key) const;
  bool HasLabel(NodeIndex i, SymbolId label) const;
  void AddNodeLabel(NodeIndex i, SymbolId label);
  // True when the node had the label.
  bool RemoveNodeLabel(NodeIndex i, SymbolId label);

  // --- relationships ---
  EdgeIndex AddEdge(SymbolId type, NodeIndex source, NodeIndex target, Properties properties = {});
  size_t edge_count() const { return edges_.size(); }
  const EdgeRecord& edge(EdgeIndex i) const { return edges_[i]; }
  std::optional<EdgeIndex> FindEdge(EdgeId id) const;
  // First relationship of `type` from source to target, if any (used to merge facts).
  std::optional<EdgeIndex> FindEdge(NodeIndex source, SymbolId type, NodeIndex target) const;

  // --- properties and evidence ---
  const PropertyValue* NodeProperty(NodeIndex i, SymbolId key) const;
  const PropertyValue* EdgeProperty(EdgeIndex i, SymbolId key) const;
  const PropertyValue* NodeProperty(NodeIndex i, std::string_view key) const;
  const PropertyValue* EdgeProperty(EdgeIndex i, std::string_view key) const;
  // Setting null removes the property.
  void SetNodeProperty(NodeIndex i, SymbolId key, PropertyValue value);
  void SetEdgeProperty(EdgeIndex i, SymbolId key, PropertyValue value);
  void AddNodeEvidence(NodeIndex i, Evidence e);
  void AddEdgeEvidence(EdgeIndex i, Evidence e);
  // The quote kept for this evidence's span; empty for manual evidence and for
  // spans without a quote (graphs saved before quotes were kept). The view is
  // valid until the article table changes (AddArticle, Restore).
  std::string_view EvidenceText(const Evidence& e) const;

  // --- removal (property_graph_removal.cc) ---
  // Deleting leaves a tombstone: the record keeps its position (so the positions a
  // running query holds stay valid) but is skipped by FindNode/FindEdge, Topology()
  // and the query engine's scans. Compact() drops tombstones and renumbers positions
  // (ids never change); GraphFile saves only compacted graphs. A node is deleted only
  // once its relationships are (the caller checks: DETACH DELETE deletes them first).
  void DeleteNode(NodeIndex i);
  void DeleteEdge(EdgeIndex i);
  void UndeleteNode(NodeIndex i);
  void UndeleteEdge(EdgeIndex i);
  // Undoes the last AddNodeEvidence / AddEdgeEvidence (GraphTransaction's rollback).
  void DropLastEvidence(bool edge, uint32_t i);
  bool node_deleted(NodeIndex i) const { return i < node_deleted_.size() && node_deleted_[i]; }
  bool edge_deleted(EdgeIndex i) const { return i < edge_deleted_.size() && edge_deleted_[i]; }
  bool has_tombstones() const { return deleted_nodes_ + deleted_edges_ > 0; }
  void Compact();
  // Drops the nodes and relationships added after the first `nodes` / `edges` (undoing
  // a statement's CREATE); the ids they took are given out again.
  void Truncate(size_t nodes, size_t edges);

  // --- topology ---
  // Compressed adjacency over all nodes and live edges, rebuilt on first use after a
  // mutation. The reference is valid until the next mutation.
  const CsrGraph& Topology() const;
  // The same, kept alive by the caller across mutations (which leave it stale).
  std::shared_ptr<const CsrGraph> TopologySnapshot() const;

  // Takes over arrays read from a file (see graph_file.h); rebuilds indexes.
  // Node and relationship ids must grow strictly with position and stay below
  // next_node_id / next_edge_id, as AddNode and AddEdge leave them (the loader checks).
  void Restore(std::vector<std::string> symbols, std::vector<ArticleRecord> articles,
               std::vector<NodeRecord> nodes, std::vector<EdgeRecord> edges, NodeId next_node_id,
               EdgeId next_edge_id);
  NodeId next_node_id() const { return next_node_id_; }
  EdgeId next_edge_id() const { return next_edge_id_; }
  const std::vector<std::string>& symbols() const { return symbols_; }

 private:
  static uint64_t EdgeKey(NodeIndex s, SymbolId t, NodeIndex d) {
    return (static_cast<uint64_t>(s) << 40) ^ (static_cast<uint64_t>(t) << 32) ^ d;
  }
  static size_t TextKey(std::string_view s) { return std::hash<std::string_view>()(s); }
  void Invalidate() { topology_.reset(); }

  // Built on first use by MergeIndex(), then kept up to date by AddNode/AddEdge.
  // Both map a hash to positions; lookups confirm against the records, so the
  // indexes hold no copies of keys.
  struct MergeIndexes {
    std::mutex mutex;
    std::atomic<bool> built{false};
    std::unordered_multimap<uint64_t, EdgeIndex> edges;   // EdgeKey(source, type, target)
    std::unordered_multimap<size_t, NodeIndex> entities;  // TextKey(entity key)
  };
  const MergeIndexes& MergeIndex() const;

  std::vector<std::string> symbols_;
  std::unordered_map<std::string, SymbolId> symbol_index_;
  std::vector<ArticleRecord> articles_;
  std::map<std::string, std::string> meta_;
  std::unordered_map<std::string, uint32_t> article_index_;
  // Ids grow strictly with position, so FindNode/FindEdge(id) need no hash map.
  std::vector<NodeRecord> nodes_;
  std::vector<EdgeRecord> edges_;
  // behind a pointer so that graphs stay movable
  mutable std::unique_ptr<MergeIndexes> merge_ = std::make_unique<MergeIndexes>();
  NodeId next_node_id_ = 0;
  EdgeId next_edge_id_ = 0;
  // behind a pointer so that graphs stay movable
  mutable std::unique_ptr<std::mutex> topology_mutex_ = std::make_unique<std::mutex>();
  mutable std::shared_ptr<const CsrGraph> topology_;
  // Tombstones; empty until something is deleted.
  std::vector<bool> node_deleted_;
  std::vector<bool> edge_deleted_;
  size_t deleted_nodes_ = 0;
  size_t deleted_edges_ = 0;
};

// Property lookup helpers for sorted property vectors.
const PropertyValue* FindProperty(const Properties& props, SymbolId key);
void SetProperty(Properties& props, SymbolId key, PropertyValue value);

}  // namespace kg::graph
