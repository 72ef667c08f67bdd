// Vietnamese numerals and quantities: a scanner anchored on ASCII digits.
//
// Every digit run is first tested for what it is not (glued to letters, a code, a
// date, a time, a document or phone number, a list marker, an ordinal, a year), then
// read outwards: multipliers (nghìn/triệu/tỷ), the unit, comparators on either side.
// Words around a number are looked at only through LexiconKey of a few neighbours,
// so the cost is per number, not per byte (~150-250 MB/s on the baomoi corpus).
//
// The unit rule: after the number and its multipliers, "%" / "phần trăm" give "%",
// "đồng"/"VNĐ"/"VND"/"đ" give "VND", "USD"/"đô la" give "USD". Otherwise the counted
// noun is the longest entry of MultiWordUnits the next words spell (two syllables,
// "doanh nghiệp", "lao động", "điểm cầu"; three for the few nouns like "hợp tác xã"
// whose first two syllables are not the noun), else the next word alone when it is a
// lower-case word outside StopWords ("người", "xã", "năm"), or an all-capital
// abbreviation ("KCN" -> "kcn"); a capitalised word starts a name, so no unit.
// Vietnamese compounds are mostly two syllables, but so are verb phrases after a
// count ("500 người tham dự"), so two syllables are taken only when known.
//
// Ranges ("5-7 tỷ đồng", "từ 5 đến 7%") give two quantities: the lower bound with
// ">=" and the upper with "<=" (or the comparator written before the range), both
// with the unit and multiplier written after the upper bound.
#include "extract/recognise/numbers.h"

#include <array>
#include <charconv>
#include <string>
#include <utility>

#include "extract/recognise/number_tokens.h"
#include "extract/recognise/number_words.h"
#include "extract/recognise/quantity_scanner.h"
#include "extract/recognise/scanner.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace number_scan {

using scan::CodePointAt;
using scan::CodePointBefore;
using scan::DashLen;
using scan::DigitAt;
using scan::IsAsciiAlnum;
using scan::IsDigit;
using scan::LetterAt;
using scan::SkipSpaces;
using scan::SpaceLen;
using text::IsLetter;
using text::LexiconKey;

std::vector<Quantity> QuantityScanner::Run() {
  size_t i = 0;
  while (true) {
    while (i < t_.size() && !IsDigit(t_[i])) ++i;
    if (i >= t_.size()) break;
    size_t next = ScanAt(i);
    i = next > i ? next : i + 1;
  }
  return std::move(out_);
}

size_t QuantityScanner::ScanAt(size_t i) {
  if (CodePointBefore(t_, i) == '+') return SkipPhone(i);  // "+84 912 345 678"
  if (LeftGlued(i)) return SkipRun(i);
  Numeral a = ReadNumeral(t_, i);
  size_t e = a.end;
  char c = e < t_.size() ? t_[e] : '\0';
  if (c == ':' && e + 1 < t_.size() && IsDigit(t_[e + 1])) return SkipRun(i);  // 14:30
  if (c == '/') return ScanSlash(a);
  if (c == '-' && LetterAt(t_, e + 1)) return SkipRun(i);  // "15-NQ/TU"
  if (!a.value) return SkipRun(i);                         // "2.12.2020", "1.2.3"
  if (a.digits >= 2 && t_[i] == '0') return SkipPhone(i);  // phones, "07 08 10"
  // List markers: "1. ", "2) ", "(3)".
  if (a.plain && a.digits <= 2 && e < t_.size()) {
    bool closes =
        c == ')' || (c == '.' && (e + 1 == t_.size() || SpaceLen(t_, e + 1) || t_[e + 1] == '\n'));
    // "… nghiên cứu 2. Đạo đức …": a small number closing before a capital is a marker too.
    bool before_capital =
        c == '.' && e + 1 < t_.size() && SpaceLen(t_, e + 1) && NextWord(t_, e + 1).upper;
    if (closes && (before_capital || AtClauseStart(i, ".!?;:("))) return e + 1;
  }
  auto words = PrevWords(t_, i);
  if (a.plain && a.digits <= 3 && (OrdinalContext(words) || Continues(label_end_, i))) {
    label_end_ = e;
    return SkipRun(i);
  }
  bool chained_day = DayShape(t_, a) && Continues(date_end_, i);
  if (chained_day || ExcludedByContext(a, words)) {
    size_t end = SkipDashTail(SkipRun(i));
    if (chained_day || DayWords().count(words[0].key)) date_end_ = end;
    return end;
  }

  auto suffix = GluedSuffix(e);
  if (!suffix) return SkipRun(i);
  Quantity q;
  q.number_begin = i;
  q.number_end = e;
  q.value = *a.value;
  std::tie(q.comparator, q.comparator_begin) = Leading(words, i);
  q.unit = suffix->first;
  size_t lower_end = suffix->second;
  if (lower_end < t_.size() && (IsAsciiAlnum(t_[lower_end]) || LetterAt(t_, lower_end)))
    return SkipRun(i);

  // A range: "600-650ha", "5 - 7 tỷ đồng", "2021 – 2025" (years: skipped).
  size_t d = SkipSpaces(t_, lower_end);
  size_t dash = DashLen(t_, d);
  size_t r = dash ? SkipSpaces(t_, d + dash) : d;
  if (dash && r < t_.size() && IsDigit(t_[r])) {
    Numeral b = ReadNumeral(t_, r);
    if (IsYearLike(a) && b.plain && (b.digits == 4 || b.digits == 2)) return SkipRun(r);
    if (q.unit.empty() && b.value && *b.value < q.value) {  // "30-4", "3-0"
      date_end_ = b.end;
      return SkipRun(r);
    }
    return EmitRange(std::move(q), a, lower_end, r, words, 1);
  }

  double scale = Finish(q, lower_end, !q.unit.empty(), false);
  // "từ 5 đến 7 tỷ đồng", "gấp 5 đến 6 lần", "từ 799 triệu đến 899 triệu"
  if (q.unit.empty() && q.comparator.empty() && !IsYearLike(a)) {
    Word w = NextWord(t_, q.end);
    size_t r2 = w.empty() ? 0 : SkipSpaces(t_, w.end);
    if ((w.key == "đến" || w.key == "tới") && r2 > w.end && r2 < t_.size() && IsDigit(t_[r2]))
      return EmitRange(std::move(q), a, q.end, r2, words, scale);
  }
  if (IsYearLike(a) && scale == 1 && !KnownUnit(q.unit)) return q.end;  // "GSX-R1000 2017"
  if (ClockTime(q, a.plain, words[0])) return q.end;
  if (IsLabel(q, words)) return q.end;
  out_.push_back(std::move(q));
  return out_.back().end;
}

