// A reader for the Gherkin subset the openCypher TCK uses: Feature,
// Background, Scenario, Scenario Outline with Examples (expanded into one
// scenario per row), steps with doc strings ("""…""") and tables (| a | b |).
#pragma once

#include <string>
#include <vector>

namespace kg::tck {

struct Step {
  std::string keyword;                          // Given, When, Then, And, But
  std::string text;                             // the rest of the line
  std::string doc;                              // doc string, without the quotes, dedented
  std::vector<std::vector<std::string>> table;  // rows of trimmed cells
  int line = 0;
};

struct Scenario {
  std::string name;  // "[3] Name", with " (example N)" for outline rows
  int line = 0;
  std::vector<std::string> tags;
  std::vector<Step> steps;  // background steps first
};

struct Feature {
  std::string path;
  std::string name;
  std::vector<Scenario> scenarios;
};

// Parses a .feature file's text. Malformed input yields what could be read.
Feature ParseFeature(const std::string& path, const std::string& text);

// `s` without leading and trailing blanks (spaces, tabs, CR).
std::string Trim(const std::string& s);

}  // namespace kg::tck
