#include "extract/text/vietnamese.h"

#include <unicode/uchar.h>

#include "extract/text/tone_marks.h"
#include "extract/text/utf8.h"

namespace kg::text {

bool IsUpperVietnamese(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 0 && c != 0x138;
  if (c == 0x1A0 || c == 0x1AF) return true;
  if (c >= 0x1EA0 && c <= 0x1EF9) return (c % 2) == 0;
  return u_isupper(static_cast<UChar32>(c));
}

char32_t LowerVietnamese(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (!IsUpperVietnamese(c)) return c;
  if (c >= 0xC0 && c <= 0xDE) return c + 0x20;
  if (c >= 0x100 && c <= 0x17F) return c + 1;
  if (c == 0x1A0) return 0x1A1;
  if (c == 0x1AF) return 0x1B0;
  if (c >= 0x1EA0 && c <= 0x1EF9) return c + 1;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1EA0 && c <= 0x1EF9))
    return true;
  return u_isalpha(static_cast<UChar32>(c));
}

std::string LexiconKey(std::string_view utf8) {
  // Most words are short; pure ASCII ones only need lower-casing (a tone this rule moves
  // is never ASCII). Others are decoded into a buffer on the stack when they fit.
  bool ascii = true;
  for (char ch : utf8) ascii &= static_cast<unsigned char>(ch) < 0x80;
  std::string out;
  if (ascii) {
    out.assign(utf8);
    for (char& ch : out)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    return out;
  }
  constexpr size_t kOnStack = 64;
  char32_t stack[kOnStack];
  std::u32string heap;
  char32_t* cps = stack;
  if (utf8.size() > kOnStack) {  // at most one code point per byte
    heap.resize(utf8.size());
    cps = heap.data();
  }
  size_t n = 0;
  for (size_t pos = 0; pos < utf8.size();) cps[n++] = LowerVietnamese(DecodeAt(utf8, pos));
  for (size_t i = 0; i + 1 < n; ++i) {
    if (cps[i] != 'o' && cps[i] != 'u') continue;
    ToneMove move = ModernTonePair(cps[i], cps[i + 1]);
    if (move.first_with_tone == 0) continue;
    if (i + 2 < n && IsLetter(cps[i + 2])) continue;  // not at syllable end
    if (i > 0 && cps[i - 1] == 'q') continue;         // "quý": u belongs to qu
    cps[i] = move.first_with_tone;
    cps[i + 1] = move.plain_second;
  }
  out.reserve(utf8.size());
  for (size_t i = 0; i < n; ++i) AppendUtf8(cps[i], out);
  return out;
}

bool StartsUpper(std::string_view utf8) {
  if (utf8.empty()) return false;
  size_t pos = 0;
  return IsUpperVietnamese(DecodeAt(utf8, pos));
}

bool AllUpper(std::string_view utf8) {
  int letters = 0;
  for (size_t pos = 0; pos < utf8.size();) {
    char32_t c = DecodeAt(utf8, pos);
    if (!IsLetter(c)) continue;
    if (!IsUpperVietnamese(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace kg::text
