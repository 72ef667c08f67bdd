#include "tools/kg/args.h"

#include <boost/program_options.hpp>

#include "extract/text/closest_name.h"

namespace kg::tools {
namespace po = boost::program_options;
namespace {

// The spec's names ("--format", "-o") in Boost's description syntax ("format", ",o").
std::string DescriptionName(const std::string& name) {
  if (name.rfind("--", 0) == 0) return name.substr(2);
  return "," + name.substr(1);
}

// Boost names an option in its errors as the user typed it; the spec's spelling is
// what kg's messages use.
std::vector<std::string> KnownOptions(const ArgSpec& spec) {
  std::vector<std::string> known(spec.flags.begin(), spec.flags.end());
  known.insert(known.end(), spec.options.begin(), spec.options.end());
  known.insert(known.end(), spec.repeatable.begin(), spec.repeatable.end());
  return known;
}

// Where Boost stores an option: under its long name, or "-o" for a short-only one.
std::string StoredKey(const std::string& name) {
  return name.rfind("--", 0) == 0 ? name.substr(2) : name;
}

// An option as kg's messages spell it. Boost reports a short-only option as "--o".
std::string ShownName(std::string typed, const ArgSpec& spec) {
  typed = typed.substr(0, typed.find('='));
  if (typed.size() == 3 && typed.rfind("--", 0) == 0) {
    const std::string short_name = typed.substr(1);
    if (spec.options.count(short_name) || spec.flags.count(short_name)) return short_name;
  }
  return typed.rfind("-", 0) == 0 ? typed : "--" + typed;
}

}  // namespace

Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const ArgSpec& spec) {
  po::options_description described;
  auto add = described.add_options();
  for (const auto& f : spec.flags)
    add(DescriptionName(f).c_str(), po::value<bool>()->zero_tokens()->implicit_value(true));
  for (const auto& o : spec.options) add(DescriptionName(o).c_str(), po::value<std::string>());
  for (const auto& r : spec.repeatable)
    add(DescriptionName(r).c_str(), po::value<std::vector<std::string>>()->composing());
  po::positional_options_description positional;
  positional.add("kg-positional", -1);
  po::options_description with_positional;
  with_positional.add(described).add_options()("kg-positional",
                                               po::value<std::vector<std::string>>());

  // Unix style without guessing: "--form" is not taken for "--format", so a typo gets a
  // suggestion instead of a silent guess.
  const int style = po::command_line_style::default_style & ~po::command_line_style::allow_guessing;
  po::variables_map values;
  try {
    po::store(po::command_line_parser(args)
                  .options(with_positional)
                  .positional(positional)
                  .style(style)
                  .run(),
              values);
  } catch (const po::unknown_option& e) {
    const std::string name = ShownName(e.get_option_name(), spec);
    return Status::Error("unknown option " + name + text::DidYouMean(name, KnownOptions(spec)));
  } catch (const po::multiple_occurrences& e) {
    return Status::Error("option " + ShownName(e.get_option_name(), spec) +
                         " is given more than once");
  } catch (const po::invalid_command_line_syntax& e) {
    const std::string name = ShownName(e.get_option_name(), spec);
    if (e.kind() == po::invalid_syntax::missing_parameter)
      return Status::Error("option " + name + " needs a value");
    if (e.kind() == po::invalid_syntax::extra_parameter)
      return Status::Error("option " + name + " takes no value");
    return Status::Error(e.what());
  } catch (const po::error& e) {
    return Status::Error(e.what());
  }

  ParsedArgs out;
  if (auto it = values.find("kg-positional"); it != values.end())
    out.positional = it->second.as<std::vector<std::string>>();
  for (const auto& f : spec.flags)
    if (values.count(StoredKey(f))) out.flags.insert(f);
  for (const auto& o : spec.options) {
    if (auto it = values.find(StoredKey(o)); it != values.end())
      out.options[o] = it->second.as<std::string>();
  }
  for (const auto& r : spec.repeatable) {
    if (auto it = values.find(StoredKey(r)); it != values.end())
      out.repeated[r] = it->second.as<std::vector<std::string>>();
  }
  return out;
}

Result<OutputFormat> FormatOption(const ParsedArgs& args, OutputFormat fallback) {
  auto name = args.Get("--format");
  if (!name) return fallback;
  if (auto format = ParseOutputFormat(*name)) return *format;
  return Status::Error("unknown format '" + *name + "' (" + kOutputFormatNames + ")");
}

}  // namespace kg::tools
