// kg eval --gold GOLD OUTPUT: precision / recall / F1 of a facts file against gold.
#include <iostream>

#include "tools/eval/eval.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage = R"(usage: kg eval --gold GOLD.jsonl OUTPUT.jsonl [--format table|json] [--by-article] [--show-errors]

Scores a facts file (JSON Lines, shared/docs/facts-format.md) against a gold
facts file: TP, FP, FN, precision, recall and F1 per kind and over all kinds
(micro-averaged), as the "Scoring" section of the format defines them.

  --gold FILE      the gold facts
  --format F       table (default; 'text' is the old name) or json
  --by-article     also a table per article
  --show-errors    list the false positives and false negatives
                   (type, article, kind, scored fields as written, line)

Bad lines in either file are reported on stderr as file:line: reason, skipped
and counted. Also: a gold value "*" matches any value; output facts of articles
the gold does not mention are false positives; kinds the gold does not list are
ignored. Exit status: 0 scored, 1 a file cannot be read, 2 usage error.)";

int Usage(const std::string& message) {
  std::cerr << "kg eval: " << message << "\n" << kUsage << "\n";
  return 2;
}

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{"--by-article", "--show-errors"}, {"--gold", "--format"}, {}});
  if (!parsed.ok()) return Usage(parsed.status().message());
  const ParsedArgs& a = parsed.value();
  auto gold_path = a.Get("--gold");
  if (!gold_path || gold_path->empty()) return Usage("--gold GOLD.jsonl is required");
  if (a.positional.size() != 1) return Usage("expected one output facts file");
  // 'table' as in every other command; 'text' still accepted for existing scripts
  std::string format = a.Get("--format").value_or("table");
  if (format == "text") format = "table";
  if (format != "table" && format != "json") return Usage("--format must be table or json");

  auto gold = facts::ReadFacts(*gold_path);
  if (!gold.ok()) {
    std::cerr << "kg eval: " << gold.status().message() << "\n";
    return 1;
  }
  auto output = facts::ReadFacts(a.positional[0]);
  if (!output.ok()) {
    std::cerr << "kg eval: " << output.status().message() << "\n";
    return 1;
  }
  for (const auto& e : gold.value().errors) std::cerr << e << "\n";
  for (const auto& e : output.value().errors) std::cerr << e << "\n";

  facts::EvalReport report = facts::Score(gold.value(), output.value());
  facts::ReportOptions options{a.Has("--by-article"), a.Has("--show-errors")};
  if (format == "json") {
    facts::WriteJsonReport(report, options, std::cout);
  } else {
    facts::WriteTextReport(report, options, std::cout);
  }
  return 0;
}

const bool kRegistered =
    RegisterCommand({"eval", "score a facts file against gold (P / R / F1)", kUsage, Run});

}  // namespace
}  // namespace kg::tools
