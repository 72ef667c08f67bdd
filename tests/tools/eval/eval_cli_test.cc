// `kg eval` through the command line (the kg binary built beside the tests).
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

namespace {

const std::string kSource = KG_SOURCE_DIR;
const std::string kCases = kSource + "/tests/tools/eval/cases/";
const std::string kGold = kSource + "/tests/data/seeds-gold.jsonl";

struct RunResult {
  int code = -1;
  std::string out;
  std::string err;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

RunResult RunEval(const std::string& args) {
  std::string dir = testing::TempDir();
  std::string out = dir + "/kg_eval_out." + std::to_string(getpid());
  std::string err = dir + "/kg_eval_err." + std::to_string(getpid());
  std::string command = std::string(KG_EVAL_CLI) + " eval " + args + " >" + out + " 2>" + err;
  int status = std::system(command.c_str());
  RunResult r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  std::remove(out.c_str());
  std::remove(err.c_str());
  return r;
}

TEST(EvalCli, SeedsGoldAgainstItself) {
  RunResult r = RunEval("--gold " + kGold + " " + kGold);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("overall"), std::string::npos);
  std::istringstream lines(r.out);
  std::string line;
  int rows = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("kind", 0) == 0 || line.empty() || line.find("facts") != std::string::npos)
      continue;
    ++rows;
    EXPECT_NE(line.find("0      0    1.0000    1.0000    1.0000"), std::string::npos) << line;
  }
  EXPECT_EQ(rows, 9);  // eight kinds and overall

  r = RunEval("--gold=" + kGold + " --format json " + kGold);
  ASSERT_EQ(r.code, 0);
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_FALSE(doc.HasParseError()) << r.out;
  EXPECT_DOUBLE_EQ(doc["overall"]["precision"].GetDouble(), 1.0);
  EXPECT_DOUBLE_EQ(doc["overall"]["recall"].GetDouble(), 1.0);
  EXPECT_DOUBLE_EQ(doc["overall"]["f1"].GetDouble(), 1.0);
  EXPECT_EQ(doc["overall"]["fp"].GetInt(), 0);
}

TEST(EvalCli, MixedCase) {
  RunResult r = RunEval("--gold " + kCases + "mixed.gold.jsonl " + kCases +
                        "mixed.out.jsonl --format json --show-errors --by-article");
  ASSERT_EQ(r.code, 0) << r.err;
  // bad lines: named on stderr, skipped, counted
  EXPECT_NE(r.err.find("mixed.gold.jsonl:8: not JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mixed.out.jsonl:13: not JSON"), std::string::npos) << r.err;
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_FALSE(doc.HasParseError()) << r.out;
  auto counts = [&](const char* kind) {
    const auto& k = doc["kinds"][kind];
    return std::to_string(k["tp"].GetInt()) + "/" + std::to_string(k["fp"].GetInt()) + "/" +
           std::to_string(k["fn"].GetInt());
  };
  EXPECT_EQ(counts("holds"), "2/2/1");
  EXPECT_EQ(counts("event"), "1/0/0");
  EXPECT_EQ(counts("document"), "1/0/0");
  EXPECT_EQ(counts("target"), "1/0/0");
  EXPECT_EQ(counts("assigned"), "1/1/0");
  EXPECT_FALSE(doc["kinds"].HasMember("author"));
  EXPECT_EQ(doc["overall"]["tp"].GetInt(), 6);
  EXPECT_EQ(doc["overall"]["fp"].GetInt(), 3);
  EXPECT_EQ(doc["overall"]["fn"].GetInt(), 1);
  EXPECT_EQ(doc["gold"]["bad_lines"].GetInt(), 1);
  EXPECT_EQ(doc["gold"]["unscored"].GetInt(), 1);
  EXPECT_EQ(doc["output"]["bad_lines"].GetInt(), 1);
  EXPECT_EQ(doc["output"]["unscored"].GetInt(), 1);
  EXPECT_EQ(doc["output"]["ignored"].GetInt(), 1);
  EXPECT_EQ(doc["output"]["optional_matched"].GetInt(), 1);
  EXPECT_EQ(doc["output"]["unknown_article"].GetInt(), 1);
  ASSERT_EQ(doc["articles"].Size(), 3u);
  EXPECT_STREQ(doc["articles"][2]["article"].GetString(), "dn_03");
  ASSERT_EQ(doc["errors"].Size(), 4u);
  EXPECT_STREQ(doc["errors"][0]["type"].GetString(), "fn");
  EXPECT_STREQ(doc["errors"][0]["tuple"]["role"].GetString(), "Chủ tịch Ủy ban nhân dân tỉnh");
  EXPECT_EQ(doc["errors"][0]["line"].GetInt(), 2);
}

TEST(EvalCli, ShowErrorsText) {
  RunResult r =
      RunEval("--show-errors --gold " + kCases + "mixed.gold.jsonl " + kCases + "mixed.out.jsonl");
  ASSERT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("FP\tdn_03\tholds\tperson=\"Nguyễn Văn Quảng\" role=\"Bí thư Thành ủy\" "
                       "province=\"Đà Nẵng\"\toutput:14"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("counted as false positives): 1"), std::string::npos) << r.out;
}

TEST(EvalCli, UsageErrorsExitTwo) {
  EXPECT_EQ(RunEval(kGold).code, 2);              // no --gold
  EXPECT_EQ(RunEval("--gold " + kGold).code, 2);  // no output file
  EXPECT_EQ(RunEval("--gold " + kGold + " " + kGold + " " + kGold).code, 2);
  EXPECT_EQ(RunEval("--gold " + kGold + " --format xml " + kGold).code, 2);
  EXPECT_EQ(RunEval("--gold " + kGold + " --frobnicate " + kGold).code, 2);
  RunResult r = RunEval("--gold");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("usage: kg eval"), std::string::npos);
}

TEST(EvalCli, UnreadableFileExitsOne) {
  RunResult r = RunEval("--gold /nonexistent/gold.jsonl " + kGold);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("/nonexistent/gold.jsonl"), std::string::npos);
  EXPECT_EQ(RunEval("--gold " + kGold + " /nonexistent/out.jsonl").code, 1);
  EXPECT_EQ(RunEval("--gold " + kGold + " " + kCases).code, 1);  // a directory
}

}  // namespace
