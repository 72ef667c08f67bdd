#include "graph/file/graph_file.h"

#include "graph/file/output_target.h"

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <exception>
#include <thread>
#include <unordered_map>

#include "graph/file/binary_codec.h"
#include "graph/file/mapped_file.h"
#include "graph/schema.h"
#include "graph/store/date_value.h"
#include "graph/store/huge_pages.h"

namespace kg::graph {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'R', 'A', 'P', 'H', '\r', '\n'};
constexpr size_t kHeaderSize = 32;

// kTemporal (a kind byte, then the ISO text) came after format 2's first files; a reader
// that predates it refuses such a file rather than misreading it.
enum class ValueTag : uint8_t {
  kNull = 0,
  kFalse,
  kTrue,
  kInt,
  kDouble,
  kString,
  kList,
  kTemporal
};

void WriteValue(ByteWriter& w, const PropertyValue& v) {
  if (v.is_null()) {
    w.U8(static_cast<uint8_t>(ValueTag::kNull));
  } else if (v.is_bool()) {
    w.U8(static_cast<uint8_t>(v.as_bool() ? ValueTag::kTrue : ValueTag::kFalse));
  } else if (v.is_int()) {
    w.U8(static_cast<uint8_t>(ValueTag::kInt));
    w.SignedVarint(v.as_int());
  } else if (v.is_double()) {
    w.U8(static_cast<uint8_t>(ValueTag::kDouble));
    w.Double(v.as_double());
  } else if (v.is_string()) {
    w.U8(static_cast<uint8_t>(ValueTag::kString));
    w.String(v.as_string());
  } else if (v.is_temporal()) {
    w.U8(static_cast<uint8_t>(ValueTag::kTemporal));
    w.U8(static_cast<uint8_t>(v.as_temporal().kind));
    w.String(v.as_temporal().text);
  } else {
    w.U8(static_cast<uint8_t>(ValueTag::kList));
    w.Varint(v.as_list().size());
    for (const auto& item : v.as_list()) WriteValue(w, item);
  }
}

bool ReadValue(ByteReader& r, PropertyValue& out, int depth = 0) {
  if (depth > 64) return false;
  switch (static_cast<ValueTag>(r.U8())) {
    case ValueTag::kNull: out = PropertyValue(); return r.ok();
    case ValueTag::kFalse: out = PropertyValue(false); return r.ok();
    case ValueTag::kTrue: out = PropertyValue(true); return r.ok();
    case ValueTag::kInt: out = PropertyValue(r.SignedVarint()); return r.ok();
    case ValueTag::kDouble: out = PropertyValue(r.Double()); return r.ok();
    case ValueTag::kString: out = PropertyValue(r.String()); return r.ok();
    case ValueTag::kTemporal: {
      uint8_t kind = r.U8();
      if (kind > static_cast<uint8_t>(TemporalProperty::Kind::kMonthDay)) return false;
      out = PropertyValue(TemporalProperty{static_cast<TemporalProperty::Kind>(kind), r.String()});
      return r.ok();
    }
    case ValueTag::kList: {
      uint64_t n = r.Varint();
      if (!r.ok() || n > r.remaining()) return false;
      PropertyList list(n);
      for (auto& item : list)
        if (!ReadValue(r, item, depth + 1)) return false;
      out = PropertyValue(std::move(list));
      return r.ok();
    }
  }
  return false;
}

void WriteProperties(ByteWriter& w, const Properties& props) {
  w.Varint(props.size());
  for (const auto& [key, value] : props) {
    w.Varint(key);
    WriteValue(w, value);
  }
}

bool ReadProperties(ByteReader& r, size_t symbol_count, Properties& out) {
  uint64_t n = r.Varint();
  if (!r.ok() || n > r.remaining()) return false;
  out.resize(n);
  for (auto& [key, value] : out) {
    key = static_cast<SymbolId>(r.Varint());
    if (key >= symbol_count || !ReadValue(r, value)) return false;
  }
  return r.ok();
}

