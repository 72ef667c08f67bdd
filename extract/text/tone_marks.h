// Where the tone mark of a final "oa", "oe" or "uy" sits: on the second vowel in the old
// style ("hoà", "khoẻ", "Uỷ"), on the first in the modern one ("hòa", "khỏe", "Ủy"). The one
// table of these pairs, used by lexicon keys (vietnamese.cc) and by the province scanner's
// word keys, so both read either style the same way.
#pragma once

#include <cstddef>

namespace kg::text {

struct ToneMove {
  char32_t first_with_tone;  // 0: nothing to move
  char32_t plain_second;
};

// The modern spelling of the lower-case pair (first, second) when `second` carries a tone
// this rule moves ('o' + 'à' -> 'ò' + 'a', 'u' + 'ỷ' -> 'ủ' + 'y'); {0, 0} otherwise.
// Whether the pair ends a syllable, and is not the "u" of "qu", is the caller's to check.
inline ToneMove ModernTonePair(char32_t first, char32_t second) {
  // tone order in every row: grave, acute, hook above, tilde, dot below
  static constexpr char32_t kA[] = {0xE0, 0xE1, 0x1EA3, 0xE3, 0x1EA1};
  static constexpr char32_t kE[] = {0xE8, 0xE9, 0x1EBB, 0x1EBD, 0x1EB9};
  static constexpr char32_t kY[] = {0x1EF3, 0xFD, 0x1EF7, 0x1EF9, 0x1EF5};
  static constexpr char32_t kO[] = {0xF2, 0xF3, 0x1ECF, 0xF5, 0x1ECD};
  static constexpr char32_t kU[] = {0xF9, 0xFA, 0x1EE7, 0x169, 0x1EE5};
  for (int i = 0; i < 5; ++i) {
    if (first == 'o' && second == kA[i]) return {kO[i], 'a'};
    if (first == 'o' && second == kE[i]) return {kO[i], 'e'};
    if (first == 'u' && second == kY[i]) return {kU[i], 'y'};
  }
  return {0, 0};
}

// Moves the tone of a final "oa", "oe" or "uy" of one word, given as `n` lower-case code
// points, to the first vowel; "quý" keeps its tone where it is.
inline void ModernToneAtWordEnd(char32_t* cps, size_t n) {
  if (n < 2 || (n >= 3 && cps[n - 3] == 'q')) return;
  const ToneMove move = ModernTonePair(cps[n - 2], cps[n - 1]);
  if (move.first_with_tone == 0) return;
  cps[n - 2] = move.first_with_tone;
  cps[n - 1] = move.plain_second;
}

}  // namespace kg::text
