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

namespace kg::tools {
namespace {

constexpr const char* kUsage = R"(usage: kg stats GRAPH [--format table|json]

Counts nodes by label and relationships by type, and the articles the graph
was built from (read and added / skipped as bad records).)";

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{}, {"--format"}, {}});
  if (!parsed.ok() || parsed.value().positional.size() != 1) {
    std::cerr << "kg stats: " << (parsed.ok() ? "expected one graph file" : parsed.status().message())
              << "\n" << kUsage << "\n";
    return 2;
  }
  auto loaded = graph::LoadGraph(parsed.value().positional[0]);
  if (!loaded.ok()) {
    std::cerr << "kg stats: " << loaded.status().message() << "\n";
    return 1;
  }
  const graph::PropertyGraph& g = *loaded.value();
  std::map<std::string, size_t> labels, types;
  for (graph::NodeIndex n = 0; n < g.node_count(); ++n)
    for (auto l : g.node(n).labels) ++labels[g.SymbolName(l)];
  for (graph::EdgeIndex e = 0; e < g.edge_count(); ++e) ++types[g.SymbolName(g.edge(e).type)];
  std::string read = g.GetMeta("articlesRead"), skipped = g.GetMeta("articlesSkipped");
  const std::string format = parsed.value().Get("--format").value_or("table");
  if (format != "table" && format != "json") {
    std::cerr << "kg stats: unknown format '" << format << "' (table, json)\n";
    return 2;
  }
  if (format == "json") {
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
    json.Uint64(std::strtoull(skipped.c_str(), nullptr, 10));
    json.EndObject();
    std::printf("%s\n", buffer.GetString());
    return 0;
  }
  std::printf("nodes          %zu\n", g.node_count());
  for (auto& [k, v] : labels) std::printf("  %-12s %zu\n", k.c_str(), v);
  std::printf("relationships  %zu\n", g.edge_count());
  for (auto& [k, v] : types) std::printf("  %-12s %zu\n", k.c_str(), v);
  std::printf("articles       %zu read, %s skipped\n", g.articles().size(), skipped.empty() ? "0" : skipped.c_str());
  return 0;
}

const bool kRegistered = RegisterCommand({"stats", "count nodes, relationships and articles", kUsage, Run});

}  // namespace
}  // namespace kg::tools
