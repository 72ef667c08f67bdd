// Dates and years in Vietnamese news text. Both scanners jump from one ASCII digit run
// to the next; the words around a candidate are read (and lower-cased) only once its
// digits already have the shape of a date or a year, so most of the text is never decoded.
#include "extract/recognise/dates.h"

#include <cstdio>

#include "extract/recognise/scanner.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

using scan::DashLen;
using scan::DigitsEnd;
using scan::IsAsciiAlnum;
using scan::IsAsciiLetter;
using scan::IsBlank;
using scan::IsDigit;
using scan::LiteralAt;
using scan::SkipSpaces;

int Value(std::string_view t, size_t b, size_t e) {
  int v = 0;
  for (size_t i = b; i < e; ++i) v = v * 10 + (t[i] - '0');
  return v;
}

// Does the word `lower` (given in lower case) start at i, in any letter case?
bool WordAt(std::string_view t, size_t i, std::string_view lower) {
  size_t p = i, q = 0;
  while (q < lower.size()) {
    if (p >= t.size()) return false;
    if (static_cast<unsigned char>(t[p]) < 0x80) {
      if ((t[p] >= 'A' && t[p] <= 'Z' ? t[p] + 32 : t[p]) != lower[q]) return false;
      ++p, ++q;
      continue;
    }
    size_t p0 = p;
    char32_t a = text::LowerVietnamese(text::DecodeAt(t, p));
    char32_t b = text::DecodeAt(lower, q);
    if (a != b || p > t.size() || p0 == p) return false;
  }
  if (p == t.size()) return true;
  if (IsAsciiAlnum(t[p])) return false;
  if (static_cast<unsigned char>(t[p]) < 0x80) return true;
  return !scan::LetterAt(t, p);
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ValidDate(int d, int m, int y) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  if (y != 0 && (y < 1800 || y > 2100)) return false;
  return !(m == 2 && d == 29 && y != 0 && !IsLeap(y));
}

// ---- words before a candidate, read backwards ----

struct Gap {  // what lies between a word and whatever follows it
  size_t begin = 0;
  bool comma = false, dash = false, paren = false;
  bool Plain() const { return !comma && !dash && !paren; }
};

Gap GapBefore(std::string_view t, size_t pos, size_t floor) {
  Gap g;
  size_t i = pos;
  while (i > floor) {
    char c = t[i - 1];
    if (IsBlank(c)) --i;
    else if (c == ',') g.comma = true, --i;
    else if (c == '-') g.dash = true, --i;
    else if (c == '(') g.paren = true, --i;
    else if (i >= floor + 2 && LiteralAt(t, i - 2, scan::kNoBreakSpace)) i -= 2;
    else if (i >= floor + 3 && scan::DashLenBefore(t, i) == 3) g.dash = true, i -= 3;
    else break;
  }
  g.begin = i;
  return g;
}

struct Word {
  size_t begin = 0;
  std::string key;  // lower case
  bool upper = false;
  Gap after;        // between the word and what follows it
};

// The word of letters or digits ending at `end`, lower-cased; false when there is none.
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

// Up to `max` words before `pos`, nearest first; stops at any other punctuation.
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

bool Is(const std::vector<Word>& w, size_t k, std::string_view key) { return k < w.size() && w[k].key == key; }

// ---- what introduces a date ----

struct Intro {
  size_t begin = kNone;
  bool day_word = false;
  bool upper = false;  // the first word is capitalised
  bool has_relation = false;
  bool after_so = false;  // "số 12/12/2019": a number, not a date
  bool paren = false;     // "sáng nay (6/2)": the mention takes the closing ")"
  DateRelation relation = DateRelation::kOn;
  std::string part_of_day, weekday;
};

