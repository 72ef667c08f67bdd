// Word-level tokens of a sentence, with abbreviations expanded into the words
// they stand for ("HĐND" -> hội đồng nhân dân), so that recognisers match one
// vocabulary whichever form the article uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  size_t begin = 0;  // byte span in the article text
  size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool upper = false;      // starts with a capital letter
  bool all_upper = false;  // two or more letters, all capitals ("HĐND", "LÊ")
  std::string key;         // lexicon key: lower case, modern tone placement
};

// One matching unit: a word key, possibly one of several a token expands to.
struct Unit {
  std::string key;
  int token = 0;       // index of the token it came from
  bool upper = false;  // capitalised in the text (expansions count as capitalised)
  bool expanded = false;
};

struct TokenizedSentence {
  std::vector<Token> tokens;
  std::vector<Unit> units;
};

TokenizedSentence Tokenize(std::string_view text, size_t begin, size_t end);

}  // namespace kg::extract
