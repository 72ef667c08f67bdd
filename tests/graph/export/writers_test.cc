#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <string>

#include "graph/export/display.h"
#include "graph/export/dot_writer.h"
#include "graph/export/escape.h"
#include "graph/export/exporter.h"
#include "graph/export/facts_csv_writer.h"
#include "graph/facts/fact_columns.h"
#include "graph/export/json_writer.h"
#include "graph/export/output.h"
#include "graph/export/property_schema.h"
#include "tests/graph/export/fixture_graph.h"

namespace kg::exporter {
namespace {

using graph::NodeIndex;
using graph::PropertyGraph;
using graph::PropertyList;
using graph::PropertyValue;

std::string Export(const PropertyGraph& g, ExportOptions options,
                   std::optional<Selection> selection = std::nullopt) {
  std::ostringstream out;
  Status s = ExportToStream(g, selection ? *selection : Selection::All(g), options, out);
  EXPECT_TRUE(s.ok()) << s.message();
  return out.str();
}

// A one-property graph: node n0 with `key` = `value`.
std::unique_ptr<PropertyGraph> OneValue(const char* key, PropertyValue value) {
  auto g = std::make_unique<PropertyGraph>();
  g->AddNode({g->Intern("Person")}, {{g->Intern(key), std::move(value)}});
  return g;
}

std::filesystem::path TempDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("kg-export-test-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(Exporter, ParsesFormatsAndFlavors) {
  EXPECT_EQ(ParseFormat("neo4j-csv").value(), Format::kNeo4jCsv);
  EXPECT_EQ(ParseFormat("csv").value(), Format::kFactsCsv);
  auto bad = ParseFormat("gexf");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("graphml, json, cytoscape, neo4j-csv, cypher, dot, csv"),
            std::string::npos);
  EXPECT_EQ(ParseFlavor("yed").value(), Flavor::kYed);
  EXPECT_EQ(ParseFlavor("boost").value(), Flavor::kBoost);
  EXPECT_FALSE(ParseFlavor("gephi").ok());
  EXPECT_TRUE(WritesDirectory(Format::kNeo4jCsv));
  EXPECT_FALSE(WritesDirectory(Format::kDot));
  for (auto f : {Format::kGraphml, Format::kJson, Format::kNeo4jCsv, Format::kCypher, Format::kDot,
                 Format::kFactsCsv})
    EXPECT_EQ(ParseFormat(FormatName(f)).value(), f);
}

TEST(Exporter, DirectoryFormatsRefuseAStream) {
  auto g = testing::MakeFixtureGraph();
  std::ostringstream out;
  Status s = ExportToStream(*g, Selection::All(*g), {.format = Format::kNeo4jCsv}, out);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("-o DIR"), std::string::npos);
  EXPECT_TRUE(out.str().empty());
}

TEST(Exporter, WritesFilesAndDirectoriesWithoutLeftovers) {
  auto g = testing::MakeFixtureGraph();
  const auto dir = TempDir("files");
  const auto all = Selection::All(*g);
  ASSERT_TRUE(ExportToPath(*g, all, {.format = Format::kDot}, (dir / "g.dot").string()).ok());
  ASSERT_TRUE(
      ExportToPath(*g, all, {.format = Format::kNeo4jCsv}, (dir / "csv/new").string()).ok());
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    names.insert(std::filesystem::relative(entry.path(), dir).string());
  // the files a neo4j-csv export names, and nothing else (no temporary left over)
  std::set<std::string> want = {"g.dot",
                                "csv",
                                "csv/new",
                                "csv/new/import-neo4j.sh",
                                "csv/new/load-kuzu.cypher",
                                "csv/new/load_igraph.py"};
  for (const char* label : {"Body", "Document", "Event", "Nhãn_lạ", "Person", "Role", "Target"})
    want.insert(std::string("csv/new/nodes_") + label + ".csv");
  for (const char* type :
       {"CHAIRED", "DISCUSSED", "HOLDS", "ISSUED", "KNOWS", "OF", "RELATED", "SET"})
    want.insert(std::string("csv/new/relationships_") + type + ".csv");
  EXPECT_EQ(names, want);
  // a path that cannot be written names itself and leaves nothing behind
  const std::string blocked = (dir / "g.dot" / "x.graphml").string();
  Status s = ExportToPath(*g, all, {.format = Format::kGraphml}, blocked);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(blocked), std::string::npos);
  s = ExportToPath(*g, all, {.format = Format::kNeo4jCsv}, (dir / "g.dot").string());
  EXPECT_FALSE(s.ok());
  std::filesystem::remove_all(dir);
}