// A weekday ending at word k ("thứ ba", "Thứ 2", "chủ nhật"): its length in words, 0 if none.
size_t WeekdayAt(const std::vector<Word>& w, size_t k, std::string& name) {
  static constexpr std::string_view kDays[][2] = {
      {"hai", "hai"}, {"ba", "ba"}, {"tư", "tư"}, {"năm", "năm"}, {"sáu", "sáu"}, {"bảy", "bảy"},
      {"bẩy", "bảy"}, {"2", "hai"}, {"3", "ba"}, {"4", "tư"}, {"5", "năm"}, {"6", "sáu"}, {"7", "bảy"}};
  if (Is(w, k, "nhật") && Is(w, k + 1, "chủ") && w[k + 1].after.Plain()) {
    name = "chủ nhật";
    return 2;
  }
  if (!Is(w, k + 1, "thứ") || !w[k + 1].after.Plain()) return 0;
  // "lần thứ 5", "ngày thứ ba": an ordinal, not a weekday
  static constexpr std::string_view kOrdinal[] = {"lần", "hạng", "vị", "kỳ", "khóa", "khoá", "đợt",
                                                  "phiên", "ngày", "đứng", "xếp", "tuần", "người"};
  for (std::string_view o : kOrdinal)
    if (Is(w, k + 2, o)) return 0;
  for (const auto& d : kDays)
    if (w[k].key == d[0]) {
      name = "thứ " + std::string(d[1]);
      return 2;
    }
  return 0;
}

bool IsPartOfDay(const std::string& key) {
  return key == "sáng" || key == "chiều" || key == "tối" || key == "trưa" || key == "đêm";
}

// Reads, backwards from the digits, [relation] [part of day [nay|qua|mai]] [weekday]
// [ngày|hôm] [mùng] before a date.
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
    if (!paren0 && (Is(w, k, "mùng") || Is(w, k, "mồng")) && w[k].after.Plain()) in.day_word = true, take(1);
    if (!paren0 && (Is(w, k, "ngày") || Is(w, k, "hôm")) && (k == 0 || w[k].after.Plain()))
      in.day_word = true, take(1);
    std::string name;
    if (size_t n = WeekdayAt(w, k, name); n > 0 && (!paren0 || k == 0)) in.weekday = name, in.day_word = true, take(n);
  }
  // "sáng nay (6/2)", "hôm qua 5/2"
  if ((Is(w, k, "nay") || Is(w, k, "qua") || Is(w, k, "mai")) && !w[k].after.comma && !w[k].after.dash &&
      (k == 0 || w[k].after.Plain()) && k + 1 < w.size() && w[k + 1].after.Plain() &&
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
  } else if (Is(w, k, "là") && Is(w, k + 1, "nhất") && Is(w, k + 2, "chậm") && w[k + 1].after.Plain() &&
             w[k + 2].after.Plain()) {
    relation(DateRelation::kBefore, 3);
  } else if (Is(w, k, "số") && !in.day_word) {
    in.after_so = true;
  }
  return in;
}

// Opens a sentence or a clause: start of text or line, after . ! ? , ; : a quote or a
// dash; or a capitalised lead word after anything but a word ("(PLVN) Ngày 5/2").
bool ClauseInitial(std::string_view t, size_t begin, bool upper) {
  size_t i = scan::SkipSpacesBack(t, begin);
  if (i == 0) return true;
  char c = t[i - 1];
  if (c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':' ||
      c == '"' || c == '-' || c == '\'')
    return true;
  if (i >= 3 && (LiteralAt(t, i - 3, "\xE2\x80\x9C") || scan::DashLenBefore(t, i) == 3 ||
                 LiteralAt(t, i - 3, "\xE2\x80\xA6")))
    return true;
  // a capitalised day word ("… tại Tỉnh ủy Bình Định Ngày 25.5, …") starts a sentence that
  // the page glued to a caption or a heading
  return upper;
}

// ---- the digits of a date ----

struct Shape {
  size_t end = 0;  // after the last digit (or after a trailing "năm yyyy")
  int day = 0, month = 0, year = 0;
  bool full = false;  // the year is written with the date
};

