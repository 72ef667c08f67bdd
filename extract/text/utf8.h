// UTF-8 helpers that do not need ICU: validation, code point counting and
// the byte-offset -> character-offset map used for evidence spans.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::text {

// Returns the byte offset of the first invalid UTF-8 sequence, or -1 when the
// whole input is valid (overlongs, surrogates and values above U+10FFFF are invalid).
int64_t FindInvalidUtf8(std::string_view bytes);

inline bool IsValidUtf8(std::string_view bytes) { return FindInvalidUtf8(bytes) < 0; }

// The text itself when it is valid UTF-8, otherwise a copy in which every invalid byte
// is replaced by U+FFFD. `storage` holds the copy when one is needed.
std::string_view ValidUtf8(std::string_view text, std::string& storage);

// True when the text looks binary: a NUL byte or many C0 control characters.
bool LooksBinary(std::string_view bytes);

// True when the bytes look like UTF-16 rather than UTF-8: a UTF-16 byte order mark, or
// (in the first 512 bytes) NUL in most odd or most even positions, as ASCII in UTF-16 has.
bool LooksUtf16(std::string_view bytes);

// Number of code points in valid UTF-8.
size_t CodePointCount(std::string_view utf8);

// Decodes one code point at `pos` (valid UTF-8 required) and advances `pos`.
// Inline: the tokeniser and the recognisers call it for every character.
inline char32_t DecodeAt(std::string_view s, size_t& pos) {
  auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len && pos + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3F);
  pos += len;
  return cp;
}

// Appends the UTF-8 encoding of `cp`.
inline void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    const char b[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 2);
  } else if (cp < 0x10000) {
    const char b[3] = {static_cast<char>(0xE0 | (cp >> 12)),
                       static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                       static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 3);
  } else {
    const char b[4] = {
        static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
        static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 4);
  }
}

// Maps byte offsets of a UTF-8 string to code point offsets. Offsets that fall
// inside a multi-byte sequence map to the code point that contains them.
class CharOffsetMap {
 public:
  explicit CharOffsetMap(std::string_view utf8);
  uint32_t ToChar(size_t byte_offset) const;

 private:
  // code point index at every 64th byte, then a short forward scan
  std::vector<uint32_t> checkpoints_;
  std::string_view text_;
};

}  // namespace kg::text
