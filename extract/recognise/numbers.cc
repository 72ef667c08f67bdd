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
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/recognise/scanner.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace {

using scan::CodePointAt;
using scan::CodePointBefore;
using scan::DashLen;
using scan::DigitAt;
using scan::IsAsciiAlnum;
using scan::IsDigit;
using scan::LetterAt;
using scan::SkipSpaces;
using scan::SkipSpacesBack;
using scan::SpaceLen;
using text::DecodeAt;
using text::IsLetter;
using text::IsUpperVietnamese;
using text::LexiconKey;


// ---------------------------------------------------------------------------
// Word tables. Keys are LexiconKeys (lower case, modern tone placement), built once.

using KeySet = std::unordered_set<std::string>;

KeySet MakeSet(std::initializer_list<const char*> words) {
  KeySet set;
  for (const char* w : words) set.insert(LexiconKey(w));
  return set;
}

// Counted nouns of two or three syllables. A unit is the longest entry here that the
// words after the number spell; failing that, the first word alone (when it is a
// lower-case word and not a function word). Three-syllable entries are the few nouns
// whose first two syllables would mislead ("hợp tác" is not what is counted).
const KeySet& MultiWordUnits() {
  static const KeySet set = MakeSet({
      "doanh nghiệp", "lao động", "hộ nghèo", "hộ dân", "hộ cận nghèo", "đảng viên",
      "học sinh", "sinh viên", "điểm cầu", "tổ chức", "cơ sở", "dự án", "công trình",
      "nhiệm vụ", "chỉ tiêu", "giải pháp", "đại biểu", "cán bộ", "công chức", "viên chức",
      "chi bộ", "đảng bộ", "đơn vị", "cơ quan", "thị trấn", "thành phố", "quốc gia",
      "trường hợp", "lượt khách", "lượt người", "du khách", "khách hàng", "bệnh nhân",
      "ca bệnh", "ca mắc", "ca nhiễm", "giáo viên", "bác sĩ", "hội viên", "đoàn viên",
      "thanh niên", "chiến sĩ", "cử tri", "ý kiến", "kiến nghị", "vụ án", "vụ việc",
      "đối tượng", "sản phẩm", "mô hình", "nghị quyết", "chương trình", "đề án", "văn bản",
      "hồ sơ", "thủ tục", "phòng học", "trường học", "căn hộ", "mét vuông", "tuyến đường",
      "đồng chí", "đồng bào", "tập thể", "cá nhân", "gia đình", "nhà máy", "cửa hàng",
      "ngôi nhà", "nhà ở", "ngư dân", "nông dân", "công nhân", "người dân", "thí sinh",
      "trẻ em", "phụ nữ", "thành viên", "ủy viên", "đại hội", "hội nghị", "cuộc họp",
      "chuyên đề", "tác phẩm", "di tích", "lễ hội", "trang trại", "ô tô", "xe máy",
      "phương tiện", "tàu cá", "chuyến bay", "sáng kiến", "đề tài", "tiêu chí", "chỉ số",
      "huy chương", "giải thưởng", "bằng khen", "giấy khen", "phần quà", "suất quà",
      "học bổng", "ngày công", "làng nghề", "tuyến phố", "khu dân cư", "cụm dân cư",
      "hợp tác xã", "hộ gia đình", "khu công nghiệp", "cụm công nghiệp", "khu kinh tế",
      "quyết định", "chỉ thị", "kết luận", "nghị định", "thông tư", "công văn", "kế hoạch",
      "công ty", "đại diện", "nam sinh", "nữ sinh", "diễn viên", "tổ máy", "tòa nhà",
      "ngôi làng", "phòng thi", "trận đấu", "cầu thủ", "cổ phiếu", "cổ phần", "nhân viên",
      "nhân khẩu", "máy bay", "mã lực", "tàu thuyền", "cây số", "lượt xe", "tiểu thương",
      "người lao động", "người có công", "tổ hợp tác", "đơn vị hành chính",
      "vận động viên",
  });
  return set;
}

// One-syllable nouns that surely count something; only needed to tell "2000 người"
// (a count) from a bare year such as "Mazda3 2017 đã".
const KeySet& KnownSingleUnits() {
  static const KeySet set = MakeSet({
      "người", "hộ", "xã", "phường", "thôn", "bản", "huyện", "tỉnh", "km", "ha", "m", "m2",
      "m3", "km2", "kg", "tấn", "tạ", "lít", "héc-ta", "hécta", "mét", "con", "cây",
      "chiếc", "cái", "căn", "ngôi", "lượt", "suất", "xe", "tàu", "trường", "lớp", "em",
      "cháu", "ca", "vụ", "điểm", "bậc", "bài", "cuốn", "bộ", "hộp", "gói", "phần", "năm",
      "tháng", "ngày", "tuần", "giờ", "phút", "giây", "lần", "tin", "đoàn", "đội", "nhóm",
      "khách", "ô", "lô", "thửa", "mẫu", "sào", "công", "cặp", "chuyến", "tuyến",
  });
  return set;
}

// Words that follow a number without being what it counts.
const KeySet& StopWords() {
  static const KeySet set = MakeSet({
      "và", "hoặc", "hay", "với", "của", "cho", "cùng", "trong", "ngoài", "trên", "dưới",
      "tại", "ở", "từ", "đến", "tới", "sang", "qua", "về", "vào", "ra", "lên", "xuống",
      "trở", "so", "theo", "để", "nhằm", "như", "nhưng", "nên", "vì", "do", "bởi", "khi",
      "sau", "trước", "đầu", "cuối", "giữa", "mới", "lại", "thêm", "rồi", "nữa", "cũng",
      "vẫn", "còn", "đều", "chỉ", "này", "đó", "kia", "nay", "ấy", "các", "những", "mọi",
      "mỗi", "một", "là", "đã", "được", "bị", "có", "không", "sẽ", "đang", "thì", "mà",
      "đạt", "tăng", "giảm", "chiếm", "hơn", "khoảng", "gần", "thuộc", "gồm", "bao", "nào",
      "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "thứ", "số", "vượt", "bằng", "gấp", "nhiều",
      "ít", "chưa", "xấp", "chừng", "ước", "tối", "trên", "dưới", "riêng", "tức",
  });
  return set;
}

// The word before a number that makes it a label, not an amount ("lần thứ 5",
// "số 15", "Điều 3", "Quốc lộ 18", "đường 3/2"), unless the word belongs to a compound
// of OrdinalExceptions ("dân số 1,2 triệu", "nâng cấp 15 km", "định kỳ 6 tháng").
const KeySet& OrdinalWords() {
  static const KeySet set = MakeSet({
      "thứ", "số", "khóa", "lần", "kỳ", "phiên", "đợt", "vòng", "lớp", "điều", "khoản",
      "chương", "mục", "quận", "phường", "khu", "tổ", "ấp", "xóm", "đội", "lộ", "hạng",
      "tầng", "trang", "quý", "top", "đường", "hình", "bảng", "cấp", "loại", "phòng",
      "phần", "mã", "kênh", "bước", "hiệp", "khoảnh", "nhóm",
  });
  return set;
}
const KeySet& OrdinalExceptions() {
  static const KeySet set = MakeSet({"tổng số", "con số", "dân số", "đa số", "nâng cấp",
                                     "cung cấp", "định kỳ", "mô hình", "tuyến đường"});
  return set;
}
const KeySet& OrdinalPairs() {
  static const KeySet set = MakeSet({
      "nghị quyết", "chỉ thị", "kết luận", "quyết định", "nghị định", "quy định",
      "thông tư", "công văn", "thông báo", "tờ trình", "kế hoạch", "giai đoạn", "đề án",
      "chương trình", "hướng dẫn", "pháp lệnh",
  });
  return set;
}

// Words before a day of the month ("ngày 21", "Sáng 9.1", "hôm 2/6", "Chủ nhật 5/6").
const KeySet& DayWords() {
  static const KeySet set =
      MakeSet({"ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "khuya", "nhật",
                                     "mùng", "mồng", "dịp"});
  return set;
}

// Words before a bare four-digit number that make it a year even when a noun follows
// ("giai đoạn 2021 doanh nghiệp …" never counts 2021 businesses).
const KeySet& YearWords() {
  static const KeySet set = MakeSet({"năm", "đoạn", "kỳ", "khóa", "nhìn", "niên", "độ"});
  return set;
}

const std::unordered_map<std::string, double>& Multipliers() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, double>;
    for (auto [w, v] : {std::pair{"nghìn", 1e3}, {"ngàn", 1e3}, {"triệu", 1e6}, {"tỷ", 1e9},
                        {"tỉ", 1e9}})
      m->emplace(LexiconKey(w), v);
    return m;
  }();
  return *map;
}

