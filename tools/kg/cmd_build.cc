// kg build INPUT... -o FILE [-j N] [--append] | kg build --explain ARTICLE...
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include "extract/corpus/corpus_reader.h"
#include "extract/pipeline.h"
#include "graph/file/graph_file.h"
#include "graph/file/output_target.h"
#include "extract/ingest/corpus_build.h"
#include "query/corrections.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"
#include "tools/kg/fail.h"
#include "tools/kg/graph_to_extend.h"
#include "tools/kg/progress.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage =
    R"(usage: kg build INPUT... -o FILE [-j N] [--append] [--corrections FILE]... [--quiet|--progress] [--max-article-bytes N]
       kg build --explain INPUT...

Reads articles from files and folders (.txt: one article, id = file name;
.jsonl / .jsonl.gz, or - for stdin: one JSON object a line with "id", "text" and optional
"published", "site", "url", "province"), extracts facts and saves the graph.

  -o FILE      where to save the graph (written atomically; - for stdout)
  -j N         extraction threads (default: 1; 0 = all cores)
  --append     load FILE first and add only articles it does not hold yet
  --corrections FILE
               a Cypher script run on the graph after the articles are read (repeatable,
               in order; also after --append): each statement's changes carry
               "correction:FILE:LINE" as evidence; one that changes nothing is reported
               (docs/curation.md)
  --explain    print cleaned text, mentions and facts of each article; save nothing
  --quiet      no progress line and no summary
  --progress   a progress line even when stderr is not a terminal (one line
               every 2 s; on a terminal it is redrawn in place, by default)
  --max-article-bytes N
               skip (and report) an article longer than N bytes (default 1048576)

Bad records are reported as "file:line: reason" and skipped. The exit status
is 1 only when no article at all could be read.)";

// "12034 articles, 41.2 MB of text, 7.9 MB/s, 2310 articles/s; 34% of the input, about
// 20 s left"
std::string BuildProgressText(const ingest::BuildProgress& p, uint64_t input_bytes) {
  const double mb = static_cast<double>(p.text_bytes) / 1e6;
  char text[256];
  int n =
      std::snprintf(text, sizeof text, "%zu articles, %.1f MB of text, %.1f MB/s, %.0f articles/s",
                    p.articles, mb, p.seconds > 0 ? mb / p.seconds : 0.0,
                    p.seconds > 0 ? static_cast<double>(p.articles) / p.seconds : 0.0);
  if (input_bytes > 0 && p.input_position > 0 && p.input_position <= input_bytes && n > 0) {
    const double done = static_cast<double>(p.input_position) / static_cast<double>(input_bytes);
    std::snprintf(text + n, sizeof text - static_cast<size_t>(n),
                  "; %.0f%% of the input, about %.0f s left", done * 100,
                  p.seconds * (1 - done) / std::max(done, 1e-9));
  }
  return text;
}

