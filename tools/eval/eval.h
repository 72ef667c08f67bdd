// Scores a facts file against a gold facts file, as shared/docs/facts-format.md
// ("Scoring") defines it: per article and kind, the tuples of scored fields are
// matched one to one after normalisation (fact_key.h); precision, recall and F1
// are micro-averaged per kind and over all kinds.
//
// Beyond the letter of the document (each choice is also in docs for `kg eval`):
// - a gold value "*" matches any output value, null included (the shared gold uses
//   it in optional facts: "issued by some body");
// - output facts of an article the gold file does not mention are false positives
//   (read literally: they match no gold fact of the same article); the report says
//   how many there are;
// - a kind the gold lists but the format does not define is scored on every field
//   the gold gives it except article, fact, optional and evidence;
// - a scored field that is absent counts as null.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/status.h"

namespace kg::facts {

// A field of a fact line as written: null, a number or a string.
struct RawField {
  enum class Type { kNull, kNumber, kString };
  Type type = Type::kNull;
  double number = 0;
  std::string text;
  std::string json;  // the value as JSON, for error listings
};

// One line of a facts file.
struct Fact {
  std::string article;
  std::string kind;
  bool optional = false;
  size_t line = 0;
  std::map<std::string, RawField> fields;  // scalar fields other than article/fact/optional
};

struct FactsFile {
  std::vector<Fact> facts;
  std::vector<std::string> errors;  // "name:line: reason", one per skipped line
};

// Parses JSON Lines; `name` prefixes error messages. Blank lines are skipped
// silently, bad lines are skipped and reported.
FactsFile ParseFacts(std::string_view contents, std::string_view name);
// Reads and parses a file; an error only when the file cannot be read.
Result<FactsFile> ReadFacts(const std::string& path);

struct Counts {
  int64_t tp = 0;
  int64_t fp = 0;
  int64_t fn = 0;
  // nullopt when undefined (0/0)
  std::optional<double> Precision() const;
  std::optional<double> Recall() const;
  std::optional<double> F1() const;  // 2TP / (2TP + FP + FN)
  Counts& operator+=(const Counts& other);
};

struct ScoringError {
  bool false_positive = false;  // else a false negative
  std::string article;
  std::string kind;
  size_t line = 0;  // in the output file (FP) or the gold file (FN)
  std::vector<std::pair<std::string, std::string>> tuple;  // scored field -> JSON value as written
};

struct KindCounts {
  std::string kind;
  Counts counts;
};

struct ArticleScore {
  std::string article;
  std::vector<KindCounts> kinds;  // the kinds of the report that occur in the article
  Counts total;
};

struct EvalReport {
  std::vector<KindCounts> kinds;  // every kind the gold lists: the format's order, then by name
  Counts overall;
  std::vector<ArticleScore> articles;  // gold's articles in file order, then output-only ones
  std::vector<ScoringError> errors;    // by article, then FN before FP, by line

  size_t gold_facts = 0;     // well-formed gold lines
  size_t gold_unscored = 0;  // events without a date, documents without a number
  size_t gold_optional = 0;  // scored optional gold facts
  size_t output_facts = 0;   // well-formed output lines
  size_t output_unscored = 0;
  size_t output_ignored = 0;           // kinds the gold does not list
  size_t output_optional_matched = 0;  // matched an optional gold fact: neither TP nor FP
  size_t output_unknown_article = 0;   // scored output facts of articles absent from gold (all FP)
  size_t gold_bad_lines = 0;
  size_t output_bad_lines = 0;
};

EvalReport Score(const FactsFile& gold, const FactsFile& output);

struct ReportOptions {
  bool by_article = false;
  bool show_errors = false;
};

void WriteTextReport(const EvalReport& report, const ReportOptions& options, std::ostream& out);
void WriteJsonReport(const EvalReport& report, const ReportOptions& options, std::ostream& out);

}  // namespace kg::facts
