// Cursor helpers for the recognisers that scan NFC text byte by byte (numbers, dates,
// provinces, document numbers): byte classes, spaces, dashes, digit runs and the code
// point at or before a position. Positions are byte offsets into the text; nothing here
// allocates. The text is valid UTF-8 (the corpus readers reject anything else).
#pragma once

#include <cstddef>
#include <string_view>

#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract::scan {

// A position that is none: nothing found, nothing follows.
constexpr size_t kNone = std::string_view::npos;

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }  // ASCII only
inline bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsAsciiAlnum(char c) { return IsDigit(c) || IsAsciiLetter(c); }
inline bool IsBlank(char c) { return c == ' ' || c == '\t'; }

inline unsigned char ByteAt(std::string_view t, size_t p) {
  return static_cast<unsigned char>(t[p]);
}

inline bool LiteralAt(std::string_view t, size_t p, std::string_view literal) {
  return t.substr(p, literal.size()) == literal;
}

inline bool DigitAt(std::string_view t, size_t p) { return p < t.size() && IsDigit(t[p]); }

// End of the run of ASCII digits that starts at p (p itself when there is none).
inline size_t DigitsEnd(std::string_view t, size_t p) {
  while (p < t.size() && IsDigit(t[p])) ++p;
  return p;
}

// ---- spaces: blanks, tabs and no-break spaces, never a line break

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

// Length of the space at p; 0 when none.
inline size_t SpaceLen(std::string_view t, size_t p) {
  if (p >= t.size()) return 0;
  if (IsBlank(t[p])) return 1;
  if (t[p] == '\xC2' && p + 1 < t.size() && t[p + 1] == '\xA0') return 2;
  return 0;
}

inline size_t SkipSpaces(std::string_view t, size_t p) {
  while (size_t n = SpaceLen(t, p)) p += n;
  return p;
}

// Start of the run of spaces (blanks, no-break spaces, and tabs when `tabs`) that ends at p.
inline size_t SkipSpacesBackFrom(std::string_view t, size_t p, bool tabs) {
  while (p > 0) {
    if (t[p - 1] == ' ' || (tabs && t[p - 1] == '\t')) {
      --p;
    } else if (p >= 2 && t[p - 2] == '\xC2' && t[p - 1] == '\xA0') {
      p -= 2;
    } else {
      break;
    }
  }
  return p;
}

// Start of the run of spaces that ends at p.
inline size_t SkipSpacesBack(std::string_view t, size_t p) {
  return SkipSpacesBackFrom(t, p, true);
}

// As SkipSpacesBack, but a tab stops it: the document-number scanner has always looked
// for its type word ("Nghị quyết số …") only across blanks and no-break spaces.
inline size_t SkipSpacesBackExceptTabs(std::string_view t, size_t p) {
  return SkipSpacesBackFrom(t, p, false);
}

// ---- dashes: '-', en dash (U+2013), em dash (U+2014)

constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kEmDash = "\xE2\x80\x94";

// Length of the dash at p; 0 when none.
inline size_t DashLen(std::string_view t, size_t p) {
  if (p >= t.size()) return 0;
  if (t[p] == '-') return 1;
  if (LiteralAt(t, p, kEnDash) || LiteralAt(t, p, kEmDash)) return 3;
  return 0;
}

// Length of the dash that ends at e; 0 when none.
inline size_t DashLenBefore(std::string_view t, size_t e) {
  if (e > 0 && t[e - 1] == '-') return 1;
  if (e >= 3 && (LiteralAt(t, e - 3, kEnDash) || LiteralAt(t, e - 3, kEmDash))) return 3;
  return 0;
}

// ---- code points

// Start of the code point that ends at `end` (end > 0).
inline size_t CodePointStart(std::string_view t, size_t end) {
  size_t b = end - 1;
  while (b > 0 && end - b < 4 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
  return b;
}

// The code point at p (0 at the end of the text); *next = where the one after starts.
inline char32_t CodePointAt(std::string_view t, size_t p, size_t* next = nullptr) {
  if (p >= t.size()) {
    if (next) *next = p;
    return 0;
  }
  size_t q = p;
  char32_t c = text::DecodeAt(t, q);
  if (next) *next = q < t.size() ? q : t.size();  // a sequence cut short by the end
  return c;
}

// The code point that ends at p (0 at the start of the text); *start = where it begins.
inline char32_t CodePointBefore(std::string_view t, size_t p, size_t* start = nullptr) {
  if (p == 0) {
    if (start) *start = 0;
    return 0;
  }
  size_t q = CodePointStart(t, p);
  if (start) *start = q;
  return text::DecodeAt(t, q);
}

// A letter of any script (ASCII included) at p / ending at p.
inline bool LetterAt(std::string_view t, size_t p) {
  return p < t.size() && text::IsLetter(CodePointAt(t, p));
}
inline bool LetterBefore(std::string_view t, size_t p) {
  return p > 0 && text::IsLetter(CodePointBefore(t, p));
}

// A letter outside ASCII at p ("Đ" of "SHB-Đà Nẵng"); ASCII letters do not count.
inline bool NonAsciiLetterAt(std::string_view t, size_t p) {
  return p < t.size() && (t[p] & 0x80) && text::IsLetter(CodePointAt(t, p));
}

}  // namespace kg::extract::scan
