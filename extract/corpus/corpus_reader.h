// Reads articles from files and folders: `.txt` (one article; id = file name
// without extension), `.jsonl` and `.jsonl.gz` (one JSON object a line with
// "id", "text" and optional "published", "site", "url", "province").
//
// Folders are walked recursively in sorted order, so a corpus always yields its
// articles in the same order; a text file in a subfolder has its relative path as id
// ("2017/a"). A record that is not UTF-8, not JSON, lacks "text", is empty, binary or
// over the size limit is reported to `on_issue` as "file:line: reason" and skipped;
// reading goes on. Files of other extensions inside folders are reported and skipped
// (hidden files aside); extensions are matched without case. Not thread-safe; callbacks
// run on the calling thread.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/corpus/article.h"

namespace kg::corpus {

struct ReadCounts {
  size_t files = 0;
  size_t articles = 0;
  size_t skipped = 0;
  uint64_t input_bytes = 0;  // bytes of the files read to their end
};

struct ReadOptions {
  // An article (its text, or its JSON Lines record) longer than this is skipped with a
  // message naming the limit; `kg build --max-article-bytes` raises it. Bounds memory and
  // time: one 200 MB line never stops a corpus.
  size_t max_article_bytes = 1 << 20;
};

using ArticleSink = std::function<void(RawArticle&&)>;
using IssueSink = std::function<void(const InputIssue&)>;

// Reads every path in order: a folder (recursively, files sorted), a .txt, .jsonl or
// .jsonl.gz file, or "-" for JSON Lines (plain or gzip) on standard input.
// The bytes ReadCorpus will read from `paths` (the files it reads, at their size on disk;
// 0 for stdin): the whole a progress line measures RawArticle::input_position against.
uint64_t InputBytes(const std::vector<std::string>& paths);

ReadCounts ReadCorpus(const std::vector<std::string>& paths, const ArticleSink& on_article,
                      const IssueSink& on_issue, const ReadOptions& options = {});

// Checks one article's text: empty, binary or invalid UTF-8 gives a reason.
std::string CheckArticleText(const std::string& text);
// The same for a text already known to be valid UTF-8: the checks but that one.
std::string CheckUtf8ArticleText(const std::string& text);

}  // namespace kg::corpus
