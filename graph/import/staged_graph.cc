#include "graph/import/staged_graph.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>

namespace kg::importer {
namespace {

// The number in kg's own element ids ("n12" for nodes, "e7" for relationships).
std::optional<uint64_t> KgNumber(const std::string& id, char prefix) {
  if (id.size() < 2 || id[0] != prefix) return std::nullopt;
  uint64_t n = 0;
  auto [end, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
  if (ec != std::errc() || end != id.data() + id.size()) return std::nullopt;
  return n;
}

// Sorts by kg's id numbers when every element has one; else leaves file order.
template <typename T>
void OrderByKgIds(std::vector<T>& items, char prefix) {
  std::vector<std::pair<uint64_t, size_t>> order;
  order.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    auto n = KgNumber(items[i].id, prefix);
    if (!n) return;
    order.emplace_back(*n, i);
  }
  if (std::is_sorted(order.begin(), order.end())) return;
  std::sort(order.begin(), order.end());
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const auto& [n, i] : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

// Interns labels, types and property keys so that their symbol order agrees with
// the order each element lists them in (kg writes a node's properties, and joins its
// labels, in symbol order): a topological order of "comes before" over all
// elements, ties broken by first appearance. A graph kg exported then re-exports
// with every element's properties in the same order.
void InternInDocumentOrder(const StagedGraph& staged, graph::PropertyGraph& graph) {
  std::unordered_map<std::string, size_t> number;  // name -> first appearance
  std::vector<std::string> names;
  std::vector<std::vector<size_t>> after;  // a -> names listed after a somewhere
  std::vector<size_t> before_count;
  std::vector<size_t> sequence;
  auto see = [&](const std::string& name) {
    auto [it, added] = number.emplace(name, names.size());
    if (added) {
      names.push_back(name);
      after.emplace_back();
      before_count.push_back(0);
    }
    if (!sequence.empty()) {
      after[sequence.back()].push_back(it->second);
      ++before_count[it->second];
    }
    sequence.push_back(it->second);
  };
  for (const StagedNode& n : staged.nodes) {
    sequence.clear();
    for (const auto& l : n.labels) see(l);
    for (const auto& p : n.properties) see(p.first);
  }
  for (const StagedEdge& e : staged.edges) {
    sequence.clear();
    see(e.type);
    for (const auto& p : e.properties) see(p.first);
  }
  // Kahn's algorithm, smallest first appearance first; on a cycle, the rest in order
  std::set<size_t> ready;
  for (size_t i = 0; i < names.size(); ++i)
    if (before_count[i] == 0) ready.insert(i);
  std::vector<bool> done(names.size(), false);
  size_t next_unfinished = 0;
  for (size_t emitted = 0; emitted < names.size(); ++emitted) {
    if (ready.empty()) {  // a cycle: elements disagree; take the earliest left
      while (done[next_unfinished]) ++next_unfinished;
      ready.insert(next_unfinished);
    }
    const size_t i = *ready.begin();
    ready.erase(ready.begin());
    done[i] = true;
    graph.Intern(names[i]);
    for (size_t j : after[i])
      if (!done[j] && before_count[j] > 0 && --before_count[j] == 0) ready.insert(j);
  }
}

graph::Properties Intern(std::vector<std::pair<std::string, graph::PropertyValue>>& props,
                         graph::PropertyGraph& graph) {
  graph::Properties out;
  out.reserve(props.size());
  for (auto& [key, value] : props)
    if (!value.is_null()) out.emplace_back(graph.Intern(key), std::move(value));
  return out;
}

}  // namespace

Status ErrorAt(const std::string& path, size_t line, const std::string& message) {
  return Status::Error(path + ":" + std::to_string(line) + ": " + message);
}

uint32_t AddImportArticle(const std::string& path, graph::PropertyGraph& graph) {
  graph::ArticleRecord a;
  a.id = "import:" + path;
  a.title = path;
  a.source = "imported from " + path;
  return graph.AddArticle(std::move(a));
}

Result<ImportReport> Commit(StagedGraph staged, graph::PropertyGraph& graph) {
  // check everything before the graph changes
  std::unordered_map<std::string, size_t> position;
  position.reserve(staged.nodes.size());
  for (size_t i = 0; i < staged.nodes.size(); ++i) {
    const StagedNode& n = staged.nodes[i];
    if (!position.emplace(n.id, i).second)
      return ErrorAt(staged.files[n.span.file], n.span.line,
                     "node id '" + n.id + "' is used by an earlier node too");
  }
  for (const StagedEdge& e : staged.edges)
    for (const std::string* end : {&e.source, &e.target})
      if (!position.count(*end))
        return ErrorAt(staged.files[e.span.file], e.span.line,
                       "relationship " + std::string(end == &e.source ? "source" : "target") +
                           " '" + *end + "' is not the id of any node");
  OrderByKgIds(staged.nodes, 'n');
  OrderByKgIds(staged.edges, 'e');

  InternInDocumentOrder(staged, graph);
  graph.Reserve(staged.nodes.size(), staged.edges.size());
  std::vector<uint32_t> articles;
  for (const auto& f : staged.files) articles.push_back(AddImportArticle(f, graph));
  std::unordered_map<std::string, graph::NodeIndex> index;
  index.reserve(staged.nodes.size());
  for (StagedNode& n : staged.nodes) {
    std::vector<graph::SymbolId> labels;
    for (const auto& l : n.labels) labels.push_back(graph.Intern(l));
    const graph::NodeIndex i = graph.AddNode(std::move(labels), Intern(n.properties, graph));
    graph.AddNodeEvidence(i, {articles[n.span.file], n.span.start, n.span.end});
    index.emplace(std::move(n.id), i);
  }
  for (StagedEdge& e : staged.edges) {
    const graph::EdgeIndex i = graph.AddEdge(graph.Intern(e.type), index.at(e.source),
                                             index.at(e.target), Intern(e.properties, graph));
    graph.AddEdgeEvidence(i, {articles[e.span.file], e.span.start, e.span.end});
  }
  ImportReport report;
  report.nodes = staged.nodes.size();
  report.relationships = staged.edges.size();
  report.warnings = std::move(staged.warnings);
  return report;
}

}  // namespace kg::importer
