// Runs every case in tests/extract/cases/*.case. A case file holds one or more
// cases:
//   === name
//   published: 2019-03-05        (optional corpus metadata)
//   province: Thanh Hóa          (optional)
//   site: baobinhdinh.vn          (optional: the outlet)
//   --- text
//   the article text…
//   --- facts
//     holds Person | Role | Province      (the DumpFacts form, exactly)
// The facts must match exactly: a missing fact and an extra one both fail.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/pipeline.h"

namespace kg::extract {
namespace {

struct Case {
  std::string file;
  std::string name;
  corpus::RawArticle article;
  std::string expected;
};

std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  std::vector<std::filesystem::path> files;
  for (auto& e :
       std::filesystem::directory_iterator(std::string(KG_SOURCE_DIR) + "/tests/extract/cases"))
    if (e.path().extension() == ".case") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line, section;
    Case* current = nullptr;
    while (std::getline(in, line)) {
      if (line.rfind("=== ", 0) == 0) {
        cases.push_back({path.filename().string(), line.substr(4), {}, {}});
        current = &cases.back();
        current->article.id = current->name;
        section = "meta";
      } else if (current == nullptr || line.rfind("#", 0) == 0) {
        continue;
      } else if (line == "--- text" || line == "--- facts") {
        section = line.substr(4);
      } else if (section == "meta") {
        if (line.rfind("published: ", 0) == 0) current->article.published = line.substr(11);
        if (line.rfind("province: ", 0) == 0) current->article.province = line.substr(10);
        if (line.rfind("site: ", 0) == 0) current->article.site = line.substr(6);
      } else if (section == "text") {
        current->article.text += line + "\n";
      } else if (section == "facts" && !line.empty()) {
        current->expected += line + "\n";
      }
    }
  }
  return cases;
}

class ExtractCase : public ::testing::TestWithParam<Case> {};

TEST_P(ExtractCase, FactsMatch) {
  const Case& c = GetParam();
  std::string actual = DumpFacts(ExtractArticle(c.article));
  EXPECT_EQ(actual, c.expected) << "case " << c.name << " in " << c.file << "\n--- explain:\n"
                                << ExplainArticle(c.article);
}

INSTANTIATE_TEST_SUITE_P(Cases, ExtractCase, ::testing::ValuesIn(LoadCases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           std::string n;
                           for (char ch : info.param.name)
                             n += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                           return n;
                         });

}  // namespace
}  // namespace kg::extract
