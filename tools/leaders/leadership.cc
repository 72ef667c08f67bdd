// BuildLeadership: the steps of leadership_internal.h, in order.
#include "tools/leaders/leadership.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "extract/recognise/provinces.h"
#include "tools/leaders/leadership_internal.h"
#include "tools/leaders/publication_range.h"

namespace kg::leaders {
namespace {

// The date the tables speak of when no --as-of is given: the latest dated evidence the
// corpus can speak of, never past its publication range ("2030" in a 2017 article is a
// plan, not news); the range's end when no evidence falls inside it.
std::string DefaultAsOf(const Leadership& l) {
  std::string latest;
  for (const auto* spells : {&l.spells, &l.unplaced})
    for (const Spell& s : *spells)
      for (const Attestation& a : s.evidence)
        if (a.date > latest && !OutsidePublicationWindow(l.publication, a.date)) latest = a.date;
  if (latest.empty()) return l.publication.to;
  return latest;
}

bool ValidDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
  const int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  const int year = std::stoi(d.substr(0, 4));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool SpellOrder(const Spell& a, const Spell& b) {
  return std::make_tuple(internal::ProvinceRank(a.province), a.province, a.post,
                         a.first_seen.empty(), a.first_seen, a.person, a.person_id) <
         std::make_tuple(internal::ProvinceRank(b.province), b.province, b.post,
                         b.first_seen.empty(), b.first_seen, b.person, b.person_id);
}

}  // namespace

size_t Spell::article_count() const {
  std::set<std::string> articles;
  for (const Attestation& a : evidence) articles.insert(a.article_id);
  return articles.size();
}

LeadershipResult BuildLeadership(const graph::PropertyGraph& graph,
                                 const LeadershipOptions& options) {
  LeadershipResult result;
  if (!options.as_of.empty() && !ValidDate(options.as_of)) {
    result.error = "--as-of '" + options.as_of + "' is not a date (YYYY-MM-DD)";
    return result;
  }
  std::string only;  // the province filter, in the requested map
  if (!options.province.empty()) {
    const extract::ProvinceInfo* unit = extract::FindProvince(options.province);
    if (unit == nullptr) {
      result.error = "unknown province '" + options.province + "'";
      return result;
    }
    only = internal::InMap(unit, options.map);
  }

  Leadership& l = result.leadership;
  l.map = options.map;
  l.publication = ComputePublicationRange(graph);
  const std::vector<std::string> dates = internal::ArticleDates(graph);
  const internal::Persons persons = internal::ResolvePersons(graph);
  internal::Collected collected = internal::CollectSpells(graph, persons, dates, options.map);

  for (Spell& s : collected.spells) {
    if (s.province.empty()) {
      if (only.empty()) l.unplaced.push_back(std::move(s));
    } else if (only.empty() || s.province == only) {
      l.spells.push_back(std::move(s));
    }
  }
  std::sort(l.spells.begin(), l.spells.end(), SpellOrder);
  std::sort(l.unplaced.begin(), l.unplaced.end(), SpellOrder);
  l.central_committee = std::move(collected.central_committee);
  l.conflicts = internal::FindConflicts(l.spells);
  l.concurrent = internal::FindConcurrentPosts(l.spells);
  l.turnover = internal::CountTurnover(l.spells);

  l.as_of = options.as_of.empty() ? DefaultAsOf(l) : options.as_of;
  std::vector<std::string> provinces = internal::ProvincesOf(options.map);
  if (!only.empty()) provinces = {only};
  l.provinces = internal::BuildProvinceRows(l, provinces, !options.as_of.empty());

  l.ambiguous = internal::FindAmbiguousNames(graph, persons, dates);
  if (!only.empty()) {
    // the names with a cluster that holds something in the province
    std::erase_if(l.ambiguous, [&](const AmbiguousName& name) {
      for (const NameCluster& c : name.clusters)
        for (const HeldRole& r : c.roles)
          if (internal::InMap(extract::FindProvince(r.province), options.map) == only) return false;
      return true;
    });
  }
  return result;
}

}  // namespace kg::leaders
