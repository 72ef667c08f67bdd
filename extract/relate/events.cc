// Events (meetings, conferences, congresses) with their date, convener and
// ordinal, and who chaired them.
#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "extract/recognise/lexicon.h"
#include "extract/relate/analyze.h"
#include "extract/relate/relations.h"
#include "extract/text/normalize.h"

namespace kg::extract {
namespace {

struct EventNoun {
  const char* keys;  // space-separated lexicon keys
  const char* kind;
};

// clang-format off
constexpr EventNoun kEventNouns[] = {
    {"hội nghị", "conference"}, {"kỳ họp", "session"},    {"phiên họp", "meeting"},
    {"cuộc họp", "meeting"},    {"đại hội", "congress"},  {"hội thảo", "workshop"},
    {"buổi làm việc", "working session"}, {"cuộc làm việc", "working session"},
    {"họp báo", "press conference"}, {"hội đàm", "talks"}, {"gặp mặt", "meeting"},
    {"tiếp xúc cử tri", "meeting with voters"}, {"buổi tiếp", "reception"},
    {"đoàn công tác", "working visit"}, {"làm việc với", "working session"},
    {"tọa đàm", "seminar"}, {"kỷ niệm", "ceremony"}, {"lễ", "ceremony"}, {"họp", "meeting"}};
// clang-format on

// Verbs that report a dated happening when a sentence opens with its day and has no
// event noun: "Chiều 10/2, Ban Thường vụ Tỉnh ủy nghe và cho ý kiến …", "Sáng 18/4, Chủ
// tịch UBND tỉnh … đã có buổi tiếp …", "Đêm 29/4, … đã đi kiểm tra …".
// clang-format off
constexpr EventNoun kActivityVerbs[] = {
    {"cho ý kiến", "meeting"}, {"nghe", "meeting"}, {"làm việc với", "working session"},
    {"kiểm tra", "inspection"}, {"khai mạc", "opening"}, {"ký kết", "signing"},
    {"phát động", "launch"}, {"công bố", "announcement"}, {"thăm", "visit"},
    {"tiếp", "reception"}};
// clang-format on

// A table row with its keys split once: the scans below try every row at every unit.
struct SplitRow {
  std::vector<std::string_view> keys;
  const char* kind;
};

template <size_t N>
std::vector<SplitRow> SplitRows(const EventNoun (&rows)[N]) {
  std::vector<SplitRow> out;
  for (const auto& row : rows) {
    SplitRow r{{}, row.kind};
    std::string_view rest = row.keys;
    while (!rest.empty()) {
      const size_t sp = rest.find(' ');
      r.keys.push_back(rest.substr(0, sp));
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
    }
    out.push_back(std::move(r));
  }
  return out;
}

const std::vector<SplitRow>& EventNouns() {
  static const std::vector<SplitRow> rows = SplitRows(kEventNouns);
  return rows;
}

const std::vector<SplitRow>& ActivityVerbs() {
  static const std::vector<SplitRow> rows = SplitRows(kActivityVerbs);
  return rows;
}

size_t MatchKeys(const SentenceView& v, size_t i, const SplitRow& row) {
  for (size_t n = 0; n < row.keys.size(); ++n)
    if (!v.Is(i + n, row.keys[n])) return 0;
  return row.keys.size();
}

// First event noun in the sentence: its unit and kind.
bool FindEventNoun(const SentenceView& v, size_t& at, size_t& len, std::string& kind) {
  for (size_t i = 0; i < v.size(); ++i) {
    // "Nghị quyết Đại hội Đảng bộ tỉnh", "Văn kiện Đại hội": a document named after an event
    if (i >= 2 &&
        ((v.Is(i - 2, "nghị") && v.Is(i - 1, "quyết")) ||
         (v.Is(i - 2, "văn") && v.Is(i - 1, "kiện")) ||
         (v.Is(i - 2, "chỉ") && v.Is(i - 1, "thị")) || (v.Is(i - 2, "kết") && v.Is(i - 1, "luận"))))
      continue;
    for (const auto& n : EventNouns())
      if (size_t l = MatchKeys(v, i, n); l > 0) {
        at = i, len = l, kind = n.kind;
        return true;
      }
  }
  return false;
}

bool PrecededByPartOfDay(const ArticleAnalysis& a, size_t pos);

// For a sentence that opens with a day: the first activity verb after that day.
bool FindActivityVerb(const ArticleAnalysis& a, const AnalyzedSentence& s, size_t& at, size_t& len,
                      std::string& kind) {
  const SentenceView& v = s.view;
  // "… hai bên ký kết ngày 24/4/2021": the verb dated right after it
  for (size_t i = 0; i < v.size(); ++i)
    for (const auto& n : ActivityVerbs())
      if (size_t l = MatchKeys(v, i, n); l > 0 && !v.unit(i).upper && v.Is(i + l, "ngày"))
        for (const auto* d : s.dates)
          if (d->relation == DateRelation::kOn && d->date.day > 0 && d->begin >= v.ByteEnd(i + l) &&
              d->begin <= v.ByteEnd(i + l) + 8) {
            at = i, len = l, kind = n.kind;
            return true;
          }
  // a day that opens the sentence ("Chiều 10/2,", "Cũng trong đêm 29/4,")
  const DateMention* opening = nullptr;
  for (const auto* d : s.dates)
    if (d->relation == DateRelation::kOn && d->date.day > 0 && d->begin <= s.sentence.begin + 24 &&
        (d->clause_initial || PrecededByPartOfDay(a, d->begin)))
      opening = d;
  if (opening == nullptr) return false;
  for (size_t i = v.UnitAtByte(opening->end); i < v.size(); ++i) {
    if (v.IsPunct(i, ".") || v.IsPunct(i, ";")) break;
    for (const auto& n : ActivityVerbs())
      if (size_t l = MatchKeys(v, i, n); l > 0 && !v.unit(i).upper) {
        at = i, len = l, kind = n.kind;
        return true;
      }
  }
  return false;
}

// The sentence opens with "Cùng ngày" or "<part of the day> cùng ngày".
bool SameDayOpening(const SentenceView& v) {
  size_t i = 0;
  if (v.Is(0, "sáng") || v.Is(0, "chiều") || v.Is(0, "tối") || v.Is(0, "trưa")) i = 1;
  return v.Is(i, "cùng") && v.Is(i + 1, "ngày");
}

// "… tại Hà Nội", "tại TP Cần Thơ": where the event took place, when its sentence says so.
std::string PlaceOfEvent(const ArticleAnalysis& a, const AnalyzedSentence& s) {
  const SentenceView& v = s.view;
  for (size_t i = 0; i + 1 < v.size(); ++i) {
    if (!v.Is(i, "tại")) continue;
    size_t j = i + 1;
    if (LevelLength(v.keys, j) > 0) j += LevelLength(v.keys, j);
    if (const ProvinceMention* p = v.ProvinceAt(j); p != nullptr) return p->province->name;
    if (const ProvinceMention* p = v.ProvinceAt(i + 1); p != nullptr) return p->province->name;
  }
  return {};
}

bool FollowsDocument(const AnalyzedSentence& s, const DateMention& d) {
  for (const auto* doc : s.documents)
    if (doc->end <= d.begin && d.begin - doc->end <= 12) return true;  // "02-NQ/TU ngày 2.12.2020"
  return false;
}

bool PrecededBy(const ArticleAnalysis& a, size_t pos, std::string_view word) {
  std::string_view before = std::string_view(a.text).substr(0, pos);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  // skip a part of the day: "vào sáng ngày 4/1"
  for (std::string_view part : {"sáng", "chiều", "tối", "trưa"})
    if (before.size() >= part.size() && before.substr(before.size() - part.size()) == part) {
      before.remove_suffix(part.size());
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    }
  return before.size() >= word.size() && before.substr(before.size() - word.size()) == word;
}

// "(30/4/1975 – 30/4/2025)": the span an anniversary celebrates, not the day it is held.
bool InAnniversarySpan(const ArticleAnalysis& a, const DateMention& d) {
  std::string_view before = std::string_view(a.text).substr(0, d.begin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (!before.empty() && before.back() == '(') return true;
  for (std::string_view dash : {"-", "–", "—"})  // the end of "30/4/1975 - 30/4/2025"
    if (before.size() >= dash.size() && before.substr(before.size() - dash.size()) == dash) {
      before.remove_suffix(dash.size());
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      return !before.empty() && before.back() >= '0' && before.back() <= '9';
    }
  return false;
}

// "họp báo sáng 20/6", "tối 14/6": a part of the day before a date dates a happening.
bool PrecededByPartOfDay(const ArticleAnalysis& a, size_t pos) {
  // the date mention may itself start with the part of the day ("sáng 26/4")
  std::string_view at = std::string_view(a.text).substr(pos);
  for (std::string_view part : {"sáng ", "chiều ", "tối ", "trưa ", "đêm "})
    if (at.substr(0, part.size()) == part) return true;
  std::string_view before = std::string_view(a.text).substr(0, pos);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (std::string_view day : {"ngày", "nay,", "nay"})  // "sáng ngày 4/1", "chiều nay, 19-5"
    if (before.size() >= day.size() && before.substr(before.size() - day.size()) == day) {
      before.remove_suffix(day.size());
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      break;
    }
  for (std::string_view part : {"sáng", "chiều", "tối", "trưa", "đêm"})
    if (before.size() >= part.size() && before.substr(before.size() - part.size()) == part)
      return true;
  return false;
}

int ParseOrdinal(const SentenceView& v, size_t from) {
  for (size_t i = from; i + 2 < v.size() && i < from + 14; ++i) {
    if (!v.Is(i, "lần") || !v.Is(i + 1, "thứ")) continue;
    const std::string& k = v.keys[i + 2];
    if (!k.empty() && k[0] >= '0' && k[0] <= '9') return std::atoi(k.c_str());
    int value = 0, prev = 0;  // Roman numerals: "lần thứ XIV"
    for (auto it = k.rbegin(); it != k.rend(); ++it) {
      int d = *it == 'i'   ? 1
              : *it == 'v' ? 5
              : *it == 'x' ? 10
              : *it == 'l' ? 50
              : *it == 'c' ? 100
                           : 0;
      if (d == 0) return 0;
      value += d < prev ? -d : d;
      prev = std::max(prev, d);
    }
    return value;
  }
  return 0;
}

std::string EventName(const ArticleAnalysis& a, const AnalyzedSentence& s, size_t noun_at) {
  // a title that names the event ("Hội nghị Ban Thường vụ Tỉnh ủy") is the best name
  const std::string& title = a.cleaned.title;
  std::string title_key = text::Fold(title);
  for (const char* p : {"hoi nghi", "hop ", "ky hop", "phien hop", "dai hoi", "hoi thao"})
    if (title_key.rfind(p, 0) == 0 && title.size() < 160) return title;
  const SentenceView& v = s.view;
  size_t end = noun_at + 1;
  while (end < v.size() && end < noun_at + 24) {
    const std::string& k = v.keys[end];
    if (k == ";" || k == "“" || k == "\"" || k == "." || k == ":") break;
    if (k == "," && (v.Is(end + 1, "nhiệm") || v.Is(end + 1, "các") || v.Is(end + 1, "thảo")))
      break;
    if (k == "đã" || k == "được" || k == "với" || k == "tại" || k == "nhằm" || k == "diễn") break;
    bool doc_end = false;
    for (const auto* d : s.documents) doc_end |= v.token_of(end).end == d->end;
    ++end;
    if (doc_end) break;
  }
  size_t b = v.ByteBegin(noun_at), e = v.ByteEnd(end);
  std::string name(a.text.substr(b, e - b));
  while (!name.empty() && (name.back() == ',' || name.back() == ' ')) name.pop_back();
  if (!name.empty()) {  // capitalise the first letter for display
    std::string first =
        text::ToUpper(name.substr(0, name[0] & 0x80 ? (name[0] & 0x20 ? 3 : 2) : 1));
    name = first + name.substr(name[0] & 0x80 ? (name[0] & 0x20 ? 3 : 2) : 1);
  }
  return name;
}

// The convener: a body right after the event noun ("Hội nghị Ban Chấp hành Đảng
// bộ tỉnh"), else a body right before "họp"/"tổ chức", else none.
std::optional<BodyRef> Convener(const ArticleAnalysis& a, const AnalyzedSentence& s,
                                size_t noun_end, std::string& province) {
  const SentenceView& v = s.view;
  for (size_t k = 0; k < s.bodies.size(); ++k) {
    const BodyMention& b = s.bodies[k];
    bool after_noun = b.unit_begin == noun_end;
    bool before_verb =
        v.Is(b.unit_end, "họp") || (v.Is(b.unit_end, "tổ") && v.Is(b.unit_end + 1, "chức")) ||
        (v.Is(b.unit_end, "đã") && (v.Is(b.unit_end + 1, "tổ") || v.Is(b.unit_end + 1, "họp")));
    // "Ban Cán sự Đảng và Thường trực UBND tỉnh họp": coordinated bodies
    bool coordinated =
        k + 1 < s.bodies.size() && v.Is(b.unit_end, "và") &&
        s.bodies[k + 1].unit_begin == b.unit_end + 1 &&
        (v.Is(s.bodies[k + 1].unit_end, "họp") || v.Is(s.bodies[k + 1].unit_end, "tổ"));
    if (!after_noun && !before_verb && !coordinated) continue;
    BodyMention chosen = b;
    if (chosen.incomplete && coordinated) {  // share the parent of the second body
      const std::string& second = s.bodies[k + 1].name;
      size_t space = second.find(' ', second.find(' ') + 1);
      if (second.rfind("Thường trực ", 0) == 0) space = std::string("Thường trực").size();
      if (space != std::string::npos) chosen.name += second.substr(space);
      if (chosen.province.empty()) chosen.province = s.bodies[k + 1].province;
    }
    if (!chosen.province.empty()) province = chosen.province;
    return ToBodyRef(a, chosen);
  }
  return std::nullopt;
}

void AddChairs(const ArticleAnalysis& a, const AnalyzedSentence& s, int event, ArticleFacts& out) {
  const SentenceView& v = s.view;
  for (size_t i = 0; i + 1 < v.size(); ++i) {
    if (!v.Is(i, "chủ") || !v.Is(i + 1, "trì")) continue;
    std::vector<const PersonMention*> chairs;
    if (i >= 1 && v.Is(i - 1, "sự") && v.Is(i + 2, "của")) {  // "dưới sự chủ trì của X"
      for (const auto& m : s.people)
        if (m.unit_begin >= i + 3 && m.unit_begin <= i + 5) chairs.push_back(&m);
      if (chairs.size() > 1) chairs.resize(1);
    } else {  // "X, Bí thư …, chủ trì" / "X … cùng chủ trì" / "do X chủ trì"
      for (const auto& m : s.people)
        if (m.unit_end <= i && !m.name.empty()) chairs.push_back(&m);
      bool jointly = i > 0 && (v.Is(i - 1, "cùng") || v.Is(i - 1, "đồng"));
      if (!jointly && chairs.size() > 1) chairs.erase(chairs.begin(), chairs.end() - 1);
    }
    for (const PersonMention* m : chairs) {
      int person = ResolvePerson(a, out, *m);
      if (person < 0) continue;
      bool seen = false;
      for (const auto& c : out.chaired) seen |= c.person == person && c.event == event;
      if (!seen) {
        NoteRule(
            a, out, s.sentence.begin,
            "chaired: '" + out.persons[person].name + "' " +
                (i >= 1 && v.Is(i - 1, "sự") ? "after 'dưới sự chủ trì của'" : "before 'chủ trì'") +
                ", the article's main event " + out.events[event].date);
        // the evidence runs from the first to the last of "chủ trì" and the chair (posts
        // and name): the chair comes after it in "dưới sự chủ trì của X", before it in
        // "X chủ trì"
        size_t begin = std::min(m->begin, v.ByteBegin(i));
        size_t end = std::max(m->end, v.ByteEnd(i + 2));
        if (m->name_end > m->name_begin) {
          begin = std::min(begin, m->name_begin);
          end = std::max(end, m->name_end);
        }
        out.chaired.push_back(
            {person, event, {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}});
      }
    }
  }
}

}  // namespace

void ExtractEvents(const ArticleAnalysis& a, ArticleFacts& out) {
  for (const auto& s : a.sentences) {
    if (s.sentence.title) continue;
    // an event needs its day, or a "Cùng ngày" that borrows the one before (checked first:
    // scanning every sentence for nouns and verbs is the costly part)
    if (s.dates.empty() && !SameDayOpening(s.view)) continue;
    size_t noun_at = 0, noun_len = 0;
    std::string kind;
    const bool has_noun = FindEventNoun(s.view, noun_at, noun_len, kind);
    if (!has_noun && !FindActivityVerb(a, s, noun_at, noun_len, kind)) continue;
    const DateMention* date = nullptr;
    // a day with its part ("sáng 22/4") is the happening's own; try those first
    std::vector<const DateMention*> candidates;
    for (const auto* d : s.dates)
      if (PrecededByPartOfDay(a, d->begin)) candidates.push_back(d);
    for (const auto* d : s.dates)
      if (!PrecededByPartOfDay(a, d->begin)) candidates.push_back(d);
    const std::string trigger(a.text.substr(
        s.view.ByteBegin(noun_at), s.view.ByteEnd(noun_at + noun_len) - s.view.ByteBegin(noun_at)));
    for (const auto* d : candidates) {
      if (d->relation != DateRelation::kOn || d->date.day == 0 || FollowsDocument(s, *d)) continue;
      if (InAnniversarySpan(a, *d)) {
        NoteRule(a, out, s.sentence.begin,
                 "refused day " + d->date.ToIso() + ": the span an anniversary celebrates");
        continue;
      }
      if (d->clause_initial || PrecededByPartOfDay(a, d->begin) || PrecededBy(a, d->begin, "vào") ||
          PrecededBy(a, d->begin, "vào ngày") || PrecededBy(a, d->begin, "ngày") ||
          std::string_view(a.text).substr(d->begin, 6) == "ngày " /* "tổ chức ngày 23/6" */) {
        date = d;
        break;
      }
    }
    // "Cùng ngày, tại Quảng Ninh đã diễn ra hội đàm …", "Chiều cùng ngày, … hội nghị …": a
    // second happening on the day of the one before
    // ("Cùng ngày, Ban Thường vụ Tỉnh ủy cũng nghe …" goes on with the same meeting: a
    // second one needs an event noun of its own)
    const bool same_day = date == nullptr && has_noun && !out.events.empty() &&
                          SameDayOpening(s.view) && !out.events.back().date.empty();
    if (date == nullptr && !same_day) {
      NoteRule(a, out, s.sentence.begin,
               "refused event '" + trigger + "': no day of its own in the sentence");
      continue;
    }
    EventFact e;
    e.date = same_day ? out.events.back().date : ResolveDate(a, date->date);
    bool same = false;
    for (const auto& other : out.events) same |= other.date == e.date && !e.date.empty();
    if (same && !same_day) {  // one event a day per article, unless it says "cùng ngày"
      NoteRule(a, out, s.sentence.begin,
               "refused event '" + trigger + "': the article already has its event of " + e.date);
      continue;
    }
    e.kind = kind;
    e.province = a.province;
    std::string body_province;
    e.convener = Convener(a, s, noun_at + noun_len, body_province);
    if (!body_province.empty()) e.province = body_province;
    if (std::string place = PlaceOfEvent(a, s); !place.empty()) {
      e.province = place;
    } else if (e.convener && e.convener->province.empty() &&
               (kind == "conference" || kind == "meeting" || kind == "session" ||
                kind == "congress")) {
      // a national body's own meeting, nowhere said to be held in a province (its visits
      // and working sessions with a province stay in that province)
      e.province.clear();
    }
    e.name = EventName(a, s, noun_at);
    e.ordinal = ParseOrdinal(s.view, noun_at);
    e.evidence = {static_cast<uint32_t>(s.sentence.begin), static_cast<uint32_t>(s.sentence.end)};
    NoteRule(a, out, s.sentence.begin,
             "event " + (e.date.empty() ? std::string("(no date)") : e.date) + ": " +
                 (has_noun ? "event noun '" : "activity verb '") + trigger + "' + " +
                 (same_day ? std::string("'cùng ngày', the day of the event before") : "its day") +
                 "; year from " +
                 (a.year_source.empty() ? std::string("nothing (--MM-DD)") : a.year_source));
    out.events.push_back(std::move(e));
  }
  int main_event = MainEvent(out);
  if (main_event < 0) return;
  for (const auto& s : a.sentences) AddChairs(a, s, main_event, out);
}

}  // namespace kg::extract
