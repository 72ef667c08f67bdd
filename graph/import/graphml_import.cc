// GraphML through expat, a streaming parser: the document is never held as a tree.
// Keys declare typed attributes per domain (node, edge, graph, all) with optional
// defaults; <data> inside a node or edge sets one. kg's own files carry the kind
// in the key kgType (labels joined by ':', or the relationship type) beside a
// display `label` derived from the properties, which is then not imported.
// Relationship types otherwise come from an edge attribute named type or label.
// Nested graphs, hyperedges and ports are refused with their position.
#include <expat.h>

#include <map>
#include <set>
#include <optional>

#include "graph/export/display.h"
#include "graph/export/provenance.h"
#include "graph/file/mapped_file.h"
#include "graph/import/import.h"
#include "graph/import/staged_graph.h"
#include "graph/import/typed_text.h"

namespace kg::importer {
namespace {

constexpr const char* kKindKey = exporter::kKindName;

// kg's export writes a property whose name GraphML viewers reserve as "prop.NAME".
std::string KgPropertyName(const std::string& name) {
  static const char* const kReserved[] = {
      "label", "type", exporter::kKindName, "id", exporter::kArticlesName, exporter::kEvidenceName};
  if (name.rfind("prop.", 0) != 0) return name;
  const std::string rest = name.substr(5);
  for (const char* r : kReserved)
    if (rest == r) return rest;
  return name;
}

struct Key {
  std::string name;
  std::string domain;  // node, edge, graph, all
  TextType type = TextType::kString;
  bool typed_list = false;  // attr.list (GraphML 1.1 drafts): kept as text
  bool graphics = false;    // yfiles.type: yEd's drawing, not data
  std::optional<std::string> default_text;
};

class GraphmlReader {
 public:
  GraphmlReader(const std::string& path, const ImportOptions& options, StagedGraph& staged)
      : path_(path), options_(options), staged_(staged) {
    file_ = staged_.files.size();
    staged_.files.push_back(path);
  }

  Status Read(std::string_view bytes) {
    XML_Parser parser = XML_ParserCreate(nullptr);
    parser_ = parser;
    XML_SetUserData(parser, this);
    XML_SetElementHandler(parser, &Start, &End);
    XML_SetCharacterDataHandler(parser, &Text);
    // in slices: XML_Parse takes an int length
    constexpr size_t kSlice = 1 << 26;
    bool ok = true;
    for (size_t at = 0; ok && status_.ok(); at += kSlice) {
      const size_t n = std::min(kSlice, bytes.size() - std::min(at, bytes.size()));
      const bool last = at + n >= bytes.size();
      ok = XML_Parse(parser, bytes.data() + at, static_cast<int>(n), last) == XML_STATUS_OK;
      if (last) break;
    }
    if (!ok && status_.ok())
      status_ =
          Here("not well-formed XML: " + std::string(XML_ErrorString(XML_GetErrorCode(parser))));
    XML_ParserFree(parser);
    if (status_.ok() && !seen_graph_) status_ = Status::Error(path_ + ": no <graph> element");
    return status_;
  }

 private:
  static void Start(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<GraphmlReader*>(self)->OnStart(name, attributes);
  }
  static void End(void* self, const XML_Char* name) {
    static_cast<GraphmlReader*>(self)->OnEnd(name);
  }
  static void Text(void* self, const XML_Char* text, int length) {
    auto* r = static_cast<GraphmlReader*>(self);
    if (r->in_data_ && r->nested_ == 0) r->text_.append(text, static_cast<size_t>(length));
  }

  Status Here(const std::string& message) const {
    return Status::Error(path_ + ":" + std::to_string(XML_GetCurrentLineNumber(parser_)) + ":" +
                         std::to_string(XML_GetCurrentColumnNumber(parser_) + 1) + ": " + message);
  }
  void Fail(const std::string& message) {
    if (status_.ok()) status_ = Here(message);
    XML_StopParser(parser_, XML_FALSE);
  }
  uint32_t Offset() const { return static_cast<uint32_t>(XML_GetCurrentByteIndex(parser_)); }