// Not glued to what follows: "3/4-inch", "2/3%", "12/12/NQ", "9.1.2", "5/2,5".
bool CleanEnd(std::string_view t, size_t e) {
  if (e >= t.size()) return true;
  char c = t[e];
  if (IsAsciiAlnum(c) || c == '%') return false;
  if (static_cast<unsigned char>(c) >= 0x80) return !scan::LetterAt(t, e);  // a letter glued on
  if (e + 1 < t.size() && (c == '/' || c == '-' || c == '.' || c == ',' || c == ':')) {
    char n = t[e + 1];
    if (c == '/' || c == '-') return !IsAsciiAlnum(n) && static_cast<unsigned char>(n) < 0x80;
    return !IsDigit(n);
  }
  return true;
}

// " năm 2021" after a date without a year.
void TakeYearWord(std::string_view t, Shape& s) {
  size_t i = SkipSpaces(t, s.end);
  if (i == s.end || !WordAt(t, i, "năm")) return;
  size_t y = SkipSpaces(t, i + std::string_view("năm").size());
  size_t ye = DigitsEnd(t, y);
  if (ye - y != 4 || !CleanEnd(t, ye)) return;
  s.year = Value(t, y, ye);
  s.full = true;
  s.end = ye;
}

// "d/m", "d.m", "d-m", "d/m/yyyy" (one separator throughout) at digit run [b, e).
bool ParseNumeric(std::string_view t, size_t b, size_t e, Shape& s) {
  if (e - b > 2 || e >= t.size()) return false;
  char sep = t[e];
  if (sep != '/' && sep != '.' && sep != '-') return false;
  size_t m = e + 1, me = DigitsEnd(t, m);
  if (me == m || me - m > 2) return false;
  s = Shape{me, Value(t, b, e), Value(t, m, me), 0, false};
  if (me + 1 < t.size() && t[me] == sep && IsDigit(t[me + 1])) {
    size_t y = me + 1, ye = DigitsEnd(t, y);
    if (ye - y != 4) return false;
    s.year = Value(t, y, ye);
    s.full = true;
    s.end = ye;
  }
  return CleanEnd(t, s.end);
}

// "15 tháng 3", "15 tháng 03 năm 2021", "15 tháng 3/2021".
bool ParseMonthWord(std::string_view t, size_t b, size_t e, Shape& s) {
  if (e - b > 2) return false;
  size_t i = SkipSpaces(t, e);
  if (i == e || !WordAt(t, i, "tháng")) return false;
  size_t m = SkipSpaces(t, i + std::string_view("tháng").size()), me = DigitsEnd(t, m);
  if (me == m || me - m > 2) return false;
  s = Shape{me, Value(t, b, e), Value(t, m, me), 0, false};
  if (me + 1 < t.size() && t[me] == '/' && IsDigit(t[me + 1])) {
    size_t ye = DigitsEnd(t, me + 1);
    if (ye - me - 1 != 4) return false;
    s.year = Value(t, me + 1, ye);
    s.full = true;
    s.end = ye;
  }
  if (!CleanEnd(t, s.end)) return false;
  if (!s.full) TakeYearWord(t, s);
  return true;
}

// Where a range's second date starts after a lone day: "22 đến 24-6", "5-7/2", "4 và 5-2".
// Returns the digits' position, kNone when nothing follows; `connector` = where the
// connecting word starts (kNone for punctuation), `range` = a span rather than a list.
size_t SecondDay(std::string_view t, size_t e, size_t& connector, bool& range) {
  size_t i = SkipSpaces(t, e);
  connector = kNone;
  range = true;
  if (size_t d = DashLen(t, i); d > 0) {
    i += d;
  } else if (i < t.size() && t[i] == ',' && i == e) {
    return kNone;  // "22,5": a decimal
  } else if (i < t.size() && t[i] == ',') {
    i += 1, range = false;
  } else if (i > e && (WordAt(t, i, "đến") || WordAt(t, i, "tới"))) {
    connector = i;
    i += WordAt(t, i, "đến") ? std::string_view("đến").size() : std::string_view("tới").size();
  } else if (i > e && WordAt(t, i, "và")) {
    range = false;
    i += std::string_view("và").size();
  } else {
    return kNone;
  }
  i = SkipSpaces(t, i);
  if (WordAt(t, i, "ngày")) i = SkipSpaces(t, i + std::string_view("ngày").size());
  return i < t.size() && IsDigit(t[i]) ? i : kNone;
}

