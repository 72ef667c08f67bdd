// kg eval --gold GOLD OUTPUT: precision / recall / F1 of a facts file against gold.
#include <iostream>

#include "tools/eval/eval.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"
#include "tools/kg/fail.h"
#include "tools/kg/rows_output.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage =
    R"(usage: kg eval --gold GOLD.jsonl OUTPUT.jsonl [--format F] [--by-article] [--show-errors]

Scores a facts file (JSON Lines, shared/docs/facts-format.md) against a gold
facts file: TP, FP, FN, precision, recall and F1 per kind and over all kinds
(micro-averaged), as the "Scoring" section of the format defines them.

  --gold FILE      the gold facts
  --format F       table (default; 'text' is the old name), json (the whole
                   report), or csv, tsv, jsonl: one row per kind and one
                   for all kinds (kind "all"), with --by-article also per
                   article (columns article, kind, tp, fp, fn, precision,
                   recall, f1; an undefined ratio is empty / null)
  --by-article     also the scores of each article
  --show-errors    list the false positives and false negatives
                   (type, article, kind, scored fields as written, line);
                   table and json only

Bad lines in either file are reported on stderr as file:line: reason, skipped
and counted. Also: a gold value "*" matches any value; output facts of articles
the gold does not mention are false positives; kinds the gold does not list are
ignored. Exit status: 0 scored, 1 a file cannot be read, 2 usage error.)";

// `article` is null for the rows of the whole set, and absent without --by-article.
void AddScoreRows(const std::optional<query::Value>& article,
                  const std::vector<facts::KindCounts>& kinds, const facts::Counts& total,
                  Rows& out) {
  auto add = [&](const std::string& kind, const facts::Counts& c) {
    query::ValueList row;
    if (article) row.push_back(*article);
    for (query::Value v :
         {query::Value::String(kind), query::Value::Int(c.tp), query::Value::Int(c.fp),
          query::Value::Int(c.fn), OptionalNumber(c.Precision()), OptionalNumber(c.Recall()),
          OptionalNumber(c.F1())})
      row.push_back(std::move(v));
    out.rows.push_back(std::move(row));
  };
  for (const auto& k : kinds) add(k.kind, k.counts);
  add("all", total);
}

// The scores as rows: the whole set's, then (with --by-article) each article's.
Rows ScoreRows(const facts::EvalReport& report, bool by_article) {
  Rows rows;
  if (by_article) rows.columns.push_back("article");
  for (const char* c : {"kind", "tp", "fp", "fn", "precision", "recall", "f1"})
    rows.columns.push_back(c);
  AddScoreRows(by_article ? std::optional(query::Value::Null()) : std::nullopt, report.kinds,
               report.overall, rows);
  if (by_article)
    for (const auto& a : report.articles)
      AddScoreRows(query::Value::String(a.article), a.kinds, a.total, rows);
  return rows;
}

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{"--by-article", "--show-errors"}, {"--gold", "--format"}, {}});
  if (!parsed.ok()) return FailUsage("eval", parsed.status().message(), kUsage);
  const ParsedArgs& a = parsed.value();
  auto gold_path = a.Get("--gold");
  if (!gold_path || gold_path->empty())
    return FailUsage("eval", "--gold GOLD.jsonl is required", kUsage);
  if (a.positional.size() != 1) return FailUsage("eval", "expected one output facts file", kUsage);
  // 'text' is still accepted for existing scripts
  ParsedArgs with_format = a;
  if (a.Get("--format") == "text") with_format.options["--format"] = "table";
  auto chosen_format = FormatOption(with_format, OutputFormat::kTable);
  if (!chosen_format.ok()) return FailUsage("eval", chosen_format.status().message(), kUsage);
  const OutputFormat format = chosen_format.value();
  const bool whole_report = format == OutputFormat::kTable || format == OutputFormat::kJson;
  if (a.Has("--show-errors") && !whole_report)
    return FailUsage("eval", "--show-errors needs --format table or json", kUsage);

  auto gold = facts::ReadFacts(*gold_path);
  if (!gold.ok()) {
    return Fail("eval", gold.status().message());
  }
  auto output = facts::ReadFacts(a.positional[0]);
  if (!output.ok()) {
    return Fail("eval", output.status().message());
  }
  for (const auto& e : gold.value().errors) std::cerr << e << "\n";
  for (const auto& e : output.value().errors) std::cerr << e << "\n";

  facts::EvalReport report = facts::Score(gold.value(), output.value());
  facts::ReportOptions options{a.Has("--by-article"), a.Has("--show-errors")};
  if (format == OutputFormat::kJson) {
    facts::WriteJsonReport(report, options, std::cout);
  } else if (format == OutputFormat::kTable) {
    facts::WriteTextReport(report, options, std::cout);
  } else {
    PrintRows(ScoreRows(report, options.by_article), format, std::cout);
  }
  return 0;
}

const bool kRegistered =
    RegisterCommand({"eval", "score a facts file against gold (P / R / F1)", kUsage, Run});

}  // namespace
}  // namespace kg::tools
