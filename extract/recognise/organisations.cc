#include "extract/recognise/organisations.h"

#include <unordered_map>

#include "extract/recognise/tsv_table.h"
#include "extract/text/normalize.h"

namespace kg::extract {

// The table's text, compiled in from extract/data/organisations.tsv (see CMakeLists.txt).
extern const char kOrganisationsTsv[];

namespace {

std::vector<Organisation> ParseTable(std::string_view tsv) {
  std::vector<Organisation> rows;
  for (auto& fields : TsvRows(tsv)) {
    fields.resize(6);
    Organisation o;
    o.canonical = text::ToNfc(fields[0]);
    for (auto& a : SplitFields(fields[1], '|'))
      if (!a.empty()) o.abbreviations.push_back(text::ToNfc(a));
    o.level = fields[2];
    o.parent = text::ToNfc(fields[3]);
    o.valid_from = fields[4];
    o.valid_to = fields[5];
    if (!o.canonical.empty()) rows.push_back(std::move(o));
  }
  return rows;
}

const std::unordered_map<std::string, std::string>& ByKey() {
  static const std::unordered_map<std::string, std::string> index = [] {
    std::unordered_map<std::string, std::string> m;
    // full names first, so that an abbreviation never overrides a body's own name
    for (const auto& o : Organisations()) m.emplace(OrganisationKey(o.canonical), o.canonical);
    for (const auto& o : Organisations())
      for (const auto& a : o.abbreviations) m.emplace(OrganisationKey(a), o.canonical);
    return m;
  }();
  return index;
}

}  // namespace

const std::vector<Organisation>& Organisations() {
  static const std::vector<Organisation> rows = ParseTable(kOrganisationsTsv);
  return rows;
}

std::string OrganisationKey(std::string_view name) {
  std::string folded = text::Fold(name);
  std::string key;
  size_t pos = 0;
  while (pos < folded.size()) {  // word by word, dropping "va" (và)
    size_t end = pos;
    while (end < folded.size() && folded[end] != ' ') ++end;
    std::string_view word(folded.data() + pos, end - pos);
    if (word != "va")
      for (char c : word)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
    pos = end + 1;
  }
  return key;
}

std::string CanonicalOrganisation(std::string_view written) {
  // The same few hundred bodies recur in every article; the key costs an ICU fold, so each
  // thread remembers its answers (bounded: forgotten wholesale past 64k names).
  thread_local std::unordered_map<std::string, std::string> memo;
  std::string name(written);
  if (auto hit = memo.find(name); hit != memo.end()) return hit->second;
  const auto& index = ByKey();
  auto it = index.find(OrganisationKey(written));
  std::string answer = it == index.end() ? std::string() : it->second;
  if (memo.size() > 65536) memo.clear();
  memo.emplace(std::move(name), answer);
  return answer;
}

}  // namespace kg::extract
