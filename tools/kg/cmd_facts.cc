// kg facts GRAPH [--article ID]: the facts view as JSON Lines.
#include <iostream>

#include "graph/facts/facts_view.h"
#include "graph/file/graph_file.h"
#include "tools/kg/args.h"
#include "tools/kg/command.h"

namespace kg::tools {
namespace {

constexpr const char* kUsage = R"(usage: kg facts GRAPH [--article ID]

Prints the facts view (one JSON object a line, shared/docs/facts-format.md)
of every article in the graph, or of one article.)";

int Run(const std::vector<std::string>& args) {
  auto parsed = ParseArgs(args, {{}, {"--article"}, {}});
  if (!parsed.ok() || parsed.value().positional.size() != 1) {
    std::cerr << "kg facts: " << (parsed.ok() ? "expected one graph file" : parsed.status().message())
              << "\n" << kUsage << "\n";
    return 2;
  }
  auto loaded = graph::LoadGraph(parsed.value().positional[0]);
  if (!loaded.ok()) {
    std::cerr << "kg facts: " << loaded.status().message() << "\n";
    return 1;
  }
  std::ios::sync_with_stdio(false);
  facts::WriteFactsView(*loaded.value(), std::cout, parsed.value().Get("--article").value_or(""));
  return 0;
}

const bool kRegistered = RegisterCommand({"facts", "print the facts view (JSON Lines)", kUsage, Run});

}  // namespace
}  // namespace kg::tools
