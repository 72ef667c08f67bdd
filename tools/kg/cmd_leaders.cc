// kg leaders GRAPH: who holds the core posts of each province, since when, with which
// other posts, and how often they change (leaders/leadership.h).
#include <ctime>
#include <iostream>
#include <utility>

#include "graph/export/output.h"
#include "graph/file/graph_file.h"
#include "tools/leaders/leadership.h"
#include "tools/leaders/leadership_tables.h"
#include "tools/leaders/publication_range.h"
#include "tools/leaders/report_html.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"
#include "tools/kg/fail.h"
#include "tools/kg/progress.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage = R"(usage: kg leaders GRAPH [view] [options]

Views (one at a time; the default is one row per province):
  (none)             each province's core posts and their holders as of --as-of
                     (default: the latest evidence): Bí thư, Phó Bí thư Thường trực,
                     Phó Bí thư, Chủ tịch / Phó Chủ tịch UBND, Chủ tịch HĐND,
                     Trưởng Đoàn ĐBQH, and whether the secretary sits on the
                     Central Committee
  --history          every spell: person, post, province, first and last attested
                     dates, articles, and the holders it conflicts with
  --measures         per province: concurrent posts, Central Committee, distinct
                     holders per term (turnover), posts with no attested holder
  --panel            person × post × province × year, with evidence counts
  --ambiguous        names that may be two people, with what each holds
  --report           a self-contained HTML report (tables and an SVG timeline per
                     province); give -o FILE

Options:
  --province P       one province ('Quảng Ninh', 'Quang Ninh', 'TP HCM', …)
  --as-of DATE       YYYY-MM-DD: the holders on that date (default: the latest
                     evidence dated inside the corpus's publication range, never
                     after its end; see docs/leaders.md, "Time")
  --map M            as-attested (default: the 63 units before 1 July 2025) or
                     current (the 34 units of Resolution 202/2025/QH15; an article
                     of 2017 about Yên Bái counts under Lào Cai)
  --format F         table (default), csv, tsv, json (one document: as-of date,
                     publication range, rows) or jsonl (one row a line)
  --with-sources     add each row's evidence: article ids, dates, URLs, spans and
                     the quoted text when the graph kept it
  --all              the table view lists provinces with no holder too (the
                     other formats always do)
  -o FILE            write there (atomically) instead of standard output ('-')
  --quiet            no progress line
  --progress         a progress line even when stderr is not a terminal)";

enum class View { kProvinces, kHistory, kMeasures, kPanel, kAmbiguous, kReport };

std::string Today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// The as-of date and the publication range that every row depends on, ahead of the rows.
std::vector<std::pair<std::string, leaders::Cell>> JsonHeader(const leaders::Leadership& l,
                                                              const char* view,
                                                              const std::string& map) {
  const leaders::PublicationRange& range = l.publication;
  return {{"view", leaders::Cell::Text(view)},
          {"map", leaders::Cell::Text(map)},
          {"as_of", leaders::Cell::Text(l.as_of)},
          {"publication_from", leaders::Cell::Text(range.from)},
          {"publication_to", leaders::Cell::Text(range.to)},
          {"publication_range_source",
           range.from.empty() ? leaders::Cell::Null()
                              : leaders::Cell::Text(range.estimated ? "estimated" : "published")}};
}