TEST(Exporter, FailedExportKeepsTheOldFile) {
  auto g = testing::MakeFixtureGraph();
  const auto dir = TempDir("keep");
  const std::string path = (dir / "facts.csv").string();
  { std::ofstream(path) << "old"; }
  // facts CSV of a subgraph is refused: the error must not touch what is there
  const auto part = Selection::Of(*g, {0}, {});
  Status s = ExportToPath(*g, part, {.format = Format::kFactsCsv}, dir.string());
  EXPECT_FALSE(s.ok());
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(text, "old");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
  std::filesystem::remove_all(dir);
}

TEST(Output, ReportsAFailedStream) {
  std::ostringstream broken;
  broken.setstate(std::ios::badbit);
  Output out(broken);
  out << "Hà Nội";
  EXPECT_FALSE(out.Finish().ok());
}

TEST(Output, Numbers) {
  std::string s;
  AppendInt(-42, s);
  s += ' ';
  AppendUint(18446744073709551615ull, s);
  s += ' ';
  AppendDouble(0.1, s);
  s += ' ';
  AppendDouble(8.5, s);
  EXPECT_EQ(s, "-42 18446744073709551615 0.1 8.5");
}

TEST(PropertySchema, TypesFromTheValuesSeen) {
  PropertyGraph g;
  auto l = g.Intern("Target");
  auto k = [&g](const char* name) { return g.Intern(name); };
  g.AddNode({l}, {{k("value"), int64_t{8}},
                  {k("year"), int64_t{2024}},
                  {k("code"), int64_t{1}},
                  {k("ok"), true},
                  {k("years"), PropertyList{int64_t{2020}}},
                  {k("places"), PropertyList{"Hạ Long"}},
                  {k("odd"), PropertyList{PropertyValue()}}});
  g.AddNode({l}, {{k("value"), 8.5},
                  {k("code"), "A1"},
                  {k("ok"), false},
                  {k("years"), PropertyList{int64_t{2021}, 2.5}},
                  {k("places"), PropertyList{"Cẩm Phả; Uông Bí"}}});
  PropertySchema schema = PropertySchema::Collect(g, Selection::All(g));
  auto column = [&](const char* name) { return schema.node_columns()[schema.NodeColumn(k(name))]; };
  EXPECT_EQ(column("value").Type(), ScalarType::kDouble);  // ints and doubles: double
  EXPECT_EQ(column("year").Type(), ScalarType::kLong);
  EXPECT_EQ(column("code").Type(), ScalarType::kString);  // int and string: string
  EXPECT_EQ(column("ok").Type(), ScalarType::kBoolean);
  EXPECT_TRUE(column("years").IsTypedList(true));
  EXPECT_EQ(column("years").ElementType(), ScalarType::kDouble);
  EXPECT_TRUE(column("places").IsTypedList(false));  // Cypher lists hold ';'
  EXPECT_FALSE(column("places").IsTypedList(true));  // neo4j-admin arrays cannot
  EXPECT_FALSE(column("odd").IsTypedList(false));
  EXPECT_EQ(column("odd").Type(), ScalarType::kString);
  // columns sorted by name
  ASSERT_EQ(schema.node_columns().size(), 7u);
  EXPECT_EQ(schema.node_columns().front().key_name, "code");
  EXPECT_EQ(schema.NodeColumn(k("Target")), -1);
}

