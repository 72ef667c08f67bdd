#include "extract/clean/line_rules.h"

#include <array>

#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace {

// False when the key of `line` cannot start with the first code point of `key`, found
// without building the key: a line's key starts with its first code point lower-cased,
// unless that is an "o" or "u" which a tone move may change ("oà" -> "òa").
bool FirstLetterDiffers(std::string_view line, std::string_view key) {
  if (line.empty() || key.empty()) return false;
  size_t pos = 0;
  const char32_t first = text::LowerVietnamese(text::DecodeAt(line, pos));
  if (first == 'o' || first == 'u') return false;
  pos = 0;
  return first != text::DecodeAt(key, pos);
}

bool StartsWithKey(std::string_view line, std::string_view prefix_key) {
  // compare on lexicon keys (lower case, one tone style) of the line's start
  if (line.size() < prefix_key.size() / 2) return false;
  if (FirstLetterDiffers(line, prefix_key)) return false;  // most lines, without a key
  std::string key = text::LexiconKey(line.substr(0, std::min(line.size(), prefix_key.size() + 8)));
  return key.compare(0, prefix_key.size(), prefix_key) == 0;
}

bool EqualsKey(std::string_view line, std::string_view key) {
  if (line.size() > key.size() + 8) return false;
  if (FirstLetterDiffers(line, key)) return false;
  std::string k = text::LexiconKey(line);
  while (!k.empty() && (k.back() == ':' || k.back() == '.' || k.back() == ' ')) k.pop_back();
  return k == key;
}

// Words of `s`, counted up to cap + 1: the rules only ask whether a line has more than a
// few, and most lines are paragraphs, so the count stops there.
int WordCount(std::string_view s, int cap) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word && ++words > cap) return words;
    in_word = !space;
  }
  return words;
}

bool HasNonAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

}  // namespace

bool IsSpaceByte(std::string_view s, size_t pos) { return SpaceWidth(s, pos) > 0; }

size_t SpaceWidth(std::string_view s, size_t pos) {
  auto c = static_cast<unsigned char>(s[pos]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && pos + 1 < s.size() && static_cast<unsigned char>(s[pos + 1]) == 0xA0) return 2;
  if (c == 0xE2 && pos + 2 < s.size() && static_cast<unsigned char>(s[pos + 1]) == 0x80) {
    auto d = static_cast<unsigned char>(s[pos + 2]);
    if ((d >= 0x80 && d <= 0x8B) || d == 0xAF) return 3;  // en/em/thin spaces, zero width
  }
  if (c == 0xE3 && pos + 2 < s.size() && static_cast<unsigned char>(s[pos + 1]) == 0x80 &&
      static_cast<unsigned char>(s[pos + 2]) == 0x80)
    return 3;
  if (c == 0xEF && pos + 2 < s.size() && static_cast<unsigned char>(s[pos + 1]) == 0xBB &&
      static_cast<unsigned char>(s[pos + 2]) == 0xBF)
    return 3;  // BOM
  return 0;
}

bool IsSpaceBefore(std::string_view s, size_t end) { return SpaceWidthBefore(s, end) > 0; }

size_t SpaceWidthBefore(std::string_view s, size_t end) {
  for (size_t w : {size_t{1}, size_t{2}, size_t{3}})
    if (end >= w && SpaceWidth(s, end - w) == w) return w;
  return 0;
}

const char* EndOfArticleMarker(std::string_view line) {
  // clang-format off
  static constexpr std::array<std::string_view, 22> kHeadings = {
      "tin liên quan", "bài liên quan", "những tin mới hơn", "những tin cũ hơn",
      "tin cùng chuyên mục", "các tin khác", "tin khác", "xem thêm", "đọc thêm",
      "văn bản qppl", "văn bản mới", "văn bản pháp luật", "thống kê", "thống kê truy cập",
      "ý kiến bạn đọc", "bình luận", "gửi bình luận", "viết bình luận", "tin mới",
      "tin đọc nhiều", "tin xem nhiều", "điện thoại cần biết"};
  // clang-format on
  for (auto h : kHeadings)
    if (EqualsKey(line, h)) return "end-of-article heading (related links, sidebar or comments)";
  if (StartsWithKey(line, "họ tên") && WordCount(line, 4) <= 4) return "comment form";
  return nullptr;
}