int Explain(const std::vector<std::string>& inputs) {
  size_t n =
      corpus::ReadCorpus(
          inputs, [](corpus::RawArticle&& a) { std::cout << extract::ExplainArticle(a) << "\n"; },
          [](const corpus::InputIssue& i) { std::cerr << i.where << ": " << i.reason << "\n"; })
          .articles;
  return n > 0 ? 0 : 1;
}

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{"--append", "--explain", "--quiet", "--progress"},
                                 {"-o", "-j", "--max-article-bytes"},
                                 {"--corrections"}});
  if (!parsed.ok()) {
    return FailUsage("build", parsed.status().message(), kUsage);
  }
  const ParsedArgs& a = parsed.value();
  if (a.positional.empty()) {
    return FailUsage("build", "no input given", kUsage);
  }
  // a mistyped input is an error before anything is read or written, not a skipped line
  // in a build that otherwise succeeds
  for (const auto& input : a.positional) {
    std::error_code ec;
    if (input != "-" && !std::filesystem::exists(input, ec)) {
      return Fail("build", input + ": no such file or folder; nothing built");
    }
  }
  const std::vector<std::string> corrections = a.GetAll("--corrections");
  for (const auto& file : corrections) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
      return Fail("build", "--corrections " + file + ": no such file; nothing built");
    }
  }
  if (std::count(a.positional.begin(), a.positional.end(), "-") > 1) {
    return Fail("build", "- (stdin) given twice", kExitUsage);
  }
  if (a.Has("--explain")) return Explain(a.positional);
  auto out = a.Get("-o");
  if (!out) {
    return FailUsage("build", "-o FILE is required", kUsage);
  }
  ingest::BuildOptions options;
  if (auto j = a.Get("-j")) {
    // a number from 0 (all cores) to 256; "abc" or "100000" is a mistake, not "all cores"
    char* end = nullptr;
    const long jobs = std::strtol(j->c_str(), &end, 10);
    if (j->empty() || *end != '\0' || jobs < 0 || jobs > 256) {
      return Fail("build", "-j '" + *j + "' is not a number of threads from 0 (all cores) to 256",
                  kExitUsage);
    }
    options.jobs = jobs == 0 ? static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))
                             : static_cast<int>(jobs);
  }
  if (auto m = a.Get("--max-article-bytes")) {
    char* end = nullptr;
    const unsigned long long bytes = std::strtoull(m->c_str(), &end, 10);
    if (m->empty() || *end != '\0' || bytes == 0 || bytes > (1ull << 40)) {
      return Fail("build", "--max-article-bytes '" + *m + "' is not a positive number of bytes",
                  kExitUsage);
    }
    options.read.max_article_bytes = static_cast<size_t>(bytes);
  }
  // one writer at a time: a second `kg build --append` on this graph would otherwise load
  // the old file and save over the first one's articles
  if (*out == "-" && a.Has("--append")) {
    return Fail("build", "--append needs a graph file to read, not -o -", kExitUsage);
  }
  const graph::OutputTarget target = graph::ResolveOutputTarget(*out);
  graph::WriterLock lock(target.path);
  // (stdout, a pipe or a device has no other writer to wait for)
  if (Status s = target.in_place ? Status::Ok() : lock.Acquire(); !s.ok()) {
    return Fail("build", s.message());
  }
  auto extended = GraphToExtend(*out, a.Has("--append"));
  if (!extended.ok()) {
    return Fail("build", extended.status().message());
  }
  std::unique_ptr<graph::PropertyGraph> graph = std::move(extended).value();
  ProgressLine line("kg build", a.Has("--progress"), a.Has("--quiet"));
  const uint64_t input_bytes = corpus::InputBytes(a.positional);
  if (line.enabled())
    options.on_progress = [&](const ingest::BuildProgress& p) {
      line.Show(BuildProgressText(p, input_bytes));
    };
  ingest::BuildReport r =
      ingest::BuildCorpus(a.positional, *graph, options, [&line](const corpus::InputIssue& i) {
        line.Clear();  // an issue is its own line, never glued to the progress line
        std::cerr << i.where << ": " << i.reason << "\n";
      });
  line.Clear();
  if (line.enabled()) line.Show("saving " + *out, /*now=*/true);
  auto bump = [&](const char* key, size_t by) {
    size_t before = std::strtoull(graph->GetMeta(key).c_str(), nullptr, 10);
    graph->SetMeta(key, std::to_string(before + by));
  };
  bump("articlesRead", r.articles_added);
  bump("articlesSkipped", r.skipped);
  if (r.articles_read == 0 && r.already_present == 0)
    return Fail("build", "no article could be read; nothing saved");
  if (!corrections.empty()) {
    if (line.enabled()) line.Show("applying corrections", /*now=*/true);
    auto applied = query::ApplyCorrections(*graph, corrections);
    line.Clear();
    if (!applied.ok()) {
      std::cerr << applied.status().message() << "\n";  // names its file; printed as it is
      return Fail("build", "a correction failed; nothing saved");
    }
    for (const auto& outcome : applied.value()) {
      if (outcome.changes.empty()) {
        std::cerr << outcome.where
                  << ": warning: this correction changed nothing (what it matches is not in the "
                     "graph: already applied, or no longer extracted)\n";
      } else if (!a.Has("--quiet")) {
        std::cerr << outcome.where << ": " << outcome.changes << "\n";
      }
    }
    graph->Compact();  // what the corrections deleted
  }
  if (Status s = graph::SaveGraph(*graph, *out); !s.ok()) {
    return Fail("build", s.message());
  }
  line.Clear();
  if (!a.Has("--quiet")) {
    double mb = static_cast<double>(r.text_bytes) / 1e6;
    std::fprintf(stderr,
                 "kg build: %zu articles read from %zu files, %zu added, %zu already in the graph, "
                 "%zu skipped; %.1f MB of text in %.2f s (%.1f MB/s, %.0f articles/s, %d threads)\n"
                 "kg build: saved %s: %zu nodes, %zu relationships\n",
                 r.articles_read, r.files, r.articles_added, r.already_present, r.skipped, mb,
                 r.seconds, r.seconds > 0 ? mb / r.seconds : 0.0,
                 r.seconds > 0 ? static_cast<double>(r.articles_read) / r.seconds : 0.0,
                 options.jobs, out->c_str(), graph->node_count(), graph->edge_count());
  }
  return 0;
}

const bool kRegistered =
    RegisterCommand({"build", "read articles and build a graph file", kUsage, Run});

}  // namespace
}  // namespace kg::tools
