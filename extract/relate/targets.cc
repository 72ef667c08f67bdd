// Numeric targets set for the future ("phấn đấu GRDP tăng trưởng 8,5% trở lên"),
// told apart from results achieved and from counts.
#include <algorithm>

#include "extract/relate/relations.h"

namespace kg::extract {
namespace {

// Index of the first unit that opens a target scope (phấn đấu, chỉ tiêu, mục
// tiêu, đặt ra, kế hoạch đề ra), or npos.
size_t TriggerUnit(const SentenceView& v) {
  for (size_t i = 0; i + 1 < v.size(); ++i) {
    // "104 chỉ tiêu tiếng Việt", "thiếu 2 chỉ tiêu": a count of quotas, not a goal set
    if (i > 0 && v.token_of(i - 1).kind == TokenKind::kNumber) continue;
    if ((v.Is(i, "phấn") && v.Is(i + 1, "đấu")) || (v.Is(i, "chỉ") && v.Is(i + 1, "tiêu")) ||
        (v.Is(i, "mục") && v.Is(i + 1, "tiêu")) || (v.Is(i, "đặt") && v.Is(i + 1, "ra")))
      return i;
  }
  return std::string::npos;
}

// Words that mark a result or a count rather than a goal.
bool IsResultSentence(const SentenceView& v, size_t trigger) {
  for (size_t i = 0; i + 1 < v.size() && i < trigger; ++i) {
    if ((v.Is(i, "kết") && v.Is(i + 1, "quả")) || (v.Is(i, "đã") && v.Is(i + 1, "đạt")) ||
        (v.Is(i, "đạt") && v.Is(i + 1, "được")) || (v.Is(i, "năm") && v.Is(i + 1, "qua")))
      return true;
  }
  return false;
}

// Between the trigger and a quantity, words that make it a state or a result rather
// than a goal: "chưa đủ 100%", "còn thiếu", "so với cùng kỳ tăng 12%", "tăng bình quân".
bool StateOrResultBefore(const ArticleAnalysis& a, size_t from, size_t quantity_begin) {
  if (quantity_begin <= from) return false;
  std::string_view span = std::string_view(a.text).substr(from, quantity_begin - from);
  // only the clause of the quantity: after the last ';'
  if (size_t semi = span.rfind(';'); semi != std::string_view::npos) span = span.substr(semi + 1);
  for (std::string_view cue :
       {"chưa", "thiếu", "so với năm", "so với kế hoạch", "tăng bình quân", "đã đạt", "đạt được",
        "kết quả", "cùng kỳ", "đã có", "hiện có", "hiện nay"})
    if (span.find(cue) != std::string_view::npos) return true;
  return false;
}

// Counts of places and people present are not goals ("cán bộ 8 tỉnh Bắc Lào", "221 điểm cầu").
bool IsAttendanceOrPlaceUnit(const std::string& unit) {
  return unit == "tỉnh" || unit == "điểm cầu" || unit == "đại biểu" || unit == "đồng chí" ||
         unit == "thành phố" || unit == "quốc gia" || unit == "nước";
}

// The province a goal belongs to: the last province named in its sentence or the one
// before (a digest article moves from province to province: "* Ngày 10-2, … Thành đoàn TP
// Hồ Chí Minh … phấn đấu"), else the article's.
std::string NearbyProvince(const ArticleAnalysis& a, size_t sentence_index, size_t before) {
  const size_t from = a.sentences[sentence_index > 0 ? sentence_index - 1 : 0].sentence.begin;
  const ProvinceMention* last = nullptr;
  for (const auto& m : a.province_mentions)
    if (m.begin >= from && m.end <= before) last = &m;
  return last != nullptr ? last->province->name : a.province;
}

bool IsTimeUnit(const std::string& unit) {
  return unit == "năm" || unit == "tháng" || unit == "ngày" || unit == "giờ" || unit == "tuần" ||
         unit == "quý" || unit == "chỉ tiêu" || unit == "lần" || unit == "nhiệm vụ";
}

// The year a target is for: "năm 2024" in the sentence (not "so với năm 2023"),
// else in the sentence before, else the article's year.
int TargetYear(const ArticleAnalysis& a, size_t sentence_index) {
  for (size_t back = 0; back <= 3 && back <= sentence_index; ++back) {
    const AnalyzedSentence& s = a.sentences[sentence_index - back];
    int best = 0;
    for (const auto& y : s.years)  // "Đến năm 2025, … phấn đấu": the horizon the goal is for
      if (y.kind == YearMention::Kind::kHorizon) best = std::max(best, y.year);
    if (best > 0) return best;
    if (back > 1) continue;  // a plain year only from this sentence or the one before
    for (const auto& y : s.years) {
      if (y.kind != YearMention::Kind::kPlain) continue;
      std::string_view before =
          std::string_view(a.text).substr(s.sentence.begin, y.begin - s.sentence.begin);
      if (before.size() >= 12 &&
          before.substr(before.size() - 12).find("so với") != std::string_view::npos)
        continue;
      best = std::max(best, y.year);
    }
    if (best > 0) return best;
  }
  return a.year;
}

// A number just inside quotation marks is a slogan ("“5 rõ”", "“3 không”"), not a goal.
bool OpensQuotation(std::string_view text, size_t at) {
  for (std::string_view quote : {"“", "\"", "«", "‘"})
    if (at >= quote.size() && text.substr(at - quote.size(), quote.size()) == quote) return true;
  return false;
}

// "Một số chỉ tiêu quan trọng đặt ra là: Tốc độ tăng trưởng (GRDP)": a lead-in ending in a
// colon is not part of the indicator when at least two words follow it.
void DropLeadIn(std::string& s) {
  const size_t colon = s.rfind(": ");
  if (colon == std::string::npos) return;
  const std::string_view rest = std::string_view(s).substr(colon + 2);
  if (rest.find(' ') == std::string_view::npos) return;
  s.erase(0, colon + 2);
}

std::string Trim(std::string s) {
  DropLeadIn(s);
  static const std::string_view kStrip[] = {"phấn đấu ", "là ", "là: ", "có ", "cụ thể ", ": "};
  auto is_space = [](char c) { return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-'; };
  bool changed = true;
  while (changed) {
    changed = false;
    while (!s.empty() && is_space(s.front())) s.erase(0, 1), changed = true;
    while (!s.empty() && is_space(s.back())) s.pop_back(), changed = true;
    for (auto p : kStrip)
      if (s.rfind(p, 0) == 0) s.erase(0, p.size()), changed = true;
    for (std::string_view tail : {" đạt", " chiếm", " là", " khoảng", " trên", " dưới", " gần",
                                  " cho", " có", " và", " từ", " ở mức", " mức"})
      if (s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0)
        s.resize(s.size() - tail.size()), changed = true;
  }
  return s;
}

}  // namespace

void ExtractTargets(const ArticleAnalysis& a, ArticleFacts& out) {
  const int main_event = MainEvent(out);
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    const AnalyzedSentence& s = a.sentences[si];
    if (s.quantities.empty() || s.sentence.title) continue;
    const SentenceView& v = s.view;
    size_t trigger = TriggerUnit(v);
    if (trigger == std::string::npos) continue;
    const std::string cue = v.keys[trigger] + " " + v.keys[trigger + 1];
    if (IsResultSentence(v, trigger)) {
      NoteRule(a, out, s.sentence.begin,
               "refused targets after '" + cue + "': a result sentence (kết quả, đã đạt, năm qua)");
      continue;
    }
    size_t scope_begin = v.ByteEnd(trigger + 2);
    size_t previous_end = scope_begin;
    for (const Quantity* q : s.quantities) {
      if (q->begin < scope_begin) continue;
      const char* why = q->fraction                        ? "a ratio"
                        : IsTimeUnit(q->unit)              ? "a time span or count of tasks"
                        : IsAttendanceOrPlaceUnit(q->unit) ? "a count of places or attendees"
                        : OpensQuotation(a.text, q->begin) ? "a quoted slogan"
                        : StateOrResultBefore(a, scope_begin, q->begin)
                            ? "a state or result cue in its clause"
                            : nullptr;
      if (why != nullptr) {
        NoteRule(a, out, s.sentence.begin,
                 "refused target '" + std::string(a.text.substr(q->begin, q->end - q->begin)) +
                     "': " + why);
        previous_end = q->end;
        continue;
      }
      TargetFact t;
      t.value = q->value;
      t.unit = q->unit;
      t.comparator = q->comparator.empty() ? "=" : q->comparator;
      t.year = TargetYear(a, si);
      t.province = NearbyProvince(a, si, q->begin);
      t.event = main_event;
      size_t ind_end = std::min(q->comparator_begin, q->number_begin);
      if (ind_end > previous_end)
        t.indicator = Trim(std::string(a.text.substr(previous_end, ind_end - previous_end)));
      if (t.indicator.size() > 160) t.indicator.clear();
      t.evidence = {static_cast<uint32_t>(std::max(previous_end, s.sentence.begin)),
                    static_cast<uint32_t>(q->end)};
      previous_end = q->end;
      NoteRule(a, out, s.sentence.begin,
               "target '" + std::string(a.text.substr(q->begin, q->end - q->begin)) +
                   "': forward cue '" + cue + "' governs it; year " +
                   (t.year ? std::to_string(t.year) : std::string("unknown")));
      out.targets.push_back(std::move(t));
    }
  }
}

}  // namespace kg::extract
