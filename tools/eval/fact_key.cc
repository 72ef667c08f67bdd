#include "tools/eval/fact_key.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>

#include "extract/text/abbreviations.h"
#include "extract/text/normalize.h"
#include "extract/text/utf8.h"

namespace kg::facts {
namespace {

bool IsSeparator(char32_t c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case ',':
    case '-':
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x200B:
    case 0xFEFF:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: return true;
    default: return c >= 0x2000 && c <= 0x200A;  // the typographic spaces
  }
}

// Collapses each run of separators to one space and trims both ends.
std::string FoldSeparators(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (size_t pos = 0; pos < utf8.size();) {
    size_t start = pos;
    char32_t c = text::DecodeAt(utf8, pos);
    if (IsSeparator(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(utf8.substr(start, pos - start));
  }
  return out;
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Whole-word rewrites of names, built once from readable source strings so that
// their keys go through the same normalisation as the values they meet.
struct NameRules {
  std::map<std::string, std::vector<std::string>> abbreviations;
  std::string dropped;  // "của"
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> phrases;

  NameRules() {
    for (const text::Abbreviation& a : text::Abbreviations())
      if ((a.readers & text::kGoldNames) != 0)
        abbreviations[NormalizeText(a.short_form)] = SplitWords(NormalizeText(a.spelled));
    dropped = NormalizeText("của");
    // Order matters: the body synonym first, so that "Ủy viên Ban Chấp hành Đảng
    // bộ tỉnh" and "Tỉnh ủy viên" both end as "ủy viên tỉnh ủy".
    const std::pair<const char*, const char*> kPhrases[] = {
        {"Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy"},
        {"Ban Chấp hành Đảng bộ thành phố", "Thành ủy"},
        {"Tỉnh ủy viên", "Ủy viên Tỉnh ủy"},
        {"Thành ủy viên", "Ủy viên Thành ủy"},
        {"Ủy viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"},
        {"Thủ tướng Chính phủ", "Thủ tướng"},  // so "Phó Thủ tướng Chính phủ" = "Phó Thủ tướng"
    };
    for (const auto& [from, to] : kPhrases)
      phrases.emplace_back(SplitWords(NormalizeText(from)), SplitWords(NormalizeText(to)));
  }
};

const NameRules& Rules() {
  static const NameRules rules;
  return rules;
}

std::vector<std::string> ReplacePhrase(const std::vector<std::string>& words,
                                       const std::vector<std::string>& from,
                                       const std::vector<std::string>& to) {
  std::vector<std::string> out;
  out.reserve(words.size() + to.size());
  for (size_t i = 0; i < words.size();) {
    bool match = i + from.size() <= words.size();
    for (size_t k = 0; match && k < from.size(); ++k) match = words[i + k] == from[k];
    if (match) {
      out.insert(out.end(), to.begin(), to.end());
      i += from.size();
    } else {
      out.push_back(words[i++]);
    }
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Parses the whole of `s` as a decimal number ("2024", "8.5", "1e6").
bool ParseNumber(std::string_view s, double& out) {
  s = Trim(s);
  if (s.empty()) return false;
  std::string copy(s);
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(copy.c_str(), &end);
  if (errno != 0 || end != copy.c_str() + copy.size() || !std::isfinite(v)) return false;
  out = v;
  return true;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "--MM-DD"
bool IsPartialDate(std::string_view s) {
  return s.size() == 7 && s[0] == '-' && s[1] == '-' && IsDigit(s[2]) && IsDigit(s[3]) &&
         s[4] == '-' && IsDigit(s[5]) && IsDigit(s[6]);
}

// "YYYY-MM-DD"
bool IsFullDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!IsDigit(s[i])) return false;
  return true;
}

}  // namespace

const std::vector<FieldSpec>& ScoredFields(std::string_view kind) {
  using T = FieldType;
  static const std::map<std::string, std::vector<FieldSpec>, std::less<>> kFields = {
      {"holds", {{"person", T::kName}, {"role", T::kName}, {"province", T::kName}}},
      {"event", {{"date", T::kDate}, {"province", T::kName}}},
      {"chaired", {{"person", T::kName}, {"date", T::kDate}}},
      {"document", {{"number", T::kText}, {"province", T::kName}}},
      {"issued", {{"body", T::kName}, {"province", T::kName}, {"number", T::kText}}},
      {"discussed", {{"date", T::kDate}, {"number", T::kText}}},
      {"target",
       {{"value", T::kNumber}, {"unit", T::kText}, {"year", T::kNumber}, {"province", T::kName}}},
      {"assigned", {{"body", T::kName}, {"province", T::kName}, {"date", T::kDate}}},
  };
  static const std::vector<FieldSpec> kNone;
  auto it = kFields.find(kind);
  return it == kFields.end() ? kNone : it->second;
}

const std::vector<std::string>& KnownKinds() {
  static const std::vector<std::string> kKinds = {"holds",  "event",     "chaired", "document",
                                                  "issued", "discussed", "target",  "assigned"};
  return kKinds;
}

std::string NormalizeText(std::string_view utf8) {
  return FoldSeparators(text::ToNfc(text::CanonicalTones(text::ToLower(text::ToNfc(utf8)))));
}

std::string NormalizeName(std::string_view utf8) {
  const NameRules& rules = Rules();
  std::vector<std::string> words;
  for (auto& word : SplitWords(NormalizeText(utf8))) {
    auto it = rules.abbreviations.find(word);
    if (it != rules.abbreviations.end()) {
      words.insert(words.end(), it->second.begin(), it->second.end());
    } else if (word != rules.dropped) {
      words.push_back(std::move(word));
    }
  }
  for (const auto& [from, to] : rules.phrases) words = ReplacePhrase(words, from, to);
  std::string out;
  for (const auto& word : words) {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

FieldValue FieldValue::Any() {
  FieldValue v;
  v.kind = Kind::kAny;
  return v;
}

FieldValue FieldValue::Number(double number) {
  FieldValue v;
  v.kind = Kind::kNumber;
  v.number = number;
  return v;
}

FieldValue FieldValue::String(std::string_view raw, FieldType type) {
  FieldValue v;
  v.kind = Kind::kString;
  switch (type) {
    case FieldType::kDate:
      // dates are ASCII; dashes are part of the form, so no separator folding
      v.text = std::string(Trim(raw));
      v.partial_date = IsPartialDate(v.text);
      return v;
    case FieldType::kNumber:
      v.has_number = ParseNumber(raw, v.text_number);
      v.text = NormalizeText(raw);
      return v;
    case FieldType::kName: v.text = NormalizeName(raw); return v;
    case FieldType::kText: v.text = NormalizeText(raw); return v;
  }
  return v;
}

bool NumbersMatch(double a, double b) {
  if (a == b) return true;
  return std::fabs(a - b) <= 1e-6 * std::max(std::fabs(a), std::fabs(b));
}

bool ValueMatches(const FieldValue& gold, const FieldValue& output) {
  using K = FieldValue::Kind;
  if (gold.kind == K::kAny) return true;
  if (gold.partial_date) {
    if (output.kind == K::kNull) return true;
    if (output.kind != K::kString) return false;
    if (output.text == gold.text) return true;
    return IsFullDate(output.text) && output.text.compare(4, 6, gold.text, 1, 6) == 0;
  }
  if (gold.kind == K::kNull || output.kind == K::kNull) return gold.kind == output.kind;
  // numbers, or numbers written as strings on either side
  bool gold_numeric = gold.kind == K::kNumber || gold.has_number;
  bool output_numeric = output.kind == K::kNumber || output.has_number;
  if (gold.kind == K::kNumber || output.kind == K::kNumber) {
    if (!gold_numeric || !output_numeric) return false;
    return NumbersMatch(gold.kind == K::kNumber ? gold.number : gold.text_number,
                        output.kind == K::kNumber ? output.number : output.text_number);
  }
  if (gold.has_number && output.has_number && NumbersMatch(gold.text_number, output.text_number))
    return true;
  return gold.text == output.text;
}

bool ValueEquals(const FieldValue& gold, const FieldValue& output) {
  using K = FieldValue::Kind;
  if (gold.kind != output.kind || gold.kind == K::kAny) return false;
  switch (gold.kind) {
    case K::kNull: return true;
    case K::kNumber: return gold.number == output.number;
    default: return gold.text == output.text;
  }
}

}  // namespace kg::facts
