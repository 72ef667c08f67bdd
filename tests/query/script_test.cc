// Scripts (statements split on ';' with comments) and parameters.
#include "query/parser.h"
#include "query/script.h"

#include <gtest/gtest.h>

#include <sstream>

#include "query/params.h"
#include "query/session.h"

namespace kg::query {
namespace {

TEST(Script, SplitsOnSemicolonsOutsideStringsAndComments) {
  auto st = SplitScript(
      "// tìm người; không tách ở đây\n"
      "MATCH (n {name: 'a;b'}) RETURN n;\n"
      "  /* khối; chú thích */ RETURN \"x;y\" AS `c;d` ;;\n"
      "RETURN 1 // cuối; dòng\n");
  ASSERT_EQ(st.size(), 3u);
  EXPECT_EQ(st[0].text, "MATCH (n {name: 'a;b'}) RETURN n");
  EXPECT_EQ(st[1].text, "RETURN \"x;y\" AS `c;d`");
  EXPECT_EQ(st[2].text, "RETURN 1 // cuối; dòng");
  EXPECT_EQ(st[0].offset, std::string("// tìm người; không tách ở đây\n").size());
}

// An unterminated block comment swallowed the rest of the script and exited 0: now it is a
// statement of its own, which the lexer rejects at its position.
TEST(Script, UnterminatedCommentIsAStatementNotTheEnd) {
  auto parts = SplitScript("RETURN 1;\n/* never closed\nRETURN 2;\n");
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[1].text.rfind("/* never closed", 0), 0u);
  EXPECT_THROW(Parse(parts[1].text), SyntaxError);
}

TEST(Script, EscapedQuotesDoNotEndAString) {
  auto st = SplitScript("RETURN 'it\\'s; fine' AS a; RETURN 2");
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[0].text, "RETURN 'it\\'s; fine' AS a");
}

TEST(Script, ErrorsNameTheLineInTheWholeFileAndStopTheScript) {
  auto session = Session::Open(kMemoryGraph);
  ASSERT_TRUE(session.ok());
  std::ostringstream out, err;
  std::string script = "RETURN 1 AS a;\n\n// hai\nRETURN 'Hà Tĩnh' AS t, b;\nRETURN 3 AS c;\n";
  EXPECT_FALSE(
      session.value()->RunScript("q.cypher", script, {}, {}, OutputFormat::kCsv, false, out, err));
  EXPECT_EQ(out.str(), "a\n1\n");
  EXPECT_EQ(err.str(),
            "q.cypher:4:24: error: SyntaxError (UndefinedVariable): variable 'b' is not defined\n"
            "  RETURN 'Hà Tĩnh' AS t, b;\n"
            "                         ^\n");
}

TEST(Script, CreateThenQueryInOneScript) {
  auto session = Session::Open(kMemoryGraph);
  ASSERT_TRUE(session.ok());
  std::ostringstream out, err;
  EXPECT_TRUE(session.value()->RunScript(
      "-e", "CREATE (:Body {name: 'Sở Nội vụ'}); MATCH (b:Body) RETURN b.name", {}, {},
      OutputFormat::kJson, false, out, err));
  EXPECT_EQ(out.str(),
            "{\"columns\": [], \"rows\": []}\n{\"columns\": [\"b.name\"], \"rows\": [[\"Sở Nội "
            "vụ\"]]}\n");
  EXPECT_TRUE(session.value()->changed());
}

TEST(Params, LiteralsOrPlainStrings) {
  Params p;
  ASSERT_TRUE(AddParamArgument("n=42", p).ok());
  ASSERT_TRUE(AddParamArgument("x=-1.5", p).ok());
  ASSERT_TRUE(AddParamArgument("name=Nguyen Xuan Ky", p).ok());
  ASSERT_TRUE(AddParamArgument("q='Nguyễn Xuân Ký'", p).ok());
  ASSERT_TRUE(AddParamArgument("l=[1, 'a']", p).ok());
  ASSERT_TRUE(AddParamArgument("eq=a=b", p).ok());
  EXPECT_EQ(p["n"].as_int(), 42);
  EXPECT_EQ(p["x"].as_float(), -1.5);
  EXPECT_EQ(p["name"].as_string(), "Nguyen Xuan Ky");
  EXPECT_EQ(p["q"].as_string(), "Nguyễn Xuân Ký");
  EXPECT_EQ(p["l"].as_list().size(), 2u);
  EXPECT_EQ(p["eq"].as_string(), "a=b");
  EXPECT_FALSE(AddParamArgument("novalue", p).ok());
}

// A value that can only be meant as a literal (a number, a quote, a bracket, true/false/null)
// and does not parse as one is an error naming the parameter, never silently a String.
TEST(Params, BrokenLiteralsAreErrors) {
  Params p;
  for (const char* arg : {"l=[1, 2", "m={a: }", "q='unclosed", "n=12abc", "e=1+1", "t=truex"}) {
    Status s = AddParamArgument(arg, p);
    if (std::string(arg) == "t=truex") {
      EXPECT_TRUE(s.ok()) << arg;  // a word, not the literal true
      continue;
    }
    ASSERT_FALSE(s.ok()) << arg;
    EXPECT_NE(s.message().find("--param " + std::string(arg).substr(0, 1)), std::string::npos)
        << s.message();
  }
  std::string deep = "d=" + std::string(30000, '[') + std::string(30000, ']');
  Status s = AddParamArgument(deep, p);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("nested too deeply"), std::string::npos) << s.message();
}

TEST(Params, InvalidUtf8IsRefused) {
  Params p;
  EXPECT_FALSE(AddParamArgument("name=Nguy\xE1n", p).ok());
  EXPECT_FALSE(AddParamArgument("name='\xC3\x28'", p).ok());
  EXPECT_FALSE(AddParamsFromJson("{\"a\": \"\xFF\"}", p).ok());
  EXPECT_EQ(p.count("name"), 0u);
}

TEST(Params, FromJson) {
  Params p;
  ASSERT_TRUE(
      AddParamsFromJson(R"({"id": 7, "w": 0.5, "tên": "Hà", "xs": [1, null], "m": {"a": true}})", p)
          .ok());
  EXPECT_TRUE(p["id"].is_int());
  EXPECT_TRUE(p["w"].is_float());
  EXPECT_EQ(p["tên"].as_string(), "Hà");
  EXPECT_TRUE(p["xs"].as_list()[1].is_null());
  EXPECT_TRUE(p["m"].Find("a")->as_bool());
  EXPECT_FALSE(AddParamsFromJson("[1]", p).ok());
  EXPECT_FALSE(AddParamsFromJson("{\"a\": ", p).ok());
}

}  // namespace
}  // namespace kg::query
