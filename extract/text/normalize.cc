#include "extract/text/normalize.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>

#include "extract/text/utf8.h"

namespace kg::text {
namespace {

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFCInstance(status);
}

const icu::Normalizer2& Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFDInstance(status);
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

bool IsNfc(std::string_view utf8) {
  // Checked on the UTF-8 bytes (quick check, resolved in full where it says "maybe"):
  // no UTF-16 copy of the article.
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = Nfc().isNormalizedUTF8(icu::StringPiece(utf8.data(), utf8.size()), status);
  return U_SUCCESS(status) && yes;
}

std::string ToNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  Nfc().normalizeUTF8(0, icu::StringPiece(utf8.data(), utf8.size()), sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(utf8);
  return out;
}

NormalizedText::NormalizedText(std::string_view original) {
  if (IsNfc(original)) {
    text_.assign(original);
    return;
  }
  // Normalise segment by segment, cutting where NFC has a boundary, so that
  // every segment start maps to a known original offset.
  const icu::Normalizer2& nfc = Nfc();
  size_t pos = 0;
  size_t segment_start = 0;
  auto flush = [&](size_t end) {
    if (end <= segment_start) return;
    breaks_.emplace_back(text_.size(), segment_start);
    text_ += ToNfc(original.substr(segment_start, end - segment_start));
    segment_start = end;
  };
  while (pos < original.size()) {
    size_t here = pos;
    char32_t cp = DecodeAt(original, pos);
    if (here > segment_start && nfc.hasBoundaryBefore(static_cast<UChar32>(cp))) flush(here);
  }
  flush(original.size());
}

size_t NormalizedText::ToOriginal(size_t offset) const {
  if (breaks_.empty()) return offset;
  auto it = std::upper_bound(breaks_.begin(), breaks_.end(), std::make_pair(offset, SIZE_MAX));
  if (it == breaks_.begin()) return offset;
  --it;
  // Inside a segment the lengths may differ (composition); offsets past the
  // segment's original end are clamped to it.
  size_t segment_original_end = (it + 1 == breaks_.end()) ? SIZE_MAX : (it + 1)->second;
  return std::min(it->second + (offset - it->first), segment_original_end);
}

namespace {

// Tone mark of a precomposed vowel: 0 none, else the combining mark code point.
struct ToneSplit {
  UChar32 base;
  UChar32 mark;  // 0 when toneless
};

ToneSplit SplitTone(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = Nfd().normalize(icu::UnicodeString(c), status);
  ToneSplit r{c, 0};
  icu::UnicodeString base;
  for (int32_t i = 0; i < d.length(); ++i) {
    UChar ch = d.charAt(i);
    // tone marks: grave, acute, tilde, hook above, dot below
    if (ch == 0x0300 || ch == 0x0301 || ch == 0x0303 || ch == 0x0309 || ch == 0x0323) {
      r.mark = ch;
    } else {
      base.append(ch);
    }
  }
  if (r.mark != 0) r.base = Nfc().normalize(base, status).char32At(0);
  return r;
}

UChar32 WithTone(UChar32 base, UChar32 mark) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s(base);
  s.append(mark);
  return Nfc().normalize(s, status).char32At(0);
}

bool IsLetter(UChar32 c) { return u_isalpha(c); }

// True when some ASCII "o"/"u" not after "q" is followed by a non-ASCII code point: only
// there can CanonicalTones move a tone (the toned second vowel is never ASCII).
bool MayMoveTone(std::string_view utf8) {
  for (size_t i = 0; i + 1 < utf8.size(); ++i) {
    const char c = static_cast<char>(utf8[i] | 0x20);
    if ((c != 'o' && c != 'u') || static_cast<unsigned char>(utf8[i]) >= 0x80) continue;
    if (static_cast<unsigned char>(utf8[i + 1]) < 0x80) continue;
    if (i > 0 && (utf8[i - 1] | 0x20) == 'q') continue;
    return true;
  }
  return false;
}

}  // namespace

std::string CanonicalTones(std::string_view utf8) {
  if (!MayMoveTone(utf8)) return std::string(utf8);  // most names and bodies: nothing to move
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
  // Work on code points; patterns are two-vowel syllable ends oa, oe, uy
  // (any case) where the old style marks the second vowel.
  std::vector<UChar32> cps;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    cps.push_back(c);
    i += U16_LENGTH(c);
  }
  for (size_t i = 0; i + 1 < cps.size(); ++i) {
    UChar32 first = u_tolower(cps[i]);
    if (first != 'o' && first != 'u') continue;
    ToneSplit second = SplitTone(cps[i + 1]);
    if (second.mark == 0) continue;
    UChar32 second_base = u_tolower(second.base);
    bool pair = (first == 'o' && (second_base == 'a' || second_base == 'e')) ||
                (first == 'u' && second_base == 'y');
    if (!pair) continue;
    // only at a syllable end, and not "qu" + vowel (tone stays on the vowel)
    if (i + 2 < cps.size() && IsLetter(cps[i + 2])) continue;
    if (i > 0 && u_tolower(cps[i - 1]) == 'q') continue;
    cps[i] = WithTone(cps[i], second.mark);
    cps[i + 1] = second.base;
  }
  icu::UnicodeString out;
  for (UChar32 c : cps) out.append(c);
  return ToUtf8(out);
}

std::string ToLower(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
  return ToUtf8(u.toLower(icu::Locale::getRoot()));
}

std::string ToUpper(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
  return ToUtf8(u.toUpper(icu::Locale::getRoot()));
}

size_t GraphemeCount(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) return CodePointCount(utf8);
  it->setText(u);
  size_t count = 0;
  for (int32_t p = it->next(); p != icu::BreakIterator::DONE; p = it->next()) ++count;
  return count;
}

}  // namespace kg::text
