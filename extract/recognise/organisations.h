// The organisation of the Vietnamese state and Party, as data: one row per body of
// extract/data/organisations.tsv (canonical name, abbreviations, level, parent, years of
// validity). The press writes most bodies short ("Bộ NN&PTNT", "Sở KH-CN", "Bộ VH-TT&DL");
// the recognisers resolve what they read to the one canonical name here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

struct Organisation {
  std::string canonical;                   // "Bộ Nông nghiệp và Phát triển nông thôn"
  std::vector<std::string> abbreviations;  // "Bộ NN-PTNT", "Bộ NN&PTNT", …
  std::string level;                       // national | province | district | commune
  std::string parent;                      // canonical name of the parent body, or ""
  std::string valid_from;                  // year or date as written, "" when open
  std::string valid_to;
};

// Every row of the table, in file order. Thread-safe (built once).
const std::vector<Organisation>& Organisations();

// The canonical name of a body as an article writes it — an abbreviation or the full
// name with other spacing, case, '&' for "và" or tone placement — or "" when the table
// does not know it. "Bộ VH - TT & DL" → "Bộ Văn hóa, Thể thao và Du lịch".
std::string CanonicalOrganisation(std::string_view written);

// The lookup key: folded (no case, no diacritics), without spaces, punctuation, '&' and
// the word "và". Exposed for tests.
std::string OrganisationKey(std::string_view name);

}  // namespace kg::extract
