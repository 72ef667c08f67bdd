#include "graph/facts/facts_view.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "graph/schema.h"

namespace kg::facts {
namespace {

using graph::EdgeIndex;
using graph::Evidence;
using graph::NodeIndex;
using graph::PropertyGraph;
using graph::PropertyValue;
namespace schema = graph::schema;
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

enum Kind { kHolds, kEvent, kChaired, kDocument, kIssued, kDiscussed, kTarget, kAssigned };
constexpr const char* kKindNames[] = {"holds",  "event",     "chaired", "document",
                                      "issued", "discussed", "target",  "assigned"};

struct Row {
  uint32_t article;
  int kind;
  uint32_t start;
  uint32_t end;
  bool is_edge;
  uint32_t index;
};

class FactPrinter {
 public:
  explicit FactPrinter(const PropertyGraph& g) : g_(g) {}

  std::string Print(const Row& r) {
    buf_.Clear();
    Writer w(buf_);
    w.StartObject();
    Str(w, "article", g_.articles()[r.article].id);
    Str(w, "fact", kKindNames[r.kind]);
    if (r.is_edge) {
      PrintEdge(w, r);
    } else {
      PrintNode(w, r);
    }
    w.Key("evidence");
    w.StartObject();
    w.Key("start");
    w.Uint(r.start);
    w.Key("end");
    w.Uint(r.end);
    w.EndObject();
    w.EndObject();
    return std::string(buf_.GetString(), buf_.GetSize());
  }

 private:
  const PropertyValue* N(NodeIndex n, const char* key) const { return g_.NodeProperty(n, key); }
  const PropertyValue* E(EdgeIndex e, const char* key) const { return g_.EdgeProperty(e, key); }

  static void Str(Writer& w, const char* key, const std::string& v) {
    w.Key(key);
    w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
  }
  static void Val(Writer& w, const char* key, const PropertyValue* v) {
    w.Key(key);
    if (v == nullptr || v->is_null()) {
      w.Null();
    } else if (v->is_string()) {
      w.String(v->as_string().c_str(), static_cast<rapidjson::SizeType>(v->as_string().size()));
    } else if (v->is_int()) {
      w.Int64(v->as_int());
    } else if (v->is_double()) {
      w.Double(v->as_double());
    } else if (v->is_bool()) {
      w.Bool(v->as_bool());
    } else if (v->is_temporal()) {
      const std::string& text = v->as_temporal().text;
      w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
    } else {
      w.Null();
    }
  }

  // The first node linked to `n` by `type` (incoming when `incoming`) whose
  // relationship is attested in `article`.
  std::optional<NodeIndex> Linked(NodeIndex n, const char* type, bool incoming,
                                  uint32_t article) const {
    auto t = g_.FindSymbol(type);
    if (!t) return std::nullopt;
    const graph::CsrGraph& csr = g_.Topology();
    auto check = [&](EdgeIndex e) -> std::optional<NodeIndex> {
      const auto& rec = g_.edge(e);
      if (rec.type != *t) return std::nullopt;
      for (const auto& ev : rec.evidence)
        if (ev.article == article) return incoming ? rec.source : rec.target;
      return std::nullopt;
    };
    if (incoming) {
      for (auto [it, end] = boost::in_edges(n, csr); it != end; ++it)
        if (auto found = check(csr[*it])) return found;
    } else {
      for (auto [it, end] = boost::out_edges(n, csr); it != end; ++it)
        if (auto found = check(csr[*it])) return found;
    }
    return std::nullopt;
  }

  void PrintNode(Writer& w, const Row& r) {
    NodeIndex n = r.index;
    if (r.kind == kEvent) {
      Val(w, "date", N(n, schema::kDate));
      Val(w, "province", N(n, schema::kProvince));
      auto body = const_cast<FactPrinter*>(this)->ConvenerOf(n, r.article);
      Val(w, "body", body ? N(*body, schema::kName) : nullptr);
      Val(w, "name", N(n, schema::kName));
      Val(w, "ordinal", N(n, schema::kOrdinal));
    } else if (r.kind == kDocument) {
      // these facts fields are named as the properties they print
      for (const char* k :
           {schema::kNumber, schema::kProvince, schema::kType, schema::kTitle, schema::kDate})
        Val(w, k, N(n, k));
    } else {
      Val(w, "indicator", N(n, schema::kIndicator));
      for (const char* k :
           {schema::kValue, schema::kUnit, schema::kComparator, schema::kYear, schema::kProvince})
        Val(w, k, N(n, k));
    }
  }

