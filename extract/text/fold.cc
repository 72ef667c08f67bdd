// text::Fold, the search key of names and bodies. The rule is ICU's (NFD, marks dropped,
// đ -> d, case folding, white space collapsed), applied per code point: folding a string is
// the concatenation of folding each of its code points (canonical reordering only moves
// marks, which are dropped), with white space collapsed between them. So the fold of every
// code point below kTableEnd is computed once through ICU and kept in a table; text made
// of those code points (all Vietnamese, Latin, Greek, Cyrillic, punctuation) folds without
// ICU. Anything else, and invalid UTF-8, takes the ICU path, which defines the result.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstring>

#include "extract/text/normalize.h"

namespace kg::text {
namespace {

constexpr char32_t kTableEnd = 0x3000;  // three-byte UTF-8 with lead byte E0-E2

// The fold of one code point: its bytes, or white space, or "ask ICU" (never expected).
struct FoldedCodePoint {
  enum Kind : uint8_t { kText, kSpace, kIcu };
  Kind kind = kIcu;
  uint8_t size = 0;
  char bytes[6] = {};
};

bool DroppedMark(UChar32 c) {
  return u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

FoldedCodePoint FoldOne(const icu::Normalizer2& nfd, UChar32 cp) {
  FoldedCodePoint f;
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString d = nfd.normalize(icu::UnicodeString(cp), status);
  if (U_FAILURE(status)) return f;
  std::string out;
  bool space = false;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (DroppedMark(c)) continue;
    if (c == 0x0111 || c == 0x0110) c = 'd';
    if (u_isUWhiteSpace(c)) {
      space = true;
      continue;
    }
    icu::UnicodeString(u_foldCase(c, U_FOLD_CASE_DEFAULT)).toUTF8String(out);
  }
  if (space && !out.empty()) return f;  // white space beside text: leave it to ICU
  if (out.size() > sizeof f.bytes) return f;
  f.kind = space ? FoldedCodePoint::kSpace : FoldedCodePoint::kText;
  f.size = static_cast<uint8_t>(out.size());
  std::memcpy(f.bytes, out.data(), out.size());
  return f;
}

const std::array<FoldedCodePoint, kTableEnd>& FoldTable() {
  static const auto* table = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2& nfd = *icu::Normalizer2::getNFDInstance(status);
    auto* t = new std::array<FoldedCodePoint, kTableEnd>();
    for (char32_t cp = 0; cp < kTableEnd; ++cp) (*t)[cp] = FoldOne(nfd, static_cast<UChar32>(cp));
    return t;
  }();
  return *table;
}

// Decodes a code point below kTableEnd at `pos`, checking the UTF-8; false for anything
// else (larger code points, invalid or truncated sequences).
bool DecodeTableCodePoint(std::string_view s, size_t& pos, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    cp = b0;
    ++pos;
    return true;
  }
  auto continuation = [&](size_t k) {
    return pos + k < s.size() && (static_cast<unsigned char>(s[pos + k]) & 0xC0) == 0x80;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!continuation(1)) return false;
    cp = (char32_t{b0} & 0x1F) << 6 | (static_cast<unsigned char>(s[pos + 1]) & 0x3F);
    pos += 2;
    return true;
  }
  if (b0 >= 0xE0 && b0 <= 0xE2) {
    if (!continuation(1) || !continuation(2)) return false;
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    if (b0 == 0xE0 && b1 < 0xA0) return false;  // overlong
    cp = (char32_t{b0} & 0x0F) << 12 | (char32_t{b1} & 0x3F) << 6 |
         (static_cast<unsigned char>(s[pos + 2]) & 0x3F);
    pos += 3;
    return true;
  }
  return false;
}

}  // namespace

std::string FoldWithIcu(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
  icu::UnicodeString d = icu::Normalizer2::getNFDInstance(status)->normalize(u, status);
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (DroppedMark(c)) continue;
    if (c == 0x0111 || c == 0x0110) c = 'd';
    if (u_isUWhiteSpace(c)) {
      pending_space = out.length() > 0;
      continue;
    }
    if (pending_space) out.append(static_cast<UChar32>(' '));
    pending_space = false;
    out.append(u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string Fold(std::string_view utf8) {
  const auto& table = FoldTable();
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (size_t pos = 0; pos < utf8.size();) {
    char32_t cp = 0;
    if (!DecodeTableCodePoint(utf8, pos, cp)) return FoldWithIcu(utf8);
    const FoldedCodePoint& f = table[cp];
    if (f.kind == FoldedCodePoint::kIcu) return FoldWithIcu(utf8);
    if (f.kind == FoldedCodePoint::kSpace) {
      pending_space = !out.empty();
      continue;
    }
    if (f.size == 0) continue;  // a mark
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(f.bytes, f.size);
  }
  return out;
}

}  // namespace kg::text
