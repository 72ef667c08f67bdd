// Document numbers, found by a scanner anchored on '/': every Party number ("15-NQ/TU") and
// every state number ("100/2019/NĐ-CP", "134/KH-UBND", "61/2019/QH14") has one, and '/' is
// rare in prose, so memchr skips almost all of the text. The bytes around each '/' are read
// as one of the two conventions; the words before the number ("Nghị quyết số") name its type.
#include "extract/recognise/document_numbers.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "extract/recognise/document_words.h"
#include "extract/recognise/scanner.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace document_scan {
namespace {

using scan::DigitsEnd;
using scan::IsAsciiAlnum;
using scan::IsAsciiLetter;
using scan::IsDigit;
using scan::kNone;
using scan::NonAsciiLetterAt;
using scan::SkipSpacesBackExceptTabs;

// Length of the code character at p: ASCII letters and digits, Đ đ Ư ư; 0 for anything else.
int CodeCharAt(std::string_view t, size_t p) {
  if (p >= t.size()) return 0;
  if (IsAsciiAlnum(t[p])) return 1;
  if (p + 1 < t.size()) {
    auto a = static_cast<unsigned char>(t[p]), b = static_cast<unsigned char>(t[p + 1]);
    if ((a == 0xC4 && (b == 0x90 || b == 0x91)) || (a == 0xC6 && (b == 0xAF || b == 0xB0)))
      return 2;
  }
  return 0;
}
// Length of the code character that ends at e (0 when none). A lead byte C4/C6 never
// continues another sequence, so two bytes back are always a whole character.
int CodeCharBefore(std::string_view t, size_t e) {
  if (e >= 1 && IsAsciiAlnum(t[e - 1])) return 1;
  if (e >= 2 && CodeCharAt(t, e - 2) == 2) return 2;
  return 0;
}
size_t SegmentEnd(std::string_view t, size_t p) {
  const size_t begin = p;
  while (int n = CodeCharAt(t, p)) p += n;
  // "NĐ-CPngày": a missing space before "ngày" leaves the code without its last letters
  if (p - begin > 2 && t.compare(p - 2, 2, "ng") == 0 && t.compare(p, 3, "ày") == 0) p -= 2;
  return p;
}
size_t SegmentBegin(std::string_view t, size_t e) {
  while (int n = CodeCharBefore(t, e)) e -= n;
  return e;
}

bool UpperAt(std::string_view s, size_t i) {
  return (s[i] >= 'A' && s[i] <= 'Z') || s.compare(i, 2, "Đ") == 0 || s.compare(i, 2, "Ư") == 0;
}

// An issuer or unit code: upper-case letters (at least two), then digits ("QH14"); "TTg".
bool IsUpperCode(std::string_view s) {
  if (s == "TTg" || s == "Ttg") return true;
  int letters = 0;
  bool digits = false;
  for (size_t i = 0; i < s.size();) {
    if (IsDigit(s[i])) {
      if (letters == 0) return false;
      digits = true;
      ++i;
    } else if (!digits && UpperAt(s, i)) {
      ++letters;
      i += s[i] & 0x80 ? 2 : 1;
    } else {
      return false;
    }
  }
  return letters >= 2;
}
// A unit or co-issuer code after a dash, looser: "GDTrH", "TCTTTg", "P12", "C81".
bool IsUnitCode(std::string_view s) {
  if (IsUpperCode(s) || s.ends_with("TTg")) return !s.empty();
  if (s.empty() || !UpperAt(s, 0)) return false;
  int upper = 0, digits = 0;
  for (size_t i = 0; i < s.size();) {
    if (IsDigit(s[i])) {
      ++digits, ++i;
    } else if (UpperAt(s, i)) {
      ++upper;
      i += s[i] & 0x80 ? 2 : 1;
    } else if (s[i] & 0x80) {
      return false;  // "QLĐTư": a word glued on, not a code
    } else {
      ++i;
    }
  }
  return upper >= 2 || (upper == 1 && digits > 0 && digits == static_cast<int>(s.size()) - 1);
}
bool HasDigit(std::string_view s) {
  for (char c : s)
    if (IsDigit(c)) return true;
  return false;
}

// A number may start at b: not glued to a word, another number or a path ("/2019/12").
bool NumberMayStartAt(std::string_view t, size_t b) {
  if (b == 0) return true;
  char c = t[b - 1];
  if (IsAsciiAlnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || CodeCharBefore(t, b))
    return false;
  // "1,5", "QCVN 01:2009/BYT", "10:30"
  return !((c == ',' || c == ':') && b >= 2 && IsDigit(t[b - 2]));
}

// A dash ('-', '–', '—') at p, with one space either side when `spaced`; the position
// after it, or kNone.
size_t DashAt(std::string_view t, size_t p, bool spaced) {
  if (spaced && p < t.size() && t[p] == ' ') ++p;
  const size_t dash = scan::DashLen(t, p);
  if (dash == 0) return kNone;
  p += dash;
  if (spaced && p < t.size() && t[p] == ' ') ++p;
  return p;
}
// The same, backwards: the position of the dash that ends at e.
size_t DashBefore(std::string_view t, size_t e) {
  if (e > 0 && t[e - 1] == ' ') --e;
  const size_t dash = scan::DashLenBefore(t, e);
  if (dash == 0) return kNone;
  e -= dash;
  if (e > 0 && t[e - 1] == ' ') --e;
  return e;
}

// Start of the word (letters; any non-ASCII byte but a no-break space) ending at e, or kNone.
size_t WordBefore(std::string_view t, size_t e) {
  constexpr size_t kLongest = 24;  // bytes; longer words are no type words
  size_t b = e;
  while (b > 0 && e - b <= kLongest) {
    char c = t[b - 1];
    if (!IsAsciiLetter(c) &&
        (!(c & 0x80) || scan::LiteralAt(t, b >= 2 ? b - 2 : 0, scan::kNoBreakSpace)))
      break;
    --b;
  }
  if (b == e || e - b > kLongest) return kNone;
  return b;
}

struct TypeWord {
  bool found = false;
  Type type = kUnknown;
  size_t begin = 0;
};
// "Nghị quyết số 15-NQ/TU", "Kế hoạch số: 134/KH-UBND", "Chỉ thị 35-CT/TW".
TypeWord TypeBefore(std::string_view t, size_t number_begin) {
  size_t p = SkipSpacesBackExceptTabs(t, number_begin);
  if (p > 0 && t[p - 1] == ':') p = SkipSpacesBackExceptTabs(t, p - 1);
  std::array<std::string, 5> words;  // nearest first
  std::array<size_t, 5> begins{};
  int n = 0;
  while (n < 5) {
    size_t b = WordBefore(t, p);
    if (b == kNone) break;
    words[n] = text::LexiconKey(t.substr(b, p - b));
    begins[n++] = b;
    p = SkipSpacesBackExceptTabs(t, b);
  }
  const int first = n > 0 && words[0] == "số" ? 1 : 0;
  for (const Phrase& phrase : TypePhrases()) {
    if (first + phrase.size > n) continue;
    bool same = true;
    for (int k = 0; k < phrase.size && same; ++k)
      same = words[first + phrase.size - 1 - k] == phrase.words[k];
    if (same) return {true, phrase.type, begins[first + phrase.size - 1]};
  }
  return {};
}

void SetType(DocumentMention& m, const TypeWord& word, Type from_code, size_t number_begin) {
  Type type = word.found && word.type != kUnknown ? word.type : from_code;
  m.type = std::string(NameOf(type).vi);
  m.type_en = std::string(NameOf(type).en);
  m.type_begin = word.found ? word.begin : number_begin;
}

// "15-NQ/TU", "439 – QĐNS/TW": the '/' at s follows the type code.
bool MatchParty(std::string_view t, size_t s, size_t last_end, DocumentMention& m) {
  const size_t code_begin = SegmentBegin(t, s);
  const std::string_view code = t.substr(code_begin, s - code_begin);
  if (code.empty() || HasDigit(code) || !UpperAt(code, 0)) return false;
  const size_t digits_end = DashBefore(t, code_begin);
  if (digits_end == kNone) return false;
  size_t b = digits_end;
  while (b > 0 && IsDigit(t[b - 1]) && digits_end - b <= 4) --b;
  if (b == digits_end || digits_end - b > 4 || b < last_end || !NumberMayStartAt(t, b))
    return false;
  const size_t issuer_end = SegmentEnd(t, s + 1);
  const std::string_view issuer = t.substr(s + 1, issuer_end - s - 1);
  if (!IsUpperCode(issuer) || NonAsciiLetterAt(t, issuer_end)) return false;
  const Type from_code = TypeOfCode(code);
  const TypeWord word = TypeBefore(t, b);
  // An unknown code counts only after a type word: "2017 - REUTERS/Erik" is a photo credit.
  if (from_code == kUnknown && (!word.found || code.size() > 5 || !IsUpperCode(code))) return false;

  m.begin = b;
  m.end = issuer_end;
  m.number.assign(t.substr(b, digits_end - b)).append("-").append(code).append("/").append(issuer);
  SetType(m, word, from_code, b);
  m.issuer_code = std::string(issuer);
  std::string_view name = PartyIssuerName(issuer);
  if (name.empty() &&
      (issuer == "CP" || issuer.ends_with("Tg") || issuer == "TTG"))  // "824-QĐ/TTg"
    name = StateIssuerName(issuer);
  m.national_issuer = std::string(name);
  // a central body we have no name for ("…TW") is national all the same
  const bool central =
      !m.national_issuer.empty() || issuer.ends_with("TW") || issuer.ends_with("TƯ");
  m.local = !central;
  m.year = 0;
  return true;
}

bool IsAssemblyCode(std::string_view s) {  // "QH14", "UBTVQH14"
  std::string_view rest = s.starts_with("UBTVQH") ? s.substr(6)
                          : s.starts_with("QH")   ? s.substr(2)
                                                  : "";
  if (rest.empty()) return false;
  for (char c : rest)
    if (!IsDigit(c)) return false;
  return true;
}

void SetStateIssuer(DocumentMention& m, std::string_view first) {
  if (IsAssemblyCode(first)) {
    m.national_issuer = first.starts_with("UB") ? "Ủy ban Thường vụ Quốc hội" : "Quốc hội";
    return;
  }
  std::string_view name = StateIssuerName(first);
  if (name.empty()) name = PartyIssuerName(first);
  m.national_issuer = std::string(name);
  if (!m.national_issuer.empty()) return;
  if (HasLocalStatePrefix(first)) m.local = true;
  // a department (Sở): "SKHĐT", "STNMT", "SYT"
  if (first.size() >= 3 && first[0] == 'S' && !HasDigit(first)) m.local = true;
}

struct Segment {
  size_t begin, end;
  char separator;  // the one before it: '/' or '-'
};

// "100/2019/NĐ-CP", "134/KH-UBND", "61/2019/QH14", "1234/UBND-VP": the '/' at s follows
// the serial number.
bool MatchState(std::string_view t, size_t s, size_t last_end, DocumentMention& m) {
  const bool spaced_left = s > 0 && t[s - 1] == ' ';
  const size_t digits_end = spaced_left ? s - 1 : s;
  size_t b = digits_end;
  while (b > 0 && IsDigit(t[b - 1]) && digits_end - b <= 5) --b;
  if (b == digits_end || digits_end - b > 5 || b < last_end || !NumberMayStartAt(t, b))
    return false;
  size_t p = s + 1;
  const bool spaced_right = p < t.size() && t[p] == ' ';
  if (spaced_right) ++p;
  int year = 0;
  if (p + 5 <= t.size() && IsDigit(t[p]) && IsDigit(t[p + 1]) && IsDigit(t[p + 2]) &&
      IsDigit(t[p + 3]) && t[p + 4] == '/') {
    year = (t[p] - '0') * 1000 + (t[p + 1] - '0') * 100 + (t[p + 2] - '0') * 10 + (t[p + 3] - '0');
    if (year < 1945 || year > 2099) return false;
    p += 5;
  }
  std::array<Segment, 6> segments{};
  size_t count = 0;
  segments[count++] = {p, SegmentEnd(t, p), '/'};
  const std::string_view first = t.substr(p, segments[0].end - p);
  if (first.empty() || !UpperAt(first, 0)) return false;
  const Type from_code = TypeOfCode(first);
  if (from_code == kUnknown && !IsUnitCode(first)) return false;
  for (size_t q = segments[0].end; count < segments.size();) {
    const bool may_space = count == 1 && from_code != kUnknown;  // "NĐ- CP", "QĐ - UBND"
    size_t r = DashAt(t, q, may_space);
    char separator = '-';
    if (r == kNone && count == 1 && from_code != kUnknown && q < t.size() && t[q] == '/')
      r = q + 1, separator = '/';  // "06/2008/TTLT/BCA-VKSNDTC"
    if (r == kNone && count == 1 && from_code != kUnknown && q + 1 < t.size() && t[q] == ' ' &&
        IsUpperCode(t.substr(q + 1, SegmentEnd(t, q + 1) - q - 1)) &&
        SegmentEnd(t, q + 1) - q - 1 >= 3)
      r = q + 1, separator = '\0';  // "1177/QĐ BGDĐT": the issuer after a space, printed joined
    if (r == kNone) break;
    const size_t e = SegmentEnd(t, r);
    const std::string_view code = t.substr(r, e - r);
    const bool spaced = t[q] == ' ' || t[r - 1] == ' ';
    if (NonAsciiLetterAt(t, e) || !(spaced ? IsUpperCode(code) : IsUnitCode(code))) break;
    segments[count++] = {r, e, separator};
    q = e;
  }
  if (NonAsciiLetterAt(t, segments[count - 1].end)) return false;

  const TypeWord word = TypeBefore(t, b);
  Type type;
  size_t issuer_from = 1;
  if (from_code != kUnknown && (count >= 2 || year > 0 || word.found)) {
    type = from_code;  // "134/KH-UBND", "05/2020/NQ"
  } else if (from_code == kUnknown && count == 1 && IsAssemblyCode(first)) {
    type = year > 0 && first.starts_with("QH") ? kLaw : kUnknown;  // "61/2019/QH14"
    issuer_from = 0;
  } else if (from_code == kUnknown && count >= 2 &&
             ((IsUpperCode(first) && !IsOtherPaper(first)) || word.found)) {
    // issuer then its unit: "1234/UBND-VP", "5/TTg-CN"; "Công văn số 238/C46-P12"
    type = kOfficialLetter;
    issuer_from = 0;
  } else if (from_code == kUnknown && count == 1 && word.found && IsUpperCode(first)) {
    type = kUnknown;  // "Nghị định số 36/CP", "Công văn số 17/2013/TPL"
    issuer_from = 0;
  } else {
    return false;
  }
  // Spaces inside ("1 / NĐ-CP") only where the code leaves no doubt.
  if ((spaced_left || spaced_right) && !(from_code != kUnknown && count >= 2)) return false;

  m.begin = b;
  m.end = segments[count - 1].end;
  m.number.assign(t.substr(b, digits_end - b)).append("/");
  if (year > 0) m.number.append(std::to_string(year)).append("/");
  m.issuer_code.clear();
  for (size_t k = 0; k < count; ++k) {
    const std::string_view seg = t.substr(segments[k].begin, segments[k].end - segments[k].begin);
    if (k > 0 && segments[k].separator != '\0') m.number.push_back(segments[k].separator);
    m.number.append(seg);
    if (k < issuer_from) continue;
    // a unit after the issuer ("UBND-VP", "QĐ-UBND-NC") is no part of the issuer
    // (only joint documents, "TTLT-BCA-BQP", have several)
    if (k > issuer_from && !first.ends_with("LT")) continue;
    if (!m.issuer_code.empty()) m.issuer_code.push_back('-');
    m.issuer_code.append(seg);
  }
  SetType(m, word, type, b);
  m.local = false;
  m.national_issuer.clear();
  if (issuer_from < count) {
    const Segment& i = segments[issuer_from];
    SetStateIssuer(m, t.substr(i.begin, i.end - i.begin));
  }
  m.year = year;
  return true;
}

}  // namespace

