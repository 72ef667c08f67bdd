#include "query/session.h"

#include <algorithm>
#include <cstdlib>
#include <functional>

#include "graph/file/graph_file.h"
#include "query/query_error.h"
#include "query/script.h"

namespace kg::query {

Result<std::unique_ptr<Session>> Session::Open(const std::string& graph) {
  auto s = std::unique_ptr<Session>(new Session());
  if (graph == kMemoryGraph) {
    s->graph_ = std::make_unique<graph::PropertyGraph>();
  } else {
    auto loaded = graph::LoadGraph(graph);
    if (!loaded.ok()) return loaded.status();
    s->graph_ = std::move(loaded).value();
    s->path_ = graph;
  }
  s->engine_ = std::make_unique<Engine>(*s->graph_);
  return s;
}

namespace {

bool Report(std::string_view file, std::string_view source, size_t offset, std::ostream& err,
            const std::function<void()>& body) {
  try {
    body();
    return true;
  } catch (const QueryError& e) {
    err << RenderError(file, source, offset, e);
  } catch (const std::bad_alloc&) {
    err << file << ": error: out of memory (lower --max-memory, --max-rows)\n";
  } catch (const std::exception& e) {
    err << file << ": error: internal error: " << e.what() << "\n";
  }
  return false;
}

}  // namespace

bool Session::RunScript(std::string_view file_name, std::string_view script, const Params& params,
                        const Limits& limits, OutputFormat format, bool explain, std::ostream& out,
                        std::ostream& err) {
  for (const ScriptStatement& st : SplitScript(script)) {
    bool ok = Report(file_name, script, st.offset, err, [&]() {
      if (explain) {
        out << engine_->Explain(st.text, params, limits);
        return;
      }
      QueryResult r = engine_->Run(st.text, params, limits);
      for (const auto& w : r.warnings) {
        SourcePosition pos = PositionOf(script, std::min(st.offset + w.offset, script.size()));
        err << file_name << ":" << pos.line << ":" << pos.column << ": warning: " << w.message
            << "\n";
      }
      if (!r.stats.empty()) changed_ = true;
      AddStats(changes_, r.stats);
      if (!r.plan.empty()) {
        out << r.plan;
      } else {
        RenderResult(*graph_, r, format, out);
      }
    });
    if (!ok) return false;
  }
  return true;
}

bool Session::RunOne(std::string_view statement, const Params& params, const Limits& limits,
                     OutputFormat format, std::ostream& out, std::ostream& err) {
  return Report("query", statement, 0, err, [&]() {
    QueryResult r = engine_->Run(statement, params, limits);
    RenderResult(*graph_, r, format, out);
  });
}

Status Session::Save() {
  if (in_memory()) return Status::Error("an in-memory graph has no file to save to");
  graph_->Compact();  // the file holds no tombstones
  engine_->Reindex();
  return graph::SaveGraph(*graph_, path_);
}

void AddStats(WriteStats& total, const WriteStats& s) {
  total.nodes_created += s.nodes_created;
  total.nodes_deleted += s.nodes_deleted;
  total.relationships_created += s.relationships_created;
  total.relationships_deleted += s.relationships_deleted;
  total.labels_added += s.labels_added;
  total.labels_removed += s.labels_removed;
  total.properties_set += s.properties_set;
  total.properties_removed += s.properties_removed;
}

Status SetLimit(Limits& limits, const std::string& option, const std::string& value) {
  char* end = nullptr;
  long long v = std::strtoll(value.c_str(), &end, 10);
  if (option == "--max-memory" && end != nullptr && v > 0) {  // "512M", "2G", or bytes
    const std::string unit(end);
    const long long scale = unit == "K" || unit == "k"   ? 1LL << 10
                            : unit == "M" || unit == "m" ? 1LL << 20
                            : unit == "G" || unit == "g" ? 1LL << 30
                            : unit.empty()               ? 1
                                                         : 0;
    if (scale == 0 || v > (1LL << 50) / scale)
      return Status::Error("--max-memory needs bytes, or a number with K, M or G, got '" + value +
                           "'");
    limits.max_memory_bytes = v * scale;
    return Status::Ok();
  }
  if (value.empty() || *end != '\0' || v <= 0)
    return Status::Error(option + " needs a positive integer, got '" + value + "'");
  if (option == "--max-rows")
    limits.max_rows = v;
  else if (option == "--max-expansions")
    limits.max_expansions = v;
  else if (option == "--timeout")
    limits.timeout_ms = v;
  else if (option == "--max-hops")
    limits.max_hops = v;
  else
    return Status::Error("unknown limit " + option);
  return Status::Ok();
}

Result<graph::NodeIndex> ResolveNodeArgument(const Engine& engine, const graph::PropertyGraph& g,
                                             const std::string& argument) {
  bool digits = !argument.empty() && argument.find_first_not_of("0123456789") == std::string::npos;
  if (digits) {
    if (auto n = g.FindNode(std::strtoull(argument.c_str(), nullptr, 10))) return *n;
  }
  std::vector<graph::NodeIndex> found = engine.index().Lookup("", argument);
  if (found.size() == 1) return found[0];
  if (found.empty())
    return Status::Error("no node has the name, title, number or id '" + argument + "'");
  std::string msg =
      "'" + argument + "' names " + std::to_string(found.size()) + " nodes; give one by id:";
  for (size_t i = 0; i < found.size() && i < 20; ++i) {
    const graph::NodeRecord& rec = g.node(found[i]);
    msg += "\n  " + std::to_string(rec.id);
    for (auto l : rec.labels) msg += ":" + g.SymbolName(l);
    for (const char* key : {"name", "title", "number", "province"})
      if (const graph::PropertyValue* p = g.NodeProperty(found[i], key); p && p->is_string())
        msg += std::string(" ") + key + "=" + p->as_string();
  }
  if (found.size() > 20) msg += "\n  …";
  return Status::Error(msg);
}

}  // namespace kg::query
