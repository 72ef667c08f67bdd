// kg: builds a knowledge graph from Vietnamese provincial news and queries it.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "extract/text/closest_name.h"
#include "graph/file/graph_file.h"
#include "tools/kg/command.h"
#include "tools/kg/version.h"

namespace kg::tools {

bool RegisterCommand(Command command) {
  auto& all = const_cast<std::vector<Command>&>(Commands());
  all.push_back(std::move(command));
  return true;
}

const std::vector<Command>& Commands() {
  static std::vector<Command> commands;
  return commands;
}

namespace {

void PrintHelp() {
  std::printf(
      "kg: a knowledge graph of Vietnamese provincial political news\n\nusage: kg <command> "
      "[arguments]\n\ncommands:\n");
  auto commands = Commands();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.name < b.name; });
  for (const auto& c : commands) std::printf("  %-10s %s\n", c.name.c_str(), c.summary.c_str());
  std::printf(
      "\n`kg help <command>` or `kg <command> -h` shows a command's options;\n"
      "`kg --version` the version. Exit status: 0 success, 1 error, 2 usage.\n");
}

void PrintVersion() {
  std::printf("kg %s (graph file format %u, reads %u-%u; %s build, %s)\n", kVersion,
              graph::kGraphFormatVersion, graph::kOldestGraphFormatVersion,
              graph::kGraphFormatVersion, kBuildType, kCompiler);
}

std::vector<std::string> CommandNames() {
  std::vector<std::string> names;
  for (const auto& c : Commands()) names.push_back(c.name);
  return names;
}

// -h or --help before a "--" (after it, arguments are positional).
bool AsksForHelp(const std::vector<std::string>& args) {
  for (const auto& a : args) {
    if (a == "--") return false;
    if (a == "-h" || a == "--help") return true;
  }
  return false;
}

}  // namespace
}  // namespace kg::tools

int main(int argc, char** argv) {
  using kg::tools::Commands;
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    kg::tools::PrintHelp();
    return argc < 2 ? 2 : 0;
  }
  std::string name = argv[1];
  if (name == "--version" || name == "-V" || name == "version") {
    kg::tools::PrintVersion();
    return 0;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  bool help = kg::tools::AsksForHelp(args);
  if (name == "help") {
    if (args.empty()) {
      kg::tools::PrintHelp();
      return 0;
    }
    name = args[0];
    help = true;
  }
  for (const auto& c : Commands()) {
    if (c.name != name) continue;
    if (help) {
      std::printf("%s\n", c.usage.c_str());
      return 0;
    }
    return c.run(args);
  }
  std::fprintf(stderr, "kg: unknown command '%s'%s; `kg help` lists them\n", name.c_str(),
               kg::text::DidYouMean(name, kg::tools::CommandNames()).c_str());
  return 2;
}
