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
char32_t DecodeAt(std::string_view utf8, size_t& pos);

// Appends the UTF-8 encoding of `cp`.
void AppendUtf8(char32_t cp, std::string& out);

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
