// Functions of graph elements and paths: id, labels, type, properties, keys,
// nodes, relationships, length, startNode, endNode and kg's sources().
#include <algorithm>

#include "query/functions_internal.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

Value PropertiesMap(const graph::PropertyGraph& g, const graph::Properties& props) {
  ValueMap m;
  for (const auto& [k, v] : props) m.emplace_back(g.SymbolName(k), FromProperty(v));
  return Value::Map(std::move(m));
}

// labels(), properties() and keys() of an element this statement deleted are an error.
void RejectDeleted(const FunctionCall& c) {
  const graph::PropertyGraph& g = *c.ctx.graph;
  const Value& a = c.first();
  const bool deleted = a.is_node()           ? g.node_deleted(a.as_node())
                       : a.is_relationship() ? g.edge_deleted(a.as_relationship())
                                             : false;
  if (deleted) {
    std::string_view name = c.spec.name;
    throw RuntimeError("EntityNotFound", "DeletedEntityAccess",
                       std::string(name) + "() of an entity deleted by this statement", c.offset,
                       name.size());
  }
}

// The properties of a node or relationship as a map, or a map itself.
Value PropertiesOf(const FunctionCall& c) {
  RejectDeleted(c);
  const graph::PropertyGraph& g = *c.ctx.graph;
  const Value& a = c.first();
  if (a.is_node()) return PropertiesMap(g, g.node(a.as_node()).properties);
  if (a.is_relationship()) return PropertiesMap(g, g.edge(a.as_relationship()).properties);
  if (a.is_map()) return a;
  BadArg(c.spec, a, c.offset);
}

const Value& PathArg(const FunctionCall& c) {
  if (!c.first().is_path()) BadArg(c.spec, c.first(), c.offset);
  return c.first();
}

const graph::EdgeRecord& RelationshipArg(const FunctionCall& c) {
  const Value& a = c.first();
  if (!a.is_relationship()) BadArg(c.spec, a, c.offset, "InvalidArgumentType");
  return c.ctx.graph->edge(a.as_relationship());
}

}  // namespace

Value FnId(const FunctionCall& c) {
  const graph::PropertyGraph& g = *c.ctx.graph;
  const Value& a = c.first();
  if (a.is_node()) return Value::Int(static_cast<int64_t>(g.node(a.as_node()).id));
  if (a.is_relationship()) return Value::Int(static_cast<int64_t>(g.edge(a.as_relationship()).id));
  BadArg(c.spec, a, c.offset);
}

Value FnLabels(const FunctionCall& c) {
  RejectDeleted(c);
  const graph::PropertyGraph& g = *c.ctx.graph;
  const Value& a = c.first();
  if (!a.is_node()) BadArg(c.spec, a, c.offset);
  ValueList out;
  for (auto l : g.node(a.as_node()).labels) out.push_back(Value::String(g.SymbolName(l)));
  std::sort(out.begin(), out.end(),
            [](const Value& x, const Value& y) { return x.as_string() < y.as_string(); });
  return Value::List(std::move(out));
}

Value FnType(const FunctionCall& c) {
  const Value& a = c.first();
  if (!a.is_relationship()) BadArg(c.spec, a, c.offset);
  const graph::PropertyGraph& g = *c.ctx.graph;
  return Value::String(g.SymbolName(g.edge(a.as_relationship()).type));
}

Value FnProperties(const FunctionCall& c) { return PropertiesOf(c); }

// The keys of the properties; a node's or relationship's null-valued entries are not keys.
Value FnKeys(const FunctionCall& c) {
  Value m = PropertiesOf(c);
  const bool of_map = c.first().is_map();
  ValueList keys;
  for (const auto& [k, v] : m.as_map())
    if (!v.is_null() || of_map) keys.push_back(Value::String(k));
  return Value::List(std::move(keys));
}

Value FnNodes(const FunctionCall& c) {
  ValueList out;
  for (auto n : PathArg(c).as_path().nodes) out.push_back(Value::Node(n));
  return Value::List(std::move(out));
}

Value FnRelationships(const FunctionCall& c) {
  ValueList out;
  for (auto r : PathArg(c).as_path().rels) out.push_back(Value::Relationship(r));
  return Value::List(std::move(out));
}

Value FnLength(const FunctionCall& c) {
  const Value& a = c.first();
  if (a.is_path()) return Value::Int(static_cast<int64_t>(a.as_path().rels.size()));
  BadArg(c.spec, a, c.offset, "InvalidArgumentType");
}

Value FnStartNode(const FunctionCall& c) { return Value::Node(RelationshipArg(c).source); }
Value FnEndNode(const FunctionCall& c) { return Value::Node(RelationshipArg(c).target); }

// Provenance: one map per piece of evidence, with its quote when the graph has one.
Value FnSources(const FunctionCall& c) {
  const graph::PropertyGraph& g = *c.ctx.graph;
  const Value& a = c.first();
  const graph::EvidenceList* evidence = nullptr;
  if (a.is_node())
    evidence = &g.node(a.as_node()).evidence;
  else if (a.is_relationship())
    evidence = &g.edge(a.as_relationship()).evidence;
  else
    BadArg(c.spec, a, c.offset, "InvalidArgumentType");
  ValueList out;
  for (const auto& ev : *evidence) {
    ValueMap m;
    if (ev.article == graph::Evidence::kManualArticle || ev.article >= g.articles().size()) {
      m.emplace_back("manual", Value::Bool(true));
    } else {
      const graph::ArticleRecord& art = g.articles()[ev.article];
      m.emplace_back("article", Value::String(art.id));
      m.emplace_back("start", Value::Int(ev.start));
      m.emplace_back("end", Value::Int(ev.end));
      if (!art.published.empty()) m.emplace_back("published", Value::String(art.published));
      if (!art.url.empty()) m.emplace_back("url", Value::String(art.url));
      if (!art.title.empty()) m.emplace_back("title", Value::String(art.title));
      if (std::string_view quote = g.EvidenceText(ev); !quote.empty())
        m.emplace_back("text", Value::String(std::string(quote)));
    }
    out.push_back(Value::Map(std::move(m)));
  }
  return Value::List(std::move(out));
}

}  // namespace kg::query
