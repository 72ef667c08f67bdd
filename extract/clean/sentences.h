// Sentence splitting inside the content lines of a cleaned article.
#pragma once

#include <string_view>
#include <vector>

#include "extract/clean/cleaner.h"

namespace kg::extract {

struct Sentence {
  size_t begin = 0;  // byte span in the article text
  size_t end = 0;
  size_t line = 0;  // index into CleanedArticle::lines
  bool title = false;
};

// Splits at '.', '!', '?', '…' followed by white space and a capital letter, a
// digit or an opening quote, and at line ends. Abbreviations that end in a dot
// ("TP.", "TS.", "PGS.") and numbers ("9.1", "24.500") do not split.
std::vector<Sentence> SplitSentences(std::string_view text, const CleanedArticle& article);

}  // namespace kg::extract