  static std::string_view Local(const XML_Char* name) {  // without a namespace prefix
    std::string_view n(name);
    const size_t colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
  }
  static const char* Attribute(const XML_Char** attributes, const char* wanted) {
    for (size_t i = 0; attributes[i]; i += 2)
      if (Local(attributes[i]) == wanted) return attributes[i + 1];
    return nullptr;
  }

  void OnStart(const XML_Char* raw, const XML_Char** attributes) {
    if (in_data_) {  // markup inside <data>: yEd's graphics and the like
      ++nested_;
      return;
    }
    const std::string_view name = Local(raw);
    if (name == "key") {
      const char* id = Attribute(attributes, "id");
      if (!id) return Fail("<key> without an id");
      Key k;
      const char* attr_name = Attribute(attributes, "attr.name");
      k.name = attr_name ? attr_name : id;
      const char* domain = Attribute(attributes, "for");
      k.domain = domain ? domain : "all";
      const char* type = Attribute(attributes, "attr.type");
      if (type) {
        auto t = TextTypeNamed(type);
        if (!t) return Fail(std::string("unknown attr.type '") + type + "'");
        k.type = *t;
      }
      k.typed_list = Attribute(attributes, "attr.list") != nullptr;
      k.graphics = Attribute(attributes, "yfiles.type") != nullptr;
      if (k.typed_list) k.type = TextType::kString;
      if (k.name == kKindKey) has_kind_key_ = true;
      current_key_ = id;
      keys_[id] = std::move(k);
    } else if (name == "default") {
      in_default_ = true;
      in_data_ = true;
      text_.clear();
    } else if (name == "graph") {
      if (graph_depth_++ > 0) return Fail("nested graphs are not supported");
      seen_graph_ = true;
      const char* d = Attribute(attributes, "edgedefault");
      undirected_default_ = d && std::string_view(d) == "undirected";
    } else if (name == "node") {
      if (in_node_) return Fail("a node inside a node (nested graphs are not supported)");
      in_node_ = true;
      node_ = StagedNode();
      const char* id = Attribute(attributes, "id");
      if (!id) return Fail("<node> without an id");
      node_.id = id;
      node_.span = {file_, Offset(), 0, static_cast<size_t>(XML_GetCurrentLineNumber(parser_))};
      element_data_.clear();
    } else if (name == "edge") {
      in_edge_ = true;
      edge_ = StagedEdge();
      const char* source = Attribute(attributes, "source");
      const char* target = Attribute(attributes, "target");
      if (!source || !target) return Fail("<edge> without a source and a target");
      const char* id = Attribute(attributes, "id");
      edge_.id = id ? id : "";
      edge_.source = source;
      edge_.target = target;
      const char* directed = Attribute(attributes, "directed");
      edge_undirected_ = directed ? std::string_view(directed) == "false" : undirected_default_;
      edge_.span = {file_, Offset(), 0, static_cast<size_t>(XML_GetCurrentLineNumber(parser_))};
      element_data_.clear();
    } else if (name == "data") {
      const char* key = Attribute(attributes, "key");
      if (!key) return Fail("<data> without a key");
      data_key_ = key;
      in_data_ = true;
      text_.clear();
    } else if (name == "hyperedge") {
      return Fail("hyperedges are not supported");
    } else if (name == "port") {
      return Fail("ports are not supported");
    }
  }

  void OnEnd(const XML_Char* raw) {
    if (in_data_ && nested_ > 0) {
      --nested_;
      return;
    }
    const std::string_view name = Local(raw);
    if (name == "default" && in_default_) {
      keys_[current_key_].default_text = text_;
      in_default_ = in_data_ = false;
    } else if (name == "graph") {
      --graph_depth_;
    } else if (name == "data" && in_data_) {
      in_data_ = false;
      if (in_node_ || in_edge_) element_data_.emplace_back(data_key_, std::move(text_));
      text_.clear();
    } else if (name == "node" && in_node_) {
      in_node_ = false;
      node_.span.end = EndOffset();
      if (!TakeData("node", node_.properties, &node_.labels, nullptr)) return;
      staged_.nodes.push_back(std::move(node_));
    } else if (name == "edge" && in_edge_) {
      in_edge_ = false;
      edge_.span.end = EndOffset();
      if (!TakeData("edge", edge_.properties, nullptr, &edge_.type)) return;
      if (edge_.type.empty()) edge_.type = options_.default_type;
      if (edge_undirected_ && !warned_undirected_) {
        staged_.warnings.push_back(path_ +
                                   ": undirected edges are kept as written, source to target; "
                                   "match them with undirected patterns, (a)--(b)");
        warned_undirected_ = true;
      }
      staged_.edges.push_back(std::move(edge_));
    }
  }

