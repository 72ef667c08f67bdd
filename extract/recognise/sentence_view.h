// What the mention recognisers see of one sentence: its tokens and units, the
// unit keys as a flat vector, and the provinces found in the article by start byte.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/recognise/provinces.h"
#include "extract/recognise/tokens.h"

namespace kg::extract {

struct SentenceView {
  std::string_view text;  // the whole article text
  size_t begin = 0;
  size_t end = 0;
  TokenizedSentence tokens;
  std::vector<std::string> keys;  // units[i].key, moved here (the units keep an empty key)
  const std::unordered_map<size_t, ProvinceMention>* provinces = nullptr;

  const Unit& unit(size_t i) const { return tokens.units[i]; }
  const Token& token_of(size_t unit_index) const {
    return tokens.tokens[tokens.units[unit_index].token];
  }
  size_t size() const { return keys.size(); }
  bool Is(size_t i, std::string_view key) const { return i < keys.size() && keys[i] == key; }
  bool IsPunct(size_t i, std::string_view p) const {
    return i < keys.size() && token_of(i).kind == TokenKind::kPunct && keys[i] == p;
  }
  // The province whose name starts at unit i, if any.
  const ProvinceMention* ProvinceAt(size_t i) const;
  // First unit index at or after byte offset `byte`.
  size_t UnitAtByte(size_t byte) const;
  size_t ByteBegin(size_t unit_index) const { return token_of(unit_index).begin; }
  size_t ByteEnd(size_t unit_end) const {  // end of the unit range [.., unit_end)
    return unit_end == 0 ? begin : token_of(unit_end - 1).end;
  }
};

SentenceView MakeSentenceView(std::string_view text, size_t begin, size_t end,
                              const std::unordered_map<size_t, ProvinceMention>* provinces);

}  // namespace kg::extract