// Comparators before the number, longest phrase first (so "không dưới" beats "dưới").
const std::unordered_map<std::string, std::string>& LeadingComparators() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, std::string>;
    for (auto [w, c] : {std::pair{"trên", ">"}, {"hơn", ">"}, {"vượt", ">"},
                        {"nhiều hơn", ">"}, {"vượt quá", ">"}, {"ít nhất", ">="},
                        {"tối thiểu", ">="}, {"không dưới", ">="}, {"không ít hơn", ">="},
                        {"khoảng", "~"}, {"gần", "~"}, {"chừng", "~"}, {"xấp xỉ", "~"},
                        {"trên dưới", "~"}, {"ước tính", "~"}, {"dưới", "<"},
                        {"chưa đến", "<"}, {"chưa tới", "<"}, {"ít hơn", "<"},
                        {"tối đa", "<="}, {"không quá", "<="}, {"không vượt quá", "<="},
                        {"không nhiều hơn", "<="}})
      m->emplace(LexiconKey(w), c);
    return m;
  }();
  return *map;
}

// Units glued to the digits ("600ha", "30m2", "500.000đ"); any other glued letters
// make the token a code or a time ("8h30", "14h", "5N1", "8.0L").
const std::unordered_map<std::string, std::string>& GluedUnits() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, std::string>;
    for (const char* u : {"km", "km2", "m", "m2", "m3", "cm", "mm", "ha", "kg", "kw", "mw",
                          "kwh", "mwh", "gw", "ml", "tấn"})
      m->emplace(LexiconKey(u), LexiconKey(u));
    for (const char* u : {"đ", "vnđ", "vnd"}) m->emplace(LexiconKey(u), "VND");
    m->emplace("usd", "USD");
    return m;
  }();
  return *map;
}