// "a/b": a fraction, or a date, a document number, a tyre size.
size_t QuantityScanner::ScanSlash(const Numeral& a) {
  size_t e = a.end;
  if (e + 1 >= t_.size() || !IsDigit(t_[e + 1]) || !a.plain) return SkipRun(a.begin);
  size_t b_end = e + 1;
  while (b_end < t_.size() && IsDigit(t_[b_end])) ++b_end;
  if (b_end < t_.size() && (t_[b_end] == '/' || t_[b_end] == '-' || t_[b_end] == ':' ||
                            (t_[b_end] == '.' && b_end + 1 < t_.size() && IsDigit(t_[b_end + 1])) ||
                            LetterAt(t_, b_end)))
    return SkipRun(a.begin);  // "02/06/2020", "100/2019/NĐ-CP", "61/2019/QH14"
  double num = *a.value;
  double den = 0;
  std::from_chars(t_.data() + e + 1, t_.data() + b_end, den);
  auto w = PrevWords(t_, a.begin);
  bool date_like = num >= 1 && num <= 31 && den >= 1 && den <= 12;
  if (date_like && (num > den || DayWords().count(w[0].key) || Continues(date_end_, a.begin))) {
    date_end_ = b_end;
    return SkipDashTail(SkipRun(a.begin));  // "30/4", "ngày 2/6", "17/6 – 2/7"
  }
  if (den == 0 || num > den || b_end - e - 1 == 4 || w[0].key == "tháng" || ExcludedByContext(a, w))
    return SkipRun(a.begin);
  // A bare "2/6," opening a clause or in brackets is a dateline.
  if (date_like && b_end < t_.size() && (t_[b_end] == ',' || t_[b_end] == ')') &&
      AtClauseStart(a.begin, "(-"))
    return b_end;
  // "17/6 – 2/7": a span of dates.
  size_t d = SkipSpaces(t_, b_end);
  if (date_like && DashLen(t_, d) && DigitAt(t_, SkipSpaces(t_, d + DashLen(t_, d))))
    return SkipDashTail(b_end);
  Quantity q;
  q.number_begin = a.begin;
  q.number_end = b_end;
  q.value = num / den;
  q.fraction = true;
  std::tie(q.comparator, q.comparator_begin) = Leading(w, a.begin);
  Finish(q, b_end, false, true);
  size_t end = q.end;
  if (IsLabel(q, w)) return end;
  out_.push_back(std::move(q));
  return end;
}

