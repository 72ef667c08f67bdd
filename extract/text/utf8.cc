#include "extract/text/utf8.h"

#include <algorithm>
#include <cstring>

namespace kg::text {

int64_t FindInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      // runs of ASCII (spaces, digits, punctuation, most Latin letters) eight bytes at a time
      while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, p + i, 8);
        if ((word & 0x8080808080808080ULL) != 0) break;
        i += 8;
      }
      continue;
    }
    size_t len;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return static_cast<int64_t>(i);
    }
    if (i + len > n) return static_cast<int64_t>(i);
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return static_cast<int64_t>(i);
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (overlong || surrogate || cp > 0x10FFFF) return static_cast<int64_t>(i);
    i += len;
  }
  return -1;
}

bool LooksBinary(std::string_view s) {
  size_t controls = 0;
  auto count = [&](unsigned char c) {
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
    return c == 0;
  };
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  // eight bytes at a time; only a word holding a byte below 0x20 is looked at byte by byte
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (((word - 0x20 * kOnes) & ~word & kHigh) == 0) continue;
    for (size_t k = 0; k < 8; ++k)
      if (count(p[i + k])) return true;
  }
  for (; i < s.size(); ++i)
    if (count(p[i])) return true;
  return controls > 8 && controls * 20 > s.size();
}

bool LooksUtf16(std::string_view s) {
  if (s.size() >= 2) {
    const auto b0 = static_cast<unsigned char>(s[0]), b1 = static_cast<unsigned char>(s[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return true;
  }
  const size_t n = std::min<size_t>(s.size(), 512) & ~size_t{1};
  if (n < 8) return false;
  size_t even_nul = 0, odd_nul = 0;
  for (size_t i = 0; i < n; ++i) (i % 2 == 0 ? even_nul : odd_nul) += s[i] == '\0';
  const size_t pairs = n / 2;
  return (even_nul * 10 >= pairs * 7 && odd_nul * 10 < pairs) ||
         (odd_nul * 10 >= pairs * 7 && even_nul * 10 < pairs);
}

size_t CodePointCount(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s) count += (c & 0xC0) != 0x80;
  return count;
}

namespace {
constexpr size_t kCheckpointStride = 64;
}

CharOffsetMap::CharOffsetMap(std::string_view utf8) : text_(utf8) {
  checkpoints_.reserve(utf8.size() / kCheckpointStride + 1);
  uint32_t chars = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    if (i % kCheckpointStride == 0) checkpoints_.push_back(chars);
    chars += (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80;
  }
}

uint32_t CharOffsetMap::ToChar(size_t byte_offset) const {
  if (byte_offset >= text_.size()) return static_cast<uint32_t>(CodePointCount(text_));
  size_t block = byte_offset / kCheckpointStride;
  uint32_t chars = checkpoints_[block];
  for (size_t i = block * kCheckpointStride; i < byte_offset; ++i)
    chars += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  // an offset inside a sequence belongs to the code point that started before it
  if ((static_cast<unsigned char>(text_[byte_offset]) & 0xC0) == 0x80 && chars > 0) --chars;
  return chars;
}

std::string_view ValidUtf8(std::string_view text, std::string& storage) {
  int64_t bad = FindInvalidUtf8(text);
  if (bad < 0) return text;
  storage.assign(text.data(), static_cast<size_t>(bad));
  size_t pos = static_cast<size_t>(bad);
  while (pos < text.size()) {
    std::string_view rest = text.substr(pos);
    int64_t next_bad = FindInvalidUtf8(rest);
    if (next_bad == 0) {
      storage += "\xEF\xBF\xBD";  // U+FFFD for one bad byte
      ++pos;
      continue;
    }
    size_t good = next_bad < 0 ? rest.size() : static_cast<size_t>(next_bad);
    storage.append(rest.data(), good);
    pos += good;
  }
  return storage;
}

}  // namespace kg::text