// ---------------------------------------------------------------------------
// Words around a position.

struct Word {
  size_t begin = 0;
  size_t end = 0;
  std::string key;  // LexiconKey
  bool upper = false;      // starts with a capital
  bool all_upper = false;  // two or more letters, all capitals ("HS", "KCN")
  bool empty() const { return begin == end; }
};


void FillWord(std::string_view t, Word& w) {
  std::string_view s = t.substr(w.begin, w.end - w.begin);
  w.key = LexiconKey(s);
  size_t pos = 0;
  w.upper = IsUpperVietnamese(DecodeAt(s, pos));
  int letters = 0;
  bool all = true;
  for (pos = 0; pos < s.size();) {
    char32_t c = DecodeAt(s, pos);
    if (!IsLetter(c)) continue;
    ++letters;
    all = all && IsUpperVietnamese(c);
  }
  w.all_upper = all && letters >= 2;
}

// The word starting after spaces at p: letters, then letters, digits and inner
// hyphens ("héc-ta", "m2"). Empty when no letter comes next.
Word NextWord(std::string_view t, size_t p) {
  Word w;
  size_t b = SkipSpaces(t, p);
  size_t q = b;
  while (q < t.size()) {
    size_t next;
    char32_t c = CodePointAt(t, q, &next);
    if (IsLetter(c) || (q > b && IsDigit(t[q])) || (c == '-' && q > b && LetterAt(t, next))) {
      q = next;
    } else {
      break;
    }
  }
  if (q == b) return w;
  w.begin = b;
  w.end = q;
  FillWord(t, w);
  return w;
}

// The word that ends, before spaces, at p; empty when punctuation comes first.
Word PrevWord(std::string_view t, size_t p) {
  Word w;
  size_t e = SkipSpacesBack(t, p);
  size_t q = e;
  while (q > 0) {
    size_t start;
    char32_t c = CodePointBefore(t, q, &start);
    if (IsLetter(c)) {
      q = start;
    } else if (c == '-' && q < e && start > 0 && IsLetter(CodePointBefore(t, start))) {
      q = start;
    } else {
      break;
    }
  }
  if (q == e) return w;
  w.begin = q;
  w.end = e;
  FillWord(t, w);
  return w;
}

