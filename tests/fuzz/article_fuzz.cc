// libFuzzer: the whole article pipeline, text to facts (cleaning, recognisers, relations,
// span conversion) and the --explain dump. Inputs capped at 64 KB; any UTF-8 the corpus
// reader would accept is a fair article.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/corpus/corpus_reader.h"
#include "extract/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 65536) return 0;
  kg::corpus::RawArticle article;
  article.id = "fuzz";
  article.text.assign(reinterpret_cast<const char*>(data), size);
  if (!kg::corpus::CheckArticleText(article.text).empty()) return 0;  // the reader refuses it
  kg::extract::ArticleFacts facts = kg::extract::ExtractArticle(article);
  // every span points inside the text, in code points
  size_t code_points = 0;
  for (unsigned char c : article.text) code_points += (c & 0xC0) != 0x80;
  for (const auto& h : facts.holds)
    if (h.evidence.start > h.evidence.end || h.evidence.end > code_points) __builtin_trap();
  (void)kg::extract::ExplainArticle(article);
  return 0;
}
