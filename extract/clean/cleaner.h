// Cleaning: classifies each line of an article by general rules about news
// pages, never by the text of particular articles. Page chrome (media players,
// view counters, share bars, image markers, related-link lists, legal-document
// sidebars, visitor statistics, comment forms) is dropped; datelines, bylines
// and source lines become metadata; repeated captions are dropped. The text is
// never rewritten: lines are spans of the (NFC) text, so offsets stay valid.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

enum class LineKind { kTitle, kBody, kDateline, kByline, kSource, kRemoved };

struct CleanLine {
  size_t begin = 0;  // byte span of the trimmed line
  size_t end = 0;
  LineKind kind = LineKind::kBody;
  std::string reason;  // why a line was removed or reclassified (for --explain)
};

struct CleanedArticle {
  std::vector<CleanLine> lines;
  std::string title;
  std::vector<std::string> authors;
  std::string source;
  std::string dateline;  // the dateline as written, if any
};

CleanedArticle CleanArticle(std::string_view text);

const char* LineKindName(LineKind kind);

// True for lines whose text facts may come from (title and body).
inline bool IsContent(LineKind kind) { return kind == LineKind::kTitle || kind == LineKind::kBody; }

}  // namespace kg::extract
