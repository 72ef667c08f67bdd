// The kg leaders tables in every --format (leaders/text_table.h): lists stay arrays in
// JSON and are joined in the flat formats; TSV escapes; no CR anywhere.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/tools/leaders/leadership_fixture.h"
#include "tools/leaders/leadership_tables.h"
#include "tools/leaders/text_table.h"

namespace kg::leaders {
namespace {

using graph::NodeIndex;
using testing_fixture::Fixture;

TextTable SmallTable() {
  TextTable t;
  t.columns = {"name", "count", "holders", "flag", "note"};
  t.rows.push_back({Cell::Text("Hà Nội"), Cell::Number(6),
                    Cell::List({Cell::Text("A"), Cell::Text("B")}), Cell::True(), Cell::Null()});
  t.rows.push_back({Cell::Text("tab\there"), Cell::Number(0), Cell::List({}), Cell::Null(),
                    Cell::Text("line\nbreak, comma")});
  return t;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(LeadersTableFormats, CsvJoinsListsAndQuotes) {
  const std::string csv = RenderCsv(SmallTable());
  EXPECT_EQ(csv.find('\r'), std::string::npos);
  EXPECT_EQ(csv,
            "name,count,holders,flag,note\n"
            "Hà Nội,6,A; B,true,\n"
            "tab\there,0,,,\"line\nbreak, comma\"\n");
}

TEST(LeadersTableFormats, TsvEscapesTabAndNewline) {
  const std::vector<std::string> lines = Lines(RenderTsv(SmallTable()));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "name\tcount\tholders\tflag\tnote");
  EXPECT_EQ(lines[1], "Hà Nội\t6\tA; B\ttrue\t");
  EXPECT_EQ(lines[2], "tab\\there\t0\t\t\tline\\nbreak, comma");
}

TEST(LeadersTableFormats, JsonDocumentKeepsTypesAndArrays) {
  const std::string json =
      RenderJsonDocument(SmallTable(), {{"view", Cell::Text("test")}, {"as_of", Cell::Null()}});
  rapidjson::Document doc;
  ASSERT_FALSE(doc.Parse(json.c_str()).HasParseError()) << json;
  EXPECT_STREQ(doc["view"].GetString(), "test");
  EXPECT_TRUE(doc["as_of"].IsNull());
  const auto& rows = doc["rows"];
  ASSERT_EQ(rows.Size(), 2u);
  EXPECT_EQ(rows[0]["count"].GetUint64(), 6u);
  ASSERT_TRUE(rows[0]["holders"].IsArray());
  EXPECT_EQ(rows[0]["holders"].Size(), 2u);
  EXPECT_STREQ(rows[0]["holders"][1].GetString(), "B");
  EXPECT_TRUE(rows[0]["flag"].IsTrue());
  EXPECT_TRUE(rows[0]["note"].IsNull());
  EXPECT_TRUE(rows[1]["holders"].IsArray());
  EXPECT_EQ(rows[1]["holders"].Size(), 0u);
  EXPECT_STREQ(rows[1]["note"].GetString(), "line\nbreak, comma");
}

TEST(LeadersTableFormats, JsonLinesOneObjectPerRow) {
  const std::vector<std::string> lines = Lines(RenderJsonLines(SmallTable()));
  ASSERT_EQ(lines.size(), 2u);
  for (const std::string& line : lines) {
    rapidjson::Document doc;
    ASSERT_FALSE(doc.Parse(line.c_str()).HasParseError()) << line;
    EXPECT_TRUE(doc.IsObject());
    EXPECT_TRUE(doc["holders"].IsArray());
  }
}

TEST(LeadersTableFormats, AlignedShowsNullAndJoinsLists) {
  const std::string table = RenderAligned(SmallTable());
  EXPECT_NE(table.find("| A; B "), std::string::npos);
  EXPECT_NE(table.find("null"), std::string::npos);
  EXPECT_NE(table.find("(2 rows)"), std::string::npos);
}

TEST(LeadersTableFormats, TwoHoldersOfAPostAreAJsonArray) {
  Fixture f;
  f.Holder("Đỗ Văn Một", "Phó Bí thư Tỉnh ủy", "Bắc Ninh", {"2021-03-01", "2021-06-01"});
  f.Holder("Đỗ Văn Hai", "Phó Bí thư Tỉnh ủy", "Bắc Ninh", {"2021-04-01"});
  const Leadership l = f.Build();
  const std::string json = RenderJsonDocument(ProvinceTable(l, {}), {});
  rapidjson::Document doc;
  ASSERT_FALSE(doc.Parse(json.c_str()).HasParseError());
  bool found = false;
  for (const auto& row : doc["rows"].GetArray()) {
    if (std::string(row["province"].GetString()) != "Bắc Ninh") continue;
    found = true;
    const auto& names = row["deputy_secretary"];
    ASSERT_TRUE(names.IsArray());
    ASSERT_EQ(names.Size(), 2u);
    std::set<std::string> got{names[0].GetString(), names[1].GetString()};
    EXPECT_EQ(got, (std::set<std::string>{"Đỗ Văn Một", "Đỗ Văn Hai"}));
    const auto& articles = row["deputy_secretary_articles"];
    ASSERT_TRUE(articles.IsArray());
    ASSERT_EQ(articles.Size(), 2u);
    // the counts line up with the names
    for (rapidjson::SizeType i = 0; i < 2; ++i)
      EXPECT_EQ(articles[i].GetUint64(),
                std::string(names[i].GetString()) == "Đỗ Văn Một" ? 2u : 1u);
    // a post with one holder is an array too, and one with none an empty one
    EXPECT_TRUE(row["secretary"].IsArray());
    EXPECT_EQ(row["secretary"].Size(), 0u);
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace kg::leaders