namespace {

// "Kết luận số 35 của Ban Bí thư", "Chỉ thị 05 của Bộ Chính trị": digits after a type
// word, with no code and not the start of a date, a decimal or a coded number.
std::vector<DocumentMention> FindBareNumbers(std::string_view t,
                                             const std::vector<DocumentMention>& coded) {
  std::vector<DocumentMention> out;
  size_t next_coded = 0;
  for (size_t p = 0; p < t.size(); ++p) {
    if (!IsDigit(t[p]) || (p > 0 && (IsDigit(t[p - 1]) || IsAsciiAlnum(t[p - 1])))) continue;
    const size_t e = DigitsEnd(t, p);
    const size_t digits = e - p;
    const bool year_like =
        digits == 4 && (t.compare(p, 2, "19") == 0 || t.compare(p, 2, "20") == 0);
    // ("Kế hoạch 2020" is a plan for a year, not a number)
    if (digits > 4 || year_like ||
        (e < t.size() && (t[e] == '/' || t[e] == '-' || t[e] == '.' || t[e] == ',' || t[e] == '%' ||
                          IsAsciiAlnum(t[e])))) {
      p = e;
      continue;
    }
    while (next_coded < coded.size() && coded[next_coded].end <= p) ++next_coded;
    if (next_coded < coded.size() && coded[next_coded].begin <= p) {
      p = e;
      continue;
    }
    const size_t before = SkipSpacesBackExceptTabs(t, p);
    if (before == 0 || !(t[before - 1] & 0x80 || IsAsciiLetter(t[before - 1]))) {
      p = e;
      continue;
    }
    const TypeWord word = TypeBefore(t, p);
    if (word.found && word.type != kUnknown) {
      DocumentMention m;
      m.begin = p;
      m.end = e;
      m.number = std::string(t.substr(p, digits));
      m.bare = true;
      SetType(m, word, kUnknown, p);
      out.push_back(std::move(m));
    }
    p = e;
  }
  return out;
}

}  // namespace
}  // namespace document_scan

using document_scan::FindBareNumbers;
using document_scan::MatchParty;
using document_scan::MatchState;

std::vector<DocumentMention> FindDocumentNumbers(std::string_view text) {
  std::vector<DocumentMention> found;
  size_t last_end = 0;
  for (size_t from = 0; from < text.size();) {
    const void* hit = std::memchr(text.data() + from, '/', text.size() - from);
    if (hit == nullptr) break;
    const size_t slash = static_cast<const char*>(hit) - text.data();
    from = slash + 1;
    DocumentMention m;
    if (MatchParty(text, slash, last_end, m) || MatchState(text, slash, last_end, m)) {
      last_end = m.end;
      from = std::max(from, m.end);
      found.push_back(std::move(m));
    }
  }
  std::vector<DocumentMention> bare = FindBareNumbers(text, found);
  if (!bare.empty()) {
    found.insert(found.end(), bare.begin(), bare.end());
    std::sort(found.begin(), found.end(),
              [](const DocumentMention& a, const DocumentMention& b) { return a.begin < b.begin; });
  }
  return found;
}

}  // namespace kg::extract