  uint32_t EndOffset() const {
    return Offset() + static_cast<uint32_t>(XML_GetCurrentByteCount(parser_));
  }

  // The element's data and the defaults of keys it lacks, as typed properties; the
  // kind (labels or type) taken out. False after an error.
  bool TakeData(const char* domain,
                std::vector<std::pair<std::string, graph::PropertyValue>>& props,
                std::vector<std::string>* labels, std::string* type) {
    // the element's own data in document order (the order kg wrote its properties in),
    // then the defaults of keys it lacks
    std::vector<std::pair<std::string, std::string>> texts;
    std::set<std::string> given;
    for (auto& [key, text] : element_data_) {
      auto it = keys_.find(key);
      if (it == keys_.end()) {
        Fail("<data key=\"" + key + "\"> names no declared <key>");
        return false;
      }
      if (given.insert(key).second) texts.emplace_back(key, std::move(text));
    }
    for (const auto& [id, k] : keys_)
      if (k.default_text && (k.domain == domain || k.domain == "all") && !given.count(id))
        texts.emplace_back(id, *k.default_text);
    std::string fallback_type;
    for (auto& [id, text] : texts) {
      const Key& k = keys_[id];
      if (k.graphics) continue;
      if (k.name == kKindKey) {
        if (labels) {
          size_t start = 0;
          while (start < text.size()) {
            size_t colon = text.find(':', start);
            if (colon == std::string::npos) colon = text.size();
            if (colon > start) labels->push_back(text.substr(start, colon - start));
            start = colon + 1;
          }
        }
        if (type) *type = text;
        continue;
      }
      if (has_kind_key_ && k.name == "label") continue;  // kg's display label, derived
      if (type && !has_kind_key_ && (k.name == "type" || k.name == "label") &&
          fallback_type.empty()) {
        fallback_type = text;
        if (k.name == "type") continue;
      }
      auto v = ParseTyped(text, k.type);
      if (!v) {
        Fail(std::string("'") + text + "' is not a " + TextTypeName(k.type) + " (key " + k.name +
             ")");
        return false;
      }
      props.emplace_back(has_kind_key_ ? KgPropertyName(k.name) : k.name, std::move(*v));
    }
    if (type && type->empty()) *type = fallback_type;
    return true;
  }

  const std::string& path_;
  const ImportOptions& options_;
  StagedGraph& staged_;
  size_t file_ = 0;
  XML_Parser parser_ = nullptr;
  Status status_;
  std::map<std::string, Key> keys_;
  std::string current_key_;
  bool has_kind_key_ = false;
  bool seen_graph_ = false, undirected_default_ = false, edge_undirected_ = false;
  bool warned_undirected_ = false;
  int graph_depth_ = 0;
  bool in_node_ = false, in_edge_ = false, in_data_ = false, in_default_ = false;
  int nested_ = 0;
  std::string data_key_, text_;
  std::vector<std::pair<std::string, std::string>> element_data_;
  StagedNode node_;
  StagedEdge edge_;
};

}  // namespace

Result<ImportReport> ImportGraphml(const std::string& path, const ImportOptions& options,
                                   graph::PropertyGraph& graph) {
  auto file = graph::MappedFile::Open(path);
  if (!file.ok()) return file.status();
  StagedGraph staged;
  GraphmlReader reader(path, options, staged);
  if (Status s = reader.Read(file.value().bytes()); !s.ok()) return s;
  return Commit(std::move(staged), graph);
}

}  // namespace kg::importer