// Glued "%" or unit right after the digits: {unit, end}; {"", end} when none;
// nullopt when the letters make the token a code ("8h30", "5N1").
std::optional<std::pair<std::string, size_t>> QuantityScanner::GluedSuffix(size_t e) const {
  if (e < t_.size() && t_[e] == '%') return std::pair{std::string("%"), e + 1};
  if (!LetterAt(t_, e)) return std::pair{std::string(), e};
  size_t g = e;
  while (g < t_.size()) {
    size_t next;
    char32_t c = CodePointAt(t_, g, &next);
    if (!IsLetter(c) && !IsDigit(t_[g])) break;
    g = next;
  }
  auto it = GluedUnits().find(LexiconKey(t_.substr(e, g - e)));
  if (it == GluedUnits().end()) return std::nullopt;
  return std::pair{it->second, g};
}

// Emits lower (already holding its comparator, unit if any) and the upper bound read
// at r. Bounds without their own comparator become ">=" and "<=".
size_t QuantityScanner::EmitRange(Quantity q, const Numeral& a, size_t lower_end, size_t r,
                                  const std::array<Word, 3>& words, double lower_scale) {
  Numeral b = ReadNumeral(t_, r);
  char bc = b.end < t_.size() ? t_[b.end] : '\0';
  if (!b.value || ((bc == '-' || bc == '/' || bc == '.' || bc == ':') && b.end + 1 < t_.size() &&
                   IsDigit(t_[b.end + 1])))
    return SkipRun(r);  // "2-12-2020", "6 đến 7/6"
  auto b_suffix = GluedSuffix(b.end);
  if (!b_suffix) return SkipRun(r);
  Quantity upper;
  upper.number_begin = r;
  upper.number_end = b.end;
  upper.value = *b.value;
  upper.comparator_begin = r;
  upper.unit = b_suffix->first;
  double scale = Finish(upper, b_suffix->second, !upper.unit.empty(), false);
  if (ClockTime(upper, b.plain, Word())) return upper.end;  // "3 - 4 giờ sáng"
  if (upper.comparator.empty()) upper.comparator = q.comparator.empty() ? "<=" : q.comparator;
  if (q.unit.empty()) {
    q.unit = upper.unit;
    if (lower_scale == 1) q.value *= scale;
  }
  if (q.comparator.empty()) {
    q.comparator = ">=";
    if (words[0].key == "từ") q.comparator_begin = words[0].begin;
  }
  q.end = lower_end;
  q.begin = std::min(q.comparator_begin, q.number_begin);
  if (IsYearLike(a) && !KnownUnit(q.unit)) return upper.end;
  if (IsLabel(upper, words)) return upper.end;
  out_.push_back(std::move(q));
  out_.push_back(std::move(upper));
  return out_.back().end;
}

// Multipliers, the unit and a trailing comparator after p. Returns the scale applied.
double QuantityScanner::Finish(Quantity& q, size_t p, bool has_unit, bool fraction) const {
  size_t end = p;
  double scale = 1;
  if (!has_unit) {
    const auto& mult = Multipliers();
    for (Word w = NextWord(t_, end); !w.empty(); w = NextWord(t_, end)) {
      auto it = mult.find(w.key);
      if (it == mult.end()) break;
      scale *= it->second;
      end = w.end;
    }
    double value = q.value * scale;
    // "960 tỷ 533 triệu đồng": smaller orders add up.
    for (double order = scale; order > 1;) {
      size_t d = SkipSpaces(t_, end);
      if (d == end || d >= t_.size() || !IsDigit(t_[d])) break;
      Numeral part = ReadNumeral(t_, d);
      Word w = NextWord(t_, part.end);
      auto it = mult.find(w.key);
      if (!part.value || w.empty() || w.begin == part.end || it == mult.end() ||
          it->second >= order)
        break;
      value += *part.value * it->second;
      order = it->second;
      end = w.end;
    }
    q.value = value;
    auto [unit, unit_end] = ReadUnit(end, fraction);
    q.unit = std::move(unit);
    end = unit_end;
  }
  Word w = NextWord(t_, end);
  if (w.key == "trở") {
    Word w2 = NextWord(t_, w.end);
    if (w2.key == "lên" || w2.key == "xuống") {
      q.comparator = w2.key == "lên" ? ">=" : "<=";
      Word before = PrevWord(t_, q.number_begin);
      q.comparator_begin = before.key == "từ" ? before.begin : w.begin;
      end = w2.end;
    }
  }
  q.end = end;
  q.begin = std::min(q.comparator_begin, q.number_begin);
  return scale;
}