// Up to three words before p, nearest first, separated only by spaces.
std::array<Word, 3> PrevWords(std::string_view t, size_t p) {
  std::array<Word, 3> out;
  size_t at = p;
  for (auto& w : out) {
    w = PrevWord(t, at);
    if (w.empty()) break;
    at = w.begin;
  }
  return out;
}

std::string Join(const Word& a, const Word& b) { return a.key + " " + b.key; }

std::string LowerAsWritten(std::string_view s) {
  std::string out;
  for (size_t pos = 0; pos < s.size();) text::AppendUtf8(text::LowerVietnamese(DecodeAt(s, pos)), out);
  return out;
}


// ---------------------------------------------------------------------------
// Numerals.

struct Numeral {
  size_t begin = 0;
  size_t end = 0;
  std::optional<double> value;
  bool plain = false;  // digits only
  int digits = 0;      // digits before the first separator
};

Numeral ReadNumeral(std::string_view t, size_t p) {
  Numeral n;
  n.begin = p;
  size_t q = p;
  while (q < t.size() && IsDigit(t[q])) ++q;
  n.digits = static_cast<int>(q - p);
  n.plain = true;
  while (q + 1 < t.size() && (t[q] == '.' || t[q] == ',') && IsDigit(t[q + 1])) {
    n.plain = false;
    ++q;
    while (q < t.size() && IsDigit(t[q])) ++q;
  }
  n.end = q;
  n.value = ParseVietnameseNumber(t.substr(p, q - p));
  return n;
}

bool IsYearLike(const Numeral& n) {
  return n.plain && n.digits == 4 && n.value && *n.value >= 1900 && *n.value <= 2100;
}

