// Output formats of kg query: table (aligned in grapheme clusters), CSV,
// JSON (the exact shape) and JSON Lines.
#include "query/render.h"

#include <gtest/gtest.h>

#include <sstream>

#include "extract/text/normalize.h"

namespace kg::query {
namespace {

std::string Render(graph::PropertyGraph& g, Engine& engine, const std::string& q, OutputFormat f) {
  std::ostringstream out;
  RenderResult(g, engine.Run(q), f, out);
  return out.str();
}

TEST(Render, JsonHasTheDocumentedShape) {
  graph::PropertyGraph g;
  Engine engine(g);
  std::string json = Render(g, engine,
                            "CREATE p = (a:Person {name: 'Ký'})-[h:HOLDS {since: 2020}]->(r:Role) "
                            "RETURN a, h, p, [1, 2.5, null] AS l, {k: 'v'} AS m",
                            OutputFormat::kJson);
  EXPECT_EQ(
      json,
      "{\"columns\": [\"a\", \"h\", \"p\", \"l\", \"m\"], \"rows\": [["
      "{\"id\": 0, \"labels\": [\"Person\"], \"properties\": {\"name\": \"Ký\"}}, "
      "{\"id\": 0, \"type\": \"HOLDS\", \"start\": 0, \"end\": 1, \"properties\": {\"since\": "
      "2020}}, "
      "{\"nodes\": [{\"id\": 0, \"labels\": [\"Person\"], \"properties\": {\"name\": \"Ký\"}}, "
      "{\"id\": 1, \"labels\": [\"Role\"], \"properties\": {}}], \"relationships\": [{\"id\": 0, "
      "\"type\": "
      "\"HOLDS\", \"start\": 0, \"end\": 1, \"properties\": {\"since\": 2020}}]}, "
      "[1, 2.5, null], {\"k\": \"v\"}]]}\n");
}

TEST(Render, JsonEscapesAndNonFiniteFloats) {
  graph::PropertyGraph g;
  Engine engine(g);
  EXPECT_EQ(Render(g, engine, "RETURN 'a\"b\\n' AS s, 0.0 / 0.0 AS nan, 1e300 * 1e300 AS inf",
                   OutputFormat::kJson),
            "{\"columns\": [\"s\", \"nan\", \"inf\"], \"rows\": [[\"a\\\"b\\n\", null, null]]}\n");
}

TEST(Render, JsonLinesOneObjectPerRow) {
  graph::PropertyGraph g;
  Engine engine(g);
  EXPECT_EQ(Render(g, engine, "UNWIND ['Huế', 'Vinh'] AS city RETURN city, size(city) AS n",
                   OutputFormat::kJsonl),
            "{\"city\": \"Huế\", \"n\": 3}\n{\"city\": \"Vinh\", \"n\": 4}\n");
}

TEST(Render, CsvQuotesWhenNeeded) {
  graph::PropertyGraph g;
  Engine engine(g);
  EXPECT_EQ(
      Render(g, engine, "RETURN 'Sở Tài chính, tỉnh' AS a, 'say \"hi\"' AS b, null AS c, [1] AS d",
             OutputFormat::kCsv),
      "a,b,c,d\n\"Sở Tài chính, tỉnh\",\"say \"\"hi\"\"\",,[1]\n");
}

TEST(Render, TableColumnsLineUpInGraphemes) {
  graph::PropertyGraph g;
  Engine engine(g);
  std::string table = Render(g, engine,
                             "UNWIND ['Nguyễn Xuân Ký', 'Lý', 'Đặng Thị Ngọc Thịnh'] AS name "
                             "RETURN name, size(name) AS n",
                             OutputFormat::kTable);
  std::istringstream in(table);
  std::vector<size_t> widths;
  for (std::string line; std::getline(in, line);)
    if (line[0] == '|' || line[0] == '+') widths.push_back(text::GraphemeCount(line));
  ASSERT_EQ(widths.size(), 7u);  // rule, header, rule, 3 rows, rule
  for (size_t w : widths) EXPECT_EQ(w, widths[0]) << table;
  EXPECT_NE(table.find("(3 rows)"), std::string::npos);
}

TEST(Render, TableShowsNodesWithIdsAndLabels) {
  graph::PropertyGraph g;
  Engine engine(g);
  std::string table =
      Render(g, engine, "CREATE (d:Document {number: '15-NQ/TU'}) RETURN d", OutputFormat::kTable);
  EXPECT_NE(table.find("(0:Document {number: '15-NQ/TU'})"), std::string::npos) << table;
  EXPECT_NE(table.find("(1 row; created 1 node, set 1 property, added 1 label)"), std::string::npos)
      << table;
}

}  // namespace
}  // namespace kg::query
