// JSON Lines corpora, plain or gzip-compressed (zlib reads both transparently).
#pragma once

#include <string>

#include "extract/corpus/corpus_reader.h"

namespace kg::corpus {

void ReadJsonlFile(const std::string& path, ReadCounts& counts, const ArticleSink& on_article,
                   const IssueSink& on_issue);

// Parses one JSON Lines record; returns the reason when it is not an article.
std::string ParseArticleRecord(const std::string& line, RawArticle& out);

}  // namespace kg::corpus
