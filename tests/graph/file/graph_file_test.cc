#include "graph/file/graph_file.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

namespace kg::graph {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          (name + "." + std::to_string(::getpid()) + ".kg"))
      .string();
}

PropertyGraph SampleGraph() {
  PropertyGraph g;
  ArticleRecord a;
  a.id = "003_cfea28b52d9c8a20";
  a.published = "2020-06-02";
  a.authors = {"Thu Chung"};
  a.quotes = {{10, 60, "Đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, kết luận hội nghị."},
              {10, 24, "Đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, kết luận hội nghị."},
              {97, 83, "given end first, as CHAIRED spans are"}};
  uint32_t art = g.AddArticle(a);
  auto person = g.AddNode({g.Intern("Person")}, {{g.Intern("name"), "Nguyễn Xuân Ký"}},
                          "person|nguyen xuan ky|quang ninh");
  auto role =
      g.AddNode({g.Intern("Role")},
                {{g.Intern("title"), "Bí thư Tỉnh ủy"},
                 {g.Intern("ordinal"), int64_t{51}},
                 {g.Intern("value"), 8.5},
                 {g.Intern("flag"), true},
                 {g.Intern("tags"), PropertyList{PropertyValue("a"), PropertyValue(int64_t{2})}}});
  g.AddNodeEvidence(person, {art, 10, 24});
  auto e = g.AddEdge(g.Intern("HOLDS"), person, role, {{g.Intern("firstSeen"), "2020-06-02"}});
  g.AddEdgeEvidence(e, {art, 10, 60});
  g.AddEdgeEvidence(e, {Evidence::kManualArticle, 0, 0});
  g.SetMeta("articlesSkipped", "3");
  return g;
}

TEST(GraphFile, SaveLoadRoundTripKeepsEverything) {
  PropertyGraph g = SampleGraph();
  std::string path = TempPath("roundtrip");
  ASSERT_TRUE(SaveGraph(g, path).ok());
  auto loaded = LoadGraph(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const PropertyGraph& h = *loaded.value();
  ASSERT_EQ(h.node_count(), 2u);
  ASSERT_EQ(h.edge_count(), 1u);
  EXPECT_EQ(h.articles()[0].id, "003_cfea28b52d9c8a20");
  EXPECT_EQ(h.articles()[0].authors, std::vector<std::string>{"Thu Chung"});
  EXPECT_EQ(h.NodeProperty(0, "name")->as_string(), "Nguyễn Xuân Ký");
  EXPECT_EQ(h.NodeProperty(1, "ordinal")->as_int(), 51);
  EXPECT_DOUBLE_EQ(h.NodeProperty(1, "value")->as_double(), 8.5);
  EXPECT_TRUE(h.NodeProperty(1, "flag")->as_bool());
  EXPECT_EQ(h.NodeProperty(1, "tags")->as_list().size(), 2u);
  EXPECT_EQ(h.node(0).id, g.node(0).id);
  EXPECT_EQ(h.edge(0).evidence.size(), 2u);
  EXPECT_EQ(h.edge(0).evidence[1].article, Evidence::kManualArticle);
  EXPECT_EQ(h.FindByEntityKey("person|nguyen xuan ky|quang ninh"), NodeIndex{0});
  EXPECT_EQ(h.GetMeta("articlesSkipped"), "3");
  EXPECT_EQ(h.articles()[0].quotes, g.articles()[0].quotes);
  EXPECT_EQ(h.EvidenceText(h.edge(0).evidence[0]),
            "Đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, kết luận hội nghị.");
  EXPECT_EQ(h.EvidenceText(h.node(0).evidence[0]), g.EvidenceText(g.node(0).evidence[0]));
  EXPECT_EQ(h.EvidenceText(h.edge(0).evidence[1]), "");  // manual
  // new ids continue after the loaded ones
  PropertyGraph copy;
  auto again = LoadGraph(path);
  NodeIndex n = again.value()->AddNode({});
  EXPECT_GT(again.value()->node(n).id, g.node(1).id);
  std::filesystem::remove(path);
}

TEST(GraphFile, TemporalPropertiesKeepKindAndText) {
  PropertyGraph g;
  using K = TemporalProperty::Kind;
  g.AddNode(
      {g.Intern("Event")},
      {{g.Intern("date"), TemporalProperty{K::kDate, "2020-06-02"}},
       {g.Intern("spans"), PropertyList{PropertyValue(TemporalProperty{K::kDuration, "P3M"})}}});
  std::string path = TempPath("temporal");
  ASSERT_TRUE(SaveGraph(g, path).ok());
  auto loaded = LoadGraph(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const PropertyGraph& h = *loaded.value();
  ASSERT_TRUE(h.NodeProperty(0, "date")->is_temporal());
  EXPECT_EQ(h.NodeProperty(0, "date")->as_temporal(), (TemporalProperty{K::kDate, "2020-06-02"}));
  EXPECT_EQ(h.NodeProperty(0, "spans")->as_list()[0].as_temporal().kind, K::kDuration);
  EXPECT_EQ(ToJson(*h.NodeProperty(0, "spans")), "[\"P3M\"]");
  std::filesystem::remove(path);
}

TEST(GraphFile, DamagedFileIsRefusedWithItsName) {
  std::string path = TempPath("damaged");
  ASSERT_TRUE(SaveGraph(SampleGraph(), path).ok());
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(60);
    char c;
    f.seekg(60);
    f.get(c);
    f.seekp(60);
    f.put(static_cast<char>(c ^ 0x5A));
  }
  auto loaded = LoadGraph(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find(path), std::string::npos);
  EXPECT_NE(loaded.status().message().find("checksum"), std::string::npos);
  std::filesystem::remove(path);
}

TEST(GraphFile, TruncatedAndForeignFilesAreRefused) {
  std::string path = TempPath("truncated");
  ASSERT_TRUE(SaveGraph(SampleGraph(), path).ok());
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 7);
  EXPECT_FALSE(LoadGraph(path).ok());
  { std::ofstream(path) << "not a graph at all, just some text that is long enough"; }
  auto loaded = LoadGraph(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("not a kg graph file"), std::string::npos);
  std::filesystem::remove(path);
  EXPECT_FALSE(LoadGraph(path).ok());  // missing
}

