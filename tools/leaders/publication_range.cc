#include "tools/leaders/publication_range.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "graph/schema.h"
#include "graph/store/date_value.h"

namespace kg::leaders {

namespace schema = graph::schema;
namespace {

// "YYYY-MM" when `date` starts with a year and a month, else "".
std::string MonthOf(const std::string& date) {
  if (date.size() < 7 || date[4] != '-') return {};
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (date[i] < '0' || date[i] > '9') return {};
  const int month = std::stoi(date.substr(5, 2));
  return month >= 1 && month <= 12 ? date.substr(0, 7) : std::string();
}

std::string LastDayOf(const std::string& month) {
  const std::chrono::year_month_day_last last{
      std::chrono::year{std::stoi(month.substr(0, 4))} /
      std::chrono::month{static_cast<unsigned>(std::stoi(month.substr(5, 2)))} / std::chrono::last};
  return month + "-" + (static_cast<unsigned>(last.day()) < 10 ? "0" : "") +
         std::to_string(static_cast<unsigned>(last.day()));
}

PublicationRange FromPublished(const graph::PropertyGraph& graph) {
  PublicationRange range;
  for (const graph::ArticleRecord& article : graph.articles()) {
    if (!graph::IsIsoDate(article.published)) continue;
    if (range.from.empty() || article.published < range.from) range.from = article.published;
    if (article.published > range.to) range.to = article.published;
    ++range.articles;
  }
  return range;
}

// Mentioned dates, in the articles with no publication date: a 2017 corpus mentions
// 2017 in most articles, 2020 or 1975 in few.
PublicationRange FromMentions(const graph::PropertyGraph& graph) {
  PublicationRange range;
  range.estimated = true;
  const auto event = graph.FindSymbol(schema::kEvent);
  const auto date_key = graph.FindSymbol(schema::kDate);
  if (!event || !date_key) return range;
  std::vector<std::pair<std::string, uint32_t>> month_article;
  for (graph::NodeIndex i = 0; i < graph.node_count(); ++i) {
    const auto& labels = graph.node(i).labels;
    if (std::find(labels.begin(), labels.end(), *event) == labels.end()) continue;
    const graph::PropertyValue* date = graph.NodeProperty(i, *date_key);
    const std::string month = MonthOf(std::string(graph::DateText(date)));
    if (month.empty()) continue;
    for (const graph::Evidence& e : graph.node(i).evidence)
      if (e.article < graph.articles().size() &&
          !graph::IsIsoDate(graph.articles()[e.article].published))
        month_article.emplace_back(month, e.article);
  }
  std::sort(month_article.begin(), month_article.end());
  month_article.erase(std::unique(month_article.begin(), month_article.end()), month_article.end());
  std::map<std::string, size_t> articles_per_month;
  for (const auto& [month, article] : month_article) ++articles_per_month[month];
  size_t busiest = 0;
  for (const auto& [month, count] : articles_per_month) busiest = std::max(busiest, count);
  std::string first, last;
  for (const auto& [month, count] : articles_per_month) {
    if (count * 3 < busiest) continue;
    if (first.empty()) first = month;
    last = month;
    range.articles += count;
  }
  if (first.empty()) return range;
  range.from = first + "-01";
  range.to = LastDayOf(last);
  return range;
}

}  // namespace

PublicationRange ComputePublicationRange(const graph::PropertyGraph& graph) {
  PublicationRange range = FromPublished(graph);
  const PublicationRange estimated = FromMentions(graph);
  if (estimated.from.empty()) return range;
  if (range.from.empty() || estimated.from < range.from) range.from = estimated.from;
  range.to = std::max(range.to, estimated.to);
  range.articles += estimated.articles;
  range.estimated = true;
  return range;
}

bool OutsidePublicationWindow(const PublicationRange& range, const std::string& date) {
  if (date.empty() || range.from.empty() || range.to.empty()) return false;
  if (date > range.to) return true;
  // Years compare as digits: "2012-01-01" is 5 years before "2017-01-01".
  const std::string window_start =
      std::to_string(std::stoi(range.from.substr(0, 4)) - kYearsBeforePublication) +
      range.from.substr(4);
  return date < window_start;
}

std::vector<std::string> DatesOutsideWindow(const PublicationRange& range, const Spell& spell) {
  std::vector<std::string> dates;
  for (const Attestation& a : spell.evidence)
    if (OutsidePublicationWindow(range, a.date)) dates.push_back(a.date);
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

void DatesInsideWindow(const PublicationRange& range, const Spell& spell, std::string& first,
                       std::string& last) {
  first.clear();
  last.clear();
  for (const Attestation& a : spell.evidence) {
    if (a.date.empty() || OutsidePublicationWindow(range, a.date)) continue;
    if (first.empty() || a.date < first) first = a.date;
    if (a.date > last) last = a.date;
  }
}

}  // namespace kg::leaders
