// Comparison measures over spells: conflicts (two holders of a single-holder post at
// once), concurrent posts (one person, two core posts of a province at once) and
// turnover (distinct holders of a post per term).
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "tools/leaders/core_posts.h"
#include "tools/leaders/leadership_internal.h"

namespace kg::leaders::internal {
namespace {

bool Placed(const Spell& s) { return !s.province.empty(); }

bool ShareArticle(const Spell& a, const Spell& b) {
  std::set<std::string> articles;
  for (const Attestation& x : a.evidence) articles.insert(x.article_id);
  for (const Attestation& y : b.evidence)
    if (articles.count(y.article_id)) return true;
  return false;
}

}  // namespace

std::vector<Conflict> FindConflicts(const std::vector<Spell>& spells) {
  std::vector<Conflict> conflicts;
  for (size_t i = 0; i < spells.size(); ++i) {
    const Spell& a = spells[i];
    if (!Placed(a) || !Info(a.post).single_holder) continue;
    for (size_t j = i + 1; j < spells.size(); ++j) {
      const Spell& b = spells[j];
      // in the as-attested map: a merger never makes a conflict
      if (b.post != a.post || b.province_as_attested != a.province_as_attested ||
          b.person_id == a.person_id || !Placed(b))
        continue;
      Conflict c;
      if (!Overlap(a.first_seen, a.last_seen, b.first_seen, b.last_seen, c.overlap_from,
                   c.overlap_to))
        continue;
      const bool a_first = std::tie(a.first_seen, i) <= std::tie(b.first_seen, j);
      c.spell_a = a_first ? i : j;
      c.spell_b = a_first ? j : i;
      conflicts.push_back(c);
    }
  }
  return conflicts;
}

std::vector<ConcurrentPosts> FindConcurrentPosts(const std::vector<Spell>& spells) {
  std::vector<ConcurrentPosts> found;
  for (size_t i = 0; i < spells.size(); ++i) {
    for (size_t j = 0; j < spells.size(); ++j) {
      const Spell& a = spells[i];
      const Spell& b = spells[j];
      if (!Placed(a) || a.person_id != b.person_id || a.post >= b.post ||
          a.province_as_attested != b.province_as_attested)
        continue;
      ConcurrentPosts c;
      const bool dated =
          Overlap(a.first_seen, a.last_seen, b.first_seen, b.last_seen, c.from, c.to);
      if (!dated) {
        c.from.clear();
        c.to.clear();
        if (!ShareArticle(a, b)) continue;
      }
      c.person_id = a.person_id;
      c.person = a.person;
      c.province = a.province;
      c.post_a = a.post;
      c.post_b = b.post;
      c.spell_a = i;
      c.spell_b = j;
      found.push_back(c);
    }
  }
  return found;
}

std::vector<Turnover> CountTurnover(const std::vector<Spell>& spells) {
  // (province rank, province, post, term start, as attested) -> persons
  using Key = std::tuple<size_t, std::string, int, std::string, std::string, std::string>;
  std::map<Key, std::set<graph::NodeId>> holders;
  for (const Spell& s : spells) {
    if (!Placed(s)) continue;
    for (const Attestation& a : s.evidence) {
      const Term* term = TermOf(s.post, a.date);
      if (term == nullptr) continue;
      holders[{ProvinceRank(s.province), s.province, static_cast<int>(s.post), term->from,
               term->label, s.province_as_attested}]
          .insert(s.person_id);
    }
  }
  std::vector<Turnover> out;
  for (const auto& [key, persons] : holders) {
    Turnover t;
    t.province = std::get<1>(key);
    t.post = static_cast<CorePost>(std::get<2>(key));
    t.term = std::get<4>(key);
    t.province_as_attested = std::get<5>(key);
    t.holders = persons.size();
    out.push_back(t);
  }
  return out;
}

}  // namespace kg::leaders::internal
