// Unicode normalisation and Vietnamese-aware folding, all through ICU.
//
// Thread-safe: every function is pure; ICU's normaliser instances are shared
// read-only singletons.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::text {

// True when the UTF-8 text is already in NFC (ICU quick check, then a full check
// only when the quick check is inconclusive).
bool IsNfc(std::string_view utf8);

// NFC form of valid UTF-8.
std::string ToNfc(std::string_view utf8);

// NFC text together with a map back to the bytes of the text as given, so that
// evidence found in the normalised text can point into the original.
class NormalizedText {
 public:
  explicit NormalizedText(std::string_view original);
  const std::string& text() const { return text_; }
  bool changed() const { return !breaks_.empty(); }
  // Byte offset in the original for a byte offset in the normalised text.
  size_t ToOriginal(size_t normalized_offset) const;

 private:
  std::string text_;
  // (normalised offset, original offset) at each normalisation segment start;
  // empty when the input was already NFC
  std::vector<std::pair<size_t, size_t>> breaks_;
};

// Search key: NFD, combining marks removed, đ/Đ -> d, full case folding,
// runs of white space collapsed to one space and trimmed.
// "Nguyễn Xuân Ký", "nguyen xuan ky" and "NGUYỄN XUÂN KÝ" fold alike. (fold.cc: a
// table of each code point's fold, made through ICU once, serves the common scripts.)
std::string Fold(std::string_view utf8);
// The same, through ICU for the whole text: the definition Fold is tested against.
std::string FoldWithIcu(std::string_view utf8);

// Puts tone marks on the vowel where the modern ("new") convention does:
// "hoà" -> "hòa", "Uỷ" -> "Ủy", "thuỷ" -> "thủy" (not after "q": "quý" stays).
// Input and output are NFC.
std::string CanonicalTones(std::string_view utf8);

// ICU full case mapping (root locale): "ß" upper-cases to "SS".
std::string ToLower(std::string_view utf8);
std::string ToUpper(std::string_view utf8);

// Number of user-perceived characters (extended grapheme clusters).
size_t GraphemeCount(std::string_view utf8);

}  // namespace kg::text
