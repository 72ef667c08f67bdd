// kg: builds a knowledge graph from Vietnamese provincial news and queries it.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "tools/kg/command.h"

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
  std::printf("kg: a knowledge graph of Vietnamese provincial political news\n\nusage: kg <command> [arguments]\n\ncommands:\n");
  auto commands = Commands();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.name < b.name; });
  for (const auto& c : commands) std::printf("  %-10s %s\n", c.name.c_str(), c.summary.c_str());
  std::printf("\n`kg help <command>` shows a command's options.\n");
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
  std::vector<std::string> args(argv + 2, argv + argc);
  if (name == "help") {
    if (args.empty()) {
      kg::tools::PrintHelp();
      return 0;
    }
    name = args[0];
    for (const auto& c : Commands())
      if (c.name == name) {
        std::printf("%s\n", c.usage.c_str());
        return 0;
      }
  }
  for (const auto& c : Commands()) {
    if (c.name != name) continue;
    if (std::find(args.begin(), args.end(), "--help") != args.end()) {
      std::printf("%s\n", c.usage.c_str());
      return 0;
    }
    return c.run(args);
  }
  std::fprintf(stderr, "kg: unknown command '%s' (see `kg help`)\n", name.c_str());
  return 2;
}
