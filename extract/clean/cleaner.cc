#include "extract/clean/cleaner.h"

#include <array>
#include <unordered_set>

#include "extract/clean/line_rules.h"

namespace kg::extract {

const char* LineKindName(LineKind kind) {
  switch (kind) {
    case LineKind::kTitle: return "title";
    case LineKind::kBody: return "body";
    case LineKind::kDateline: return "dateline";
    case LineKind::kByline: return "byline";
    case LineKind::kSource: return "source";
    case LineKind::kRemoved: return "removed";
  }
  return "?";
}

namespace {

std::vector<CleanLine> SplitLines(std::string_view text) {
  std::vector<CleanLine> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = start, e = nl;
    while (b < e && IsSpaceByte(text, b)) b += SpaceWidth(text, b);
    while (e > b && IsSpaceBefore(text, e)) e -= SpaceWidthBefore(text, e);
    if (e > b) lines.push_back({b, e, LineKind::kBody, {}});
    start = nl + 1;
  }
  return lines;
}

// Marks trailing bylines ("LÊ HÀ", "Quốc Thắng – Phạm Hưng") as metadata.
void MarkTrailingBylines(std::string_view text, CleanedArticle& out) {
  int checked = 0;
  for (size_t i = out.lines.size(); i-- > 0 && checked < 3;) {
    CleanLine& line = out.lines[i];
    if (line.kind == LineKind::kRemoved) continue;
    ++checked;
    if (line.kind != LineKind::kBody) continue;
    std::string_view s = text.substr(line.begin, line.end - line.begin);
    if (!LooksLikeByline(s)) break;
    line.kind = LineKind::kByline;
    line.reason = "byline";
    out.authors.insert(out.authors.begin(), std::string(s));
  }
}

}  // namespace

CleanedArticle CleanArticle(std::string_view text) {
  CleanedArticle out;
  out.lines = SplitLines(text);
  std::unordered_set<std::string_view> seen;
  bool cut = false;  // a sidebar or comment-form heading ended the article
  bool have_title = false;
  size_t content_lines = 0;
  for (size_t i = 0; i < out.lines.size(); ++i) {
    CleanLine& line = out.lines[i];
    std::string_view s = text.substr(line.begin, line.end - line.begin);
    if (cut) {
      line.kind = LineKind::kRemoved;
      line.reason = "after end-of-article marker";
      continue;
    }
    if (const char* why = EndOfArticleMarker(s); why != nullptr && content_lines > 0) {
      cut = true;
      line.kind = LineKind::kRemoved;
      line.reason = why;
      continue;
    }
    if (const char* why = ChromeLine(s); why != nullptr) {
      line.kind = LineKind::kRemoved;
      line.reason = why;
      continue;
    }
    if (i < 6 && content_lines <= 2 && LooksLikeDateline(s)) {
      line.kind = LineKind::kDateline;
      out.dateline = std::string(s);
      continue;
    }
    std::string meta;
    const MetaKind meta_kind = SourceOrAuthorLine(s, meta);  // once: it reads the line's start
    if (meta_kind == MetaKind::kAuthor) {
      line.kind = LineKind::kByline;
      out.authors.push_back(meta);
      continue;
    } else if (meta_kind == MetaKind::kSource) {
      line.kind = LineKind::kSource;
      out.source = meta;
      continue;
    }
    if (!seen.insert(s).second) {
      line.kind = LineKind::kRemoved;
      line.reason = "repeated line (caption)";
      continue;
    }
    if (!have_title && LooksLikeTitle(s)) {
      line.kind = LineKind::kTitle;
      out.title = std::string(s);
      have_title = true;
    }
    ++content_lines;
  }
  MarkTrailingBylines(text, out);
  return out;
}

}  // namespace kg::extract
