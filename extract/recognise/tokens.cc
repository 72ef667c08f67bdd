#include "extract/recognise/tokens.h"

#include <unicode/uchar.h>

#include "extract/recognise/lexicon.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace {

bool IsWordChar(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');  // no ASCII is a mark
  if (text::IsLetter(c)) return true;
  auto t = u_charType(static_cast<UChar32>(c));
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK;
}

// "T.Ư", "T.W": one capital, a dot, one capital, then no letter. Extends `pos` over the
// dot and the second letter and returns true; leaves it alone otherwise.
bool JoinDottedAbbreviation(std::string_view text, size_t start, size_t end, size_t& pos) {
  size_t first = start;
  char32_t a = text::DecodeAt(text, first);
  if (first != pos || !u_isupper(static_cast<UChar32>(a))) return false;  // one letter only
  if (pos + 1 >= end || text[pos] != '.') return false;
  size_t q = pos + 1;
  char32_t b = text::DecodeAt(text, q);
  if (!u_isupper(static_cast<UChar32>(b))) return false;
  if (q < end) {
    size_t r = q;
    if (IsWordChar(text::DecodeAt(text, r))) return false;
  }
  pos = q;
  return true;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B);
}

}  // namespace

TokenizedSentence Tokenize(std::string_view text, size_t begin, size_t end) {
  TokenizedSentence out;
  out.tokens.reserve((end - begin) / 4 + 4);  // Vietnamese syllables average 4-5 bytes
  size_t pos = begin;
  while (pos < end) {
    size_t start = pos;
    char32_t c = text::DecodeAt(text, pos);
    if (IsSpace(c)) continue;
    Token t;
    t.begin = start;
    if (IsWordChar(c)) {
      size_t p = pos;
      while (p < end) {
        size_t q = p;
        if (!IsWordChar(text::DecodeAt(text, q))) break;
        p = q;
      }
      pos = p;
      t.kind = TokenKind::kWord;
      const bool dotted = JoinDottedAbbreviation(text, start, end, pos);  // "T.Ư", "T.W"
      std::string_view word = text.substr(start, pos - start);
      t.upper = text::StartsUpper(word);
      t.all_upper = dotted || text::AllUpper(word);
      t.key = text::LexiconKey(word);
    } else if (c >= '0' && c <= '9') {
      while (pos < end && text[pos] >= '0' && text[pos] <= '9') ++pos;
      t.kind = TokenKind::kNumber;
      t.key = std::string(text.substr(start, pos - start));
    } else {
      t.kind = TokenKind::kPunct;
      t.key = std::string(text.substr(start, pos - start));
    }
    t.end = pos;
    out.tokens.push_back(std::move(t));
  }
  out.units.reserve(out.tokens.size() + 8);
  for (int i = 0; i < static_cast<int>(out.tokens.size()); ++i) {
    const Token& t = out.tokens[i];
    const std::vector<std::string>* expansion =
        t.kind == TokenKind::kWord && t.all_upper ? AbbreviationExpansion(t.key) : nullptr;
    if (expansion != nullptr) {
      for (const auto& k : *expansion) out.units.push_back({k, i, true, true});
    } else {
      out.units.push_back({t.key, i, t.upper, false});
    }
  }
  return out;
}

}  // namespace kg::extract
