// The kg command line: every subcommand registers itself here, so adding one is
// adding one file (tools/cmd_<name>.cc) and nothing else.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace kg::tools {

struct Command {
  std::string name;
  std::string summary;  // one line for `kg help`
  std::string usage;    // full usage text for `kg help <name>` and argument errors
  std::function<int(const std::vector<std::string>& args)> run;
};

// Registers a command at static-initialisation time; returns true.
bool RegisterCommand(Command command);
const std::vector<Command>& Commands();

}  // namespace kg::tools
