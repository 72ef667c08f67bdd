// The yearly panel: person × post × province × year, for statistics.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "tools/leaders/leadership.h"
#include "tools/leaders/leadership_internal.h"

namespace kg::leaders {

std::vector<PanelRow> BuildPanel(const Leadership& leadership) {
  std::vector<PanelRow> rows;
  for (const auto* spells : {&leadership.spells, &leadership.unplaced}) {
    const size_t first_row = rows.size();
    for (const Spell& s : *spells) {
      std::map<int, std::pair<size_t, std::set<std::string>>> by_year;  // year -> (count, articles)
      for (const Attestation& a : s.evidence) {
        if (a.date.empty()) continue;
        auto& [count, articles] = by_year[std::stoi(a.date.substr(0, 4))];
        ++count;
        articles.insert(a.article_id);
      }
      for (const auto& [year, tally] : by_year) {
        PanelRow row;
        row.person_id = s.person_id;
        row.person = s.person;
        row.post = s.post;
        row.province = s.province;
        row.year = year;
        row.evidence_count = tally.first;
        row.province_as_attested = s.province_as_attested;
        row.article_count = tally.second.size();
        rows.push_back(std::move(row));
      }
    }
    std::stable_sort(
        rows.begin() + first_row, rows.end(), [](const PanelRow& a, const PanelRow& b) {
          return std::make_tuple(internal::ProvinceRank(a.province), a.province, a.post, a.person,
                                 a.person_id, a.year, a.province_as_attested) <
                 std::make_tuple(internal::ProvinceRank(b.province), b.province, b.post, b.person,
                                 b.person_id, b.year, b.province_as_attested);
        });
  }
  return rows;
}

}  // namespace kg::leaders
