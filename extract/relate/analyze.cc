#include "extract/relate/analyze.h"

#include <algorithm>
#include <map>
#include <set>

#include "extract/recognise/lexicon.h"

namespace kg::extract {
namespace {

// The line holding byte `begin`: lines are in text order and never overlap, so a binary
// search finds the only candidate. nullptr between lines.
const CleanLine* LineAt(const CleanedArticle& c, size_t begin) {
  auto it = std::upper_bound(c.lines.begin(), c.lines.end(), begin,
                             [](size_t b, const CleanLine& line) { return b < line.begin; });
  if (it == c.lines.begin()) return nullptr;
  --it;
  return begin < it->end ? &*it : nullptr;
}

bool InContent(const CleanedArticle& c, size_t begin) {
  const CleanLine* line = LineAt(c, begin);
  return line != nullptr && IsContent(line->kind);
}

// Index of the sentence holding byte `begin`, or -1. Sentences are in text order and
// never overlap.
long SentenceAt(const std::vector<AnalyzedSentence>& sentences, size_t begin) {
  auto it =
      std::upper_bound(sentences.begin(), sentences.end(), begin,
                       [](size_t b, const AnalyzedSentence& s) { return b < s.sentence.begin; });
  if (it == sentences.begin()) return -1;
  --it;
  return begin < it->sentence.end ? it - sentences.begin() : -1;
}

PartialDate ParseIsoPrefix(const std::string& s) {
  PartialDate d;
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
    d.year = std::atoi(s.substr(0, 4).c_str());
    d.month = std::atoi(s.substr(5, 2).c_str());
    d.day = std::atoi(s.substr(8, 2).c_str());
  }
  return d;
}

// Bodies in a sentence that are not part of a person's posts.
std::vector<BodyMention> FreeBodies(const SentenceView& v,
                                    const std::vector<PersonMention>& people) {
  std::vector<BodyMention> out;
  size_t next_person = 0;
  for (size_t i = 0; i < v.size();) {
    while (next_person < people.size() && people[next_person].unit_end <= i) ++next_person;
    if (next_person < people.size() && i >= people[next_person].unit_begin) {
      i = people[next_person].unit_end;
      continue;
    }
    if (auto b = MatchBody(v, i); b) {
      i = b->unit_end > i ? b->unit_end : i + 1;
      out.push_back(std::move(*b));
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace

void InferArticleYear(ArticleAnalysis& a, const std::string& published) {
  // a dateline near the top gives the publication date
  for (const auto& d : a.dates) {
    for (const auto& line : a.cleaned.lines) {
      if (line.kind == LineKind::kDateline && d.begin >= line.begin && d.end <= line.end &&
          d.date.year > 0 && d.date.day > 0) {
        a.reference_date = d.date;
        a.year = d.date.year;
        a.year_source = "dateline";
        return;
      }
    }
  }
  if (PartialDate p = ParseIsoPrefix(published); p.year > 0) {
    a.reference_date = p;
    a.year = p.year;
    a.year_source = "published";
    return;
  }
  // Otherwise the latest year the text speaks of as its own ("nhiệm vụ năm 2024", "so với
  // năm 2023" → 2024). Never a horizon ("đến năm 2030"), a range, the year of a dated
  // document, or a retrospective start ("từ năm 2012 đến nay"): with none left the year
  // stays unknown and dates print as --MM-DD. ResolveDate also takes a year from a full
  // date that anchors a day.
  int latest = 0;
  for (const auto& s : a.sentences)
    for (const auto& y : s.years) {
      if (y.kind != YearMention::Kind::kPlain) continue;
      std::string_view before = std::string_view(a.text).substr(0, y.begin);
      const size_t from = before.size() > 12 ? before.size() - 12 : 0;
      const std::string_view near = before.substr(from);
      if (near.find("từ") != std::string_view::npos || near.find("Từ") != std::string_view::npos)
        continue;
      // a year of birth ("SN 2011", "sinh năm 1990") is no year of the news
      if (before.substr(from).find("SN") != std::string_view::npos ||
          before.substr(from).find("sinh") != std::string_view::npos)
        continue;
      // nor a plan's ("mục tiêu năm 2030", "kế hoạch năm 2026", "dự kiến năm 2027", "Quảng
      // Ninh sẽ đăng cai … năm 2019"): a cue close before it, or a future in its sentence
      const std::string_view wider = before.substr(before.size() > 28 ? before.size() - 28 : 0);
      std::string_view sentence_before =
          before.substr(s.sentence.begin < y.begin ? s.sentence.begin : y.begin);
      bool plan = false;
      for (std::string_view cue :
           {"mục tiêu", "kế hoạch", "dự kiến", "tầm nhìn", "quy hoạch", "đến", "tới"})
        plan |= wider.find(cue) != std::string_view::npos;
      for (std::string_view cue : {" sẽ ", "Sẽ ", "phấn đấu", "đăng cai", "dự kiến"})
        plan |= sentence_before.find(cue) != std::string_view::npos;
      if (plan) continue;
      latest = std::max(latest, y.year);
    }
  // a full date the article tells of ("Lễ kỷ niệm … (19/4/1972 - 19/4/2025)") — not a
  // deadline, which may lie years ahead, nor a birth date ("sinh ngày 2/9/1962")
  // (in the title and lead only, the first four sentences: further down full dates are
  // mostly of documents, careers and history — "Ngày vào Đảng: 25-8-1982")
  const size_t lead_end = a.sentences.size() > 4 ? a.sentences[4].sentence.begin : a.text.size();
  int latest_full = 0;
  for (const auto& d : a.dates) {
    if (d.date.year == 0 || d.date.day == 0 || d.relation == DateRelation::kBefore ||
        d.relation == DateRelation::kUntil || !InContent(a.cleaned, d.begin) || d.begin >= lead_end)
      continue;
    std::string_view before = std::string_view(a.text).substr(0, d.begin);
    if (before.substr(before.size() > 16 ? before.size() - 16 : 0).find("sinh") !=
        std::string_view::npos)
      continue;
    latest_full = std::max(latest_full, d.date.year);
  }
  latest = std::max(latest, latest_full);
  if (latest > 0) {
    a.year = latest;
    a.year_source = "latest year the text speaks of as its own";
  }
}

void InferArticleProvince(ArticleAnalysis& a, const std::string& province_hint,
                          const std::string& outlet_province) {
  if (!province_hint.empty()) {
    if (const ProvinceInfo* p = FindProvince(province_hint); p != nullptr) {
      a.province = p->name;
      return;
    }
  }
  std::map<std::string, int> counts;
  for (const auto& m : a.province_mentions) ++counts[m.province->name];
  std::string best;
  int best_count = 0, second = 0;
  for (const auto& [name, count] : counts) {
    if (count > best_count) {
      second = best_count;
      best = name;
      best_count = count;
    } else if (count > second) {
      second = count;
    }
  }
  if (best_count > second) a.province = best;
  // a provincial outlet writes about its own province when the text names none
  // (or names it among the most named: "Bình Định" once beside one other province)
  if (a.province.empty() && !outlet_province.empty())
    if (const ProvinceInfo* p = FindProvince(outlet_province); p != nullptr)
      if (counts.empty() || (counts.count(p->name) > 0 && counts[p->name] == best_count))
        a.province = p->name;
}

// The year of a day written without one ("Chiều 5/4"), from a full date of the article
// that plainly anchors it: the same day ("14/6/1957 – 14/6/2017" anniversaries aside, the
// latest such date) or a date at most 45 days before it ("quyết định ngày 3/4/2025 …
// trao chiều 5/4"). 0 when none does.
int AnchorYear(const ArticleAnalysis& a, const PartialDate& d) {
  auto day_of_year = [](int month, int day) { return month * 31 + day; };
  const int target = day_of_year(d.month, d.day);
  int best = 0;
  for (const auto& m : a.dates) {
    const PartialDate& f = m.date;
    if (f.year == 0 || f.day == 0 || f.month == 0) continue;
    const int gap = target - day_of_year(f.month, f.day);
    if (gap >= 0 && gap <= 45) best = std::max(best, f.year);
  }
  return best;
}

bool ForeignPostAfter(std::string_view text, size_t pos) {
  if (ForeignPlaceAfter(text, pos)) return true;
  // a country in brackets closing the clause: "… Tỉnh trưởng tỉnh Luông Nậm Thà (Lào)"
  std::string_view clause = text.substr(std::min(pos, text.size()));
  clause = clause.substr(0, std::min<size_t>(clause.size(), 80));
  clause = clause.substr(0, std::min({clause.find(';'), clause.find('.'), clause.find(',')}));
  for (std::string_view country : {"(Lào)", "(Trung Quốc)", "(Campuchia)", "(CHDCND Lào)", "(TQ)"})
    if (clause.find(country) != std::string_view::npos) return true;
  return false;
}

bool ForeignPlaceAfter(std::string_view text, size_t pos) {
  std::string_view rest = text.substr(std::min(pos, text.size()));
  size_t skip = 0;
  while (skip < rest.size() && (rest[skip] == ' ' || rest[skip] == '(' || rest[skip] == ','))
    ++skip;
  rest.remove_prefix(skip);
  if (rest.substr(0, 4) == "của ") rest.remove_prefix(4);
  for (std::string_view country :
       {"Trung Quốc", "TQ)", "Lào", "CHDCND Lào", "Campuchia", "Hàn Quốc", "Nhật Bản", "Thái Lan",
        "Myanmar", "Cuba", "Nga)", "Mỹ)", "Hoa Kỳ"})
    if (rest.substr(0, country.size()) == country) return true;
  return false;
}

std::string ResolveDate(const ArticleAnalysis& a, const PartialDate& d) {
  if (d.day == 0 || d.month == 0) return {};
  PartialDate out = d;
  if (out.year == 0 && a.year == 0) {
    out.year = AnchorYear(a, d);
  } else if (out.year == 0) {
    out.year = a.year;
    // an article dated early January speaks of late December of the year before
    const PartialDate& ref = a.reference_date;
    if (ref.year > 0 && out.year == ref.year && out.month > ref.month + 6) out.year -= 1;
  }
  return out.ToIso();
}

std::unique_ptr<ArticleAnalysis> AnalyzeArticle(std::string text, const std::string& published,
                                                const std::string& province_hint,
                                                const std::string& outlet_province) {
  auto owner = std::make_unique<ArticleAnalysis>();
  ArticleAnalysis& a = *owner;
  a.text = std::move(text);
  const std::string_view t = a.text;
  a.cleaned = CleanArticle(t);
  // "tỉnh Hà Nam (Trung Quốc)" is Henan — and so is every other "Hà Nam" of that article
  std::vector<ProvinceMention> mentions = FindProvinceMentions(t);
  std::set<const ProvinceInfo*> foreign;
  for (const auto& m : mentions)
    if (ForeignPlaceAfter(t, m.end)) foreign.insert(m.province);
  a.foreign_places = !foreign.empty();
  for (auto& m : mentions) {
    if (!InContent(a.cleaned, m.begin)) continue;
    if (foreign.count(m.province) > 0) continue;
    a.province_at.emplace(m.begin, m);
    // "Thành ủy TP.HCM", "UBND Thành phố Hồ Chí Minh": a body's place may start at the
    // prefix, which would otherwise read as a local name ("Bí thư Thành ủy Tp")
    if (m.prefixed && m.prefix_begin < m.begin) a.province_at.emplace(m.prefix_begin, m);
    a.province_mentions.push_back(m);
  }
  const std::vector<DateMention> all_dates = FindDates(t);
  for (const auto& d : all_dates) {
    const CleanLine* line = LineAt(a.cleaned, d.begin);
    if (line != nullptr && (IsContent(line->kind) || line->kind == LineKind::kDateline))
      a.dates.push_back(d);
  }
  for (auto& d : FindDocumentNumbers(t))
    if (InContent(a.cleaned, d.begin)) a.documents.push_back(d);
  for (auto& q : FindQuantities(t))
    if (InContent(a.cleaned, q.begin)) a.quantities.push_back(q);
  std::vector<YearMention> years = FindYears(t, all_dates);

  std::vector<Sentence> sentences = SplitSentences(t, a.cleaned);
  a.sentences.reserve(sentences.size());
  for (const Sentence& s : sentences) {
    AnalyzedSentence as;
    as.sentence = s;
    as.view = MakeSentenceView(t, s.begin, s.end, &a.province_at);
    as.people = FindPeople(as.view);
    as.bodies = FreeBodies(as.view, as.people);
    a.sentences.push_back(std::move(as));
  }
  // each mention to the sentence that holds its start, in the order found
  for (const auto& d : a.dates)
    if (long k = SentenceAt(a.sentences, d.begin); k >= 0) a.sentences[k].dates.push_back(&d);
  for (const auto& d : a.documents)
    if (long k = SentenceAt(a.sentences, d.begin); k >= 0) a.sentences[k].documents.push_back(&d);
  for (const auto& q : a.quantities)
    if (long k = SentenceAt(a.sentences, q.begin); k >= 0) a.sentences[k].quantities.push_back(&q);
  for (const auto& y : years)
    if (long k = SentenceAt(a.sentences, y.begin); k >= 0) a.sentences[k].years.push_back(y);
  InferArticleProvince(a, province_hint, outlet_province);
  InferArticleYear(a, published);
  return owner;
}

}  // namespace kg::extract
