#include "extract/corpus/corpus_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

namespace kg::corpus {
namespace {

namespace fs = std::filesystem;

class CorpusReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg-corpus-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "sub");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const fs::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary) << bytes;
  }
  struct Read {
    std::vector<RawArticle> articles;
    std::vector<InputIssue> issues;
    ReadCounts counts;
  };
  Read ReadAll(const std::vector<std::string>& paths) {
    Read r;
    r.counts = ReadCorpus(
        paths, [&](RawArticle&& a) { r.articles.push_back(std::move(a)); },
        [&](const InputIssue& i) { r.issues.push_back(i); });
    return r;
  }
  fs::path dir_;
};

// Folders are walked in order; a file in a subfolder has its relative path as id, so two
// "a.txt" in different folders are two articles; other files are reported, never dropped
// without a word; extensions match without case.
TEST_F(CorpusReaderTest, FoldersAreWalkedRecursivelyInOrder) {
  Write(dir_ / "b.txt", "Bài thứ hai");
  Write(dir_ / "sub" / "a.txt", "Bài thứ nhất");
  Write(dir_ / "a.TXT", "Bài viết hoa đuôi");
  Write(dir_ / "notes.md", "not an article");
  Write(dir_ / ".hidden", "a hidden file is no article and no news");
  Read r = ReadAll({dir_.string()});
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[0].id, "a");
  EXPECT_EQ(r.articles[1].id, "b");
  EXPECT_EQ(r.articles[2].id, "sub/a");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_NE(r.issues[0].where.find("notes.md"), std::string::npos);
  EXPECT_EQ(r.counts.skipped, 1u);
}

// A NUL byte is a character of its line: the record is reported, the next one is read, and
// the line numbers stay right.
TEST_F(CorpusReaderTest, NulByteSpoilsOnlyItsOwnLine) {
  std::string lines = std::string("{\"id\": \"a\", \"text\": \"Bài ") + '\0' + "một\"}\n" +
                      "{\"id\": \"b\", \"text\": \"Bài hai\"}\n";
  Write(dir_ / "nul.jsonl", lines);
  Read r = ReadAll({(dir_ / "nul.jsonl").string()});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "b");
  EXPECT_EQ(r.articles[0].origin, (dir_ / "nul.jsonl").string() + ":2");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, (dir_ / "nul.jsonl").string() + ":1");
}

// Hostile records: nesting 150,000 deep, and a line over the size limit, each reported
// with its line; the records after them are read.
TEST_F(CorpusReaderTest, DeepAndHugeRecordsAreSkippedNotFatal) {
  std::string lines = std::string(150000, '[') + "\n" + "{\"id\": \"big\", \"text\": \"" +
                      std::string(200000, 'a') + "\"}\n" +
                      "{\"id\": \"ok\", \"text\": \"Bài hai\"}\n";
  Write(dir_ / "hostile.jsonl", lines);
  Read r;
  ReadOptions options;
  options.max_article_bytes = 80000;  // a record may be up to 2 x 80,000 + 4,096 bytes
  r.counts = ReadCorpus(
      {(dir_ / "hostile.jsonl").string()},
      [&](RawArticle&& a) { r.articles.push_back(std::move(a)); },
      [&](const InputIssue& i) { r.issues.push_back(i); }, options);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "ok");
  ASSERT_EQ(r.issues.size(), 2u);
  EXPECT_NE(r.issues[0].reason.find("not JSON"), std::string::npos) << r.issues[0].reason;
  EXPECT_NE(r.issues[1].reason.find("--max-article-bytes"), std::string::npos)
      << r.issues[1].reason;
  EXPECT_EQ(r.issues[1].where, (dir_ / "hostile.jsonl").string() + ":2");
}

TEST_F(CorpusReaderTest, OverlongTextFileIsSkippedWithTheLimitNamed) {
  Write(dir_ / "long.txt", std::string(2000, 'x'));
  Read r;
  ReadOptions options;
  options.max_article_bytes = 1000;
  r.counts = ReadCorpus(
      {(dir_ / "long.txt").string()}, [&](RawArticle&& a) { r.articles.push_back(std::move(a)); },
      [&](const InputIssue& i) { r.issues.push_back(i); }, options);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_NE(r.issues[0].reason.find("over the limit of 1000"), std::string::npos)
      << r.issues[0].reason;
}

// zlib reads concatenated gzip members but ignores what follows the last one: kg says so.
TEST_F(CorpusReaderTest, BytesAfterTheGzipDataAreReported) {
  const fs::path path = dir_ / "tail.jsonl.gz";
  gzFile gz = gzopen(path.string().c_str(), "wb");
  const std::string record = "{\"id\": \"a\", \"text\": \"Bài một\"}\n";
  gzwrite(gz, record.data(), static_cast<unsigned>(record.size()));
  gzclose(gz);
  std::ofstream(path, std::ios::binary | std::ios::app) << "this is not gzip data at all";
  Read r = ReadAll({path.string()});
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_NE(r.issues[0].reason.find("after the end of the gzip data"), std::string::npos)
      << r.issues[0].reason;
}

