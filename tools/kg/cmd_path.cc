// kg path GRAPH FROM TO: the shortest path(s) between two nodes, through the query engine.
#include <iostream>

#include "query/session.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"
#include "tools/kg/fail.h"
#include "tools/kg/walk_support.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage = R"(usage: kg path GRAPH FROM TO [options]

Prints a shortest path between two nodes, ignoring relationship direction.
FROM and TO are ids, or names, titles or document numbers compared without case
or diacritics (kg path news.kg 'Nguyen Xuan Ky' '15-NQ/TU').

  --all              every shortest path, not just one
  --max-hops N       longest path considered (default 32)
  --type T           only through relationships of this type (repeatable)
  --with-sources     list each relationship of the path with its provenance:
                     each article id, character span, date, and the quoted
                     evidence text (the sentence it was read in)
  --format F         table (default), csv, tsv, json, jsonl
  --max-expansions N, --timeout MS   budgets, as for kg query

Among paths of equal length the one with the smallest relationship ids, in
order, is chosen, so the answer does not change from run to run. With
--with-sources, table and csv output has a row for each piece of evidence
(step, from, type, to, article, start, end, published, text); json and jsonl a
row for each step, its evidence in "sources".)";

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{"--all", "--with-sources"},
                                 {"--max-hops", "--format", "--max-expansions", "--timeout"},
                                 {"--type"}});
  if (!parsed.ok()) return FailUsage("path", parsed.status().message(), kUsage);
  const ParsedArgs& a = parsed.value();
  if (a.positional.size() != 3) return FailUsage("path", "expected a graph and two nodes", kUsage);
  auto chosen_format = FormatOption(a, OutputFormat::kTable);
  if (!chosen_format.ok()) return FailUsage("path", chosen_format.status().message(), kUsage);
  const OutputFormat format = chosen_format.value();
  query::Limits limits;
  for (const char* opt : {"--max-hops", "--max-expansions", "--timeout"})
    if (auto v = a.Get(opt)) {
      Status st = query::SetLimit(limits, opt, *v);
      if (!st.ok()) return FailUsage("path", st.message(), kUsage);
    }
  std::string types;
  for (const auto& t : a.GetAll("--type")) {
    if (!IsName(t)) return FailUsage("path", "bad relationship type '" + t + "'", kUsage);
    types += (types.empty() ? ":" : "|") + t;
  }
  auto session = query::Session::Open(a.positional[0]);
  if (!session.ok()) {
    return Fail("path", session.status().message());
  }
  query::Session& s = *session.value();
  query::Params params;
  const char* names[] = {"from", "to"};
  for (int i = 0; i < 2; ++i) {
    std::optional<int64_t> node = ResolveNodeId(s, a.positional[1 + i], "path");
    if (!node) return 1;
    params[names[i]] = query::Value::Int(*node);
  }
  std::string match = std::string("MATCH (a), (b) WHERE id(a) = $from AND id(b) = $to MATCH p = ") +
                      (a.Has("--all") ? "allShortestPaths" : "shortestPath") + "((a)-[" + types +
                      "*0.." + std::to_string(limits.max_hops) + "]-(b)) ";
  std::string statement = match + "RETURN length(p) AS hops, p AS path";
  std::ios::sync_with_stdio(false);
  if (!s.RunOne(statement, params, limits, format, std::cout, std::cerr)) return 1;
  if (a.Has("--with-sources")) {
    std::string rels = match +
                       "WITH p UNWIND range(0, length(p) - 1) AS i"
                       " WITH i + 1 AS step, relationships(p)[i] AS r " +
                       SourcesReturn(format, true);
    if (!s.RunOne(rels, params, limits, format, std::cout, std::cerr)) return 1;
  }
  return 0;
}

const bool kRegistered =
    RegisterCommand({"path", "find the shortest path between two nodes", kUsage, Run});

}  // namespace
}  // namespace kg::tools
