#include "extract/recognise/post_names.h"

#include <unordered_map>

namespace kg::extract {

std::string PostGloss(std::string_view title) {
  static const auto* const kGlosses = [] {
    auto* glosses = new std::unordered_map<std::string_view, std::string>;
    for (const PostName& name : kPostNames) glosses->emplace(name.title, name.gloss);
    return glosses;
  }();
  auto it = kGlosses->find(title);
  return it == kGlosses->end() ? std::string() : it->second;
}

}  // namespace kg::extract
