// The press's abbreviations and what they stand for (UBND -> Ủy ban nhân dân), in one
// table for every reader that spells them out: the tokenizer of article text
// (extract/recognise/lexicon), the core-post matcher of `kg leaders` and the name keys of
// `kg eval`. Each reader expands only the entries marked for it: they were tuned on
// different subsets, and widening one would change what it reads (spelling out "UVTW" in
// a Role title would make Central Committee members `kg leaders` does not count today).
#pragma once

#include <span>
#include <string_view>

namespace kg::text {

// Which readers expand an abbreviation; a bit set.
enum AbbreviationReader : unsigned {
  kArticleText = 1,  // tokens of article text (extract/recognise/tokens.cc)
  kPostTitles = 2,   // Role titles matched to core posts (tools/leaders/core_posts.cc)
  kGoldNames = 4,    // names compared by `kg eval` (tools/eval/fact_key.cc)
};

struct Abbreviation {
  std::string_view short_form;  // as printed: "HĐND", "TP.", "T.Ư"
  std::string_view spelled;     // what it stands for, as a body name displays it
  unsigned readers;             // AbbreviationReader bits
};

// Every abbreviation, in the order the readers have always read them (a reader that
// keys two entries alike keeps the later one).
std::span<const Abbreviation> Abbreviations();

}  // namespace kg::text