  std::optional<NodeIndex> ConvenerOf(NodeIndex event, uint32_t article) {
    return Linked(event, schema::kConvened, true, article);
  }

  void PrintEdge(Writer& w, const Row& r) {
    const auto& e = g_.edge(r.index);
    switch (r.kind) {
      case kHolds:
        Val(w, "person", N(e.source, schema::kName));
        Val(w, "role", N(e.target, schema::kTitle));
        Val(w, "province", N(e.target, schema::kProvince));
        if (const PropertyValue* f = E(r.index, schema::kFormer);
            f != nullptr && f->is_bool() && f->as_bool()) {
          w.Key("former");  // a past post ("nguyên Bí thư"); absent for current ones
          w.Bool(true);
        }
        break;
      case kChaired:
        Val(w, "person", N(e.source, schema::kName));
        Val(w, "date", N(e.target, schema::kDate));
        Val(w, "province", N(e.target, schema::kProvince));
        break;
      case kIssued:
        Val(w, "body", N(e.source, schema::kName));
        Val(w, "province",
            N(e.source, schema::kProvince) ? N(e.source, schema::kProvince)
                                           : N(e.target, schema::kProvince));
        Val(w, "number", N(e.target, schema::kNumber));
        break;
      case kDiscussed:
        Val(w, "date", N(e.source, schema::kDate));
        Val(w, "number", N(e.target, schema::kNumber));
        Val(w, "province", N(e.source, schema::kProvince));
        Val(w, "action", E(r.index, schema::kAction));
        break;
      case kAssigned:
        Val(w, "body", N(e.target, schema::kName));
        Val(w, "province", N(e.target, schema::kProvince));
        Val(w, "date", E(r.index, schema::kDate));
        Val(w, "task", N(e.source, schema::kTask));
        Val(w, "deadline", E(r.index, schema::kDeadline));
        break;
    }
  }

  const PropertyGraph& g_;
  rapidjson::StringBuffer buf_;
};

int NodeKind(const PropertyGraph& g, NodeIndex n) {
  auto is = [&](const char* label) {
    auto l = g.FindSymbol(label);
    return l && g.HasLabel(n, *l);
  };
  if (is(schema::kEvent)) return kEvent;
  if (is(schema::kDocument)) return kDocument;
  if (is(schema::kTarget)) {
    const PropertyValue* kind = g.NodeProperty(n, schema::kKind);
    return kind && kind->is_string() && kind->as_string() == schema::kIndicatorTarget ? kTarget
                                                                                      : -1;
  }
  return -1;
}

int EdgeKind(const std::string& type) {
  if (type == schema::kHolds) return kHolds;
  if (type == schema::kChaired) return kChaired;
  if (type == schema::kIssued) return kIssued;
  if (type == schema::kDiscussed) return kDiscussed;
  if (type == schema::kAssignedTo) return kAssigned;
  return -1;
}

}  // namespace

void ForEachFact(const PropertyGraph& g, const std::string& article_id,
                 const std::function<void(std::string_view json_line)>& visit) {
  std::optional<uint32_t> only;
  if (!article_id.empty()) {
    only = g.FindArticle(article_id);
    if (!only) return;
  }
  std::vector<Row> rows;
  auto add = [&](int kind, bool is_edge, uint32_t index, const graph::EvidenceList& evidence) {
    std::vector<uint32_t> seen;  // one fact per article
    for (const auto& ev : evidence) {
      if (ev.article == Evidence::kManualArticle || (only && ev.article != *only)) continue;
      if (std::find(seen.begin(), seen.end(), ev.article) != seen.end()) continue;
      seen.push_back(ev.article);
      rows.push_back({ev.article, kind, ev.start, ev.end, is_edge, index});
    }
  };
  for (NodeIndex n = 0; n < g.node_count(); ++n)
    if (int kind = NodeKind(g, n); kind >= 0) add(kind, false, n, g.node(n).evidence);
  for (EdgeIndex e = 0; e < g.edge_count(); ++e)
    if (int kind = EdgeKind(g.SymbolName(g.edge(e).type)); kind >= 0)
      add(kind, true, e, g.edge(e).evidence);
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.article, a.kind, a.start, a.end) <
           std::tie(b.article, b.kind, b.start, b.end);
  });
  FactPrinter printer(g);
  for (const auto& r : rows) visit(printer.Print(r));
}

void WriteFactsView(const PropertyGraph& g, std::ostream& out, const std::string& article_id) {
  ForEachFact(g, article_id, [&](std::string_view line) { out << line << '\n'; });
}

}  // namespace kg::facts