void WriteEvidence(ByteWriter& w, const EvidenceList& evidence) {
  w.Varint(evidence.size());
  for (const auto& e : evidence) {
    w.Varint(e.article == Evidence::kManualArticle ? 0 : uint64_t{e.article} + 1);
    w.Varint(e.start);
    w.Varint(e.end - e.start);
  }
}

bool ReadEvidence(ByteReader& r, size_t article_count, EvidenceList& out) {
  uint64_t n = r.Varint();
  if (!r.ok() || n > r.remaining()) return false;
  out.resize(n);
  for (auto& e : out) {
    uint64_t a = r.Varint();
    if (a > article_count) return false;
    e.article = a == 0 ? Evidence::kManualArticle : static_cast<uint32_t>(a - 1);
    e.start = static_cast<uint32_t>(r.Varint());
    e.end = e.start + static_cast<uint32_t>(r.Varint());
  }
  return r.ok();
}

// Quotes (format 2 on): count, then per quote the start as a delta from the
// previous quote's start, the length (wrapping as in WriteEvidence, so a span
// given end first round-trips), and the text: 0 and the string, or k > 0 for
// the text of the quote k places back (spans of one sentence share its text).
void WriteQuotes(ByteWriter& w, const std::vector<EvidenceQuote>& quotes) {
  w.Varint(quotes.size());
  std::unordered_map<std::string_view, size_t> first;  // text -> the first quote with it
  uint32_t previous = 0;
  for (size_t i = 0; i < quotes.size(); ++i) {
    const EvidenceQuote& q = quotes[i];
    w.Varint(q.start - previous);
    w.Varint(q.end - q.start);
    auto [it, added] = first.emplace(q.text, i);
    if (added) {
      w.Varint(0);
      w.String(q.text);
    } else {
      w.Varint(i - it->second);
    }
    previous = q.start;
  }
}

// Refuses quotes out of (start, end) order, so EvidenceText can search them.
bool ReadQuotes(ByteReader& r, std::vector<EvidenceQuote>& out) {
  uint64_t n = r.Varint();
  if (!r.ok() || n > r.remaining()) return false;
  out.resize(n);
  uint64_t start = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    EvidenceQuote& q = out[i];
    start += r.Varint();
    if (start > UINT32_MAX) return false;
    q.start = static_cast<uint32_t>(start);
    q.end = q.start + static_cast<uint32_t>(r.Varint());
    if (i > 0 && q.start == out[i - 1].start && q.end <= out[i - 1].end) return false;
    uint64_t back = r.Varint();
    if (back > i) return false;
    q.text = back == 0 ? r.String() : out[i - back].text;
  }
  return r.ok();
}

std::string EncodePayload(const PropertyGraph& g) {
  ByteWriter w;
  w.Varint(g.symbols().size());
  for (const auto& s : g.symbols()) w.String(s);

  w.Varint(g.articles().size());
  for (const auto& a : g.articles()) {
    for (const std::string* f :
         {&a.id, &a.published, &a.site, &a.url, &a.province, &a.title, &a.source})
      w.String(*f);
    w.Varint(a.authors.size());
    for (const auto& author : a.authors) w.String(author);
    WriteQuotes(w, a.quotes);
  }

  w.Varint(g.meta().size());
  for (const auto& [k, v] : g.meta()) {
    w.String(k);
    w.String(v);
  }

  w.Varint(g.next_node_id());
  w.Varint(g.node_count());
  for (NodeIndex i = 0; i < g.node_count(); ++i) {
    const NodeRecord& n = g.node(i);
    w.Varint(n.id);
    w.Varint(n.labels.size());
    for (SymbolId l : n.labels) w.Varint(l);
    WriteProperties(w, n.properties);
    WriteEvidence(w, n.evidence);
    w.String(n.entity_key);
  }

  w.Varint(g.next_edge_id());
  w.Varint(g.edge_count());
  for (EdgeIndex i = 0; i < g.edge_count(); ++i) {
    const EdgeRecord& e = g.edge(i);
    w.Varint(e.id);
    w.Varint(e.type);
    w.Varint(e.source);
    w.Varint(e.target);
    WriteProperties(w, e.properties);
    WriteEvidence(w, e.evidence);
  }
  return w.Take();
}

