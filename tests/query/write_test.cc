// Write clauses (SET, REMOVE, DELETE, DETACH DELETE, MERGE): what the TCK does not
// check — a failed statement changes nothing, the name index follows renames and
// deletions, a saved graph keeps its ids and drops what was deleted.
#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "graph/file/graph_file.h"
#include "query/engine.h"
#include "query/query_error.h"
#include "query/session.h"

namespace kg::query {
namespace {

int64_t Count(Engine& engine, const std::string& statement) {
  QueryResult r = engine.Run(statement);
  EXPECT_EQ(r.rows.size(), 1u) << statement;
  return r.rows.at(0).at(0).as_int();
}

TEST(Writes, SetAndRemoveCountTheDifference) {
  graph::PropertyGraph g;
  Engine engine(g);
  engine.Run("CREATE (:Person {name: 'Nguyễn Văn A', born: 1960})");
  WriteStats s =
      engine.Run("MATCH (p:Person) SET p.born = 1961, p.post = 'Bí thư', p:Leader").stats;
  EXPECT_EQ(s.properties_set, 2);
  EXPECT_EQ(s.properties_removed, 1);
  EXPECT_EQ(s.labels_added, 1);
  s = engine.Run("MATCH (p:Person) SET p.born = 1961").stats;  // same value: no change
  EXPECT_TRUE(s.empty());
  s = engine.Run("MATCH (p:Person) REMOVE p.post, p:Leader").stats;
  EXPECT_EQ(s.properties_removed, 1);
  EXPECT_EQ(s.labels_removed, 1);
  EXPECT_EQ(Count(engine, "MATCH (p:Leader) RETURN count(p)"), 0);
}

TEST(Writes, AFailedStatementChangesNothing) {
  graph::PropertyGraph g;
  Engine engine(g);
  engine.Run("CREATE (a:Body {name: 'Tỉnh ủy'})-[:ASSIGNED]->(b:Body {name: 'Sở Y tế'})");
  // deleting a node that keeps a relationship fails when the statement ends
  EXPECT_THROW(engine.Run("MATCH (b:Body) SET b.checked = true CREATE (:Note) DELETE b"),
               RuntimeError);
  EXPECT_EQ(g.node_count(), 2u);
  EXPECT_EQ(Count(engine, "MATCH (b:Body) WHERE b.checked IS NOT NULL RETURN count(b)"), 0);
  EXPECT_EQ(Count(engine, "MATCH (n:Note) RETURN count(n)"), 0);
  EXPECT_EQ(Count(engine, "MATCH ()-[r]->() RETURN count(r)"), 1);
  // a type error in a later row undoes the earlier rows' changes
  EXPECT_THROW(engine.Run("UNWIND [1, {bad: 1}] AS v MATCH (b:Body) SET b.v = v"), RuntimeError);
  EXPECT_EQ(Count(engine, "MATCH (b:Body) WHERE b.v IS NOT NULL RETURN count(b)"), 0);
}

TEST(Writes, TheNameIndexFollowsRenamesAndDeletions) {
  graph::PropertyGraph g;
  Engine engine(g);
  engine.Run("CREATE (:Person {name: 'Nguyen Van A'}), (:Person {name: 'Trần Thị B'})");
  engine.Run("MATCH (p:Person {name: 'Nguyen Van A'}) SET p.name = 'Nguyễn Văn Á'");
  EXPECT_EQ(Count(engine, "MATCH (p:Person {name: 'Nguyen Van A'}) RETURN count(p)"), 0);
  EXPECT_EQ(Count(engine, "MATCH (p) WHERE fold(p.name) = fold('nguyen van a') RETURN count(p)"),
            1);
  engine.Run("MATCH (p:Person {name: 'Trần Thị B'}) DELETE p");
  EXPECT_EQ(Count(engine, "MATCH (p:Person) RETURN count(p)"), 1);
  EXPECT_EQ(Count(engine, "MATCH (p) WHERE fold(p.name) = fold('tran thi b') RETURN count(p)"), 0);
}

TEST(Writes, DetachDeleteTakesTheRelationshipsAlong) {
  graph::PropertyGraph g;
  Engine engine(g);
  engine.Run(
      "CREATE (p:Person {name: 'X'})-[:HOLDS]->(:Post), (p)-[:CHAIRED]->(:Event), "
      "(p)-[:SELF]->(p)");
  WriteStats s = engine.Run("MATCH (p:Person) DETACH DELETE p").stats;
  EXPECT_EQ(s.nodes_deleted, 1);
  EXPECT_EQ(s.relationships_deleted, 3);
  EXPECT_EQ(s.labels_removed, 1);
  EXPECT_EQ(Count(engine, "MATCH ()-[r]->() RETURN count(r)"), 0);
  EXPECT_EQ(Count(engine, "MATCH (n) RETURN count(n)"), 2);
}

TEST(Writes, ReadingADeletedEntityIsAnError) {
  graph::PropertyGraph g;
  Engine engine(g);
  engine.Run("CREATE (:N {num: 1})");
  try {
    engine.Run("MATCH (n:N) DELETE n RETURN n.num");
    FAIL() << "expected DeletedEntityAccess";
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.code(), "DeletedEntityAccess");
  }
  EXPECT_EQ(Count(engine, "MATCH (n:N) RETURN count(n)"), 1);  // and the delete was undone
}

TEST(Writes, MergeMatchesWhatAnEarlierRowCreated) {
  graph::PropertyGraph g;
  Engine engine(g);
  WriteStats s = engine
                     .Run(
                         "UNWIND ['Sở Y tế', 'Sở Y tế', 'Sở Tài chính'] AS name "
                         "MERGE (b:Body {name: name}) ON CREATE SET b.seen = 1 ON MATCH SET b.seen "
                         "= b.seen + 1")
                     .stats;
  EXPECT_EQ(s.nodes_created, 2);
  QueryResult r = engine.Run("MATCH (b:Body) RETURN b.name, b.seen ORDER BY b.name");
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[1][0].as_string(), "Sở Y tế");
  EXPECT_EQ(r.rows[1][1].as_int(), 2);
  s = engine
          .Run(
              "MATCH (a:Body {name: 'Sở Y tế'}), (b:Body {name: 'Sở Tài chính'}) "
              "MERGE (a)-[:NEXT_TO]-(b) MERGE (b)-[:NEXT_TO]-(a)")
          .stats;
  EXPECT_EQ(s.relationships_created, 1);  // the second MERGE matches the first one, either way
}

