#include "graph/export/escape.h"

#include <gtest/gtest.h>

#include <string>

namespace kg::exporter {
namespace {

std::string XmlText(std::string_view s) {
  std::string out;
  AppendXmlText(s, out);
  return out;
}
std::string XmlAttribute(std::string_view s) {
  std::string out;
  AppendXmlAttribute(s, out);
  return out;
}

TEST(Escape, XmlTextEscapesMarkupAndKeepsVietnamese) {
  EXPECT_EQ(XmlText("Sở Kế hoạch & Đầu tư <Hà Giang>"),
            "Sở Kế hoạch &amp; Đầu tư &lt;Hà Giang&gt;");
  EXPECT_EQ(XmlText("\"Bí thư\" 'Tỉnh ủy'"), "\"Bí thư\" 'Tỉnh ủy'");  // quotes need no escape
  EXPECT_EQ(XmlAttribute("\"Bí thư\" 'Tỉnh ủy'"), "&quot;Bí thư&quot; &apos;Tỉnh ủy&apos;");
  EXPECT_EQ(XmlText("]]>"), "]]&gt;");
  EXPECT_EQ(XmlText("Thừa Thiên Huế"), "Thừa Thiên Huế");
}

TEST(Escape, XmlDropsForbiddenCharactersAndKeepsLineBreaks) {
  EXPECT_EQ(XmlText("dòng\x01 một\x1f\x0b\x0c"), "dòng một");
  EXPECT_EQ(XmlText(std::string("a\0b", 3)), "ab");
  // TAB, CR and LF as references, so that no reader normalises them away
  EXPECT_EQ(XmlText("a\tb\r\nc"), "a&#9;b&#13;&#10;c");
  EXPECT_EQ(XmlAttribute("a\tb\r\nc"), "a&#9;b&#13;&#10;c");
  // U+FFFE and U+FFFF are not XML characters; U+FEFF and U+FFFD are
  EXPECT_EQ(XmlText("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");
  EXPECT_EQ(XmlText("\xEF\xBB\xBF\xEF\xBF\xBD"), "\xEF\xBB\xBF\xEF\xBF\xBD");
  EXPECT_EQ(XmlText("trước\xEF"), "trước\xEF\xBF\xBD");  // a truncated sequence is repaired
}

TEST(Escape, InvalidUtf8BecomesReplacementCharacter) {
  std::string storage;
  std::string_view valid = ValidUtf8("Quảng Ninh", storage);
  EXPECT_EQ(valid, "Quảng Ninh");
  EXPECT_TRUE(storage.empty());
  EXPECT_EQ(ValidUtf8("Qu\xE1ng", storage), "Qu\xEF\xBF\xBDng");
  EXPECT_EQ(ValidUtf8("\xC0\xAF", storage), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  EXPECT_EQ(ValidUtf8("\xED\xA0\x80", storage).find("\xED"), std::string_view::npos);  // surrogate
}

TEST(Escape, IsXmlChar) {
  EXPECT_TRUE(IsXmlChar(U'\t'));
  EXPECT_TRUE(IsXmlChar(U'ệ'));
  EXPECT_TRUE(IsXmlChar(0x10FFFF));
  EXPECT_FALSE(IsXmlChar(0x1));
  EXPECT_FALSE(IsXmlChar(0xFFFE));
  EXPECT_FALSE(IsXmlChar(0xD800));
}

TEST(Escape, XmlNmtokenKeepsVietnameseLetters) {
  EXPECT_EQ(ToXmlNmtoken("tên riêng"), "tên_riêng");
  EXPECT_EQ(ToXmlNmtoken("chỉ_tiêu.năm-2024"), "chỉ_tiêu.năm-2024");
  EXPECT_EQ(ToXmlNmtoken("a/b&c"), "a_b_c");
  EXPECT_EQ(ToXmlNmtoken(""), "_");
  EXPECT_EQ(ToXmlNmtoken("→"), "_");
}

TEST(Escape, JsonString) {
  std::string out;
  AppendJsonString("Lê \"Văn\" \\ \n\x01 Đà Nẵng", out);
  EXPECT_EQ(out, "\"Lê \\\"Văn\\\" \\\\ \\n\\u0001 Đà Nẵng\"");
}

TEST(Escape, CsvAlwaysQuotedWithQuotesDoubled) {
  std::string out;
  AppendCsvQuoted("Nghị quyết \"02\", Tỉnh ủy\nmới", out);
  EXPECT_EQ(out, "\"Nghị quyết \"\"02\"\", Tỉnh ủy\nmới\"");
  out.clear();
  AppendCsvQuoted("", out);
  EXPECT_EQ(out, "\"\"");
}

TEST(Escape, CypherStringAndNames) {
  std::string out;
  AppendCypherString("Hội nghị 'Tỉnh ủy' \\ \t\x02", out);
  EXPECT_EQ(out, "'Hội nghị \\'Tỉnh ủy\\' \\\\ \\t\\u0002'");
  auto name = [](std::string_view n) {
    std::string s;
    AppendCypherName(n, s);
    return s;
  };
  EXPECT_EQ(name("Person"), "Person");
  EXPECT_EQ(name("firstSeen"), "firstSeen");
  EXPECT_EQ(name("OF"), "`OF`");    // reserved word
  EXPECT_EQ(name("set"), "`set`");  // in any case
  EXPECT_EQ(name("Nhãn lạ"), "`Nhãn lạ`");
  EXPECT_EQ(name("a`b"), "`a``b`");
  EXPECT_EQ(name("2024"), "`2024`");
}

TEST(Escape, DotString) {
  std::string out;
  AppendDotString("Trần \"Hà\"\\\nmới\tx\x01\xEF\xBF\xBEy", out);
  EXPECT_EQ(out, "\"Trần \\\"Hà\\\"\\\\\\nmới xy\"");
}

}  // namespace
}  // namespace kg::exporter
