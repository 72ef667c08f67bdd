#include "extract/ingest/graph_builder.h"

#include <cstdio>

#include "extract/ingest/evidence_quotes.h"
#include "extract/text/normalize.h"
#include "graph/schema.h"
#include "graph/store/date_value.h"

namespace kg::ingest {
namespace {

namespace schema = graph::schema;

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
  if (value.is_null() || (value.is_string() && value.as_string().empty()))
    return;  // unknown stays absent
  props.emplace_back(Key(key), std::move(value));
}

NodeIndex GraphBuilder::Upsert(const char* label, const std::string& key, graph::Properties props,
                               const extract::Span& span) {
  graph::Evidence ev{article_, span.start, span.end};
  if (auto found = graph_.FindByEntityKey(key); found) {
    for (auto& [k, v] : props)  // fill what was unknown, never overwrite
      if (graph_.NodeProperty(*found, k) == nullptr)
        graph_.SetNodeProperty(*found, k, std::move(v));
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
  Put(p, schema::kName, body.name);
  Put(p, schema::kProvince, body.province);
  Put(p, schema::kKind, body.kind);
  return Upsert(schema::kBody, "body|" + FoldKey(body.name) + "|" + FoldKey(body.province),
                std::move(p), span);
}

// The first and last dates a current post is attested (ISO dates compare as text).
void GraphBuilder::WidenSeen(graph::EdgeIndex holds, const std::string& date) {
  if (!graph::IsIsoDate(date)) return;
  const std::string_view first =
      graph::DateText(graph_.EdgeProperty(holds, Key(schema::kFirstSeen)));
  const std::string_view last = graph::DateText(graph_.EdgeProperty(holds, Key(schema::kLastSeen)));
  if (first.empty() || date < first)
    graph_.SetEdgeProperty(holds, Key(schema::kFirstSeen), graph::DateProperty(date));
  if (last.empty() || date > last)
    graph_.SetEdgeProperty(holds, Key(schema::kLastSeen), graph::DateProperty(date));
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

  std::string first_event_date;
  for (const auto& e : f.events)
    if (graph::IsIsoDate(e.date)) {
      first_event_date = e.date;
      break;
    }
  const std::string attested =
      graph::AttestedDate(first_event_date, graph_.articles()[article_].published);

  std::vector<NodeIndex> persons;
  for (size_t i = 0; i < f.persons.size(); ++i) {
    const auto& p = f.persons[i];
    graph::Properties props;
    Put(props, schema::kName, p.name);
    Put(props, schema::kProvince, p.province);
    extract::Span span = p.name_span;  // a person with a post: the evidence of the first
    for (const auto& h : f.holds)
      if (h.person == static_cast<int>(i)) {
        span = h.evidence;
        break;
      }
    persons.push_back(
        Upsert(schema::kPerson, PersonKey(p.name, p.province), std::move(props), span));
  }
  for (const auto& h : f.holds) {
    graph::Properties props;
    Put(props, schema::kTitle, h.role);
    Put(props, schema::kTitleEn, h.role_en);
    Put(props, schema::kProvince, h.province);
    NodeIndex role = Upsert(schema::kRole, "role|" + FoldKey(h.role) + "|" + FoldKey(h.province),
                            std::move(props), h.evidence);
    // A past post ("nguyên Bí thư") is a HOLDS with former: true while every article
    // that attests it says so; one article giving it as current makes it current.
    graph::Properties holds_props;
    if (h.former) Put(holds_props, schema::kFormer, true);
    const graph::EdgeIndex holds =
        Link(schema::kHolds, persons[h.person], role, std::move(holds_props), h.evidence);
    if (!h.former) {
      if (const PropertyValue* f = graph_.EdgeProperty(holds, Key(schema::kFormer));
          f != nullptr && f->is_bool())
        graph_.SetEdgeProperty(holds, Key(schema::kFormer), false);
      WidenSeen(holds, attested);
    }
    if (!h.body.name.empty()) Link(schema::kOf, role, AddBody(h.body, h.evidence), {}, h.evidence);
  }
  std::vector<NodeIndex> events;
  for (size_t i = 0; i < f.events.size(); ++i) {
    const auto& e = f.events[i];
    graph::Properties props;
    Put(props, schema::kDate, graph::DateProperty(e.date));
    Put(props, schema::kProvince, e.province);
    Put(props, schema::kName, e.name);
    Put(props, schema::kKind, e.kind);
    if (e.ordinal > 0) Put(props, schema::kOrdinal, static_cast<int64_t>(e.ordinal));
    std::string who = e.convener ? e.convener->name : e.name;
    std::string key = e.date.empty()
                          ? "event|" + article.id + "|" + std::to_string(i)
                          : "event|" + e.date + "|" + FoldKey(e.province) + "|" + FoldKey(who);
    events.push_back(Upsert(schema::kEvent, key, std::move(props), e.evidence));
    if (e.convener)
      Link(schema::kConvened, AddBody(*e.convener, e.evidence), events.back(), {}, e.evidence);
  }
  for (const auto& c : f.chaired)
    Link(schema::kChaired, persons[c.person], events[c.event], {}, c.evidence);
  std::vector<NodeIndex> documents;
  for (const auto& d : f.documents) {
    graph::Properties props;
    Put(props, schema::kNumber, d.number);
    Put(props, schema::kType, d.type);
    Put(props, schema::kTypeEn, d.type_en);
    Put(props, schema::kTitle, d.title);
    Put(props, schema::kDate, graph::DateProperty(d.date));
    Put(props, schema::kProvince, d.province);
    documents.push_back(Upsert(schema::kDocument,
                               "document|" + d.number + "|" + FoldKey(d.province), std::move(props),
                               d.evidence));
  }
  for (const auto& i : f.issued)
    Link(schema::kIssued, AddBody(i.body, i.evidence), documents[i.document], {}, i.evidence);
  for (const auto& d : f.discussed) {
    graph::Properties props;
    Put(props, schema::kAction, d.action);
    Link(schema::kDiscussed, events[d.event], documents[d.document], std::move(props), d.evidence);
  }
  for (const auto& t : f.targets) {
    graph::Properties props;
    Put(props, schema::kKind, schema::kIndicatorTarget);
    Put(props, schema::kIndicator, t.indicator);
    Put(props, schema::kValue, t.value);
    Put(props, schema::kUnit, t.unit);
    Put(props, schema::kComparator, t.comparator);
    if (t.year > 0) Put(props, schema::kYear, static_cast<int64_t>(t.year));
    Put(props, schema::kProvince, t.province);
    std::string key = "target|" + FoldKey(t.province) + "|" + std::to_string(t.year) + "|" +
                      FoldKey(t.indicator) + "|" + NumberKey(t.value) + "|" + FoldKey(t.unit);
    NodeIndex target = Upsert(schema::kTarget, key, std::move(props), t.evidence);
    if (t.event >= 0) Link(schema::kSet, events[t.event], target, {}, t.evidence);
  }
  for (const auto& t : f.tasks) {
    graph::Properties props;
    Put(props, schema::kKind, schema::kTaskTarget);
    Put(props, schema::kTask, t.task);
    Put(props, schema::kDeadline, graph::DateProperty(t.deadline));
    Put(props, schema::kDate, graph::DateProperty(t.date));
    Put(props, schema::kProvince, t.province);
    std::string key = "task|" + FoldKey(t.body.name) + "|" + FoldKey(t.province) + "|" + t.date +
                      "|" + FoldKey(t.task);
    NodeIndex target = Upsert(schema::kTarget, key, std::move(props), t.evidence);
    graph::Properties edge_props;
    Put(edge_props, schema::kDate, graph::DateProperty(t.date));
    Put(edge_props, schema::kDeadline, graph::DateProperty(t.deadline));
    Link(schema::kAssignedTo, target, AddBody(t.body, t.evidence), std::move(edge_props),
         t.evidence);
    if (t.event >= 0) Link(schema::kSet, events[t.event], target, {}, t.evidence);
  }
  return true;
}

}  // namespace kg::ingest