// Format 2 and older held the schema's dates as strings ('2020-06-02', '--06-28');
// from format 3 they are dates and month-days (graph/store/date_value.h).
void TypeDates(const std::vector<std::string>& symbols, std::vector<NodeRecord>& nodes,
               std::vector<EdgeRecord>& edges) {
  std::vector<SymbolId> date_keys;
  for (SymbolId s = 0; s < symbols.size(); ++s)
    for (std::string_view key : schema::kDateKeys)
      if (symbols[s] == key) date_keys.push_back(s);
  if (date_keys.empty()) return;
  for (NodeRecord& n : nodes) TypeDateStrings(n.properties, date_keys);
  for (EdgeRecord& e : edges) TypeDateStrings(e.properties, date_keys);
}

// Drops the file pages a decoder has read past, every few megabytes, so that the
// mapped file and the records decoded from it do not both count in memory at the end.
class ReadPages {
 public:
  // `base`: the file offset of the reader's first byte.
  ReadPages(const MappedFile& file, size_t base) : file_(file), base_(base) {}
  void Passed(size_t position) {
    if (position < dropped_ + kStep) return;
    file_.DropPages(base_ + dropped_, position - dropped_);
    dropped_ = position;
  }

 private:
  static constexpr size_t kStep = size_t{4} << 20;
  const MappedFile& file_;
  size_t base_;
  size_t dropped_ = 0;
};

// The node table: the next id to give, the count, the records. Returns null, or
// what is damaged.
const char* DecodeNodes(ByteReader& r, ReadPages& pages, size_t symbol_count, size_t article_count,
                        NodeId& next_node_id, uint64_t& node_count,
                        std::vector<NodeRecord>& nodes) {
  next_node_id = r.Varint();
  node_count = r.Varint();
  // every record takes at least 5 bytes; the table grows as records are decoded, so a
  // count the bytes cannot back is "damaged", never a huge allocation (bad_alloc)
  if (!r.ok() || node_count > r.remaining() / 5) return "node table";
  // Reserving the whole table saves copying every record as the vector doubles (a third
  // of the load time). A forged count could ask for 20x the file in address space, so the
  // reservation is capped at one record per 8 bytes left; real records are longer.
  nodes.reserve(std::min<uint64_t>(node_count, r.remaining() / 8));
  AdviseHugePages(nodes);
  for (size_t i = 0; i < node_count; ++i) {
    if (i % 4096 == 0) pages.Passed(r.position());
    NodeRecord& n = nodes.emplace_back();
    n.id = r.Varint();
    if (i > 0 && n.id <= nodes[i - 1].id) return "node ids out of order";
    uint64_t labels = r.Varint();
    if (!r.ok() || labels > r.remaining()) return "node labels";
    n.labels.resize(labels);
    for (auto& l : n.labels) {
      l = static_cast<SymbolId>(r.Varint());
      if (l >= symbol_count) return "node labels";
    }
    if (!ReadProperties(r, symbol_count, n.properties)) return "node properties";
    if (!ReadEvidence(r, article_count, n.evidence)) return "node evidence";
    n.entity_key = r.String();
    if (!r.ok() || n.id >= next_node_id) return "node record";
  }
  return nullptr;
}

