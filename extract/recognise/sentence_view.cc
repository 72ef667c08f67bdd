#include "extract/recognise/sentence_view.h"

namespace kg::extract {

const ProvinceMention* SentenceView::ProvinceAt(size_t i) const {
  if (provinces == nullptr || i >= size()) return nullptr;
  const Unit& u = unit(i);
  if (u.expanded) return nullptr;
  auto it = provinces->find(token_of(i).begin);
  return it == provinces->end() ? nullptr : &it->second;
}

size_t SentenceView::UnitAtByte(size_t byte) const {
  for (size_t i = 0; i < size(); ++i)
    if (token_of(i).begin >= byte) return i;
  return size();
}

SentenceView MakeSentenceView(std::string_view text, size_t begin, size_t end,
                              const std::unordered_map<size_t, ProvinceMention>* provinces) {
  SentenceView v;
  v.text = text;
  v.begin = begin;
  v.end = end;
  v.tokens = Tokenize(text, begin, end);
  v.keys.reserve(v.tokens.units.size());
  for (auto& u : v.tokens.units) v.keys.push_back(std::move(u.key));  // one copy, not two
  v.provinces = provinces;
  return v;
}

}  // namespace kg::extract
