// Reads articles from files and folders: `.txt` (one article; id = file name
// without extension), `.jsonl` and `.jsonl.gz` (one JSON object a line with
// "id", "text" and optional "published", "site", "url", "province").
//
// Folders are walked recursively in sorted order, so a corpus always yields its
// articles in the same order. A record that is not UTF-8, not JSON, lacks "text",
// or is empty or binary is reported to `on_issue` as "file:line: reason" and
// skipped; reading goes on. Files of other extensions inside folders are ignored;
// named explicitly, they are an issue. Not thread-safe; callbacks run on the
// calling thread.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "extract/corpus/article.h"

namespace kg::corpus {

struct ReadCounts {
  size_t files = 0;
  size_t articles = 0;
  size_t skipped = 0;
};

using ArticleSink = std::function<void(RawArticle&&)>;
using IssueSink = std::function<void(const InputIssue&)>;

ReadCounts ReadCorpus(const std::vector<std::string>& paths, const ArticleSink& on_article,
                      const IssueSink& on_issue);

// Checks one article's text: empty, binary or invalid UTF-8 gives a reason.
std::string CheckArticleText(const std::string& text);

}  // namespace kg::corpus
