// libFuzzer: one JSON Lines record as the corpus reader parses it (any bytes: deep
// nesting, NUL, invalid UTF-8). Never a crash; an accepted record has an id and a text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/corpus/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  kg::corpus::RawArticle article;
  if (kg::corpus::ParseArticleRecord(line, article).empty() &&
      (article.id.empty() || article.text.empty()))
    __builtin_trap();
  return 0;
}