// Steps over a value, or `count` node records, as ReadValue and DecodeNodes read
// them, checking only that the bytes are there.
bool SkipValue(ByteReader& r, int depth = 0) {
  if (depth > 64) return false;
  switch (static_cast<ValueTag>(r.U8())) {
    case ValueTag::kNull:
    case ValueTag::kFalse:
    case ValueTag::kTrue: return r.ok();
    case ValueTag::kInt: r.Varint(); return r.ok();
    case ValueTag::kDouble: r.Skip(8); return r.ok();
    case ValueTag::kString: r.Skip(r.Varint()); return r.ok();
    case ValueTag::kTemporal:
      r.U8();
      r.Skip(r.Varint());
      return r.ok();
    case ValueTag::kList: {
      uint64_t n = r.Varint();
      if (!r.ok() || n > r.remaining()) return false;
      for (uint64_t i = 0; i < n; ++i)
        if (!SkipValue(r, depth + 1)) return false;
      return r.ok();
    }
  }
  return false;
}

bool SkipNodes(ByteReader& r, uint64_t count) {
  for (uint64_t i = 0; i < count && r.ok(); ++i) {
    r.Varint();  // id
    uint64_t labels = r.Varint();
    for (uint64_t l = 0; l < labels && r.ok(); ++l) r.Varint();
    uint64_t properties = r.Varint();
    for (uint64_t p = 0; p < properties && r.ok(); ++p) {
      r.Varint();  // key
      if (!SkipValue(r)) return false;
    }
    uint64_t evidence = r.Varint();
    for (uint64_t e = 0; e < evidence && r.ok(); ++e) {
      r.Varint();
      r.Varint();
      r.Varint();
    }
    r.Skip(r.Varint());  // entity key
  }
  return r.ok();
}

// The relationship table as DecodeEdges leaves it; start and end are payload offsets.
struct EdgeTable {
  EdgeId next_id = 0;
  std::vector<EdgeRecord> edges;
  const char* damage = "relationship table";
  size_t start = SIZE_MAX;
  size_t end = 0;
};

// The relationship table: the next id to give, the count, the records (whose ends
// must be below node_count). Returns null, or what is damaged.
const char* DecodeEdges(ByteReader& r, ReadPages& pages, size_t symbol_count, size_t article_count,
                        uint64_t node_count, EdgeTable& table) {
  const EdgeId next_edge_id = table.next_id = r.Varint();
  uint64_t edge_count = r.Varint();
  if (!r.ok() || edge_count > r.remaining() / 6) return "relationship table";  // >= 6 bytes each
  std::vector<EdgeRecord>& edges = table.edges;
  edges.reserve(std::min<uint64_t>(edge_count, r.remaining() / 8));  // as for nodes
  AdviseHugePages(edges);
  for (size_t i = 0; i < edge_count; ++i) {
    if (i % 4096 == 0) pages.Passed(r.position());
    EdgeRecord& e = edges.emplace_back();
    const uint64_t id = r.Varint();
    if (i > 0 && id <= edges[i - 1].id) return "relationship ids out of order";
    const uint64_t type = r.Varint();
    e.source = static_cast<NodeIndex>(r.Varint());
    e.target = static_cast<NodeIndex>(r.Varint());
    if (!r.ok() || type >= symbol_count || type > EdgeRecord::kMaxType || e.source >= node_count ||
        e.target >= node_count || id >= next_edge_id || id > EdgeRecord::kMaxId)
      return "relationship record";
    e.id = id;
    e.type = static_cast<SymbolId>(type);
    if (!ReadProperties(r, symbol_count, e.properties)) return "relationship properties";
    if (!ReadEvidence(r, article_count, e.evidence)) return "relationship evidence";
  }
  return nullptr;
}