TEST(GraphFile, WrongVersionIsRefusedClearly) {
  std::string path = TempPath("version");
  ASSERT_TRUE(SaveGraph(SampleGraph(), path).ok());
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(8);
    f.put(static_cast<char>(99));
  }
  auto loaded = LoadGraph(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("version 99"), std::string::npos);
  std::filesystem::remove(path);
}

// Version 1 is version 2 without the quotes: the same bytes less each
// article's quote count.
TEST(GraphFile, VersionOneFileLoadsWithoutQuotes) {
  PropertyGraph g;
  ArticleRecord a;
  a.id = "003_cfea28b52d9c8a20";
  a.authors = {"Thu Chung"};
  uint32_t art = g.AddArticle(a);
  g.AddNodeEvidence(g.AddNode({g.Intern("Person")}), {art, 10, 24});
  std::string path = TempPath("v1");
  ASSERT_TRUE(SaveGraph(g, path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  size_t count = bytes.find("Thu Chung") + 9;  // the article's last field, then its quote count
  ASSERT_EQ(bytes[count], '\0');
  std::string payload = bytes.substr(32, count - 32) + bytes.substr(count + 1);
  auto put32 = [&](size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  bytes = bytes.substr(0, 32) + payload;
  put32(8, 1);
  put32(16, static_cast<uint32_t>(payload.size()));
  put32(24, static_cast<uint32_t>(
                crc32(0L, reinterpret_cast<const Bytef*>(payload.data()), payload.size())));
  { std::ofstream(path, std::ios::binary) << bytes; }
  auto loaded = LoadGraph(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const PropertyGraph& h = *loaded.value();
  EXPECT_EQ(h.articles()[0].authors, a.authors);
  EXPECT_TRUE(h.articles()[0].quotes.empty());
  EXPECT_EQ(h.EvidenceText(h.node(0).evidence[0]), "");
  std::filesystem::remove(path);
}

// Version 2 held the schema's dates as strings: loading one types the strings of the
// date keys that have a date's shape, and only those.
TEST(GraphFile, VersionTwoDateStringsLoadAsDates) {
  PropertyGraph g;
  const SymbolId date = g.Intern("date"), name = g.Intern("name"), last = g.Intern("lastSeen");
  NodeIndex full = g.AddNode({g.Intern("Event")}, {{date, PropertyValue("2020-06-02")}});
  NodeIndex yearless = g.AddNode({g.Intern("Event")}, {{date, PropertyValue("--06-28")}});
  NodeIndex odd = g.AddNode({g.Intern("Event")}, {{date, PropertyValue("2020-02-30")},
                                                  {name, PropertyValue("2020-06-02")}});
  g.AddEdge(g.Intern("HOLDS"), full, odd, {{last, PropertyValue("2019-12-31")}});
  std::string path = TempPath("v2");
  ASSERT_TRUE(SaveGraph(g, path).ok());
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(8);
    f.put(static_cast<char>(2));  // the version is outside the checksummed payload
  }
  auto loaded = LoadGraph(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const PropertyGraph& h = *loaded.value();
  using Kind = TemporalProperty::Kind;
  const PropertyValue* v = h.NodeProperty(full, date);
  ASSERT_TRUE(v && v->is_temporal());
  EXPECT_EQ(v->as_temporal().kind, Kind::kDate);
  EXPECT_EQ(v->as_temporal().text, "2020-06-02");
  v = h.NodeProperty(yearless, date);
  ASSERT_TRUE(v && v->is_temporal());
  EXPECT_EQ(v->as_temporal().kind, Kind::kMonthDay);
  EXPECT_EQ(v->as_temporal().text, "--06-28");
  // no such day: it stays the string it was; a name is no date key
  EXPECT_EQ(*h.NodeProperty(odd, date), PropertyValue("2020-02-30"));
  EXPECT_EQ(*h.NodeProperty(odd, name), PropertyValue("2020-06-02"));
  v = h.EdgeProperty(0, last);
  ASSERT_TRUE(v && v->is_temporal());
  EXPECT_EQ(v->as_temporal().text, "2019-12-31");

  // saved again, it is a version 3 file whose dates stay typed
  ASSERT_TRUE(SaveGraph(h, path).ok());
  auto again = LoadGraph(path);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again.value()->NodeProperty(yearless, date), *h.NodeProperty(yearless, date));
  std::filesystem::remove(path);
}

// A file whose checksum is right but whose counts promise more records than its bytes can
// hold is "damaged" at once — never a huge allocation (it used to abort with bad_alloc).
TEST(GraphFile, HugeRecordCountsAreDamagedNotAnAllocation) {
  PropertyGraph empty;
  std::string path = TempPath("huge");
  ASSERT_TRUE(SaveGraph(empty, path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto varint = [](uint64_t v) {
    std::string out;
    while (v >= 0x80) out.push_back(static_cast<char>((v & 0x7F) | 0x80)), v >>= 7;
    out.push_back(static_cast<char>(v));
    return out;
  };
  const uint64_t padding = 4 << 20;  // 4 MB of bytes that cannot hold 4 million records
  for (const char* table : {"nodes", "edges"}) {
    // no symbols, articles or metadata; then the node table (or an empty one and the edges)
    std::string payload = std::string(3, '\0') + varint(uint64_t{1} << 40);
    if (std::string(table) == "nodes") {
      payload +=
          varint(padding);  // as many nodes as bytes: within the file's size, far past its records
    } else {
      payload += varint(0) + varint(uint64_t{1} << 40) + varint(padding);
    }
    payload += std::string(padding, '\0');
    std::string file = bytes.substr(0, 32) + payload;
    auto put32 = [&](size_t at, uint32_t v) {
      for (int i = 0; i < 4; ++i) file[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
    };
    put32(16, static_cast<uint32_t>(payload.size()));
    put32(24, static_cast<uint32_t>(
                  crc32(0L, reinterpret_cast<const Bytef*>(payload.data()), payload.size())));
    { std::ofstream(path, std::ios::binary) << file; }
    auto loaded = LoadGraph(path);
    ASSERT_FALSE(loaded.ok()) << table;
    EXPECT_NE(loaded.status().message().find(
                  std::string(table) == "nodes" ? "(node table)" : "(relationship table)"),
              std::string::npos)
        << loaded.status().message();
  }
  std::filesystem::remove(path);
}

// The node and relationship tables are decoded side by side (graph_file.cc); a
// file damaged in both still reports what reading them in order meets first.
TEST(GraphFile, DamageIsReportedInFileOrderThoughTablesDecodeTogether) {
  PropertyGraph empty;
  std::string path = TempPath("order");
  ASSERT_TRUE(SaveGraph(empty, path).ok());
  std::string header;
  {
    std::ifstream in(path, std::ios::binary);
    header.assign(std::istreambuf_iterator<char>(in), {});
    header.resize(32);
  }
  auto load = [&](const std::string& payload) {
    std::string file = header + payload;
    auto put32 = [&](size_t at, uint32_t v) {
      for (int i = 0; i < 4; ++i) file[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
    };
    put32(16, static_cast<uint32_t>(payload.size()));
    put32(24, static_cast<uint32_t>(
                  crc32(0L, reinterpret_cast<const Bytef*>(payload.data()), payload.size())));
    { std::ofstream(path, std::ios::binary) << file; }
    auto loaded = LoadGraph(path);
    return loaded.ok() ? std::string("loaded") : loaded.status().message();
  };
  // no symbols, articles or metadata; next node id 10; nodes {id, 0 labels, 0 properties,
  // 0 evidence, empty key}; next relationship id 10, one relationship 0->0 of type 0
  // (there are no symbols: damaged)
  const std::string start(3, '\0');
  const std::string node5("\x05\0\0\0\0", 5);
  const std::string node6("\x06\0\0\0\0", 5);
  const std::string bad_edge("\x0a\x01\x00\x00\x00\x00\x00\x00", 8);
  const std::string no_edges("\x0a\x00", 2);
  EXPECT_EQ(load(start + "\x0a\x02" + node5 + node6 + no_edges), "loaded");
  EXPECT_NE(load(start + "\x0a\x02" + node5 + node5 + bad_edge).find("node ids out of order"),
            std::string::npos);
  EXPECT_NE(load(start + "\x0a\x02" + node5 + node6 + bad_edge).find("(relationship record)"),
            std::string::npos);
  EXPECT_NE(load(start + "\x0a\x02" + node5 + node6 + no_edges + "x").find("(trailing bytes)"),
            std::string::npos);
  // one symbol; a relationship id past EdgeRecord::kMaxId (2^40 - 1) is refused
  auto varint = [](uint64_t v) {
    std::string out;
    while (v >= 0x80) out.push_back(static_cast<char>((v & 0x7F) | 0x80)), v >>= 7;
    out.push_back(static_cast<char>(v));
    return out;
  };
  const std::string one_symbol("\x01\x01T\0\0", 5);
  auto with_edge_id = [&](uint64_t id) {
    return load(one_symbol + "\x0a\x01" + node5 + varint(uint64_t{1} << 42) + "\x01" + varint(id) +
                std::string(5, '\0'));
  };
  EXPECT_EQ(with_edge_id(uint64_t{1} << 39), "loaded");
  EXPECT_NE(with_edge_id(uint64_t{1} << 41).find("(relationship record)"), std::string::npos);
  std::filesystem::remove(path);
}

TEST(GraphFile, SaveIsAtomicAndLeavesNoTemporaryFile) {
  std::string path = TempPath("atomic");
  ASSERT_TRUE(SaveGraph(SampleGraph(), path).ok());
  auto before = std::filesystem::file_size(path);
  // saving into a folder that does not exist fails and leaves the old file alone
  EXPECT_FALSE(SaveGraph(SampleGraph(), "/nonexistent-dir/x.kg").ok());
  EXPECT_EQ(std::filesystem::file_size(path), before);
  for (auto& entry : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()))
    EXPECT_EQ(entry.path().string().find(std::filesystem::path(path).filename().string() + ".tmp"),
              std::string::npos);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace kg::graph
