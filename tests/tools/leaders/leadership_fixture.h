// A hand-made graph in the shape kg build makes, for the leaders tests: persons, roles,
// HOLDS with evidence, dated articles and Event mentions.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "graph/store/property_graph.h"
#include "tools/leaders/leadership.h"

namespace kg::leaders::testing_fixture {

using graph::NodeIndex;

// A graph in the shape kg build makes: Person {name, province} -HOLDS-> Role {title,
// province}, the HOLDS evidence and the person's mention in each article, Event nodes
// {date} with evidence in an article.
class Fixture {
 public:
  // An article; `published` may be "" (undated).
  uint32_t Article(const std::string& id, const std::string& published) {
    graph::ArticleRecord record;
    record.id = id;
    record.published = published;
    record.url = "https://example.test/" + id;
    return g.AddArticle(std::move(record));
  }
  // A Person node; `province` "" for none.
  NodeIndex AddPerson(const std::string& name, const std::string& province = "") {
    graph::Properties props;
    graph::SetProperty(props, g.Intern("name"), name);
    if (!province.empty()) graph::SetProperty(props, g.Intern("province"), province);
    return g.AddNode({g.Intern("Person")}, std::move(props), "person|" + name + "|" + province);
  }
  // A Role node; `province` "" for none.
  NodeIndex AddRole(const std::string& title, const std::string& province = "") {
    graph::Properties props;
    graph::SetProperty(props, g.Intern("title"), title);
    if (!province.empty()) graph::SetProperty(props, g.Intern("province"), province);
    return g.AddNode({g.Intern("Role")}, std::move(props), "role|" + title + "|" + province);
  }
  // person -HOLDS-> role attested in `article` at [start, start + 10).
  void Holds(NodeIndex person, NodeIndex role, uint32_t article, uint32_t start = 0) {
    const graph::SymbolId holds = g.Intern("HOLDS");
    auto edge = g.FindEdge(person, holds, role);
    if (!edge) edge = g.AddEdge(holds, person, role);
    g.AddEdgeEvidence(*edge, {article, start, start + 10});
    g.AddNodeEvidence(person, {article, start, start + 5});
    g.AddNodeEvidence(role, {article, start + 5, start + 10});
  }
  // An Event dated `date` mentioned in `article` at `start`.
  void Event(uint32_t article, const std::string& date, uint32_t start) {
    graph::Properties props;
    graph::SetProperty(props, g.Intern("date"), date);
    graph::SetProperty(props, g.Intern("name"), "event " + date);
    const NodeIndex e = g.AddNode({g.Intern("Event")}, std::move(props), "event|" + date);
    g.AddNodeEvidence(e, {article, start, start + 4});
  }
  // One person holding one post of one province in articles dated `dates` (one article each).
  NodeIndex Holder(const std::string& name, const std::string& title, const std::string& province,
                   const std::vector<std::string>& dates) {
    const NodeIndex person = AddPerson(name, province);
    const NodeIndex role = AddRole(title, province);
    for (const std::string& date : dates) Holds(person, role, Article(Next(), date));
    return person;
  }
  std::string Next() {
    std::string id = "a";
    id += std::to_string(++articles_);
    return id;
  }

  Leadership Build(const LeadershipOptions& options = {}) const {
    LeadershipResult result = BuildLeadership(g, options);
    EXPECT_EQ(result.error, "");
    return std::move(result.leadership);
  }
  graph::NodeId Id(NodeIndex i) const { return g.node(i).id; }

  graph::PropertyGraph g;

 private:
  int articles_ = 0;
};

}  // namespace kg::leaders::testing_fixture
