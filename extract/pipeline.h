// extract/: the front door. One article in, its facts out.
//
//   article text --NFC--> clean (cleaner.h) --> sentences --> mentions
//   (people.h, bodies.h, provinces.h, dates.h, numbers.h, document_numbers.h)
//   --> article context (analyze.h: province, year) --> relations
//   (relations.h: holds, events, chairs, documents, targets, tasks) --> ArticleFacts
//
// Thread-safe: ExtractArticle keeps no state between calls, so articles may be
// extracted on several threads at once. Never fails: an article with nothing
// to say gives empty facts. Evidence spans are converted to character offsets
// into the text as given.
#pragma once

#include <string>

#include "extract/corpus/article.h"
#include "extract/relate/article_facts.h"

namespace kg::extract {

ArticleFacts ExtractArticle(const corpus::RawArticle& article);

// Text dumps of every stage for one article (`kg build --explain`): cleaned
// lines with their kinds, sentences with their mentions, context, facts.
std::string ExplainArticle(const corpus::RawArticle& article);

// One line a fact ("  holds Nguyễn Xuân Ký | Bí thư Tỉnh ủy | Quảng Ninh"), the
// form the extraction tests compare against.
std::string DumpFacts(const ArticleFacts& facts);

}  // namespace kg::extract
