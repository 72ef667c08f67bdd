// JSON Lines corpora, plain or gzip-compressed (zlib reads both transparently).
#pragma once

#include <string>

#include "extract/corpus/corpus_reader.h"

namespace kg::corpus {

// Lines are split on '\n' only (a NUL byte is a character of its line, never its end); a
// line longer than options.max_article_bytes (JSON escapes allowed for: twice the limit) is
// skipped whole and reported; bytes after the end of the gzip data are reported.
void ReadJsonlFile(const std::string& path, ReadCounts& counts, const ArticleSink& on_article,
                   const IssueSink& on_issue, const ReadOptions& options = {});

// Parses one JSON Lines record; returns the reason when it is not an article.
std::string ParseArticleRecord(const std::string& line, RawArticle& out);

}  // namespace kg::corpus