TEST(PropertySchema, NamesAvoidReservedAndCollisions) {
  std::vector<PropertyColumn> columns(4);
  columns[0].key_name = "label";
  columns[1].key_name = "a b";
  columns[2].key_name = "a_b";
  columns[3].key_name = "prop.label";
  AssignNames(columns, {"label"}, ToXmlNmtoken);
  EXPECT_EQ(columns[0].name, "prop.label");
  EXPECT_EQ(columns[1].name, "a_b");
  EXPECT_EQ(columns[2].name, "a_b_2");
  EXPECT_EQ(columns[3].name, "prop.label_2");
}

TEST(Selection, OfAddsEndpointsAndInducedKeepsParallelEdges) {
  auto g = testing::MakeFixtureGraph();
  Selection of = Selection::Of(*g, {8, 8}, {3});
  ASSERT_EQ(of.node_count(), 3u);  // n3, n4 (ends of e3) and n8
  EXPECT_EQ(of.node(0), 3u);
  EXPECT_EQ(of.node(2), 8u);
  EXPECT_EQ(of.edge_count(), 1u);
  Selection induced = Selection::Induced(*g, {4, 3, 6});
  ASSERT_EQ(induced.edge_count(), 3u);  // the DISCUSSED pair and the self-loop on n6
  EXPECT_EQ(induced.edge(0), 3u);
  EXPECT_EQ(induced.edge(1), 4u);
  EXPECT_EQ(induced.edge(2), 7u);
  EXPECT_FALSE(induced.is_all());
  EXPECT_TRUE(Selection::All(*g).is_all());
}

TEST(Display, ReadableLabelsPerKind) {
  PropertyGraph g;
  auto k = [&g](const char* name) { return g.Intern(name); };
  NodeIndex body = g.AddNode(
      {k("Body")}, {{k("name"), "Ủy ban nhân dân tỉnh Bắc Kạn"}, {k("province"), "Bắc Kạn"}});
  NodeIndex body2 = g.AddNode({k("Body")}, {{k("name"), "Sở Y tế"}, {k("province"), "Cà Mau"}});
  NodeIndex event = g.AddNode({k("Event")}, {{k("kind"), "hội nghị"}, {k("date"), "2021-01-09"}});
  NodeIndex doc = g.AddNode({k("Document")}, {{k("title"), "Về công tác cán bộ"}});
  NodeIndex task = g.AddNode({k("Target")}, {{k("task"), "báo cáo kết quả"}});
  NodeIndex target = g.AddNode({k("Target")}, {{k("indicator"), "tỷ lệ hộ nghèo"},
                                               {k("comparator"), "<"},
                                               {k("value"), 1.5},
                                               {k("unit"), "%"},
                                               {k("year"), int64_t{2025}}});
  NodeIndex bare = g.AddNode({k("Person"), k("Official")}, {});
  auto edge = g.AddEdge(k("DISCUSSED"), event, doc, {{k("action"), "ban hành"}});
  DisplayNamer namer(g);
  EXPECT_EQ(namer.NodeLabel(body), "Ủy ban nhân dân tỉnh Bắc Kạn");  // province already named
  EXPECT_EQ(namer.NodeLabel(body2), "Sở Y tế (Cà Mau)");
  EXPECT_EQ(namer.NodeLabel(event), "hội nghị (2021-01-09)");
  EXPECT_EQ(namer.NodeLabel(doc), "Về công tác cán bộ");
  EXPECT_EQ(namer.NodeLabel(task), "báo cáo kết quả");
  EXPECT_EQ(namer.NodeLabel(target), "tỷ lệ hộ nghèo < 1.5 % (2025)");
  EXPECT_EQ(namer.NodeLabel(bare), "n6");
  EXPECT_EQ(namer.NodeType(bare), "Person:Official");
  EXPECT_EQ(namer.EdgeLabel(edge), "DISCUSSED (ban hành)");
}