TEST_F(CorpusReaderTest, BadJsonLinesRecordsAreReportedWithFileAndLineAndSkipped) {
  std::string lines =
      "{\"id\": \"ok1\", \"text\": \"Ngày 2/6, Ban Thường vụ Tỉnh ủy họp.\", \"published\": "
      "\"2020-06-02\", \"province\": \"Quảng Ninh\"}\n"
      "this is not json\n"
      "{\"id\": \"no-text\"}\n"
      "{\"id\": \"bad-utf8\", \"text\": \"\xC3\x28\"}\n"
      "\n"
      "{\"id\": \"empty\", \"text\": \"   \"}\n"
      "[1, 2]\n"
      "{\"id\": \"ok2\", \"text\": \"Sáng 9.1, tại TP Hạ Long\"}\n";
  fs::path p = dir_ / "c.jsonl";
  Write(p, lines);
  Read r = ReadAll({p.string()});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "ok1");
  EXPECT_EQ(r.articles[0].published, "2020-06-02");
  EXPECT_EQ(r.articles[0].province, "Quảng Ninh");
  EXPECT_EQ(r.articles[1].id, "ok2");
  ASSERT_EQ(r.issues.size(), 5u);
  EXPECT_EQ(r.issues[0].where, p.string() + ":2");
  EXPECT_NE(r.issues[0].reason.find("not JSON"), std::string::npos);
  EXPECT_EQ(r.issues[1].where, p.string() + ":3");
  EXPECT_NE(r.issues[1].reason.find("text"), std::string::npos);
  EXPECT_EQ(r.issues[2].where, p.string() + ":4");
  EXPECT_NE(r.issues[2].reason.find("UTF-8"), std::string::npos);
  EXPECT_EQ(r.issues[3].where, p.string() + ":6");
  EXPECT_NE(r.issues[3].reason.find("empty"), std::string::npos);
  EXPECT_EQ(r.issues[4].where, p.string() + ":7");
  EXPECT_EQ(r.counts.skipped, 5u);
}

TEST_F(CorpusReaderTest, GzipCorporaAreRead) {
  fs::path p = dir_ / "d.jsonl.gz";
  gzFile f = gzopen(p.string().c_str(), "wb");
  std::string line = "{\"id\": \"gz1\", \"text\": \"Ngày 5/12, Ban Cán sự Đảng họp.\"}\n";
  gzwrite(f, line.data(), static_cast<unsigned>(line.size()));
  gzclose(f);
  Read r = ReadAll({p.string()});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "gz1");
}

TEST_F(CorpusReaderTest, EmptyBinaryAndMissingFilesAreIssues) {
  Write(dir_ / "empty.txt", "");
  Write(dir_ / "binary.txt", std::string("\x7f"
                                         "ELF\0\0\0\x01\x02",
                                         9));
  Write(dir_ / "latin1.txt", "Quang Ninh \xE0 \xE9");
  Read r = ReadAll({(dir_ / "empty.txt").string(), (dir_ / "binary.txt").string(),
                    (dir_ / "latin1.txt").string(), (dir_ / "missing.txt").string()});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.issues.size(), 4u);
  EXPECT_NE(r.issues[0].reason.find("empty"), std::string::npos);
  EXPECT_NE(r.issues[1].reason.find("binary"), std::string::npos);
  EXPECT_NE(r.issues[2].reason.find("UTF-8"), std::string::npos);
  EXPECT_NE(r.issues[3].reason.find("no such file"), std::string::npos);
}

// The reasons say what is wrong and where in the file: the JSON type of a "text" that is
// not a string, the record's column of an unpaired surrogate escape.
TEST_F(CorpusReaderTest, ReasonsNameTheTypeAndTheRecordColumn) {
  std::string lines =
      "{\"id\": \"n\", \"text\": 42}\n"
      "{\"id\": [1], \"text\": \"Ngày 2/6\"}\n"
      "{\"id\": \"s\", \"text\": \"Hà Nội \\\\u0041 \\ud83d\\ude00 x \\udc00 y\"}\n";
  fs::path p = dir_ / "types.jsonl";
  Write(p, lines);
  Read r = ReadAll({p.string()});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.issues.size(), 3u);
  EXPECT_EQ(r.issues[0].reason, "\"text\" is a number, not a string");
  EXPECT_EQ(r.issues[1].reason, "\"id\" is an array, not a string or an integer");
  // the column of the lone \udc00 (the pair before it is fine, and "\\u0041" is an escaped
  // backslash, not an escape)
  const std::string record = lines.substr(lines.find("{\"id\": \"s\""));
  const size_t column = record.find("\\udc00 y") + 1;
  EXPECT_EQ(r.issues[2].reason,
            "\"text\" has an unpaired surrogate escape at column " + std::to_string(column));
}

// UTF-16 is named as such, for a text file (with or without its byte order mark) and for a
// JSON Lines file, with the conversion to run.
TEST_F(CorpusReaderTest, Utf16IsNamedNotCalledBinary) {
  const std::string ascii = "Ngay 2/6, Ban Thuong vu Tinh uy hop.\n";
  std::string le, be;
  for (char c : ascii) {
    le += c, le += '\0';
    be += '\0', be += c;
  }
  Write(dir_ / "le.txt", "\xFF\xFE" + le);
  Write(dir_ / "be.txt", be);
  std::string jsonl = "{\"id\": \"a\", \"text\": \"x\"}\n", jsonl16 = "\xFF\xFE";
  for (char c : jsonl) jsonl16 += c, jsonl16 += '\0';
  Write(dir_ / "wide.jsonl", jsonl16);
  Read r = ReadAll(
      {(dir_ / "le.txt").string(), (dir_ / "be.txt").string(), (dir_ / "wide.jsonl").string()});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.issues.size(), 3u);
  for (const auto& issue : r.issues)
    EXPECT_NE(issue.reason.find("UTF-16"), std::string::npos) << issue.reason;
}

}  // namespace
}  // namespace kg::corpus