class DateScanner {
 public:
  explicit DateScanner(std::string_view t) : t_(t) {}

  std::vector<DateMention> Run() {
    size_t i = 0;
    const size_t n = t_.size();
    while (i < n) {
      if (!IsDigit(t_[i])) {
        ++i;
        continue;
      }
      size_t e = DigitsEnd(t_, i);
      size_t next = StartsNumber(i) ? TryAt(i, e) : 0;
      i = next > i ? next : e;
    }
    return std::move(out_);
  }

 private:
  // Not glued to a word or inside a longer number ("QL18", "1.234/5", "100/2019").
  bool StartsNumber(size_t b) const {
    if (b == 0) return true;
    char c = t_[b - 1];
    if (IsAsciiAlnum(c) || c == '/') return false;
    if ((c == '.' || c == ',' || c == '-') && b >= 2 && IsAsciiAlnum(t_[b - 2])) return false;
    if (static_cast<unsigned char>(c) >= 0x80) return !scan::LetterBefore(t_, b);
    return true;
  }

  size_t Floor() const { return out_.empty() ? 0 : out_.back().end; }

  DateMention Make(size_t begin, const Shape& s, const Intro& in) const {
    DateMention d;
    d.begin = in.begin != kNone ? in.begin : begin;
    d.end = s.end;
    if (in.paren && d.end < t_.size() && t_[d.end] == ')') ++d.end;
    d.date = {s.year, s.month, s.day};
    d.relation = in.relation;
    d.part_of_day = in.part_of_day;
    d.weekday = in.weekday;
    d.day_word = in.day_word;
    bool upper = in.begin != kNone ? in.upper : false;
    d.clause_initial = ClauseInitial(t_, d.begin, upper);
    return d;
  }

  // "từ ngày 22/2 đến 04/3": a bare "đến d/m" right after a date that opened a range.
  bool ContinuesRange(const Intro& in) const {
    if (out_.empty() || out_.back().relation != DateRelation::kFrom) return false;
    if (!in.has_relation || in.relation != DateRelation::kUntil) return false;
    Gap g = GapBefore(t_, in.begin, out_.back().end);
    return g.begin == out_.back().end && g.Plain();
  }

  // Tries a date at digit run [b, e); returns where scanning resumes, 0 when none.
  size_t TryAt(size_t b, size_t e) {
    Shape s;
    if (ParseNumeric(t_, b, e, s)) {
      if (!s.full) TakeYearWord(t_, s);
      if (!ValidDate(s.day, s.month, s.year)) return 0;
      Intro in = ReadIntro(t_, b, Floor());
      if (in.after_so) return 0;
      if (!in.day_word && !s.full && !ContinuesRange(in)) return 0;
      out_.push_back(Make(b, s, in));
      return out_.back().end;
    }
    if (e - b > 2) return 0;
    if (ParseMonthWord(t_, b, e, s)) {
      if (!ValidDate(s.day, s.month, s.year)) return 0;
      Intro in = ReadIntro(t_, b, Floor());
      if (!in.day_word && !s.full) return 0;
      out_.push_back(Make(b, s, in));
      return out_.back().end;
    }
    return TryDayRange(b, e);
  }