// Two Persons of one name are told apart by their province; a name nobody shares is bare.
TEST(Display, NamesakesCarryTheirProvince) {
  PropertyGraph g;
  auto k = [&g](const char* name) { return g.Intern(name); };
  NodeIndex a =
      g.AddNode({k("Person")}, {{k("name"), "Nguyễn Đức Lợi"}, {k("province"), "Bắc Giang"}});
  NodeIndex b =
      g.AddNode({k("Person")}, {{k("name"), "Nguyễn Đức Lợi"}, {k("province"), "Hà Nội"}});
  NodeIndex c = g.AddNode({k("Person")}, {{k("name"), "Lê Văn Tám"}, {k("province"), "Huế"}});
  DisplayNamer namer(g);
  EXPECT_EQ(namer.NodeLabel(a), "Nguyễn Đức Lợi (Bắc Giang)");
  EXPECT_EQ(namer.NodeLabel(b), "Nguyễn Đức Lợi (Hà Nội)");
  EXPECT_EQ(namer.NodeLabel(c), "Lê Văn Tám");
}

// Money reads as Vietnamese says it; no number in a label takes an exponent.
TEST(Display, AmountsInWordsNotExponents) {
  EXPECT_EQ(AmountText(8.8e7, "VND"), "88 triệu đồng");
  EXPECT_EQ(AmountText(1.25e9, "VND"), "1.25 tỷ đồng");
  EXPECT_EQ(AmountText(3.2e12, "VND"), "3.2 nghìn tỷ đồng");
  EXPECT_EQ(AmountText(1.5e9, "USD"), "1.5 tỷ USD");
  EXPECT_EQ(AmountText(500000, "VND"), "500000 đồng");
  EXPECT_EQ(AmountText(8.5, "%"), "8.5 %");
  EXPECT_EQ(AmountText(30000, "ha"), "30000 ha");
  EXPECT_EQ(AmountText(2.0 / 3.0, ""), "0.67");
}

TEST(Display, ColoursAreFixedForTheSchemaAndStableOtherwise) {
  EXPECT_EQ(LabelColour("Person"), "#FFD966");
  const std::string other = LabelColour("Nhãn lạ");
  EXPECT_EQ(other, LabelColour("Nhãn lạ"));
  EXPECT_NE(other, LabelColour("Nhãn khác"));
  ASSERT_EQ(other.size(), 7u);
  for (size_t i = 1; i < 7; i += 2) EXPECT_GE(std::stoi(other.substr(i, 2), nullptr, 16), 0x80);
}

TEST(Dot, WrapsAtSpacesByCodePoints) {
  EXPECT_EQ(WrapText("Hội nghị Ban Chấp hành Đảng bộ tỉnh", 10),
            "Hội nghị Ban\nChấp hành Đảng\nbộ tỉnh");
  EXPECT_EQ(WrapText("ngắn", 28), "ngắn");
  EXPECT_EQ(WrapText("Hội đồng nhân dân tỉnh (Quảng Ninh) khóa XIV", 24),
            "Hội đồng nhân dân tỉnh (Quảng Ninh)\nkhóa XIV");
}

TEST(Graphml, KeysTypesAndValues) {
  auto g = testing::MakeFixtureGraph();
  const std::string xml = Export(*g, {.format = Format::kGraphml});
  EXPECT_NE(xml.find("<graph id=\"G\" edgedefault=\"directed\">"), std::string::npos);
  EXPECT_NE(xml.find("<key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"),
            std::string::npos);
  EXPECT_NE(xml.find("attr.name=\"born\" attr.type=\"long\""), std::string::npos);
  EXPECT_NE(xml.find("attr.name=\"score\" attr.type=\"double\""), std::string::npos);
  EXPECT_NE(xml.find("attr.name=\"prop.type\""), std::string::npos);  // a Document's type
  EXPECT_NE(xml.find(">true</data>"), std::string::npos);
  EXPECT_EQ(xml.find("for=\"all\""), std::string::npos);
  EXPECT_EQ(xml.find("<default"), std::string::npos);
  EXPECT_EQ(xml.find('\x01'), std::string::npos);
  EXPECT_NE(xml.find("<edge id=\"e3\" source=\"n3\" target=\"n4\">"), std::string::npos);
  EXPECT_NE(xml.find("<edge id=\"e4\" source=\"n3\" target=\"n4\">"), std::string::npos);
  EXPECT_NE(xml.find(">Trần \"Hà\" &amp; &lt;Lê&gt; 'Bảo'</data>"), std::string::npos);
  // Boost's flavour writes 1/0, and nothing else changes
  std::string boost = Export(*g, {.format = Format::kGraphml, .flavor = Flavor::kBoost});
  EXPECT_EQ(boost.find(">true</data>"), std::string::npos);
  EXPECT_NE(boost.find(">1</data>"), std::string::npos);
  EXPECT_EQ(boost.size() + 2 * 3 + 4, xml.size());  // two true -> 1, one false -> 0
}