// "21", "9.1", "02" read as a day (and month) of the calendar.
bool DayShape(std::string_view t, const Numeral& n) {
  if (!n.value) return false;
  if (n.plain) return *n.value >= 1 && *n.value <= 31;
  std::string_view s = t.substr(n.begin, n.end - n.begin);
  size_t dot = s.find('.');
  if (dot == std::string_view::npos || s.find_first_of(".,", dot + 1) != std::string_view::npos)
    return false;
  int day = 0, month = 0;
  std::from_chars(s.data(), s.data() + dot, day);
  std::from_chars(s.data() + dot + 1, s.data() + s.size(), month);
  return s.size() - dot - 1 <= 2 && day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

// ---------------------------------------------------------------------------

class Scanner {
 public:
  explicit Scanner(std::string_view t) : t_(t) {}

  std::vector<Quantity> Run() {
    size_t i = 0;
    while (true) {
      while (i < t_.size() && !IsDigit(t_[i])) ++i;
      if (i >= t_.size()) break;
      size_t next = ScanAt(i);
      i = next > i ? next : i + 1;
    }
    return std::move(out_);
  }

 private:
  // A run of code-like characters from p: "15-NQ/TU", "100/2019/NĐ-CP", "8h30".
  size_t SkipRun(size_t p) const {
    while (p < t_.size()) {
      char c = t_[p];
      if (IsAsciiAlnum(c) || c == '.' || c == ',' || c == '/' || c == '-' || c == ':' ||
          c == '_' || c == '+' || c == '%') {
        ++p;
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        size_t next;
        if (!IsLetter(CodePointAt(t_, p, &next))) break;
        p = next;
      } else {
        break;
      }
    }
    return p;
  }

  // Digit groups of a phone number: "0912 345 678", "0203.3835.111", "(0203) 3835 111".
  size_t SkipPhone(size_t p) const {
    p = SkipRun(p);
    while (p + 1 < t_.size()) {
      size_t q = p;
      if (t_[q] == ')') ++q;
      if (q < t_.size() && (t_[q] == ' ' || t_[q] == '.' || t_[q] == '-')) ++q;
      if (q == p || q >= t_.size() || !IsDigit(t_[q])) break;
      size_t r = q;
      while (r < t_.size() && IsDigit(t_[r])) ++r;
      if (r - q < 2) break;
      p = r;
    }
    return p;
  }

  // After a number rejected by its context: also "– 2025" of "2020 – 2025", "-2" of "6-2".
  size_t SkipDashTail(size_t p) const {
    size_t d = SkipSpaces(t_, p);
    size_t len = DashLen(t_, d);
    if (len == 0) return p;
    size_t r = SkipSpaces(t_, d + len);
    return r < t_.size() && IsDigit(t_[r]) ? SkipRun(r) : p;
  }

  // Letters, or a joiner after letters, right before the digits: "F0", "COVID-19", "U.20".
  bool LeftGlued(size_t p) const {
    if (p == 0) return false;
    size_t start;
    char32_t c = CodePointBefore(t_, p, &start);
    if (IsLetter(c)) return true;
    if (c == '.' || c == '-' || c == '/' || c == '_' || c == ':' || c == '#' || c == '@') {
      if (start == 0) return false;
      char before = t_[start - 1];
      return IsAsciiAlnum(before) || IsLetter(CodePointBefore(t_, start));
    }
    return false;
  }

  // Start of a clause or line just before p (spaces skipped): list markers, datelines.
  bool AtClauseStart(size_t p, std::string_view openers) const {
    size_t q = SkipSpacesBack(t_, p);
    if (q == 0) return true;
    char c = t_[q - 1];
    if (c == '\n' || c == '\r' || openers.find(c) != std::string_view::npos) return true;
    return q >= 3 && DashLen(t_, q - 3) == 3 && openers.find('-') != std::string_view::npos;
  }

  // "lần thứ 5", "số 15", "Nghị quyết 12": the number names something.
  static bool OrdinalContext(const std::array<Word, 3>& w) {
    if (w[0].empty()) return false;
    if (OrdinalWords().count(w[0].key))
      return w[1].empty() || !OrdinalExceptions().count(Join(w[1], w[0]));
    return !w[1].empty() && OrdinalPairs().count(Join(w[1], w[0]));
  }

  // "khoản 1, 2 và 3", "Điều 31, 32": numbers listed right after a label number.
  // The same for dates: "dịp 30-4 và 2-9", "30/4 và 1/5".
  bool Continues(size_t previous_end, size_t i) const {
    if (previous_end == 0 || i < previous_end || i - previous_end > 12) return false;
    std::string_view gap = t_.substr(previous_end, i - previous_end);
    bool joined = false;
    for (size_t p = 0; p < gap.size();) {
      if (gap[p] == ' ' || gap[p] == ',' || gap[p] == ';') {
        joined = joined || gap[p] != ' ';
        ++p;
        continue;
      }
      bool word = false;
      for (std::string_view joiner : {"và ", "hoặc ", "đến ", "tới "}) {
        if (gap.substr(p, joiner.size()) == joiner) {
          p += joiner.size();
          word = joined = true;
          break;
        }
      }
      if (!word) return false;
    }
    return joined;
  }

  // Context words that make the number something other than an amount.
  bool ExcludedByContext(const Numeral& n, const std::array<Word, 3>& w) const {
    if (w[0].empty()) return false;
    const std::string& k = w[0].key;
    if (OrdinalContext(w)) return true;
    if (DayWords().count(k) && DayShape(t_, n)) return true;
    double v = n.value.value_or(-1);
    if (k == "tháng" && n.plain && v >= 1 && v <= 12) return true;
    if (k == "giờ" && n.plain && v <= 59) return true;
    if (k == "lúc" && v <= 24) return true;
    if (k == "năm" && n.plain && n.digits >= 3) return true;
    if (IsYearLike(n) && YearWords().count(k)) return true;
    return false;
  }

  // Comparator before the number: {comparator, where it starts}.
  // Never reaches back into the quantity before.
  std::pair<std::string, size_t> Leading(const std::array<Word, 3>& w, size_t number_begin) const {
    const auto& table = LeadingComparators();
    const size_t floor = out_.empty() ? 0 : out_.back().end;
    if (!w[2].empty() && w[2].begin >= floor) {
      auto it = table.find(w[2].key + " " + Join(w[1], w[0]));
      if (it != table.end()) return {it->second, w[2].begin};
    }
    if (!w[1].empty() && w[1].begin >= floor) {
      auto it = table.find(Join(w[1], w[0]));
      if (it != table.end()) return {it->second, w[1].begin};
    }
    if (!w[0].empty() && w[0].begin >= floor) {
      auto it = table.find(w[0].key);
      if (it != table.end()) return {it->second, w[0].begin};
    }
    return {"", number_begin};
  }

  // The unit after p: {unit, end}; see MultiWordUnits for the syllable rule.
  std::pair<std::string, size_t> ReadUnit(size_t p, bool fraction) const {
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

  static bool KnownUnit(const std::string& unit) {
    if (unit == "%" || unit == "VND" || unit == "USD") return true;
    std::string key = LexiconKey(unit);
    return MultiWordUnits().count(key) || KnownSingleUnits().count(key);
  }

  // Multipliers, the unit and a trailing comparator after p. Returns the scale applied.
  double Finish(Quantity& q, size_t p, bool has_unit, bool fraction) const {
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

  // "a/b": a fraction, or a date, a document number, a tyre size.
  size_t ScanSlash(const Numeral& a) {
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
    if (den == 0 || num > den || b_end - e - 1 == 4 || w[0].key == "tháng" ||
        ExcludedByContext(a, w))
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
  std::optional<std::pair<std::string, size_t>> GluedSuffix(size_t e) const {
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

  size_t ScanAt(size_t i) {
    if (CodePointBefore(t_, i) == '+') return SkipPhone(i);  // "+84 912 345 678"
    if (LeftGlued(i)) return SkipRun(i);
    Numeral a = ReadNumeral(t_, i);
    size_t e = a.end;
    char c = e < t_.size() ? t_[e] : '\0';
    if (c == ':' && e + 1 < t_.size() && IsDigit(t_[e + 1])) return SkipRun(i);  // 14:30
    if (c == '/') return ScanSlash(a);
    if (c == '-' && LetterAt(t_, e + 1)) return SkipRun(i);  // "15-NQ/TU"
    if (!a.value) return SkipRun(i);                          // "2.12.2020", "1.2.3"
    if (a.digits >= 2 && t_[i] == '0') return SkipPhone(i);   // phones, "07 08 10"
    // List markers: "1. ", "2) ", "(3)".
    if (a.plain && a.digits <= 2 && e < t_.size()) {
      bool closes = c == ')' || (c == '.' && (e + 1 == t_.size() || SpaceLen(t_, e + 1) ||
                                              t_[e + 1] == '\n'));
      // "… nghiên cứu 2. Đạo đức …": a small number closing before a capital is a marker too.
      bool before_capital = c == '.' && e + 1 < t_.size() && SpaceLen(t_, e + 1) &&
                            NextWord(t_, e + 1).upper;
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

  // "14 giờ", "4 giờ sáng" are clock times; "trong 24 giờ", "72 giờ" are durations.
  bool ClockTime(const Quantity& q, bool plain, const Word& before) const {
    if (q.unit != "giờ" || !plain || q.value > 24) return false;
    if (DayWords().count(NextWord(t_, q.end).key)) return true;
    if (DigitAt(t_, SkipSpaces(t_, q.end)) && SkipSpaces(t_, q.end) > q.end) return true;  // "3 giờ 30"
    for (const char* w : {"trong", "mất", "suốt", "sau", "hơn", "gần", "dài", "quá", "khoảng"})
      if (before.key == w) return false;
    return true;
  }

  // "Nokia 8", "SEA Games 29", "Mega 6/45": a number without a unit after a name.
  static bool IsLabel(const Quantity& q, const std::array<Word, 3>& words) {
    return q.unit.empty() && q.comparator.empty() && words[0].upper &&
           (!words[1].empty() || words[0].all_upper);
  }

  // Emits lower (already holding its comparator, unit if any) and the upper bound read
  // at r. Bounds without their own comparator become ">=" and "<=".
  size_t EmitRange(Quantity q, const Numeral& a, size_t lower_end, size_t r,
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

  std::string_view t_;
  std::vector<Quantity> out_;
  size_t label_end_ = 0;  // end of the last number read as a label ("khoản 1")
  size_t date_end_ = 0;   // end of the last date ("ngày 2/6")
};

}  // namespace

std::optional<double> ParseVietnameseNumber(std::string_view s) {
  if (s.empty() || s.size() > 40 || !IsDigit(s.front()) || !IsDigit(s.back())) return std::nullopt;
  // Separator positions; each must sit between digits.
  std::array<size_t, 16> seps{};
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsDigit(s[i])) continue;
    if ((s[i] != '.' && s[i] != ',') || !IsDigit(s[i - 1]) || !IsDigit(s[i + 1]) || count == seps.size())
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

std::vector<Quantity> FindQuantities(std::string_view text) { return Scanner(text).Run(); }

}  // namespace kg::extract
