// Each province's holders of the core posts as of a date (rules in leadership.h,
// ProvinceRow), and whether its secretary sits on the Central Committee.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "tools/leaders/core_posts.h"
#include "tools/leaders/leadership_internal.h"

namespace kg::leaders::internal {
namespace {

bool AttestedBetween(const Spell& s, const std::string& from, const std::string& to) {
  for (const Attestation& a : s.evidence)
    if (!a.date.empty() && from <= a.date && a.date <= to) return true;
  return false;
}

// A single-holder post: the spell that started last on or before as_of, and every spell
// that overlaps it (a conflict shown, not hidden).
std::vector<size_t> SingleHolder(const std::vector<Spell>& spells,
                                 const std::vector<size_t>& candidates, const std::string& as_of) {
  // a spell last attested more than a term (five years) before as_of has ended: a history
  // article's "Bùi Đạt – Bí thư Tỉnh ủy" of 1961 is no holder of 2017
  std::string stale;
  if (as_of.size() >= 4)
    stale = std::to_string(std::stoi(as_of.substr(0, 4)) - 5) + as_of.substr(4);
  std::vector<size_t> started;
  for (size_t i : candidates)
    if (!spells[i].first_seen.empty() && spells[i].first_seen <= as_of &&
        spells[i].last_seen >= stale)
      started.push_back(i);
  if (started.empty()) return {};
  size_t latest = started.front();
  for (size_t i : started)
    if (std::tie(spells[i].first_seen, spells[i].last_seen) >
        std::tie(spells[latest].first_seen, spells[latest].last_seen))
      latest = i;
  std::vector<size_t> out;
  for (size_t i : started) {
    std::string from, to;
    if (i == latest ||
        Overlap(spells[i].first_seen, std::min(spells[i].last_seen, as_of),
                spells[latest].first_seen, std::min(spells[latest].last_seen, as_of), from, to))
      out.push_back(i);
  }
  return out;
}

std::vector<size_t> SeveralHolders(const std::vector<Spell>& spells,
                                   const std::vector<size_t>& candidates, CorePost post,
                                   const std::string& as_of) {
  const Term* term = TermOf(post, as_of);
  if (term == nullptr) return {};
  std::vector<size_t> out;
  for (size_t i : candidates)
    if (AttestedBetween(spells[i], term->from, as_of)) out.push_back(i);
  return out;
}

// The secretary's Central Committee membership: attested in the same national-congress
// term as the secretary spell, or in one of its articles.
const CentralCommitteeMembership* MembershipFor(const Leadership& l, const Spell& secretary) {
  for (const CentralCommitteeMembership& m : l.central_committee) {
    if (m.alternate || m.person_id != secretary.person_id) continue;
    for (const Attestation& member : m.evidence)
      for (const Attestation& held : secretary.evidence) {
        if (member.article_id == held.article_id) return &m;
        const std::string term = CentralCommitteeTermOf(member.date);
        if (!term.empty() && term == CentralCommitteeTermOf(held.date)) return &m;
      }
  }
  return nullptr;
}

}  // namespace

std::vector<ProvinceRow> BuildProvinceRows(const Leadership& l,
                                           const std::vector<std::string>& provinces,
                                           bool as_of_asked) {
  std::map<std::pair<std::string, int>, std::vector<size_t>> by_post;  // (province, post) -> spells
  for (size_t i = 0; i < l.spells.size(); ++i)
    by_post[{l.spells[i].province, static_cast<int>(l.spells[i].post)}].push_back(i);

  std::vector<ProvinceRow> rows;
  for (const std::string& province : provinces) {
    ProvinceRow row;
    row.province = province;
    row.holders.resize(kCorePostCount);
    for (int p = 0; p < kCorePostCount; ++p) {
      auto it = by_post.find({province, p});
      if (it == by_post.end()) continue;
      const CorePost post = static_cast<CorePost>(p);
      std::vector<size_t>& holders = row.holders[p];
      if (!l.as_of.empty())
        holders = Info(post).single_holder ? SingleHolder(l.spells, it->second, l.as_of)
                                           : SeveralHolders(l.spells, it->second, post, l.as_of);
      const bool any_dated = std::any_of(it->second.begin(), it->second.end(),
                                         [&](size_t i) { return !l.spells[i].first_seen.empty(); });
      if (holders.empty() && !any_dated && !as_of_asked) holders = it->second;  // undated only
      std::sort(holders.begin(), holders.end(), [&](size_t a, size_t b) {
        return std::tie(l.spells[b].last_seen, a) < std::tie(l.spells[a].last_seen, b);
      });
    }
    for (size_t i : row.holders[static_cast<int>(CorePost::kSecretary)]) {
      if (const CentralCommitteeMembership* m = MembershipFor(l, l.spells[i]); m != nullptr) {
        row.secretary_in_central_committee = true;
        row.central_committee_evidence = m->evidence;
        break;
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace kg::leaders::internal
