// Tasks assigned to bodies ("giao Đoàn giám sát…", "yêu cầu Ban Tổ chức Tỉnh
// ủy…", "Sở Kế hoạch và Đầu tư tổng hợp… trước ngày 12/12/2019").
#include <algorithm>

#include "extract/relate/analyze.h"
#include "extract/relate/relations.h"

namespace kg::extract {
namespace {

bool IsAssignVerb(const SentenceView& v, size_t i) {
  // "xin ý kiến chỉ đạo Thường trực Thị ủy", "theo đề nghị của": the noun, not the verb
  if ((i >= 1 && (v.Is(i - 1, "kiến") || v.Is(i - 1, "theo") || v.Is(i - 1, "xin"))) ||
      (i >= 2 && v.Is(i - 2, "sự")))
    return false;
  // "… đã đề nghị Thanh tra Chính phủ vào cuộc": a past request the article reports, not a
  // task given at the article's event
  if (i >= 1 && v.Is(i - 1, "đã")) return false;
  return v.Is(i, "giao") || (v.Is(i, "yêu") && v.Is(i + 1, "cầu")) ||
         (v.Is(i, "đề") && v.Is(i + 1, "nghị")) || (v.Is(i, "chỉ") && v.Is(i + 1, "đạo")) ||
         (v.Is(i, "phân") && v.Is(i + 1, "công"));
}

size_t VerbLength(const SentenceView& v, size_t i) { return v.Is(i, "giao") ? 1 : 2; }

const DateMention* DeadlineIn(const AnalyzedSentence& s, size_t from) {
  for (const auto* d : s.dates)
    if (d->begin >= from &&
        (d->relation == DateRelation::kBefore || d->relation == DateRelation::kUntil) &&
        d->date.day > 0)
      return d;
  return nullptr;
}

std::string TaskText(const ArticleAnalysis& a, size_t begin, size_t end) {
  std::string_view t = std::string_view(a.text).substr(begin, end > begin ? end - begin : 0);
  // "căn cứ ý kiến … để tiếp thu…": the task is what follows "để"
  if (size_t de = t.find(" để "); de != std::string_view::npos && t.rfind("căn cứ", 0) == 0)
    t.remove_prefix(de + std::string_view(" để ").size());
  while (!t.empty() && (t.front() == ' ' || t.front() == ',')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == ',' || t.back() == '.' || t.back() == ';'))
    t.remove_suffix(1);
  if (t.size() > 300) {  // cut long tasks at a word boundary, never inside a UTF-8 sequence
    size_t cut = t.rfind(' ', 300);
    if (cut == std::string_view::npos || cut < 200) {
      cut = 300;
      while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    }
    t = t.substr(0, cut);
  }
  return std::string(t);
}

// "phải", "cần", "có trách nhiệm", "chủ động", "khẩn trương" right after a body.
bool ObligationAt(const SentenceView& v, size_t i) {
  return v.Is(i, "phải") || v.Is(i, "cần") || (v.Is(i, "có") && v.Is(i + 1, "trách")) ||
         (v.Is(i, "chủ") && v.Is(i + 1, "động")) || (v.Is(i, "khẩn") && v.Is(i + 1, "trương"));
}

// For each body of the sentence, the index of the first body of its list: bodies joined
// by a comma or "và" only form one list.
std::vector<size_t> BodyGroups(const AnalyzedSentence& s) {
  std::vector<size_t> group(s.bodies.size());
  for (size_t k = 0; k < s.bodies.size(); ++k) {
    group[k] = k;
    if (k == 0) continue;
    const BodyMention& prev = s.bodies[k - 1];
    const BodyMention& b = s.bodies[k];
    if (b.unit_begin == prev.unit_end + 1 &&
        (s.view.IsPunct(prev.unit_end, ",") || s.view.Is(prev.unit_end, "và")))
      group[k] = group[k - 1];
  }
  return group;
}

// With no dated event, the day the article reports on: its first clause-opening date
// ("Ngày 26/4, Thủ tướng … giao …"), "" when it has none.
std::string ReportedDay(const ArticleAnalysis& a) {
  for (const auto& s : a.sentences) {
    if (s.sentence.title) continue;
    for (const auto* d : s.dates)
      if (d->relation == DateRelation::kOn && d->date.day > 0 && d->clause_initial)
        return ResolveDate(a, d->date);
  }
  return {};
}

bool IsTaskBody(const BodyMention& b) {
  // a named body that can carry out work; a bare "Ban", a whole committee's
  // assembly or the article's own convener are not assignments
  return !b.incomplete && b.name.size() > 4;
}

}  // namespace