TEST(Graphml, YedFlavourHasALabelledShapePerNode) {
  auto g = testing::MakeFixtureGraph();
  const std::string xml = Export(*g, {.format = Format::kGraphml, .flavor = Flavor::kYed});
  size_t shapes = 0, labels = 0, edge_labels = 0;
  for (size_t p = 0; (p = xml.find("<y:ShapeNode>", p)) != std::string::npos; ++p) ++shapes;
  for (size_t p = 0; (p = xml.find("<y:NodeLabel ", p)) != std::string::npos; ++p) ++labels;
  for (size_t p = 0; (p = xml.find("<y:EdgeLabel ", p)) != std::string::npos; ++p) ++edge_labels;
  EXPECT_EQ(shapes, g->node_count());
  EXPECT_EQ(labels, g->node_count());
  EXPECT_EQ(edge_labels, g->edge_count());
  EXPECT_NE(xml.find("xmlns:y=\"http://www.yworks.com/xml/graphml\""), std::string::npos);
  EXPECT_NE(xml.find("yfiles.type=\"nodegraphics\""), std::string::npos);
  EXPECT_NE(xml.find(">Nguyễn Xuân Ký</y:NodeLabel>"), std::string::npos);
  EXPECT_NE(xml.find("<y:Fill color=\"#FFD966\""), std::string::npos);
}

TEST(Json, ValuesKeepTheirTypes) {
  std::string out;
  EXPECT_TRUE(AppendJsonValue(PropertyValue(2.0), out));
  EXPECT_EQ(out, "2.0");
  out.clear();
  EXPECT_FALSE(AppendJsonValue(PropertyValue(std::numeric_limits<double>::infinity()), out));
  EXPECT_FALSE(AppendJsonValue(PropertyValue(), out));
  out.clear();
  EXPECT_TRUE(AppendJsonValue(PropertyList{int64_t{1}, std::nan(""), "Hà"}, out));
  EXPECT_EQ(out, "[1, null, \"Hà\"]");
}

TEST(Cypher, NumbersAreOpenCypherLiterals) {
  auto g = OneValue("score", 1e20);
  const std::string script = Export(*g, {.format = Format::kCypher});
  EXPECT_NE(script.find("score: 1e20}"), std::string::npos) << script;
  g = OneValue("weights", PropertyList{int64_t{1}, 2.5});
  EXPECT_NE(Export(*g, {.format = Format::kCypher}).find("weights: [1.0, 2.5]"), std::string::npos);
  g = OneValue("ratio", std::nan(""));  // no NaN literal in Cypher: left out
  EXPECT_NE(Export(*g, {.format = Format::kCypher}).find("{kgId: 'n0'})"), std::string::npos);
}

TEST(Cypher, BatchesNodeCreation) {
  auto g = testing::MakeLargeGraph(250, 0);
  const std::string script = Export(*g, {.format = Format::kCypher});
  size_t creates = 0;
  for (size_t p = 0; (p = script.find("\nCREATE (", p)) != std::string::npos; ++p) ++creates;
  EXPECT_EQ(creates, 3u);  // 100 + 100 + 50
}