TEST(Writes, ASavedGraphKeepsIdsAndDropsTheDeleted) {
  std::string path = ::testing::TempDir() + "writes_" + std::to_string(getpid()) + ".kg";
  {
    graph::PropertyGraph g;
    Engine engine(g);
    engine.Run("CREATE (:A {name: 'a'})-[:R]->(:B {name: 'b'}), (:C {name: 'c'})");
    ASSERT_TRUE(graph::SaveGraph(g, path).ok());
  }
  {
    auto session = Session::Open(path);
    ASSERT_TRUE(session.ok());
    Session& s = *session.value();
    QueryResult r = s.engine().Run("MATCH (b:B) DETACH DELETE b");
    EXPECT_EQ(r.stats.nodes_deleted, 1);
    ASSERT_TRUE(s.Save().ok());
  }
  auto loaded = graph::LoadGraph(path);
  ASSERT_TRUE(loaded.ok());
  const graph::PropertyGraph& g = *loaded.value();
  ASSERT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.edge_count(), 0u);
  EXPECT_EQ(g.node(0).id, 0u);
  EXPECT_EQ(g.node(1).id, 2u);  // 'c' keeps its id
  Engine engine(*loaded.value());
  EXPECT_EQ(Count(engine, "MATCH (n {name: 'c'}) RETURN id(n)"), 2);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace kg::query
