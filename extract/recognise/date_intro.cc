// What stands before a date: the words read backwards from its digits, and which of them
// introduce it (a relation, a part of the day, a weekday, "ngày"/"hôm"/"mùng").
#include <string>
#include <vector>

#include "extract/recognise/date_parts.h"
#include "extract/recognise/date_words.h"
#include "extract/recognise/scanner.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract::date_scan {
namespace {

// A weekday ending at word k ("thứ ba", "Thứ 2", "chủ nhật"): its length in words, 0 if none.
size_t WeekdayAt(const std::vector<Word>& w, size_t k, std::string& name) {
  if (Is(w, k, "nhật") && Is(w, k + 1, "chủ") && w[k + 1].after.Plain()) {
    name = "chủ nhật";
    return 2;
  }
  if (!Is(w, k + 1, "thứ") || !w[k + 1].after.Plain()) return 0;
  if (k + 2 < w.size() && MakesThuOrdinal(w[k + 2].key)) return 0;  // "lần thứ 5", "ngày thứ ba"
  const std::string_view day = WeekdayName(w[k].key);
  if (day.empty()) return 0;
  name = "thứ " + std::string(day);
  return 2;
}

}  // namespace

using scan::IsAsciiAlnum;
using scan::IsBlank;
using scan::LiteralAt;

Gap GapBefore(std::string_view t, size_t pos, size_t floor) {
  Gap g;
  size_t i = pos;
  while (i > floor) {
    char c = t[i - 1];
    if (IsBlank(c))
      --i;
    else if (c == ',')
      g.comma = true, --i;
    else if (c == '-')
      g.dash = true, --i;
    else if (c == '(')
      g.paren = true, --i;
    else if (i >= floor + 2 && LiteralAt(t, i - 2, scan::kNoBreakSpace))
      i -= 2;
    else if (i >= floor + 3 && scan::DashLenBefore(t, i) == 3)
      g.dash = true, i -= 3;
    else
      break;
  }
  g.begin = i;
  return g;
}

bool WordBefore(std::string_view t, size_t end, size_t floor, Word& w) {
  size_t i = end;
  while (i > floor && end - i < 40) {
    size_t s = scan::CodePointStart(t, i);
    size_t q = s;
    char32_t c = text::DecodeAt(t, q);
    if (q != i || !(c < 0x80 ? IsAsciiAlnum(static_cast<char>(c)) : text::IsLetter(c))) break;
    i = s;
  }
  if (i == end || end - i >= 40) return false;
  w.begin = i;
  w.key.clear();
  for (size_t p = i; p < end;) {
    const bool first = p == i;
    char32_t c = text::DecodeAt(t, p);
    if (first) w.upper = (c >= 'A' && c <= 'Z') || (c >= 0x80 && text::IsUpperVietnamese(c));
    text::AppendUtf8(text::LowerVietnamese(c), w.key);
  }
  return true;
}

std::vector<Word> WordsBefore(std::string_view t, size_t pos, size_t floor, size_t max) {
  std::vector<Word> words;
  while (words.size() < max) {
    Gap g = GapBefore(t, pos, floor);
    Word w;
    if (!WordBefore(t, g.begin, floor, w)) break;
    w.after = g;
    pos = w.begin;
    words.push_back(std::move(w));
  }
  return words;
}