  // "từ ngày 22 đến 24-6", "ngày 5-7/2", "hai ngày 4 và 5-2": the first day takes the
  // second's month and year.
  size_t TryDayRange(size_t b, size_t e) {
    size_t connector = kNone;
    bool range = true;
    size_t b2 = SecondDay(t_, e, connector, range);
    if (b2 == kNone) return 0;
    size_t e2 = DigitsEnd(t_, b2);
    Shape second;
    if (!ParseNumeric(t_, b2, e2, second) && !ParseMonthWord(t_, b2, e2, second)) return 0;
    if (!second.full) TakeYearWord(t_, second);
    Shape first{e, Value(t_, b, e), second.month, second.year, second.full};
    if (!ValidDate(first.day, first.month, first.year) || !ValidDate(second.day, second.month, second.year))
      return 0;
    if (range && first.day >= second.day) return 0;
    Intro in = ReadIntro(t_, b, Floor());
    if (!in.day_word) return 0;
    DateMention d1 = Make(b, first, in);
    if (range && d1.relation == DateRelation::kOn) d1.relation = DateRelation::kFrom;
    Intro in2;
    in2.begin = connector;
    in2.day_word = true;
    in2.relation = range ? DateRelation::kUntil : d1.relation;
    DateMention d2 = Make(b2, second, in2);
    if (connector == kNone) {  // start at "ngày" when the second date repeats it
      Gap g = GapBefore(t_, b2, e);
      Word w;
      if (WordBefore(t_, g.begin, e, w) && w.key == "ngày") d2.begin = w.begin;
    }
    d2.clause_initial = false;  // it continues the first date's clause
    out_.push_back(std::move(d1));
    out_.push_back(std::move(d2));
    return second.end;
  }

  std::string_view t_;
  std::vector<DateMention> out_;
};

// ---- years ----

bool YearShaped(std::string_view t, size_t b, size_t e) {
  if (e - b != 4) return false;
  int v = Value(t, b, e);
  return v >= 1945 && v <= 2100;
}

// Where a year range's second year starts after year [b, e) ("2021-2025", "2021 – 2025",
// "2019/2020", "từ năm 2021 đến năm 2025"), kNone when none.
size_t RangeEnd(std::string_view t, size_t b, size_t e) {
  size_t i = e;
  if (i < t.size() && t[i] == '/') {
    size_t ye = DigitsEnd(t, i + 1);
    return YearShaped(t, i + 1, ye) && Value(t, i + 1, ye) == Value(t, b, e) + 1 && CleanEnd(t, ye) ? i + 1
                                                                                                   : kNone;
  }
  i = SkipSpaces(t, i);
  if (size_t d = DashLen(t, i); d > 0) {
    i = SkipSpaces(t, i + d);
  } else if (i > e && WordAt(t, i, "đến")) {
    // "đến" joins a range only when the first year opened one ("từ năm 2021", "giai đoạn 2021")
    std::vector<Word> w = WordsBefore(t, b, 0, 3);
    size_t k = Is(w, 0, "năm") ? 1 : 0;
    bool opened = Is(w, k, "từ") || (Is(w, k, "đoạn") && Is(w, k + 1, "giai")) ||
                  (Is(w, k, "kỳ") && (Is(w, k + 1, "nhiệm") || Is(w, k + 1, "thời")));
    if (!opened) return kNone;
    i = SkipSpaces(t, i + std::string_view("đến").size());
    if (WordAt(t, i, "năm")) i = SkipSpaces(t, i + std::string_view("năm").size());
  } else {
    return kNone;
  }
  size_t ye = DigitsEnd(t, i);
  if (!YearShaped(t, i, ye) || !CleanEnd(t, ye)) return kNone;
  int y1 = Value(t, b, e), y2 = Value(t, i, ye);
  return y2 > y1 && y2 - y1 <= 100 ? i : kNone;
}

// "đến năm 2030", "tới 2025", "đến hết năm 2025", "vào năm 2030", "tầm nhìn 2045".
bool IsHorizon(std::string_view t, size_t b) {
  std::vector<Word> w = WordsBefore(t, b, 0, 4);
  for (size_t j = 0; j < w.size(); ++j)
    if (!w[j].after.Plain()) w.resize(j);  // words behind punctuation belong elsewhere
  size_t k = 0;
  bool nam = Is(w, 0, "năm");
  if (nam) ++k;
  if (Is(w, k, "hết") || Is(w, k, "cuối")) ++k;
  if (Is(w, k, "đến") || Is(w, k, "tới")) return true;
  if (nam && Is(w, k, "vào")) return true;
  return Is(w, 0, "nhìn") && Is(w, 1, "tầm");
}