TEST(Neo4jCsv, HeaderTypesAndSpecialDoubles) {
  PropertyGraph g;
  auto k = [&g](const char* name) { return g.Intern(name); };
  g.AddNode({k("Target")}, {{k("value"), std::numeric_limits<double>::infinity()},
                            {k("years"), PropertyList{int64_t{2020}, int64_t{2025}}},
                            {k("a,b:c"), "x"}});
  g.AddNode({k("Target"), k("Goal")}, {{k("value"), 2.5}});
  const auto dir = TempDir("neo4j");
  ASSERT_TRUE(ExportToPath(g, Selection::All(g),
                           {.format = Format::kNeo4jCsv, .with_provenance = true}, dir.string())
                  .ok());
  std::ifstream in(dir / "nodes_Target.csv");  // filed under the first label
  std::string header, first, second;
  std::getline(in, header);
  std::getline(in, first);
  std::getline(in, second);
  EXPECT_EQ(
      header,
      "kgId:ID,:LABEL,a_b_c:string,value:double,years:long[],articles:string[],evidence:string");
  EXPECT_EQ(first, "n0,\"Target\",\"x\",Infinity,\"2020;2025\",\"\",\"[]\"");
  EXPECT_EQ(second, "n1,\"Target;Goal\",,2.5,,\"\",\"[]\"");
  std::filesystem::remove_all(dir);
}