Intro ReadIntro(std::string_view t, size_t digits, size_t floor) {
  Intro in;
  std::vector<Word> w = WordsBefore(t, digits, floor, 7);
  size_t k = 0;
  auto take = [&](size_t n) {
    k += n;
    in.begin = w[k - 1].begin;
    in.upper = w[k - 1].upper;
  };
  // the gap just before the digits may hold "(" only after a part of day or weekday
  bool paren0 = !w.empty() && w[0].after.paren;
  if (!w.empty() && (w[0].after.comma || w[0].after.dash)) {
    std::string name;
    if (size_t n = WeekdayAt(w, 0, name); n > 0) in.weekday = name, in.day_word = true, take(n);
  } else {
    if (!paren0 && (Is(w, k, "mùng") || Is(w, k, "mồng")) && w[k].after.Plain())
      in.day_word = true, take(1);
    if (!paren0 && (Is(w, k, "ngày") || Is(w, k, "hôm")) && (k == 0 || w[k].after.Plain()))
      in.day_word = true, take(1);
    std::string name;
    if (size_t n = WeekdayAt(w, k, name); n > 0 && (!paren0 || k == 0))
      in.weekday = name, in.day_word = true, take(n);
  }
  // "sáng nay (6/2)", "hôm qua 5/2"
  if ((Is(w, k, "nay") || Is(w, k, "qua") || Is(w, k, "mai")) && !w[k].after.comma &&
      !w[k].after.dash && (k == 0 || w[k].after.Plain()) && k + 1 < w.size() &&
      w[k + 1].after.Plain() &&
      (IsPartOfDay(w[k + 1].key) || (w[k + 1].key == "hôm" && !in.day_word))) {
    if (w[k + 1].key != "hôm") in.part_of_day = w[k + 1].key;
    in.day_word = true;
    take(2);
    if (w[k - 1].key == "hôm" && Is(w, k, "ngày") && w[k].after.Plain()) take(1);  // "ngày hôm nay"
  } else if (k < w.size() && IsPartOfDay(w[k].key) && !w[k].after.comma && !w[k].after.dash &&
             (k == 0 || w[k].after.Plain())) {
    in.part_of_day = w[k].key;
    in.day_word = true;
    take(1);
    if (in.part_of_day == "sáng" && Is(w, k, "rạng") && w[k].after.Plain()) take(1);
  }
  if (paren0) {
    if (k == 0) return in;  // "(2/3)": nothing introduces it
    in.paren = true;
  }
  if (k < w.size() && !w[k].after.Plain()) return in;
  auto relation = [&](DateRelation r, size_t n) {
    in.relation = r;
    in.has_relation = true;
    take(n);
  };
  if (Is(w, k, "hết")) {
    relation(DateRelation::kUntil, 1);
    if ((Is(w, k, "đến") || Is(w, k, "tới")) && w[k].after.Plain()) take(1);
    if (Is(w, k, "cho") && w[k].after.Plain()) take(1);
  } else if (Is(w, k, "đến") || Is(w, k, "tới")) {
    relation(DateRelation::kUntil, 1);
    if (Is(w, k, "cho") && w[k].after.Plain()) take(1);
  } else if (Is(w, k, "từ")) {
    relation(DateRelation::kFrom, 1);
    if (Is(w, k, "kể") && w[k].after.Plain()) take(1);
  } else if (Is(w, k, "trước")) {
    relation(DateRelation::kBefore, 1);
  } else if (Is(w, k, "sau")) {
    relation(DateRelation::kAfter, 1);
  } else if (Is(w, k, "nhất") && Is(w, k + 1, "chậm") && w[k + 1].after.Plain()) {
    relation(DateRelation::kBefore, 2);
  } else if (Is(w, k, "là") && Is(w, k + 1, "nhất") && Is(w, k + 2, "chậm") &&
             w[k + 1].after.Plain() && w[k + 2].after.Plain()) {
    relation(DateRelation::kBefore, 3);
  } else if (Is(w, k, "số") && !in.day_word) {
    in.after_so = true;
  }
  return in;
}

bool ClauseInitial(std::string_view t, size_t begin, bool upper) {
  size_t i = scan::SkipSpacesBack(t, begin);
  if (i == 0) return true;
  char c = t[i - 1];
  if (c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ',' || c == ';' ||
      c == ':' || c == '"' || c == '-' || c == '\'')
    return true;
  if (i >= 3 && (LiteralAt(t, i - 3, "\xE2\x80\x9C") || scan::DashLenBefore(t, i) == 3 ||
                 LiteralAt(t, i - 3, "\xE2\x80\xA6")))
    return true;
  // a capitalised day word ("… tại Tỉnh ủy Bình Định Ngày 25.5, …") starts a sentence that
  // the page glued to a caption or a heading
  return upper;
}

}  // namespace kg::extract::date_scan
