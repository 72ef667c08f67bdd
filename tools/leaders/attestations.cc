// Attestations: the date of every article, an Evidence span as an Attestation, and
// the province helpers every step shares.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "extract/recognise/provinces.h"
#include "graph/schema.h"
#include "graph/store/date_value.h"
#include "tools/leaders/leadership_internal.h"

namespace kg::leaders::internal {

namespace schema = graph::schema;

// graph::AttestedDate, the rule `kg build` uses for HOLDS firstSeen/lastSeen; an
// article's first dated event is the dated Event whose evidence in it starts first.
std::vector<std::string> ArticleDates(const graph::PropertyGraph& graph) {
  const size_t n = graph.articles().size();
  std::vector<std::string> event_dates(n);
  std::vector<uint32_t> first_start(n, UINT32_MAX);
  const auto event = graph.FindSymbol(schema::kEvent);
  const auto date_key = graph.FindSymbol(schema::kDate);
  if (event && date_key) {
    for (graph::NodeIndex i = 0; i < graph.node_count(); ++i) {
      if (!HasLabel(graph, i, *event)) continue;
      const graph::PropertyValue* date = graph.NodeProperty(i, *date_key);
      if (!graph::IsFullDate(date)) continue;
      for (const graph::Evidence& e : graph.node(i).evidence) {
        if (e.article >= n || e.start >= first_start[e.article]) continue;
        first_start[e.article] = e.start;
        event_dates[e.article] = std::string(graph::DateText(date));
      }
    }
  }
  std::vector<std::string> dates(n);
  for (size_t a = 0; a < n; ++a)
    dates[a] = graph::AttestedDate(event_dates[a], graph.articles()[a].published);
  return dates;
}

std::string StringProperty(const graph::PropertyGraph& graph, graph::NodeIndex node,
                           const char* key) {
  const graph::PropertyValue* v = graph.NodeProperty(node, key);
  return v != nullptr && v->is_string() ? v->as_string() : std::string();
}

bool HasLabel(const graph::PropertyGraph& graph, graph::NodeIndex node, graph::SymbolId label) {
  const auto& labels = graph.node(node).labels;
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

std::string RawProvinceOf(const graph::PropertyGraph& graph, graph::NodeIndex role,
                          graph::NodeIndex holder) {
  for (graph::NodeIndex node : {role, holder})
    if (std::string province = StringProperty(graph, node, schema::kProvince); !province.empty())
      return province;
  return {};
}

std::string InMap(const extract::ProvinceInfo* unit, ProvinceMap map) {
  if (unit == nullptr) return {};
  if (map == ProvinceMap::kCurrent && !unit->successor.empty()) return unit->successor;
  return unit->name;
}

std::vector<std::string> ProvincesOf(ProvinceMap map) {
  std::vector<std::string> names;
  for (const extract::ProvinceInfo& p : extract::AllProvinces())
    if (map == ProvinceMap::kCurrent ? p.after_2025 : p.before_2025) names.push_back(p.name);
  return names;
}

size_t ProvinceRank(const std::string& province) {
  static const auto* const kRanks = [] {
    auto* ranks = new std::map<std::string, size_t>;
    for (const extract::ProvinceInfo& p : extract::AllProvinces())
      ranks->emplace(p.name, ranks->size());
    return ranks;
  }();
  auto it = kRanks->find(province);
  return it == kRanks->end() ? kRanks->size() : it->second;
}

Attestation MakeAttestation(const graph::PropertyGraph& graph, const graph::Evidence& evidence,
                            const std::vector<std::string>& dates) {
  Attestation a;
  a.start = evidence.start;
  a.end = evidence.end;
  if (evidence.article < graph.articles().size()) {
    const graph::ArticleRecord& article = graph.articles()[evidence.article];
    a.article_id = article.id;
    a.url = article.url;
    a.date = dates[evidence.article];
    a.text = std::string(graph.EvidenceText(evidence));
  } else {
    a.article_id = "manual";  // added by hand (CREATE): no article behind it
  }
  return a;
}

void SortAttestations(std::vector<Attestation>& evidence) {
  std::sort(evidence.begin(), evidence.end(), [](const Attestation& x, const Attestation& y) {
    return std::make_tuple(x.date.empty(), x.date, x.article_id, x.start, x.end) <
           std::make_tuple(y.date.empty(), y.date, y.article_id, y.start, y.end);
  });
  evidence.erase(std::unique(evidence.begin(), evidence.end(),
                             [](const Attestation& x, const Attestation& y) {
                               return x.article_id == y.article_id && x.start == y.start &&
                                      x.end == y.end;
                             }),
                 evidence.end());
}

void DateRange(const std::vector<Attestation>& evidence, std::string& first, std::string& last) {
  first.clear();
  last.clear();
  for (const Attestation& a : evidence) {
    if (a.date.empty()) continue;
    if (first.empty() || a.date < first) first = a.date;
    if (a.date > last) last = a.date;
  }
}

}  // namespace kg::leaders::internal
