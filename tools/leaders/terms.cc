// Terms of office (docs/leaders.md, "Terms"): the provincial Party congress terms for
// Party posts, the People's Council / National Assembly terms for state posts, and the
// national Party congress terms for Central Committee membership.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "tools/leaders/core_posts.h"
#include "tools/leaders/leadership.h"
#include "tools/leaders/leadership_internal.h"

namespace kg::leaders {
namespace {

// Consecutive terms from boundary dates: term i runs from starts[i] to the day before starts[i+1].
std::vector<Term> TermsFrom(const std::vector<std::string>& starts) {
  std::vector<Term> terms;
  for (size_t i = 0; i + 1 < starts.size(); ++i) {
    const int end_year = std::stoi(starts[i + 1].substr(0, 4));
    Term term;
    term.label = starts[i].substr(0, 4) + "\u2013" + std::to_string(end_year);
    term.from = starts[i];
    // the day before the next start: these boundaries never fall on the 1st of March
    std::string to = starts[i + 1];
    int day = std::stoi(to.substr(8, 2));
    int month = std::stoi(to.substr(5, 2));
    int year = end_year;
    if (day > 1) {
      --day;
    } else {
      static const int kDays[] = {31, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      month = month == 1 ? 12 : month - 1;
      if (month == 12) --year;
      day = kDays[month];
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    term.to = buf;
    terms.push_back(term);
  }
  return terms;
}

// Provincial Party congresses are held in the second half of the congress year; the
// date differs by province, so a term is taken to start on 1 October.
const std::vector<Term>& PartyTerms() {
  // clang-format off
  static const auto* const kTerms = new std::vector<Term>(TermsFrom(
      {"2005-10-01", "2010-10-01", "2015-10-01", "2020-10-01", "2025-10-01", "2030-10-01"}));
  // clang-format on
  return *kTerms;
}

// People's Councils are elected on the National Assembly's election day since 2011
// (22 May 2011, 22 May 2016, 23 May 2021, 15 March 2026); the 2004 local elections
// (25 April 2004) opened the term before.
const std::vector<Term>& StateTerms() {
  // clang-format off
  static const auto* const kTerms = new std::vector<Term>(TermsFrom(
      {"2004-04-25", "2011-05-22", "2016-05-22", "2021-05-23", "2026-03-15", "2031-03-15"}));
  // clang-format on
  return *kTerms;
}

// National Party congresses: X (18 April 2006), XI (12 January 2011), XII (21 January
// 2016), XIII (25 January 2021), XIV (19 January 2026).
const std::vector<Term>& CentralCommitteeTerms() {
  // clang-format off
  static const auto* const kTerms = new std::vector<Term>(TermsFrom(
      {"2006-04-18", "2011-01-12", "2016-01-21", "2021-01-25", "2026-01-19", "2031-01-19"}));
  // clang-format on
  return *kTerms;
}

const Term* Find(const std::vector<Term>& terms, const std::string& date) {
  if (date.size() != 10) return nullptr;
  for (const Term& term : terms)
    if (term.from <= date && date <= term.to) return &term;
  return nullptr;
}

}  // namespace

std::vector<Term> TermsFor(CorePost post) { return Info(post).party ? PartyTerms() : StateTerms(); }

const Term* TermOf(CorePost post, const std::string& date) {
  return Find(Info(post).party ? PartyTerms() : StateTerms(), date);
}

namespace internal {

std::string CentralCommitteeTermOf(const std::string& date) {
  const Term* term = Find(CentralCommitteeTerms(), date);
  return term == nullptr ? std::string() : term->label;
}

bool Overlap(const std::string& a_first, const std::string& a_last, const std::string& b_first,
             const std::string& b_last, std::string& from, std::string& to) {
  if (a_first.empty() || b_first.empty()) return false;
  from = std::max(a_first, b_first);
  to = std::min(a_last, b_last);
  return from <= to;
}

}  // namespace internal
}  // namespace kg::leaders
