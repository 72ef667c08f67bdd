#include "tools/leaders/leadership_tables.h"

#include <map>
#include <set>
#include <string>

#include "tools/leaders/publication_range.h"

namespace kg::leaders {
namespace {

std::string Join(const std::vector<std::string>& parts, const char* separator = "; ") {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

std::string Range(const Spell& s) {
  if (s.first_seen.empty()) return "undated";
  return s.first_seen == s.last_seen ? s.first_seen : s.first_seen + " – " + s.last_seen;
}

// "qn-001 2020-06-02 https://…" per article; the quote too when the graph kept it.
std::string Sources(const std::vector<Attestation>& evidence) {
  std::vector<std::string> parts;
  for (const Attestation& a : evidence) {
    std::string part = a.article_id + " " + (a.date.empty() ? "undated" : a.date);
    if (!a.url.empty()) part += " " + a.url;
    part += " [" + std::to_string(a.start) + "," + std::to_string(a.end) + ")";
    if (!a.text.empty()) part += " «" + a.text + "»";
    parts.push_back(part);
  }
  return Join(parts, " | ");
}

// The spell's dates outside the corpus's publication window, as a list cell.
Cell OutsideDates(const Leadership& l, const Spell& s) {
  std::vector<Cell> dates;
  for (std::string& date : DatesOutsideWindow(l.publication, s))
    dates.push_back(Cell::Text(std::move(date)));
  return Cell::List(std::move(dates));
}

bool HasHolder(const ProvinceRow& row) {
  for (const auto& holders : row.holders)
    if (!holders.empty()) return true;
  return false;
}

}  // namespace

TextTable ProvinceTable(const Leadership& l, const TableOptions& options) {
  TextTable t;
  t.columns.push_back("province");
  for (int p = 0; p < kCorePostCount; ++p) {
    const CorePostInfo& info = Info(static_cast<CorePost>(p));
    if (options.compact) {
      t.columns.push_back(info.short_title);
      continue;
    }
    const std::string id = info.id;
    for (const char* suffix : {"", "_first_seen", "_last_seen", "_articles"})
      t.columns.push_back(id + suffix);
    if (options.with_sources) t.columns.push_back(id + "_sources");
  }
  t.columns.push_back(options.compact ? "UV TW" : "secretary_in_central_committee");
  if (!options.compact) t.columns.push_back("outside_publication_range");
  for (const ProvinceRow& row : l.provinces) {
    if (!options.all_provinces && !HasHolder(row)) continue;
    std::vector<Cell> cells{Cell::Text(row.province)};
    std::vector<Cell> outside;  // "person (post): dates" for holders dated outside the range
    for (int p = 0; p < kCorePostCount; ++p) {
      std::vector<Cell> names, firsts, lasts, counts, sources;
      for (size_t i : row.holders[p]) {
        const Spell& s = l.spells[i];
        const std::vector<std::string> flagged = DatesOutsideWindow(l.publication, s);
        if (!flagged.empty())
          outside.push_back(
              Cell::Text(s.person + " (" + Info(s.post).id + "): " + Join(flagged, ", ")));
        names.push_back(Cell::Text(options.compact ? s.person + " (" + Range(s) + ", " +
                                                         std::to_string(s.article_count()) + ")" +
                                                         (flagged.empty() ? "" : " \u2691")
                                                   : s.person));
        firsts.push_back(Cell::Text(s.first_seen));
        lasts.push_back(Cell::Text(s.last_seen));
        counts.push_back(Cell::Number(s.article_count()));
        sources.push_back(Cell::Text(Sources(s.evidence)));
      }
      if (options.compact) {
        cells.push_back(Cell::Text(Cell::List(std::move(names)).Flat()));
        continue;
      }
      // Lists even for one holder, so that a post's JSON has one shape.
      cells.push_back(Cell::List(std::move(names)));
      cells.push_back(Cell::List(std::move(firsts)));
      cells.push_back(Cell::List(std::move(lasts)));
      cells.push_back(Cell::List(std::move(counts)));
      if (options.with_sources) cells.push_back(Cell::List(std::move(sources)));
    }
    // true when an article states the membership ("Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy");
    // otherwise empty: the corpus never states that someone is not a member
    const bool attested = row.secretary_in_central_committee &&
                          !row.holders[static_cast<int>(CorePost::kSecretary)].empty();
    cells.push_back(attested ? Cell::True() : Cell::Null());
    if (!options.compact) cells.push_back(Cell::List(std::move(outside)));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

TextTable HistoryTable(const Leadership& l, const TableOptions& options) {
  TextTable t;
  t.columns = {"province",
               "post",
               "post_en",
               "person",
               "person_id",
               "role_title",
               "province_as_attested",
               "first_seen",
               "last_seen",
               "articles",
               "conflict_with",
               "outside_publication_range"};
  if (options.with_sources) t.columns.push_back("sources");
  std::map<size_t, std::vector<Cell>> conflicts;
  for (const Conflict& c : l.conflicts) {
    const std::string overlap = " " + c.overlap_from + " – " + c.overlap_to;
    conflicts[c.spell_a].push_back(Cell::Text(l.spells[c.spell_b].person + overlap));
    conflicts[c.spell_b].push_back(Cell::Text(l.spells[c.spell_a].person + overlap));
  }
  auto add = [&](const Spell& s, const std::vector<Cell>* conflict) {
    const CorePostInfo& info = Info(s.post);
    std::vector<Cell> cells{Cell::Text(s.province),
                            Cell::Text(info.id),
                            Cell::Text(info.title_en),
                            Cell::Text(s.person),
                            Cell::Number(s.person_id),
                            Cell::Text(s.role_title),
                            Cell::Text(s.province_as_attested),
                            Cell::Text(s.first_seen),
                            Cell::Text(s.last_seen),
                            Cell::Number(s.article_count()),
                            Cell::List(conflict ? *conflict : std::vector<Cell>{}),
                            OutsideDates(l, s)};
    if (options.with_sources) cells.push_back(Cell::Text(Sources(s.evidence)));
    t.rows.push_back(std::move(cells));
  };
  for (size_t i = 0; i < l.spells.size(); ++i) {
    auto it = conflicts.find(i);
    add(l.spells[i], it == conflicts.end() ? nullptr : &it->second);
  }
  for (const Spell& s : l.unplaced) add(s, nullptr);
  return t;
}

TextTable PanelTable(const Leadership& l) {
  TextTable t;
  t.columns = {"person_id", "person",         "post",     "province",
               "year",      "evidence_count", "articles", "province_as_attested"};
  for (const PanelRow& r : BuildPanel(l))
    t.rows.push_back({Cell::Number(r.person_id), Cell::Text(r.person), Cell::Text(Info(r.post).id),
                      Cell::Text(r.province), Cell::Number(static_cast<size_t>(r.year)),
                      Cell::Number(r.evidence_count), Cell::Number(r.article_count),
                      Cell::Text(r.province_as_attested)});
  return t;
}

TextTable AmbiguousTable(const Leadership& l, const TableOptions& options) {
  TextTable t;
  t.columns = {"name",  "person_id",  "person",    "provinces",
               "roles", "first_seen", "last_seen", "articles"};
  if (options.with_sources) t.columns.push_back("sources");
  for (const AmbiguousName& name : l.ambiguous) {
    for (const NameCluster& c : name.clusters) {
      std::vector<std::string> roles;
      for (const HeldRole& r : c.roles)
        roles.push_back(r.title + (r.province.empty() ? "" : " @ " + r.province) + " (" +
                        (r.first_seen.empty() ? "undated" : r.first_seen + " – " + r.last_seen) +
                        ")");
      std::set<std::string> articles;
      for (const Attestation& a : c.evidence) articles.insert(a.article_id);
      std::vector<Cell> cells{
          Cell::Text(name.name),   Cell::Number(c.person_id),
          Cell::Text(c.person),    Cell::Text(Join(c.provinces)),
          Cell::Text(Join(roles)), Cell::Text(c.first_seen),
          Cell::Text(c.last_seen), Cell::Text(Join({articles.begin(), articles.end()}, " "))};
      if (options.with_sources) cells.push_back(Cell::Text(Sources(c.evidence)));
      t.rows.push_back(std::move(cells));
    }
  }
  return t;
}

TextTable MeasuresTable(const Leadership& l) {
  TextTable t;
  t.columns = {"province", "concurrent_posts", "secretary_in_central_committee", "turnover",
               "gaps"};
  std::map<std::string, std::vector<std::string>> concurrent, turnover;
  for (const ConcurrentPosts& c : l.concurrent)
    concurrent[c.province].push_back(c.person + ": " + Info(c.post_a).id + " + " +
                                     Info(c.post_b).id);
  for (const Turnover& r : l.turnover)
    turnover[r.province].push_back(
        std::string(Info(r.post).id) + " " + r.term +
        (r.province_as_attested != r.province ? " (" + r.province_as_attested + ")" : "") + ": " +
        std::to_string(r.holders));
  for (const ProvinceRow& row : l.provinces) {
    if (!HasHolder(row)) continue;
    std::vector<std::string> gaps;
    for (int p = 0; p < kCorePostCount; ++p)
      if (row.holders[p].empty()) gaps.push_back(Info(static_cast<CorePost>(p)).id);
    const bool has_secretary = !row.holders[static_cast<int>(CorePost::kSecretary)].empty();
    t.rows.push_back(
        {Cell::Text(row.province), Cell::Text(Join(concurrent[row.province])),
         has_secretary && row.secretary_in_central_committee ? Cell::True() : Cell::Null(),
         Cell::Text(Join(turnover[row.province])), Cell::Text(Join(gaps, " "))});
  }
  return t;
}

}  // namespace kg::leaders
