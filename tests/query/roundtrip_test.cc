// Parse -> print -> parse -> print: the printed form of a parsed statement is
// a fixed point. Checked on hand-written statements and on every query of the
// openCypher TCK that kg's parser accepts.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "query/ast_printer.h"
#include "query/lexer.h"
#include "query/parser.h"
#include "query/query_error.h"
#include "tests/tck/gherkin.h"

namespace kg::query {
namespace {

std::string RoundTrip(const std::string& q) {
  std::string once = PrintStatement(Parse(q));
  std::string twice = PrintStatement(Parse(once));
  EXPECT_EQ(once, twice) << "query: " << q;
  return once;
}

TEST(RoundTrip, HandWritten) {
  EXPECT_EQ(RoundTrip("match (p:Person {name: 'Nguyễn Xuân Ký'})-[:CHAIRED]->(e) return e.date as "
                      "d order by d desc limit 3"),
            "MATCH (p:Person {name: 'Nguyễn Xuân Ký'})-[:CHAIRED]->(e) RETURN e.date AS d ORDER BY "
            "d DESC LIMIT 3");
  EXPECT_EQ(RoundTrip("RETURN 1 + 2 * 3 AS x"), "RETURN (1 + (2 * 3)) AS x");
  EXPECT_EQ(RoundTrip("RETURN -(5) AS x, - 5 AS y"), "RETURN (-(5)) AS x, -5 AS y");
  EXPECT_EQ(RoundTrip("MATCH p = shortestPath((a)-[:T|U*..4]-(b)) RETURN p"),
            "MATCH p = shortestPath((a)-[:T|U*..4]-(b)) RETURN p");
  EXPECT_EQ(RoundTrip("RETURN 'it\\'s' AS `a b`"), "RETURN 'it\\'s' AS `a b`");
  RoundTrip("UNWIND [1, 2] AS x WITH x WHERE x > 1 RETURN x UNION ALL RETURN 3 AS x");
  RoundTrip(
      "MATCH (n) RETURN CASE n.x WHEN 1 THEN 'a' ELSE 'b' END, [x IN range(1, 3) WHERE x > 1 | x * "
      "2], "
      "all(y IN [1] WHERE y = 1), reduce(s = 0, z IN [1, 2] | s + z), n{.name, .*, k: 1}, "
      "[(n)-->(m) | m]");
  RoundTrip(
      "MATCH (a) WHERE (a)-[:T*2]->() AND a.name =~ 'Ng.*' AND NOT a:Person:Body RETURN count(*), "
      "count(DISTINCT a)");
  RoundTrip("OPTIONAL MATCH (a)<-[r*0..]-(b {k: $p}) RETURN a[0], a[1..], a[..2]");
  EXPECT_EQ(
      RoundTrip("call kg.bfs(n, {maxDepth: 2}) yield node as m, depth where depth > 0 return m"),
      "CALL kg.bfs(n, {maxDepth: 2}) YIELD node AS m, depth WHERE (depth > 0) RETURN m");
  // the short form of EXISTS prints as the MATCH it stands for
  EXPECT_EQ(RoundTrip("match (n) where exists { (n)-->(m) where m.x > 1 } return n"),
            "MATCH (n) WHERE EXISTS { MATCH (n)-[]->(m) WHERE (m.x > 1) } RETURN n");
  RoundTrip("RETURN EXISTS { MATCH (a) WITH a, count(*) AS c WHERE c > 1 RETURN a } AS e");
  EXPECT_EQ(RoundTrip("CALL db.labels"), "CALL db.labels");
  EXPECT_EQ(RoundTrip("CALL test.proc('x') YIELD *"), "CALL test.proc('x') YIELD *");
  // a backquoted part may hold a dot: printed quoted, so it parses back the same (found by
  // the parser fuzzer)
  EXPECT_EQ(RoundTrip("CALL db.`.x`()"), "CALL db.`.x`()");
  // the lexer skips a byte order mark or no-break space between tokens: names holding one
  // print quoted (found by the parser fuzzer)
  EXPECT_EQ(RoundTrip("CALL `\xEF\xBB\xBFL`"), "CALL `\xEF\xBB\xBFL`");
  EXPECT_EQ(RoundTrip("RETURN 1 AS `a\xC2\xA0"
                      "b`"),
            "RETURN 1 AS `a\xC2\xA0"
            "b`");
  EXPECT_EQ(RoundTrip("RETURN \xC2\xA0"
                      "1 AS x"),
            "RETURN 1 AS x");
}

TEST(RoundTrip, ChainedComparisonsExpand) {
  EXPECT_EQ(RoundTrip("RETURN 1 < 2 < 3 AS x"), "RETURN ((1 < 2) AND (2 < 3)) AS x");
}

TEST(Lexer, DumpsTokens) {
  EXPECT_EQ(DumpTokens(Lex("MATCH (n:`Người`) // c\nRETURN $p, 1.5e3")),
            "0 ident MATCH\n6 symbol (\n7 ident n\n8 symbol :\n9 ident Người\n19 symbol )\n26 "
            "ident RETURN\n"
            "33 param p\n35 symbol ,\n37 float 1.5e3\n42 end \n");
}

TEST(Parser, NestingIsBoundedNotACrash) {
  std::string deep(5000, '[');
  EXPECT_THROW(Parse("RETURN " + deep), SyntaxError);
  std::string parens = "RETURN " + std::string(3000, '(') + "1" + std::string(3000, ')');
  EXPECT_THROW(Parse(parens), SyntaxError);
}

// Long operator chains build trees as deep as they are long: 20,000 "+1", OR, AND or "<"
// terms must be a SyntaxError naming the limit, never a stack overflow in the binder.
// Where ( or [ may open a pattern, a token lookahead chooses the reading before anything is
// parsed (parser_lookahead.cc); the parser used to try the pattern and backtrack, and read
// text nested n levels deep 2^n times (params_fuzz found 14 levels taking minutes). 60
// levels would never finish that way; the nesting bound still applies.
TEST(Parser, BacktrackingIsNotExponential) {
  std::string map_in_parens, list_in_brackets;
  for (int i = 0; i < 60; ++i) {
    map_in_parens += "({a: (";
    list_in_brackets += "[(x) IN [(";
  }
  EXPECT_THROW(Parse("RETURN " + map_in_parens), SyntaxError);
  EXPECT_THROW(Parse("RETURN " + list_in_brackets), SyntaxError);
  std::string closed = "1";
  for (int i = 0; i < 30; ++i) closed = "({a: (" + closed + ")}).a";
  EXPECT_NO_THROW(Parse("RETURN " + closed + " AS x"));
}

// The lookahead reads a pattern only where the tokens are one: with a relationship in
// ( … ), followed by WHERE or | in [ … ]; everything else is an expression.
TEST(Parser, LookaheadChoosesPatternOrExpression) {
  EXPECT_EQ(RoundTrip("RETURN (a)-->(b) AS x"), "RETURN (a)-[]->(b) AS x");
  EXPECT_EQ(RoundTrip("RETURN ((a)<-[:T*1..2]-(b)) AS x"), "RETURN (a)<-[:T*1..2]-(b) AS x");
  EXPECT_EQ(RoundTrip("RETURN (a {k: [1, {j: 2}]})--(b) AS x"),
            "RETURN (a {k: [1, {j: 2}]})-[]-(b) AS x");
  EXPECT_EQ(RoundTrip("RETURN (a) - (b) AS x"), "RETURN (a - b) AS x");
  EXPECT_EQ(RoundTrip("RETURN (a) AS x"), "RETURN a AS x");
  EXPECT_EQ(RoundTrip("RETURN [(a), (b)] AS x"), "RETURN [a, b] AS x");
  EXPECT_EQ(RoundTrip("RETURN [(a)-->(b) | b] AS x"), "RETURN [(a)-[]->(b) | b] AS x");
  EXPECT_EQ(RoundTrip("RETURN [(a)-->(b) WHERE b.k > 1 | b] AS x"),
            "RETURN [(a)-[]->(b) WHERE (b.k > 1) | b] AS x");
  EXPECT_EQ(RoundTrip("RETURN [p = (a)-->(b) | p] AS x"), "RETURN [p = (a)-[]->(b) | p] AS x");
  EXPECT_EQ(RoundTrip("RETURN [p = (a)-->(b)] AS x"), "RETURN [(p = (a)-[]->(b))] AS x");
  EXPECT_EQ(RoundTrip("RETURN [(a)-->(b)] AS x"), "RETURN [(a)-[]->(b)] AS x");
  // tokens the pattern parser would refuse are an expression, which fails where it fails;
  // a named path reports the pattern's own error
  auto code_of = [](const std::string& q) {
    try {
      Parse(q);
    } catch (const SyntaxError& e) {
      return e.code();
    }
    return std::string("parsed");
  };
  EXPECT_EQ(code_of("RETURN (a)-[:T..2]->(b) AS x"), "UnexpectedSyntax");
  EXPECT_EQ(code_of("RETURN [p = (a)-[:T..2]->(b) | p] AS x"), "InvalidRelationshipPattern");
}

TEST(Parser, LongOperatorChainsAreBoundedNotACrash) {
  for (const char* op : {"+", " OR ", " AND ", " < ", " * "}) {
    std::string q = "RETURN 1";
    for (int i = 0; i < 20000; ++i) q += std::string(op) + "1";
    try {
      Parse(q);
      ADD_FAILURE() << "a chain of 20,000 '" << op << "' parsed";
    } catch (const SyntaxError& e) {
      EXPECT_NE(std::string(e.what()).find("nested too deeply"), std::string::npos) << e.what();
    }
  }
  std::string fine = "RETURN 1";
  for (int i = 0; i < 300; ++i) fine += "+1";
  EXPECT_NO_THROW(Parse(fine));  // a long but sane chain stays legal
}

TEST(RoundTrip, EveryTckQueryKgParses) {
  std::filesystem::path root = KG_TCK_FEATURES;
  if (!std::filesystem::is_directory(root)) GTEST_SKIP() << "no TCK at " << root;
  int parsed = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".feature") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    for (const auto& scenario : tck::ParseFeature(entry.path().string(), text.str()).scenarios)
      for (const auto& step : scenario.steps) {
        if (step.doc.empty()) continue;
        try {
          Parse(step.doc);
        } catch (const QueryError&) {
          continue;  // queries the TCK expects to fail, or kg refuses
        }
        RoundTrip(step.doc);
        ++parsed;
      }
  }
  EXPECT_GT(parsed, 3000);
}

}  // namespace
}  // namespace kg::query