// "as of 2017-12-28, as-attested map; publication range 2017-01-01 – 2017-12-31
// (estimated from mentioned dates, 9000 articles); ⚑ 12 spells with evidence dated outside it".
std::string TableHeader(const leaders::Leadership& l, const std::string& map) {
  std::string out = "as of " + (l.as_of.empty() ? std::string("(no dated evidence)") : l.as_of) +
                    ", " + map + " map";
  const leaders::PublicationRange& range = l.publication;
  if (!range.from.empty())
    out += "; publication range " + range.from + " \u2013 " + range.to +
           (range.estimated ? " (estimated from mentioned dates, " : " (publication dates, ") +
           std::to_string(range.articles) + " articles)";
  size_t flagged = 0;
  for (const auto* spells : {&l.spells, &l.unplaced})
    for (const leaders::Spell& s : *spells)
      flagged += leaders::DatesOutsideWindow(range, s).empty() ? 0 : 1;
  if (flagged > 0)
    out += "; \u2691 " + std::to_string(flagged) + " spells with evidence dated outside it";
  return out + "\n";
}

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{"--history", "--measures", "--panel", "--ambiguous", "--report",
                                  "--with-sources", "--all", "--quiet", "--progress"},
                                 {"--province", "--as-of", "--map", "--format", "-o"},
                                 {}});
  if (!parsed.ok()) return FailUsage("leaders", parsed.status().message(), kUsage);
  const ParsedArgs& a = parsed.value();
  if (a.positional.size() != 1) return FailUsage("leaders", "expected one graph file", kUsage);

  View view = View::kProvinces;
  int views = 0;
  for (auto [flag, v] : {std::pair{"--history", View::kHistory},
                         {"--measures", View::kMeasures},
                         {"--panel", View::kPanel},
                         {"--ambiguous", View::kAmbiguous},
                         {"--report", View::kReport}})
    if (a.Has(flag)) view = v, ++views;
  if (views > 1)
    return FailUsage("leaders",
                     "choose one of --history, --measures, --panel, --ambiguous, --report", kUsage);

  leaders::LeadershipOptions options;
  options.province = a.Get("--province").value_or("");
  options.as_of = a.Get("--as-of").value_or("");
  const std::string map = a.Get("--map").value_or("as-attested");
  if (map == "current")
    options.map = leaders::ProvinceMap::kCurrent;
  else if (map != "as-attested")
    return FailUsage("leaders", "--map must be as-attested or current, not '" + map + "'", kUsage);
  auto format_option = FormatOption(a, OutputFormat::kTable);
  if (!format_option.ok()) return FailUsage("leaders", format_option.status().message(), kUsage);
  const OutputFormat format = format_option.value();
  if (view == View::kReport && !a.Get("-o"))
    return FailUsage("leaders", "--report needs -o FILE", kUsage);

  const std::string& path = a.positional[0];
  ProgressLine progress("kg leaders", a.Has("--progress"), a.Has("--quiet"));
  progress.Show("loading " + path, /*now=*/true);
  auto loaded = graph::LoadGraph(path);
  if (!loaded.ok()) {
    progress.Clear();
    return Fail("leaders", loaded.status().message());
  }
  progress.Show("finding spells, conflicts and turnover in " +
                    std::to_string(loaded.value()->articles().size()) + " articles",
                /*now=*/true);
  leaders::LeadershipResult built = leaders::BuildLeadership(*loaded.value(), options);
  if (!built.error.empty()) {
    progress.Clear();
    return Fail("leaders", built.error, kExitUsage);
  }
  const leaders::Leadership& l = built.leadership;
  progress.Show("rendering", /*now=*/true);

  std::string out;
  if (view == View::kReport) {
    leaders::ReportOptions report;
    report.graph_file = path;
    report.generated_on = Today();
    out = leaders::RenderHtmlReport(l, report);
  } else {
    leaders::TableOptions table_options;
    table_options.compact = format == OutputFormat::kTable;
    table_options.with_sources = a.Has("--with-sources");
    table_options.all_provinces = format != OutputFormat::kTable || a.Has("--all");
    leaders::TextTable table;
    const char* name = "provinces";
    switch (view) {
      case View::kProvinces: table = leaders::ProvinceTable(l, table_options); break;
      case View::kHistory: table = leaders::HistoryTable(l, table_options), name = "history"; break;
      case View::kMeasures: table = leaders::MeasuresTable(l), name = "measures"; break;
      case View::kPanel: table = leaders::PanelTable(l), name = "panel"; break;
      case View::kAmbiguous:
        table = leaders::AmbiguousTable(l, table_options), name = "ambiguous";
        break;
      case View::kReport: break;
    }
    switch (format) {
      case OutputFormat::kCsv: out = leaders::RenderCsv(table); break;
      case OutputFormat::kTsv: out = leaders::RenderTsv(table); break;
      case OutputFormat::kJson:
        out = leaders::RenderJsonDocument(table, JsonHeader(l, name, map));
        break;
      case OutputFormat::kJsonl: out = leaders::RenderJsonLines(table); break;
      case OutputFormat::kTable:
        if (view == View::kProvinces) out = TableHeader(l, map);
        out += leaders::RenderAligned(table);
        break;
    }
  }
  progress.Clear();

  if (auto file = a.Get("-o"); file && *file != "-") {
    exporter::AtomicFile target(*file);
    Status st = target.Open();
    if (st.ok()) {
      target.stream() << out;
      st = target.Commit();
    }
    if (!st.ok()) {
      return Fail("leaders", st.message());
    }
    return 0;
  }
  std::cout << out;
  return 0;
}

const bool kRegistered = RegisterCommand(
    {"leaders", "compare provincial leadership: posts, spells, concurrent posts, turnover", kUsage,
     Run});

}  // namespace
}  // namespace kg::tools