// `payload` is the part of `file` after the header.
Status DecodePayload(const MappedFile& file, std::string_view payload, uint32_t version,
                     const std::string& path, PropertyGraph& g) {
  ByteReader r(payload);
  auto damaged = [&](const char* what) {
    return Status::Corrupt(path + ": damaged graph file (" + what + ")");
  };
  uint64_t symbol_count = r.Varint();
  if (!r.ok() || symbol_count > r.remaining()) return damaged("symbol table");  // >= 1 byte each
  std::vector<std::string> symbols;
  symbols.reserve(std::min<uint64_t>(symbol_count, 1 << 16));
  for (uint64_t i = 0; i < symbol_count && r.ok(); ++i) symbols.push_back(r.String());
  if (!r.ok()) return damaged("symbol table");

  uint64_t article_count = r.Varint();
  if (!r.ok() || article_count > r.remaining() / 8)
    return damaged("article table");  // >= 8 bytes each
  std::vector<ArticleRecord> articles;
  articles.reserve(std::min<uint64_t>(article_count, 1 << 16));
  for (uint64_t i = 0; i < article_count; ++i) {
    ArticleRecord& a = articles.emplace_back();
    for (std::string* f : {&a.id, &a.published, &a.site, &a.url, &a.province, &a.title, &a.source})
      *f = r.String();
    uint64_t authors = r.Varint();
    if (!r.ok() || authors > r.remaining()) return damaged("article table");
    a.authors.resize(authors);
    for (auto& author : a.authors) author = r.String();
    if (version >= 2 && !ReadQuotes(r, a.quotes)) return damaged("evidence quotes");
    if (!r.ok()) return damaged("article table");
  }
  if (!r.ok()) return damaged("article table");

  uint64_t meta_count = r.Varint();
  if (!r.ok() || meta_count > r.remaining()) return damaged("metadata");
  std::map<std::string, std::string> meta;
  for (uint64_t i = 0; i < meta_count; ++i) {
    std::string k = r.String();
    meta[k] = r.String();
  }
  if (!r.ok()) return damaged("metadata");

  // The node table, then the relationship table: decoded side by side (one thread
  // each), the relationship thread first stepping over the node records to find
  // where its table starts. It reports nothing of its own unless the node table
  // proves sound and ends where it found the relationships to begin, so errors are
  // those of reading the tables in order.
  const size_t node_section = r.position();
  ReadPages pages(file, kHeaderSize);
  EdgeTable edge_table;
  std::exception_ptr helper_error;  // bad_alloc, rethrown here as a one-thread load would
  std::thread helper(
      [&edge_table, &helper_error, &file, payload, node_section, symbol_count, article_count] {
        try {
          ByteReader h(payload.substr(node_section));
          h.Varint();
          uint64_t count = h.Varint();
          if (!h.ok() || count > h.remaining() / 5 || !SkipNodes(h, count)) return;
          edge_table.start = node_section + h.position();
          ReadPages edge_pages(file, kHeaderSize + node_section);
          edge_table.damage =
              DecodeEdges(h, edge_pages, symbol_count, article_count, count, edge_table);
          edge_table.end = node_section + h.position();
        } catch (...) {
          helper_error = std::current_exception();
        }
      });
  NodeId next_node_id = 0;
  std::vector<NodeRecord> nodes;
  uint64_t node_count = 0;
  const char* node_damage = nullptr;
  try {
    node_damage =
        DecodeNodes(r, pages, symbol_count, article_count, next_node_id, node_count, nodes);
  } catch (...) {
    helper.join();
    throw;
  }
  helper.join();
  if (node_damage != nullptr) return damaged(node_damage);
  if (helper_error) std::rethrow_exception(helper_error);
  if (edge_table.start != r.position()) {  // the step over the nodes went astray: read again
    edge_table = EdgeTable();
    edge_table.damage = DecodeEdges(r, pages, symbol_count, article_count, node_count, edge_table);
  } else {
    r.Skip(edge_table.end - edge_table.start);
  }
  if (edge_table.damage != nullptr) return damaged(edge_table.damage);
  std::vector<EdgeRecord>& edges = edge_table.edges;
  const EdgeId next_edge_id = edge_table.next_id;
  if (r.remaining() != 0) return damaged("trailing bytes");
  if (version < 3) TypeDates(symbols, nodes, edges);
  g.Restore(std::move(symbols), std::move(articles), std::move(nodes), std::move(edges),
            next_node_id, next_edge_id);
  for (auto& [k, v] : meta) g.SetMeta(k, v);
  return Status::Ok();
}

}  // namespace

