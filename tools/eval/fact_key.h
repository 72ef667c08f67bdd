// The comparison side of scoring (shared/docs/facts-format.md, "Scoring"): which
// fields of each fact kind are scored, how a field's value is normalised, and
// when a gold value matches an output value.
//
// Normalisation runs through ICU once per field of a facts file, never per token
// of a corpus, so it favours clarity over speed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::facts {

// How a scored field is compared.
enum class FieldType {
  kName,    // person, role, province, body: text rules plus abbreviations, "của", synonyms
  kText,    // unit, number and fields of kinds the format does not define: text rules
  kDate,    // YYYY-MM-DD; a gold --MM-DD matches any year or null
  kNumber,  // value, year: relative tolerance 1e-6
};

struct FieldSpec {
  std::string name;
  FieldType type;
};

// The scored fields of one of the eight kinds, in tuple order; empty for other kinds.
const std::vector<FieldSpec>& ScoredFields(std::string_view kind);

// The eight kinds in the order facts-format.md lists them.
const std::vector<std::string>& KnownKinds();

// NFC, lower case, modern tone placement ("hoà" = "hòa", "Uỷ" = "ủy"), and every run
// of white space, commas and dashes (-, ‐, ‑, ‒, –, —, −) made one space, trimmed.
std::string NormalizeText(std::string_view utf8);

// NormalizeText, then on whole words: HĐND, UBND, BCH, BTV, MTTQ, TW, TP (and "TP.")
// expanded (the entries extract/text/abbreviations.h marks for gold names); "của" dropped; "ban
// chấp hành đảng bộ tỉnh" -> "tỉnh ủy" and "tỉnh ủy viên" -> "ủy viên tỉnh ủy" (the same for "thành
// phố" / "thành ủy"); "ủy viên trung ương đảng" -> "ủy viên ban chấp hành trung ương đảng".
std::string NormalizeName(std::string_view utf8);

// One field value, normalised, ready to compare.
struct FieldValue {
  enum class Kind { kNull, kNumber, kString, kAny };
  Kind kind = Kind::kNull;
  double number = 0;        // kNumber
  std::string text;         // kString: normalised text
  bool has_number = false;  // kString whose whole text is a number (compared as one)
  double text_number = 0;
  bool partial_date = false;  // kString of a kDate field written --MM-DD

  static FieldValue Null() { return {}; }
  static FieldValue Any();  // gold "*": matches every value
  static FieldValue Number(double v);
  static FieldValue String(std::string_view raw, FieldType type);
};

// True when two numbers agree within a relative tolerance of 1e-6.
bool NumbersMatch(double a, double b);

// True when the gold value matches the output value. Not symmetric: only a gold
// --MM-DD matches other years (and null), only a gold "*" matches anything.
bool ValueMatches(const FieldValue& gold, const FieldValue& output);

// True when the values are equal without any tolerance (used to prefer exact pairs).
bool ValueEquals(const FieldValue& gold, const FieldValue& output);

}  // namespace kg::facts
