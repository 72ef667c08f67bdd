// Evidence quotes: for every span an article's facts point at, the sentence
// that holds it, so that `--with-sources` can show the evidence without the
// article (the graph keeps no article text).
//
// A quote is the text of the content sentences the span overlaps
// (ArticleFacts::sentences), or of the line that holds it when it overlaps
// none (a title or dateline fact). It is NFC, with each run of white space
// made one space and the ends trimmed; a sentence longer than kMaxQuoteChars
// code points is cut around the span, preferably at a space, and "…" marks
// each cut. Thread-safe: pure functions.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/relate/article_facts.h"
#include "graph/store/property_graph.h"

namespace kg::ingest {

inline constexpr size_t kMaxQuoteChars = 300;

// One quote per distinct non-empty evidence span of `facts`, sorted by (start,
// end). `text` is the article's text as given (valid UTF-8), the text the spans
// index in code points; spans beyond its end get no quote. A span whose end
// comes before its start is quoted as if the right way round, and keyed as given.
std::vector<graph::EvidenceQuote> QuoteEvidence(std::string_view text,
                                                const extract::ArticleFacts& facts);

}  // namespace kg::ingest
