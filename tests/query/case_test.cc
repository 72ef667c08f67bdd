// Query tests as data files: tests/query/cases/*.case. Each case is
//
//   === a name
//   --- setup          (optional) statements run first, e.g. CREATE …
//   --- params         (optional) one `name = literal` a line
//   --- query          the statement under test
//   --- rows           expected rows as a TCK-style table, any order
//   --- rows in order  … or in this order
//   --- error          … or the exact error text, with its carets
//   --- plan contains  (optional) a line the EXPLAIN output must contain
//
// Values are written as the openCypher TCK writes them (tests/tck/tck_values.h).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "query/engine.h"
#include "query/params.h"
#include "query/query_error.h"
#include "tests/tck/tck_values.h"

namespace kg::query {
namespace {

struct Case {
  std::string file, name;
  std::map<std::string, std::string> sections;
};

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

std::vector<Case> LoadCases() {
  std::vector<Case> out;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(KG_QUERY_CASES))
    if (e.path().extension() == ".case") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line, section;
    while (std::getline(in, line)) {
      if (line.rfind("===", 0) == 0) {
        out.push_back({path.stem().string(), Trim(line.substr(3)), {}});
        section.clear();
      } else if (line.rfind("---", 0) == 0) {
        section = Trim(line.substr(3));
        if (!out.empty()) out.back().sections[section];
      } else if (!out.empty() && !section.empty()) {
        if (section != "error" && (line.rfind("#", 0) == 0)) continue;
        out.back().sections[section] += line + "\n";
      }
    }
  }
  return out;
}

// Cells of "| a | b |", splitting on bars outside quotes.
std::vector<std::string> Cells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cur;
  char quote = 0;
  bool started = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      cur += c;
      if (c == '\\' && i + 1 < line.size())
        cur += line[++i];
      else if (c == quote)
        quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
      cur += c;
    } else if (c == '|') {
      if (started) cells.push_back(Trim(cur));
      cur.clear();
      started = true;
    } else {
      cur += c;
    }
  }
  return cells;
}

class QueryCase : public testing::TestWithParam<Case> {};

TEST_P(QueryCase, Runs) {
  const Case& c = GetParam();
  graph::PropertyGraph g;
  Engine engine(g);
  if (c.sections.count("setup")) ASSERT_NO_THROW(engine.Run(c.sections.at("setup")));
  Params params;
  if (c.sections.count("params")) {
    std::istringstream in(c.sections.at("params"));
    for (std::string line; std::getline(in, line);) {
      if (Trim(line).empty()) continue;
      size_t eq = line.find('=');
      ASSERT_NE(eq, std::string::npos) << line;
      ASSERT_TRUE(
          AddParamArgument(Trim(line.substr(0, eq)) + "=" + Trim(line.substr(eq + 1)), params)
              .ok());
    }
  }
  ASSERT_TRUE(c.sections.count("query")) << "case without a query";
  std::string query = Trim(c.sections.at("query"));
  if (c.sections.count("plan contains")) {
    std::string plan = engine.Explain(query, params);
    EXPECT_NE(plan.find(Trim(c.sections.at("plan contains"))), std::string::npos) << plan;
  }
  if (c.sections.count("error")) {
    try {
      engine.Run(query, params);
      FAIL() << "expected an error";
    } catch (const QueryError& e) {
      EXPECT_EQ(RenderError("query", query, 0, e), Trim(c.sections.at("error")) + "\n");
    }
    return;
  }
  bool ordered = c.sections.count("rows in order") > 0;
  const std::string& table = ordered ? c.sections.at("rows in order") : c.sections.at("rows");
  QueryResult r = engine.Run(query, params);
  std::istringstream in(table);
  std::vector<std::string> expected, actual;
  std::vector<std::string> header;
  for (std::string line; std::getline(in, line);) {
    if (Trim(line).empty()) continue;
    auto cells = Cells(line);
    if (header.empty()) {
      header = cells;
      continue;
    }
    std::string row;
    for (const auto& cell : cells) {
      auto v = tck::CanonicalExpected(cell, false);
      ASSERT_TRUE(v.has_value()) << "cannot read " << cell;
      row += *v + " | ";
    }
    expected.push_back(row);
  }
  EXPECT_EQ(r.columns, header);
  for (const auto& row : r.rows) {
    std::string line;
    for (const auto& v : row) line += tck::CanonicalActual(g, v, false) + " | ";
    actual.push_back(line);
  }
  if (!ordered) {
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
  }
  EXPECT_EQ(actual, expected);
}

std::string CaseName(const testing::TestParamInfo<Case>& info) {
  std::string name = info.param.file + "_" + info.param.name;
  for (auto& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, QueryCase, testing::ValuesIn(LoadCases()), CaseName);

}  // namespace
}  // namespace kg::query