void ExtractTasks(const ArticleAnalysis& a, ArticleFacts& out) {
  const int main_event = MainEvent(out);
  const std::string date = main_event >= 0 ? out.events[main_event].date : ReportedDay(a);
  for (const auto& s : a.sentences) {
    if (s.sentence.title) continue;
    const SentenceView& v = s.view;
    const std::vector<size_t> group = BodyGroups(s);
    for (size_t k = 0; k < s.bodies.size(); ++k) {
      const BodyMention& b = s.bodies[k];
      if (!IsTaskBody(b)) continue;
      // a list of bodies shares its verb: "giao Bộ Quốc phòng, Bộ Công an, UBND cấp tỉnh …",
      // "Sở Y tế, Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh chủ động phối hợp …"
      const BodyMention& first = s.bodies[group[k]];
      size_t last_index = k;
      while (last_index + 1 < s.bodies.size() && group[last_index + 1] == group[k]) ++last_index;
      const BodyMention& last = s.bodies[last_index];
      bool assigned = false;
      // "giao/yêu cầu/đề nghị [cho] BODY …"
      for (size_t back = 1; back <= 3 && back <= first.unit_begin; ++back) {
        size_t i = first.unit_begin - back;
        if (IsAssignVerb(v, i) &&
            i + VerbLength(v, i) + (v.Is(i + VerbLength(v, i), "cho") ? 1 : 0) == first.unit_begin)
          assigned = true;
      }
      // "…, Công an tỉnh Sóc Trăng phải bám sát …", "Bộ Y tế cần chủ động …": a clause whose
      // subject is the body and whose verb says it must
      const bool opens = first.unit_begin == 0 || v.IsPunct(first.unit_begin - 1, ",") ||
                         v.IsPunct(first.unit_begin - 1, ";") ||
                         v.IsPunct(first.unit_begin - 1, ":");
      if (opens && ObligationAt(v, last.unit_end)) assigned = true;
      const DateMention* deadline = DeadlineIn(s, b.end);
      // "BODY <verb> … trước ngày …" opening its clause
      bool opens_clause = b.unit_begin == 0 || v.IsPunct(b.unit_begin - 1, ",") ||
                          v.IsPunct(b.unit_begin - 1, ";") || v.Is(b.unit_begin - 1, "đồng");
      if (!assigned && !(opens_clause && deadline != nullptr && b.unit_begin == 0)) continue;
      TaskFact t;
      t.body = ToBodyRef(a, b);
      // "Đảng ủy, Ban Thường vụ Đảng ủy UBND tỉnh": a bare party committee in a list is
      // the one of the host the list names next
      if (b.name == "Đảng ủy")
        for (size_t m = k + 1; m <= last_index; ++m)
          if (size_t at = s.bodies[m].name.find("Đảng ủy "); at != std::string::npos) {
            t.body.name = s.bodies[m].name.substr(at);
            break;
          }
      t.province = t.body.province;
      t.date = date;
      t.event = main_event;
      size_t task_end = deadline != nullptr ? deadline->begin : s.sentence.end;
      for (size_t i = b.unit_end; i < v.size(); ++i)
        if (v.IsPunct(i, ";") || v.IsPunct(i, ".")) {
          task_end = std::min(task_end, v.token_of(i).begin);
          break;
        }
      if (deadline != nullptr && deadline->begin <= task_end + 1)
        t.deadline = ResolveDate(a, deadline->date);
      t.task = TaskText(a, last.end, task_end);
      // the deadline's "trước" may be left at the end: "báo cáo UBND tỉnh trước"
      constexpr std::string_view kBefore = " trước";
      if (t.task.size() > kBefore.size() &&
          std::string_view(t.task).substr(t.task.size() - kBefore.size()) == kBefore)
        t.task.resize(t.task.size() - kBefore.size());
      t.evidence = {static_cast<uint32_t>(s.sentence.begin), static_cast<uint32_t>(s.sentence.end)};
      NoteRule(
          a, out, s.sentence.begin,
          "assigned '" + t.body.name + "': " +
              (assigned
                   ? (group[k] != k || last_index != k
                          ? "a verb (giao, yêu cầu, đề nghị, chỉ đạo) or 'phải/cần' shared by the "
                            "list of bodies"
                          : "a verb (giao, yêu cầu, đề nghị, chỉ đạo) or 'phải/cần' with the body")
                   : "the body opens the sentence and a deadline follows") +
              (t.date.empty() ? "; no dated event" : "; dated by the article's event " + t.date));
      out.tasks.push_back(std::move(t));
    }
  }
}

}  // namespace kg::extract
