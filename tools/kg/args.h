// The argument grammar of kg's subcommands, on Boost.Program_options: positional arguments, flags
// (--name), options with a value (--name VALUE or --name=VALUE, -o VALUE) and
// repeatable options (--param k=v). Unknown options are errors that name them.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/base/output_format.h"
#include "graph/base/status.h"

namespace kg::tools {

struct ArgSpec {
  std::set<std::string> flags;       // e.g. "--explain"
  std::set<std::string> options;     // take one value, e.g. "-o", "--format"
  std::set<std::string> repeatable;  // take one value, may repeat, e.g. "--param"
};

struct ParsedArgs {
  std::vector<std::string> positional;
  std::set<std::string> flags;
  std::map<std::string, std::string> options;
  std::map<std::string, std::vector<std::string>> repeated;

  bool Has(const std::string& flag) const { return flags.count(flag) > 0; }
  std::optional<std::string> Get(const std::string& option) const {
    auto it = options.find(option);
    if (it == options.end()) return std::nullopt;
    return it->second;
  }
  std::vector<std::string> GetAll(const std::string& option) const {
    auto it = repeated.find(option);
    return it == repeated.end() ? std::vector<std::string>{} : it->second;
  }
};

Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const ArgSpec& spec);

// The value of --format (`fallback` when absent); an error naming the accepted names
// for anything else.
Result<OutputFormat> FormatOption(const ParsedArgs& args, OutputFormat fallback);

}  // namespace kg::tools
