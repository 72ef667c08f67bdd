// Persons and the posts they hold (HOLDS), with in-article coreference.
#include <algorithm>

#include "extract/recognise/post_names.h"
#include "extract/relate/analyze.h"
#include "extract/relate/relations.h"
#include "extract/text/normalize.h"

namespace kg::extract {

std::string ProvinceFor(const ArticleAnalysis& a, const std::string& own, bool national) {
  if (national) return {};
  return own.empty() ? a.province : own;
}

BodyRef ToBodyRef(const ArticleAnalysis& a, const BodyMention& b) {
  return {b.name, ProvinceFor(a, b.province, b.level == BodyLevel::kNational), b.kind};
}

int MainEvent(const ArticleFacts& facts) {
  for (size_t i = 0; i < facts.events.size(); ++i)
    if (!facts.events[i].date.empty()) return static_cast<int>(i);
  return facts.events.empty() ? -1 : 0;
}

int ResolvePerson(const ArticleAnalysis& a, const ArticleFacts& facts, const PersonMention& m) {
  if (!m.name.empty()) {
    std::string key = text::Fold(m.name);
    for (size_t i = 0; i < facts.persons.size(); ++i)
      if (text::Fold(facts.persons[i].name) == key) return static_cast<int>(i);
    return -1;
  }
  // role-only: the one person in the article who holds every post named here
  int found = -1;
  for (size_t p = 0; p < facts.persons.size(); ++p) {
    bool holds_all = !m.roles.empty();
    for (const auto& r : m.roles) {
      if (r.canonical.empty()) continue;
      bool holds = false;
      for (const auto& h : facts.holds)
        holds |= h.person == static_cast<int>(p) && h.role == r.canonical;
      holds_all &= holds;
    }
    if (!holds_all) continue;
    if (found >= 0) return -1;  // two candidates: do not guess
    found = static_cast<int>(p);
  }
  return found;
}

void ExtractHolds(const ArticleAnalysis& a, ArticleFacts& out) {
  for (const auto& s : a.sentences) {
    for (const auto& m : s.people) {
      if (m.name.empty()) continue;
      int person = ResolvePerson(a, out, m);
      std::string home;  // a provincial post ties the person to a province
      for (const auto& r : m.roles)
        if (!r.canonical.empty() && !r.national) home = ProvinceFor(a, r.province, false);
      if (person < 0) {
        if (m.roles.empty()) {
          // a person with no recognised post is still a Person — when the name is a full
          // one (surname and two or more syllables); shorter runs are too often places
          if (std::count(m.name.begin(), m.name.end(), ' ') >= 2) {
            out.persons.push_back(
                {m.name,
                 {},
                 {static_cast<uint32_t>(m.name_begin), static_cast<uint32_t>(m.name_end)}});
            NoteRule(a, out, m.begin,
                     "person: '" + m.name + "', no post recognised beside the name");
          } else {
            NoteRule(a, out, m.begin,
                     "refused: '" + m.name +
                         "' alone, two syllables and no post: not taken for a person");
          }
          continue;
        }
        person = static_cast<int>(out.persons.size());
        out.persons.push_back(
            {m.name,
             home,
             {static_cast<uint32_t>(m.name_begin), static_cast<uint32_t>(m.name_end)}});
      } else if (out.persons[person].province.empty()) {
        out.persons[person].province = home;
      }
      // "Bí thư Tỉnh ủy Hủa Phăn (Lào) Khăm Phăn", "… tỉnh Hà Nam (Trung Quốc)": foreign
      // posts are no Vietnamese provincial posts
      const bool foreign =
          ForeignPostAfter(a.text, m.end) || ForeignPlaceAfter(a.text, m.name_begin);
      for (const auto& r : m.roles) {
        if (foreign && !r.national) {
          NoteRule(a, out, m.begin,
                   "refused: '" + r.title + "' beside '" + m.name + "': a foreign post");
          continue;
        }
        // a provincial post that names no province takes the article's — unless the article
        // speaks of a foreign province too, or the article's is a city and the post a
        // province's ("Bí thư Tỉnh ủy" in a Hà Nội article): then its province is unknown
        if (!r.canonical.empty() && !r.national && r.province.empty()) {
          const ProvinceInfo* home_unit = a.province.empty() ? nullptr : FindProvince(a.province);
          const bool provincial_title =
              r.canonical.find("Tỉnh ủy") != std::string::npos ||
              r.canonical.size() > 5 &&
                  r.canonical.compare(r.canonical.size() - 5, 5, " tỉnh") == 0;
          if (a.foreign_places || (home_unit != nullptr && home_unit->city && provincial_title)) {
            NoteRule(a, out, m.begin,
                     "refused: '" + r.canonical + "' beside '" + m.name +
                         "': no province named, and the article's cannot be it");
            continue;
          }
        }
        if (r.canonical.empty()) {
          NoteRule(a, out, m.begin,
                   "refused: '" + r.title + "' beside '" + m.name +
                       "': no body named or implied to complete the post");
          continue;
        }
        NoteRule(a, out, m.begin,
                 std::string("holds: '") + m.name + "' | " + r.canonical + " (" + r.rule +
                     (r.former ? "; 'nguyên/cố/cựu' before it: a past post" : "") + ")");
        HoldsFact h;
        h.person = person;
        h.role = r.canonical;
        h.role_en = PostGloss(r.canonical);
        h.province = ProvinceFor(a, r.province, r.national);
        h.body = {r.body, h.province, {}};
        h.former = r.former;
        h.evidence = {static_cast<uint32_t>(m.begin), static_cast<uint32_t>(m.end)};
        HoldsFact* seen = nullptr;
        for (auto& other : out.holds)
          if (other.person == person && other.role == h.role && other.province == h.province)
            seen = &other;
        if (seen == nullptr)
          out.holds.push_back(std::move(h));
        else if (!h.former)
          seen->former = false;  // said once as current: current
      }
    }
  }
}

}  // namespace kg::extract