// A node file per label, a relationship file per type (per pair of labels when a type joins
// several), names made safe for files and unique, and load scripts naming every file.
TEST(Neo4jCsv, FilesPerLabelAndTypeWithLoadScripts) {
  PropertyGraph g;
  auto k = [&g](const char* name) { return g.Intern(name); };
  const auto p = g.AddNode({k("Person")}, {{k("name"), "A"}});
  const auto r = g.AddNode({k("Role")}, {{k("title"), "B"}});
  const auto b = g.AddNode({k("Nhãn lạ/x")}, {});
  g.AddEdge(k("HOLDS"), p, r);
  g.AddEdge(k("RELATED"), p, r);
  g.AddEdge(k("RELATED"), p, b);
  const auto dir = TempDir("neo4j-files");
  ASSERT_TRUE(ExportToPath(g, Selection::All(g), {.format = Format::kNeo4jCsv}, dir.string()).ok());
  std::set<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    files.insert(entry.path().filename().string());
  EXPECT_EQ(files, (std::set<std::string>{
                       "nodes_Person.csv", "nodes_Role.csv", "nodes_Nhãn_lạ_x.csv",
                       "relationships_HOLDS.csv", "relationships_RELATED_Person_Role.csv",
                       "relationships_RELATED_Person_Nhãn_lạ_x.csv", "import-neo4j.sh",
                       "load-kuzu.cypher", "load_igraph.py"}));
  std::ifstream in(dir / "load-kuzu.cypher");
  const std::string kuzu((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(
      kuzu.find("CREATE REL TABLE `RELATED`(FROM `Person` TO `Nhãn lạ/x`, FROM `Person` TO `Role`"),
      std::string::npos)
      << kuzu;
  EXPECT_NE(kuzu.find("COPY `RELATED` FROM 'relationships_RELATED_Person_Role.csv' (header=true, "
                      "parallel=false, from='Person', to='Role');"),
            std::string::npos)
      << kuzu;
  std::filesystem::remove_all(dir);
}

// Dates are typed where the format has a date type; a key that also holds year-less
// dates sends those to a `<key>MonthDay` string column (no date type can hold one); a key
// of year-less dates only is a string column; GraphML, which has no date type, keeps text.
TEST(Dates, TypedWhereTheFormatHasADateType) {
  using Kind = graph::TemporalProperty::Kind;
  PropertyGraph g;
  auto k = [&g](const char* name) { return g.Intern(name); };
  const PropertyValue full = graph::TemporalProperty{Kind::kDate, "2020-06-02"};
  const PropertyValue yearless = graph::TemporalProperty{Kind::kMonthDay, "--06-28"};
  g.AddNode({k("Event")}, {{k("date"), full}});
  g.AddNode({k("Event")}, {{k("date"), yearless}, {k("deadline"), yearless}});

  const auto dir = TempDir("dates");
  ASSERT_TRUE(ExportToPath(g, Selection::All(g), {.format = Format::kNeo4jCsv}, dir.string()).ok());
  std::ifstream in(dir / "nodes_Event.csv");
  std::string header, first, second;
  std::getline(in, header);
  std::getline(in, first);
  std::getline(in, second);
  EXPECT_EQ(header, "kgId:ID,:LABEL,date:date,deadline:string,dateMonthDay:string");
  EXPECT_EQ(first, "n0,\"Event\",2020-06-02,,");
  EXPECT_EQ(second, "n1,\"Event\",,\"--06-28\",\"--06-28\"");
  std::ifstream kuzu_in(dir / "load-kuzu.cypher");
  const std::string kuzu((std::istreambuf_iterator<char>(kuzu_in)),
                         std::istreambuf_iterator<char>());
  EXPECT_NE(kuzu.find("`date` DATE, `deadline` STRING, `dateMonthDay` STRING"), std::string::npos)
      << kuzu;
  std::filesystem::remove_all(dir);

  const std::string cypher = Export(g, {.format = Format::kCypher});
  EXPECT_NE(cypher.find("{kgId: 'n0', date: date('2020-06-02')}"), std::string::npos) << cypher;
  EXPECT_NE(cypher.find("{kgId: 'n1', dateMonthDay: '--06-28', deadline: '--06-28'}"),
            std::string::npos)
      << cypher;
  EXPECT_NE(cypher.find("(kgId STRING, date DATE, deadline STRING, dateMonthDay STRING"),
            std::string::npos)
      << cypher;

  const std::string graphml = Export(g, {.format = Format::kGraphml});
  EXPECT_NE(graphml.find("attr.name=\"date\" attr.type=\"string\""), std::string::npos) << graphml;
  EXPECT_NE(graphml.find(">2020-06-02</data>"), std::string::npos);
  EXPECT_NE(graphml.find(">--06-28</data>"), std::string::npos);
  EXPECT_EQ(graphml.find("MonthDay"), std::string::npos);
}

TEST(FactsCsv, RowsFromFactsViewLines) {
  std::string out;
  ASSERT_TRUE(AppendFactCsvRow(
      R"({"article":"a1","fact":"target","value":8.5,"year":2024,"unit":"%","province":null,)"
      R"("comparator":">=","evidence":{"start":3,"end":9},"confidence":"cao"})",
      out));
  EXPECT_EQ(out,
            "\"target\",\"a1\",,,,,,,,,,,,,\">=\",8.5,\"%\",2024,,,3,9,"
            "\"{\"\"confidence\"\":\"\"cao\"\"}\"\n");
  EXPECT_FALSE(AppendFactCsvRow("[1,2]", out));
  EXPECT_FALSE(AppendFactCsvRow("{\"fact\":", out));
  EXPECT_EQ(facts::FactColumnNames().size(), 23u);
}

TEST(FactsCsv, WholeGraph) {
  auto g = testing::MakeFixtureGraph();
  std::ostringstream out;
  ASSERT_TRUE(WriteFactsCsv(*g, Selection::All(*g), out).ok());
  const std::string csv = out.str();
  EXPECT_EQ(
      csv.rfind(
          "fact,article,person,role,body,province,date,name,ordinal,number,type,title,action,"
          "indicator,comparator,value,unit,year,task,deadline,evidence_start,evidence_end,other\n",
          0),
      0u);
  EXPECT_NE(
      csv.find("\"holds\",\"baomoi-1001\",\"Nguyễn Xuân Ký\",\"Bí thư Tỉnh ủy\",,\"Quảng Ninh\""),
      std::string::npos);
  EXPECT_NE(csv.find(",\"tăng trưởng GRDP\",\">=\",8.5,\"%\",2024,"), std::string::npos);
}

}  // namespace
}  // namespace kg::exporter