// "tháng 01 năm 2013": the year of a month, as "tháng 3/2020" is.
bool IsMonthYear(std::string_view t, size_t b) {
  std::vector<Word> w = WordsBefore(t, b, 0, 3);
  if (w.size() < 3 || !Is(w, 0, "năm") || !Is(w, 2, "tháng") || !w[1].after.Plain() || !w[2].after.Plain())
    return false;
  const std::string& m = w[1].key;
  if (m.empty() || m.size() > 2 || !IsDigit(m[0]) || !IsDigit(m.back())) return false;
  int v = std::stoi(m);
  return v >= 1 && v <= 12;
}

}  // namespace

std::string PartialDate::ToIso() const {
  if (day <= 0 || month <= 0) return {};
  char buf[40];
  if (year > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else
    std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  return buf;
}

std::vector<DateMention> FindDates(std::string_view text) { return DateScanner(text).Run(); }

std::vector<YearMention> FindYears(std::string_view text) { return FindYears(text, FindDates(text)); }

std::vector<YearMention> FindYears(std::string_view text, const std::vector<DateMention>& dates) {
  const std::string_view t = text;
  std::vector<YearMention> out;
  size_t di = 0, range_end = kNone;
  for (size_t i = 0; i < t.size();) {
    if (!IsDigit(t[i])) {
      ++i;
      continue;
    }
    const size_t b = i, e = DigitsEnd(t, i);
    i = e;
    if (!YearShaped(t, b, e)) continue;
    if (e < t.size() && (IsAsciiLetter(t[e]) || t[e] == '%')) continue;          // "2020km", "2020%"
    if (e + 1 < t.size() && (t[e] == ',' || t[e] == '.') && IsDigit(t[e + 1])) continue;  // "2.020,5"
    while (di < dates.size() && dates[di].end <= b) ++di;
    const bool in_date = di < dates.size() && dates[di].begin <= b;
    const char before = b > 0 ? t[b - 1] : ' ';
    size_t run = b;  // the digit run before a separator glued to the year
    if (b >= 2 && IsDigit(t[b - 2]) && (before == '/' || before == '.' || before == ',' || before == '-'))
      for (run = b - 1; run > 0 && IsDigit(t[run - 1]);) --run;
    const size_t run_len = run < b ? b - 1 - run : 0;
    if (!in_date && (IsAsciiLetter(before) || ((before == '.' || before == ',') && run_len > 0)))
      continue;  // "QL2020", "1.2020" (a number unless a date says otherwise)
    YearMention y;
    y.begin = b;
    y.end = e;
    y.year = Value(t, b, e);
    // "3/2020", "100/2019/NĐ-CP", "tháng 9-2020"; a year followed by "/NĐ-CP"
    const bool in_number = (run_len > 0 && run_len <= 3 && before != ',') ||
                           (e + 1 < t.size() && t[e] == '/' && IsAsciiAlnum(t[e + 1]) && RangeEnd(t, b, e) == kNone);
    if (b == range_end) {
      y.kind = YearMention::Kind::kRangeEnd;
    } else if (in_date || in_number) {
      y.kind = YearMention::Kind::kInDate;
    } else if (size_t r = RangeEnd(t, b, e); r != kNone) {
      y.kind = YearMention::Kind::kRangeStart;
      range_end = r;
    } else if (IsMonthYear(t, b)) {
      y.kind = YearMention::Kind::kInDate;
    } else if (IsHorizon(t, b)) {
      y.kind = YearMention::Kind::kHorizon;
    }
    out.push_back(y);
  }
  return out;
}

}  // namespace kg::extract
