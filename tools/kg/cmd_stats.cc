// kg stats GRAPH: nodes by label, relationships by type, articles read / skipped.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/file/graph_file.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"
#include "tools/kg/fail.h"
#include "tools/kg/rows_output.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage = R"(usage: kg stats GRAPH [--format F]

Counts nodes by label and relationships by type, and the articles the graph
was built from (read and added / skipped as bad records). GRAPH may be - for
standard input.

  --format F   table (default), json (one object: nodes, relationships,
               labels, types, articles, articlesSkipped), or csv, tsv,
               jsonl: rows of (what, name, count), what being nodes, label,
               relationships, type, articles or articlesSkipped)";

// The counts as rows of (what, name, count); totals have no name.
Rows CountRows(size_t nodes, size_t relationships, const std::map<std::string, size_t>& labels,
               const std::map<std::string, size_t>& types, size_t articles, size_t skipped) {
  Rows rows{{"what", "name", "count"}, {}};
  auto add = [&](const char* what, const std::string* name, size_t count) {
    rows.rows.push_back({query::Value::String(what),
                         name ? query::Value::String(*name) : query::Value::Null(),
                         query::Value::Int(static_cast<int64_t>(count))});
  };
  add("nodes", nullptr, nodes);
  for (const auto& [name, count] : labels) add("label", &name, count);
  add("relationships", nullptr, relationships);
  for (const auto& [name, count] : types) add("type", &name, count);
  add("articles", nullptr, articles);
  add("articlesSkipped", nullptr, skipped);
  return rows;
}

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{}, {"--format"}, {}});
  if (!parsed.ok() || parsed.value().positional.size() != 1) {
    return FailUsage("stats", (parsed.ok() ? "expected one graph file" : parsed.status().message()),
                     kUsage);
  }
  auto loaded = graph::LoadGraph(parsed.value().positional[0]);
  if (!loaded.ok()) {
    return Fail("stats", loaded.status().message());
  }
  const graph::PropertyGraph& g = *loaded.value();
  std::map<std::string, size_t> labels, types;
  for (graph::NodeIndex n = 0; n < g.node_count(); ++n)
    for (auto l : g.node(n).labels) ++labels[g.SymbolName(l)];
  for (graph::EdgeIndex e = 0; e < g.edge_count(); ++e) ++types[g.SymbolName(g.edge(e).type)];
  std::string read = g.GetMeta("articlesRead"), skipped = g.GetMeta("articlesSkipped");
  auto chosen_format = FormatOption(parsed.value(), OutputFormat::kTable);
  if (!chosen_format.ok()) {
    return FailUsage("stats", chosen_format.status().message(), kUsage);
  }
  const OutputFormat format = chosen_format.value();
  const size_t skipped_count = std::strtoull(skipped.c_str(), nullptr, 10);
  if (format == OutputFormat::kCsv || format == OutputFormat::kTsv ||
      format == OutputFormat::kJsonl) {
    PrintRows(CountRows(g.node_count(), g.edge_count(), labels, types, g.articles().size(),
                        skipped_count),
              format, std::cout);
    return 0;
  }
  if (format == OutputFormat::kJson) {
    // RapidJSON escapes a label or type holding '"' or a control character
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
    auto counts = [&](const char* key, const std::map<std::string, size_t>& of) {
      json.Key(key);
      json.StartObject();
      for (const auto& [name, count] : of) {
        json.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
        json.Uint64(count);
      }
      json.EndObject();
    };
    json.StartObject();
    json.Key("nodes");
    json.Uint64(g.node_count());
    json.Key("relationships");
    json.Uint64(g.edge_count());
    counts("labels", labels);
    counts("types", types);
    json.Key("articles");
    json.Uint64(g.articles().size());
    json.Key("articlesSkipped");
    json.Uint64(skipped_count);
    json.EndObject();
    std::printf("%s\n", buffer.GetString());
    return 0;
  }
  std::printf("nodes          %zu\n", g.node_count());
  for (auto& [k, v] : labels) std::printf("  %-12s %zu\n", k.c_str(), v);
  std::printf("relationships  %zu\n", g.edge_count());
  for (auto& [k, v] : types) std::printf("  %-12s %zu\n", k.c_str(), v);
  std::printf("articles       %zu read, %s skipped\n", g.articles().size(),
              skipped.empty() ? "0" : skipped.c_str());
  return 0;
}

const bool kRegistered =
    RegisterCommand({"stats", "count nodes, relationships and articles", kUsage, Run});

}  // namespace
}  // namespace kg::tools
