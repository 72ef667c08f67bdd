// kg query GRAPH (-e STATEMENTS | -f FILE): openCypher statements against a graph.
#include <fstream>
#include <iostream>
#include <sstream>

#include "query/params.h"
#include "query/session.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"
#include "tools/kg/fail.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage = R"(usage: kg query GRAPH (-e STATEMENTS | -f FILE) [options]

Runs openCypher statements (see docs/query.md) against GRAPH, a file written by
`kg build`, or :memory: for a new, empty graph. Statements are separated by ';'
and may carry // comments; each result is printed in turn. The first error is
shown as file:line:col with the line and carets, and stops the script.

  -e STATEMENTS         the statements themselves
  -f FILE               a script file
  --param k=v           a parameter $k (repeatable); v is read as a literal
                        (42, 1.5, 'text', [1, 2], {k: 1}) or else as a string
  --params FILE.json    parameters from a JSON object
  --format F            table (default), csv, tsv, json (one object per statement:
                        {"columns": [...], "rows": [[...], ...]}) or jsonl
  --explain             print each statement's plan instead of running it
  --max-rows N          rows any step may hold        (default 2000000)
  --max-expansions N    relationships traversed       (default 20000000)
  --timeout MS          wall-clock time per statement (default 60000)
  --max-hops N          bound of * and shortest paths (default 32)
  --max-memory N        what a statement may hold: collect(), DISTINCT,
                        lists and strings it builds; bytes or 512M, 2G
                        (default a quarter of the machine's memory)
  --dry-run             do not save what CREATE added to GRAPH

What CREATE adds (marked as manual provenance) is saved back to GRAPH when
every statement succeeded, unless --dry-run is given.
Exit status: 0 on success, 1 on a query or file error, 2 on bad arguments.)";

// "-" is standard input.
std::optional<std::string> ReadFile(const std::string& path) {
  if (path == "-") {
    std::stringstream buf;
    buf << std::cin.rdbuf();
    return buf.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

int Run(const std::vector<std::string>& args) {
  ArgSpec spec{{"--explain", "--dry-run"},
               {"-e", "-f", "--params", "--format", "--max-rows", "--max-expansions", "--timeout",
                "--max-hops", "--max-memory"},
               {"--param"}};
  auto parsed = ParseArgs(args, spec);
  if (!parsed.ok()) return FailUsage("query", parsed.status().message(), kUsage);
  const ParsedArgs& a = parsed.value();
  if (a.positional.size() != 1)
    return FailUsage("query", "expected one graph (a .kg file or :memory:)", kUsage);
  auto expr = a.Get("-e");
  auto file = a.Get("-f");
  if (expr.has_value() == file.has_value())
    return FailUsage("query", "give exactly one of -e and -f", kUsage);
  {
    int stdin_uses = (a.positional[0] == "-") + (file && *file == "-") +
                     (a.Get("--params") && *a.Get("--params") == "-");
    if (stdin_uses > 1)
      return FailUsage("query", "- (stdin) can be read once: for the graph, -f or --params",
                       kUsage);
  }
  auto chosen_format = FormatOption(a, OutputFormat::kTable);
  if (!chosen_format.ok()) return FailUsage("query", chosen_format.status().message(), kUsage);
  const OutputFormat format = chosen_format.value();
  query::Limits limits;
  for (const char* opt :
       {"--max-rows", "--max-expansions", "--timeout", "--max-hops", "--max-memory"})
    if (auto v = a.Get(opt)) {
      Status st = query::SetLimit(limits, opt, *v);
      if (!st.ok()) return FailUsage("query", st.message(), kUsage);
    }
  query::Params params;
  if (auto pf = a.Get("--params")) {
    auto text = ReadFile(*pf);
    if (!text) {
      return Fail("query", "cannot read " + *pf);
    }
    Status st = query::AddParamsFromJson(*text, params);
    if (!st.ok()) {
      return Fail("query", *pf + ": " + st.message());
    }
  }
  for (const auto& p : a.GetAll("--param")) {
    Status st = query::AddParamArgument(p, params);
    if (!st.ok()) {  // a bad value, not a misuse of the command: the message alone
      return Fail("query", st.message(), kExitUsage);
    }
  }
  std::string script, name = "-e";
  if (file) {
    auto text = ReadFile(*file);
    if (!text) {
      return Fail("query", "cannot read " + *file);
    }
    script = std::move(*text);
    name = *file;
  } else {
    script = *expr;
  }
  auto session = query::Session::Open(a.positional[0]);
  if (!session.ok()) {
    return Fail("query", session.status().message());
  }
  query::Session& s = *session.value();
  std::ios::sync_with_stdio(false);
  bool ok =
      s.RunScript(name, script, params, limits, format, a.Has("--explain"), std::cout, std::cerr);
  std::cout.flush();
  if (ok && s.changed() && a.positional[0] == "-" && !a.Has("--dry-run"))
    std::cerr << "kg query: the graph came from stdin; the changes were not saved\n";
  if (ok && s.changed() && !s.in_memory() && a.positional[0] != "-" && !a.Has("--dry-run")) {
    Status st = s.Save();
    if (!st.ok()) {
      return Fail("query", st.message());
    }
    std::cerr << "kg query: saved the changes to " << a.positional[0] << " ("
              << query::DescribeChanges(s.changes()) << ")\n";
  }
  return ok ? 0 : 1;
}

const bool kRegistered =
    RegisterCommand({"query", "run openCypher statements against a graph", kUsage, Run});

}  // namespace
}  // namespace kg::tools
