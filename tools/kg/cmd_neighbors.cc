// kg neighbors GRAPH NODE [--depth N]: the neighbourhood of a node, through the query engine.
#include <iostream>

#include "query/session.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"
#include "tools/kg/fail.h"
#include "tools/kg/walk_support.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage = R"(usage: kg neighbors GRAPH NODE [options]

Lists the nodes within --depth relationships of NODE (either direction), each
with its distance. NODE is an id, or a name, title or document number compared
without case or diacritics ('Nguyen Xuan Ky' finds "Nguyễn Xuân Ký"); when it
names several nodes they are listed so one can be given by id.

  --depth N          how far to go (default 1)
  --label L          only neighbours with this label (repeatable: any of them)
  --type T           only through relationships of this type (repeatable)
  --with-sources     also list the relationships found, with their provenance:
                     each article id, character span, date, and the quoted
                     evidence text (the sentence it was read in)
  --format F         table (default), csv, tsv, json, jsonl
  --max-expansions N, --timeout MS   budgets, as for kg query

With --with-sources, table and csv output has a row for each piece of evidence
(from, type, to, article, start, end, published, text); json and jsonl a row for
each relationship, its evidence in "sources". Graphs built before evidence
quotes were kept (format 1) show no text: rebuild them to see it.)";

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{"--with-sources"},
                                 {"--depth", "--format", "--max-expansions", "--timeout"},
                                 {"--label", "--type"}});
  if (!parsed.ok()) return FailUsage("neighbors", parsed.status().message(), kUsage);
  const ParsedArgs& a = parsed.value();
  if (a.positional.size() != 2)
    return FailUsage("neighbors", "expected a graph and a node", kUsage);
  int depth = 1;
  if (auto d = a.Get("--depth")) {
    depth = std::atoi(d->c_str());
    if (depth < 1 || depth > 10)
      return FailUsage("neighbors", "--depth must be between 1 and 10", kUsage);
  }
  auto chosen_format = FormatOption(a, OutputFormat::kTable);
  if (!chosen_format.ok()) return FailUsage("neighbors", chosen_format.status().message(), kUsage);
  const OutputFormat format = chosen_format.value();
  query::Limits limits;
  for (const char* opt : {"--max-expansions", "--timeout"})
    if (auto v = a.Get(opt)) {
      Status st = query::SetLimit(limits, opt, *v);
      if (!st.ok()) return FailUsage("neighbors", st.message(), kUsage);
    }
  std::string types;
  for (const auto& t : a.GetAll("--type")) {
    if (!IsName(t)) return FailUsage("neighbors", "bad relationship type '" + t + "'", kUsage);
    types += (types.empty() ? ":" : "|") + t;
  }
  std::string label_filter;
  for (const auto& l : a.GetAll("--label")) {
    if (!IsName(l)) return FailUsage("neighbors", "bad label '" + l + "'", kUsage);
    label_filter += (label_filter.empty() ? " AND (" : " OR ") + std::string("m:") + l;
  }
  if (!label_filter.empty()) label_filter += ")";

  auto session = query::Session::Open(a.positional[0]);
  if (!session.ok()) {
    return Fail("neighbors", session.status().message());
  }
  query::Session& s = *session.value();
  std::optional<int64_t> node = ResolveNodeId(s, a.positional[1], "neighbors");
  if (!node) return 1;
  query::Params params{{"id", query::Value::Int(*node)}};
  std::string walk = "MATCH (n) WHERE id(n) = $id MATCH (n)-[rs" + types + "*1.." +
                     std::to_string(depth) + "]-(m) ";
  std::string statement = walk + "WHERE m <> n" + label_filter +
                          " WITH m, min(size(rs)) AS depth"
                          " RETURN depth, id(m) AS id, labels(m) AS labels,"
                          " coalesce(m.name, m.title, m.number, m.indicator, m.date) AS name"
                          " ORDER BY depth, id";
  std::ios::sync_with_stdio(false);
  if (!s.RunOne(statement, params, limits, format, std::cout, std::cerr)) return 1;
  if (a.Has("--with-sources")) {
    std::string rels = walk + "WHERE m <> n" + label_filter + " UNWIND rs AS r WITH DISTINCT r " +
                       SourcesReturn(format, false);
    if (!s.RunOne(rels, params, limits, format, std::cout, std::cerr)) return 1;
  }
  return 0;
}

const bool kRegistered =
    RegisterCommand({"neighbors", "list the neighbourhood of a node", kUsage, Run});

}  // namespace
}  // namespace kg::tools