const char* ChromeLine(std::string_view line) {
  // media player: "0:00 / 0:00", "0:00"
  bool only_time = true;
  for (char c : line)
    if (!((c >= '0' && c <= '9') || c == ':' || c == '/' || c == ' ')) {
      only_time = false;
      break;
    }
  if (only_time) return "media player or bare number";
  bool only_punct = true;
  for (char c : line)
    if (!(c == '.' || c == ' ' || c == '-' || c == '*' || c == '|' || c == '_' || c == '=')) {
      only_punct = false;
      break;
    }
  if (only_punct) return "punctuation only";
  // clang-format off
  static constexpr std::array<std::string_view, 12> kChromePrefixes = {
      "lượt xem", "lượt đọc", "lượt thích", "xem với cỡ chữ", "cỡ chữ", "in bài", "bản in",
      "chia sẻ", "gửi email", "bấm vào đây", "bạn đã không sử dụng site", "đang truy cập"};
  // clang-format on
  for (auto p : kChromePrefixes)
    if (StartsWithKey(line, p)) return "page chrome (counter, share or print bar)";
  // clang-format off
  static constexpr std::array<std::string_view, 6> kChromeLines = {
      "anh tin bai", "no image", "facebook", "twitter", "zalo", "tweet"};
  // clang-format on
  for (auto p : kChromeLines)
    if (EqualsKey(line, p)) return "image marker or share button";
  if (line.find("no image") != std::string_view::npos) return "image marker";
  // a related link is a headline; a long line that starts with one is the article's
  // body glued to it by the page's extractor, and is kept
  if ((line.rfind("»", 0) == 0 || line.rfind("->", 0) == 0 || line.rfind(">>", 0) == 0) &&
      WordCount(line, 40) <= 40)
    return "related link";
  if (StartsWithKey(line, "ảnh:") || StartsWithKey(line, "ảnh minh họa")) return "photo credit";
  // image alt text pasted as a line: short, lower-case ASCII, no Vietnamese letters
  if (!HasNonAscii(line) && WordCount(line, 8) <= 8 && !text::StartsUpper(line)) {
    bool has_letter = false;
    for (char c : line) has_letter |= (c >= 'a' && c <= 'z');
    if (has_letter) return "image file name or alt text";
  }
  return nullptr;
}

bool LooksLikeDateline(std::string_view line) {
  if (WordCount(line, 10) > 10) return false;
  int digits = 0, slashes = 0;
  for (char c : line) {
    digits += c >= '0' && c <= '9';
    slashes += c == '/' || c == '-' || c == '.';
  }
  bool weekday = StartsWithKey(line, "thứ ") || StartsWithKey(line, "chủ nhật");
  bool updated = StartsWithKey(line, "cập nhật") || StartsWithKey(line, "ngày đăng");
  bool numeric_start = !line.empty() && line[0] >= '0' && line[0] <= '9';
  return digits >= 6 && slashes >= 2 && (weekday || updated || numeric_start);
}

MetaKind SourceOrAuthorLine(std::string_view line, std::string& value) {
  if (WordCount(line, 12) > 12) return MetaKind::kNone;
  auto after_colon = [&](void) {
    size_t colon = line.find(':');
    std::string_view v = colon == std::string_view::npos ? line : line.substr(colon + 1);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    value = std::string(v);
  };
  if (StartsWithKey(line, "tác giả") || StartsWithKey(line, "người viết") ||
      StartsWithKey(line, "bài và ảnh:") || StartsWithKey(line, "nhóm pv")) {
    after_colon();
    return MetaKind::kAuthor;
  }
  if (StartsWithKey(line, "nguồn tin:") || StartsWithKey(line, "nguồn:") ||
      (StartsWithKey(line, "theo ") && WordCount(line, 6) <= 6 && line.back() != '.')) {
    if (StartsWithKey(line, "theo ")) {
      value = std::string(line.substr(5));
    } else {
      after_colon();
    }
    return MetaKind::kSource;
  }
  return MetaKind::kNone;
}

bool LooksLikeTitle(std::string_view line) {
  int words = WordCount(line, 40);
  return words >= 1 && words <= 40 && line.back() != '.' && line.back() != ':';
}

bool LooksLikeByline(std::string_view line) {
  if (line.size() > 80) return false;
  int words = WordCount(line, 8);
  if (words < 1 || words > 8) return false;
  char last = line.back();
  if (last == '.' || last == ':' || last == ';' || last == ',' || last == '!' || last == '?')
    return false;
  // every word capitalised (names), allowing separators and "(T/h)"-style notes
  size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && line[pos] == ' ') ++pos;
    size_t start = pos;
    while (pos < line.size() && line[pos] != ' ') ++pos;
    std::string_view word = line.substr(start, pos - start);
    if (word.empty()) continue;
    if (word == "-" || word == "–" || word == "—" || word == "," || word == "và" ||
        word.front() == '(')
      continue;
    if (!text::StartsUpper(word)) return false;
  }
  return true;
}

}  // namespace kg::extract
