#include "tools/kg/args.h"

#include "extract/text/closest_name.h"

namespace kg::tools {

Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const ArgSpec& spec) {
  ParsedArgs out;
  bool only_positional = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (only_positional || a.size() < 2 || a[0] != '-') {
      out.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    std::string name = a;
    std::optional<std::string> inline_value;
    if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      name = a.substr(0, eq);
      inline_value = a.substr(eq + 1);
    }
    if (spec.flags.count(name)) {
      if (inline_value) return Status::Error("option " + name + " takes no value");
      out.flags.insert(name);
      continue;
    }
    const bool single = spec.options.count(name) > 0;
    const bool repeat = spec.repeatable.count(name) > 0;
    if (!single && !repeat) {
      std::vector<std::string> known(spec.flags.begin(), spec.flags.end());
      known.insert(known.end(), spec.options.begin(), spec.options.end());
      known.insert(known.end(), spec.repeatable.begin(), spec.repeatable.end());
      return Status::Error("unknown option " + name + text::DidYouMean(name, known));
    }
    std::string value;
    if (inline_value) {
      value = *inline_value;
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      return Status::Error("option " + name + " needs a value");
    }
    if (single) {
      out.options[name] = value;
    } else {
      out.repeated[name].push_back(value);
    }
  }
  return out;
}

}  // namespace kg::tools