// The unit after p: {unit, end}; see MultiWordUnits for the syllable rule.
std::pair<std::string, size_t> QuantityScanner::ReadUnit(size_t p, bool fraction) const {
  size_t s = SkipSpaces(t_, p);
  if (s < t_.size() && t_[s] == '%') return {"%", s + 1};
  std::array<Word, 3> w;
  w[0] = NextWord(t_, p);
  if (fraction && w[0].key == "tổng") {
    Word next = NextWord(t_, w[0].end);
    if (next.key == "số") w[0] = NextWord(t_, next.end);
  } else if (fraction && w[0].key == "số") {
    w[0] = NextWord(t_, w[0].end);  // "1/2 số xã"
  }
  if (w[0].empty() || (w[0].upper && !w[0].all_upper)) return {"", p};  // a name or a new sentence
  for (size_t k = 1; k < 3; ++k) {
    if (w[k - 1].empty()) break;
    w[k] = NextWord(t_, w[k - 1].end);
    if (!w[k].empty() && w[k].upper) w[k] = Word();  // a name starts: not part of the noun
  }
  auto span = [&](size_t last) {
    std::string unit = LowerAsWritten(t_.substr(w[0].begin, w[0].end - w[0].begin));
    for (size_t k = 1; k <= last; ++k)
      unit += " " + LowerAsWritten(t_.substr(w[k].begin, w[k].end - w[k].begin));
    return std::pair{unit, w[last].end};
  };
  const KeySet& multi = MultiWordUnits();
  if (!w[2].empty() && multi.count(w[0].key + " " + Join(w[1], w[2]))) return span(2);
  if (!w[1].empty() && multi.count(Join(w[0], w[1]))) return span(1);
  const std::string& k = w[0].key;
  if (k == "phần" && w[1].key == "trăm") return {"%", w[1].end};
  if (k == "đồng" || k == "vnđ" || k == "vnd" || k == "đ") return {"VND", w[0].end};
  if (k == "usd" || k == "đô-la" || k == "đôla") return {"USD", w[0].end};
  if (k == "đô" && w[1].key == "la") return {"USD", w[1].end};
  if (w[0].all_upper) return span(0);  // "11/44 HS", "5 KCN"
  if (StopWords().count(k)) return {"", p};
  return span(0);
}

bool QuantityScanner::KnownUnit(const std::string& unit) {
  if (unit == "%" || unit == "VND" || unit == "USD") return true;
  std::string key = LexiconKey(unit);
  return MultiWordUnits().count(key) || KnownSingleUnits().count(key);
}

}  // namespace number_scan

using scan::IsDigit;

std::optional<double> ParseVietnameseNumber(std::string_view s) {
  if (s.empty() || s.size() > 40 || !IsDigit(s.front()) || !IsDigit(s.back())) return std::nullopt;
  // Separator positions; each must sit between digits.
  std::array<size_t, 16> seps{};
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsDigit(s[i])) continue;
    if ((s[i] != '.' && s[i] != ',') || !IsDigit(s[i - 1]) || !IsDigit(s[i + 1]) ||
        count == seps.size())
      return std::nullopt;
    seps[count++] = i;
  }
  size_t decimal = std::string_view::npos;  // position of the decimal mark, if any
  if (count > 0) {
    char last = s[seps[count - 1]];
    bool all_same = true;
    for (size_t k = 0; k + 1 < count; ++k) all_same = all_same && s[seps[k]] == last;
    size_t last_group = s.size() - seps[count - 1] - 1;
    size_t grouped = count;  // separators that must be thousands groups
    if (all_same && count == 1 && (last == ',' || last_group <= 2)) {
      decimal = seps[0];  // "8,5", "8.5", "8.25"
      grouped = 0;
    } else if (!all_same) {
      for (size_t k = 0; k + 1 < count; ++k)
        if (s[seps[k]] == last) return std::nullopt;
      decimal = seps[count - 1];  // "1.234,5" (or "1,234.5" as English sites write it)
      grouped = count - 1;
    }
    // Thousands groups: 1-3 digits first, then exactly 3 ("34.000", "1.234.567").
    if (grouped > 0 && (seps[0] == 0 || seps[0] > 3)) return std::nullopt;
    for (size_t k = 0; k < grouped; ++k) {
      size_t next = k + 1 < count ? seps[k + 1] : s.size();
      if (next - seps[k] - 1 != 3) return std::nullopt;
    }
  }
  std::string plain;
  plain.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsDigit(s[i])) {
      plain.push_back(s[i]);
    } else if (i == decimal) {
      plain.push_back('.');
    }
  }
  double value = 0;
  auto [ptr, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
  if (ec != std::errc() || ptr != plain.data() + plain.size()) return std::nullopt;
  return value;
}

std::vector<Quantity> FindQuantities(std::string_view text) {
  return number_scan::QuantityScanner(text).Run();
}

}  // namespace kg::extract
