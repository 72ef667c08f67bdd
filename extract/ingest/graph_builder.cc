#include "extract/ingest/graph_builder.h"

#include <cstdio>

#include "extract/ingest/evidence_quotes.h"
#include "extract/text/normalize.h"

namespace kg::ingest {
namespace {

using graph::NodeIndex;
using graph::PropertyValue;

std::string FoldKey(const std::string& s) { return text::Fold(s); }

std::string NumberKey(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

}  // namespace

std::string PersonKey(const std::string& name, const std::string& province) {
  return "person|" + FoldKey(name) + "|" + FoldKey(province);
}

GraphBuilder::GraphBuilder(graph::PropertyGraph& graph) : graph_(graph) {}

void GraphBuilder::Put(graph::Properties& props, const char* key, PropertyValue value) {
  if (value.is_string() && value.as_string().empty()) return;  // unknown stays absent (null)
  props.emplace_back(Key(key), std::move(value));
}

NodeIndex GraphBuilder::Upsert(const char* label, const std::string& key, graph::Properties props,
                               const extract::Span& span) {
  graph::Evidence ev{article_, span.start, span.end};
  if (auto found = graph_.FindByEntityKey(key); found) {
    for (auto& [k, v] : props)  // fill what was unknown, never overwrite
      if (graph_.NodeProperty(*found, k) == nullptr) graph_.SetNodeProperty(*found, k, std::move(v));
    graph_.AddNodeEvidence(*found, ev);
    return *found;
  }
  NodeIndex n = graph_.AddNode({Key(label)}, std::move(props), key);
  graph_.AddNodeEvidence(n, ev);
  return n;
}

graph::EdgeIndex GraphBuilder::Link(const char* type, NodeIndex from, NodeIndex to,
                                    graph::Properties props, const extract::Span& span) {
  graph::Evidence ev{article_, span.start, span.end};
  graph::SymbolId t = Key(type);
  auto found = graph_.FindEdge(from, t, to);
  graph::EdgeIndex e = found ? *found : graph_.AddEdge(t, from, to, std::move(props));
  graph_.AddEdgeEvidence(e, ev);
  return e;
}

NodeIndex GraphBuilder::AddBody(const extract::BodyRef& body, const extract::Span& span) {
  graph::Properties p;
  Put(p, "name", body.name);
  Put(p, "province", body.province);
  Put(p, "kind", body.kind);
  return Upsert("Body", "body|" + FoldKey(body.name) + "|" + FoldKey(body.province), std::move(p), span);
}

void GraphBuilder::WidenSeen(graph::EdgeIndex holds, const std::string& date) {
  if (date.size() != 10 || date[0] == '-') return;
  const PropertyValue* first = graph_.EdgeProperty(holds, Key("firstSeen"));
  const PropertyValue* last = graph_.EdgeProperty(holds, Key("lastSeen"));
  if (first == nullptr || date < first->as_string()) graph_.SetEdgeProperty(holds, Key("firstSeen"), date);
  if (last == nullptr || date > last->as_string()) graph_.SetEdgeProperty(holds, Key("lastSeen"), date);
}

bool GraphBuilder::AddArticle(const corpus::RawArticle& article, const extract::ArticleFacts& f) {
  if (graph_.FindArticle(article.id)) return false;
  return AddArticle(article, f, QuoteEvidence(article.text, f));
}

bool GraphBuilder::AddArticle(const corpus::RawArticle& article, const extract::ArticleFacts& f,
                              std::vector<graph::EvidenceQuote> quotes) {
  if (graph_.FindArticle(article.id)) return false;
  graph::ArticleRecord rec;
  rec.id = article.id;
  rec.published = f.published.empty() ? article.published : f.published;
  rec.site = article.site;
  rec.url = article.url;
  rec.province = f.province;
  rec.title = f.title;
  rec.authors = f.authors;
  rec.source = f.source;
  rec.quotes = std::move(quotes);
  article_ = graph_.AddArticle(std::move(rec));

  // the date a post is attested: the article's event, else its publication
  std::string attested;
  for (const auto& e : f.events)
    if (e.date.size() == 10 && e.date[0] != '-') { attested = e.date; break; }
  if (attested.empty()) attested = graph_.articles()[article_].published;

  std::vector<NodeIndex> persons;
  for (size_t i = 0; i < f.persons.size(); ++i) {
    const auto& p = f.persons[i];
    graph::Properties props;
    Put(props, "name", p.name);
    Put(props, "province", p.province);
    extract::Span span = p.name_span;  // a person with a post: the evidence of the first
    for (const auto& h : f.holds) if (h.person == static_cast<int>(i)) { span = h.evidence; break; }
    persons.push_back(Upsert("Person", PersonKey(p.name, p.province), std::move(props), span));
  }
  for (const auto& h : f.holds) {
    graph::Properties props;
    Put(props, "title", h.role);
    Put(props, "titleEn", h.role_en);
    Put(props, "province", h.province);
    NodeIndex role = Upsert("Role", "role|" + FoldKey(h.role) + "|" + FoldKey(h.province), std::move(props), h.evidence);
    // A past post ("nguyên Bí thư") is a HOLDS with former: true while every article
    // that attests it says so; one article giving it as current makes it current.
    graph::Properties holds_props;
    if (h.former) Put(holds_props, "former", true);
    const graph::EdgeIndex holds = Link("HOLDS", persons[h.person], role, std::move(holds_props), h.evidence);
    if (!h.former) {
      if (const PropertyValue* f = graph_.EdgeProperty(holds, Key("former")); f != nullptr && f->is_bool())
        graph_.SetEdgeProperty(holds, Key("former"), false);
      WidenSeen(holds, attested);
    }
    if (!h.body.name.empty()) Link("OF", role, AddBody(h.body, h.evidence), {}, h.evidence);
  }
  std::vector<NodeIndex> events;
  for (size_t i = 0; i < f.events.size(); ++i) {
    const auto& e = f.events[i];
    graph::Properties props;
    Put(props, "date", e.date);
    Put(props, "province", e.province);
    Put(props, "name", e.name);
    Put(props, "kind", e.kind);
    if (e.ordinal > 0) Put(props, "ordinal", static_cast<int64_t>(e.ordinal));
    std::string who = e.convener ? e.convener->name : e.name;
    std::string key = e.date.empty() ? "event|" + article.id + "|" + std::to_string(i)
                                     : "event|" + e.date + "|" + FoldKey(e.province) + "|" + FoldKey(who);
    events.push_back(Upsert("Event", key, std::move(props), e.evidence));
    if (e.convener) Link("CONVENED", AddBody(*e.convener, e.evidence), events.back(), {}, e.evidence);
  }
  for (const auto& c : f.chaired) Link("CHAIRED", persons[c.person], events[c.event], {}, c.evidence);
  std::vector<NodeIndex> documents;
  for (const auto& d : f.documents) {
    graph::Properties props;
    Put(props, "number", d.number);
    Put(props, "type", d.type);
    Put(props, "typeEn", d.type_en);
    Put(props, "title", d.title);
    Put(props, "date", d.date);
    Put(props, "province", d.province);
    documents.push_back(Upsert("Document", "document|" + d.number + "|" + FoldKey(d.province), std::move(props), d.evidence));
  }
  for (const auto& i : f.issued) Link("ISSUED", AddBody(i.body, i.evidence), documents[i.document], {}, i.evidence);
  for (const auto& d : f.discussed) {
    graph::Properties props;
    Put(props, "action", d.action);
    Link("DISCUSSED", events[d.event], documents[d.document], std::move(props), d.evidence);
  }
  for (const auto& t : f.targets) {
    graph::Properties props;
    Put(props, "kind", "indicator");
    Put(props, "indicator", t.indicator);
    Put(props, "value", t.value);
    Put(props, "unit", t.unit);
    Put(props, "comparator", t.comparator);
    if (t.year > 0) Put(props, "year", static_cast<int64_t>(t.year));
    Put(props, "province", t.province);
    std::string key = "target|" + FoldKey(t.province) + "|" + std::to_string(t.year) + "|" +
                      FoldKey(t.indicator) + "|" + NumberKey(t.value) + "|" + FoldKey(t.unit);
    NodeIndex target = Upsert("Target", key, std::move(props), t.evidence);
    if (t.event >= 0) Link("SET", events[t.event], target, {}, t.evidence);
  }
  for (const auto& t : f.tasks) {
    graph::Properties props;
    Put(props, "kind", "task");
    Put(props, "task", t.task);
    Put(props, "deadline", t.deadline);
    Put(props, "date", t.date);
    Put(props, "province", t.province);
    std::string key = "task|" + FoldKey(t.body.name) + "|" + FoldKey(t.province) + "|" + t.date + "|" + FoldKey(t.task);
    NodeIndex target = Upsert("Target", key, std::move(props), t.evidence);
    graph::Properties edge_props;
    Put(edge_props, "date", t.date);
    Put(edge_props, "deadline", t.deadline);
    Link("ASSIGNED_TO", target, AddBody(t.body, t.evidence), std::move(edge_props), t.evidence);
    if (t.event >= 0) Link("SET", events[t.event], target, {}, t.evidence);
  }
  return true;
}

}  // namespace kg::ingest