Status SaveGraph(const PropertyGraph& graph, const std::string& path) {
  // positions are written as they are, so deleted records must be gone first
  if (graph.has_tombstones())
    return Status::Internal(path +
                            ": internal error: the graph holds deleted records (Compact() first)");
  std::string payload = EncodePayload(graph);
  ByteWriter header;
  header.Raw(std::string_view(kMagic, sizeof kMagic));
  header.U32(kGraphFormatVersion);
  header.U32(0);  // flags, reserved
  header.U64(payload.size());
  header.U32(static_cast<uint32_t>(
      crc32(0L, reinterpret_cast<const Bytef*>(payload.data()), payload.size())));
  header.U32(0);  // reserved
  std::string head = header.Take();

  // a symlink's target is replaced, a device or FIFO written in place (output_target.h)
  const OutputTarget target = ResolveOutputTarget(path);
  RemoveStaleTemporaries(target.path);
  std::string tmp =
      target.in_place ? target.path : target.path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), target.in_place ? O_WRONLY : O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return Status::IoError(path + ": cannot write: " + std::strerror(errno));
  auto write_all = [fd](std::string_view bytes) {
    while (!bytes.empty()) {
      ssize_t n = ::write(fd, bytes.data(), bytes.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        return false;
      }
      bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
  };
  bool ok = write_all(head) && write_all(payload) && (target.in_place || ::fsync(fd) == 0);
  int saved_errno = errno;
  ok = (::close(fd) == 0) && ok;
  if (target.in_place)
    return ok ? Status::Ok()
              : Status::IoError(path + ": cannot write: " + std::strerror(saved_errno));
  if (!ok || std::rename(tmp.c_str(), target.path.c_str()) != 0) {
    if (ok) saved_errno = errno;
    std::remove(tmp.c_str());
    return Status::IoError(path + ": cannot write: " + std::strerror(saved_errno));
  }
  return Status::Ok();
}

Result<std::unique_ptr<PropertyGraph>> LoadGraph(const std::string& path) {
  auto file = MappedFile::Open(path);
  if (!file.ok()) return file.status();
  std::string_view bytes = file.value().bytes();
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return Status::Corrupt(path + ": not a kg graph file");
  ByteReader header(bytes.substr(sizeof kMagic, kHeaderSize - sizeof kMagic));
  uint32_t version = header.U32();
  header.U32();
  uint64_t payload_size = header.U64();
  uint32_t checksum = header.U32();
  if (version < kOldestGraphFormatVersion || version > kGraphFormatVersion)
    return Status::Error(path + ": graph file format version " + std::to_string(version) +
                         ", this kg reads versions " + std::to_string(kOldestGraphFormatVersion) +
                         " to " + std::to_string(kGraphFormatVersion) +
                         "; rebuild it with `kg build`");
  if (bytes.size() - kHeaderSize != payload_size)
    return Status::Corrupt(path + ": damaged graph file (expected " + std::to_string(payload_size) +
                           " payload bytes, found " + std::to_string(bytes.size() - kHeaderSize) +
                           ")");
  std::string_view payload = bytes.substr(kHeaderSize);
  uint32_t actual = static_cast<uint32_t>(
      crc32(0L, reinterpret_cast<const Bytef*>(payload.data()), payload.size()));
  if (actual != checksum) return Status::Corrupt(path + ": damaged graph file (checksum mismatch)");
  auto graph = std::make_unique<PropertyGraph>();
  Status s = DecodePayload(file.value(), payload, version, path, *graph);
  if (!s.ok()) return s;
  return graph;
}

}  // namespace kg::graph
