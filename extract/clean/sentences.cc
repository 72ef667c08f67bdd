#include "extract/clean/sentences.h"

#include <array>

#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace {

bool EndsWithAbbreviation(std::string_view text, size_t dot) {
  // clang-format off
  static constexpr std::array<std::string_view, 12> kAbbreviations = {
      "TP", "Tp", "TS", "ThS", "PGS", "GS", "BS", "KS", "Q", "P", "St", "Th.S"};
  // clang-format on
  for (auto a : kAbbreviations) {
    if (dot >= a.size() && text.substr(dot - a.size(), a.size()) == a &&
        (dot == a.size() || text[dot - a.size() - 1] == ' ' || text[dot - a.size() - 1] == '('))
      return true;
  }
  return false;
}

bool OpensSentence(std::string_view text, size_t pos) {
  if (pos >= text.size()) return true;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c >= '0' && c <= '9') return true;
  if (c == '"' || c == '\'' || c == '(' || c == '-') return true;
  if (text.compare(pos, 3, "“") == 0) return true;
  size_t p = pos;
  return text::IsUpperVietnamese(text::DecodeAt(text, p));
}

constexpr std::array<bool, 256> kMayEnd = [] {
  std::array<bool, 256> t{};
  t['.'] = t['!'] = t['?'] = true;
  t[0xE2] = true;  // "…" is E2 80 A6
  return t;
}();

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const CleanedArticle& article) {
  std::vector<Sentence> out;
  for (size_t li = 0; li < article.lines.size(); ++li) {
    const CleanLine& line = article.lines[li];
    if (!IsContent(line.kind)) continue;
    const bool title = line.kind == LineKind::kTitle;
    size_t start = line.begin;
    for (size_t i = line.begin; i < line.end; ++i) {
      char c = text[i];
      // only '.', '!', '?' and the lead byte of "…" can end a sentence (';' separates
      // clauses): one table look-up a byte
      if (!kMayEnd[static_cast<unsigned char>(c)]) continue;
      size_t mark_len = 0;
      if (c == '.' || c == '!' || c == '?') {
        mark_len = 1;
      } else if (text.compare(i, 3, "…") == 0) {
        mark_len = 3;
      }
      if (mark_len == 0) continue;
      size_t after = i + mark_len;
      while (after < line.end &&
             (text[after] == '.' || text[after] == '"' || text.compare(after, 3, "”") == 0))
        after += text[after] == '.' || text[after] == '"' ? 1 : 3;
      if (after < line.end && text[after] != ' ') continue;  // "9.1", "24.500", "v.v"
      if (c == '.' && EndsWithAbbreviation(text, i)) continue;
      size_t next = after;
      while (next < line.end && text[next] == ' ') ++next;
      if (next < line.end && !OpensSentence(text, next)) continue;
      out.push_back({start, after, li, title});
      start = next;
      i = next > 0 ? next - 1 : next;
    }
    if (start < line.end) out.push_back({start, line.end, li, title});
  }
  return out;
}

}  // namespace kg::extract
