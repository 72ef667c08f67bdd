#include "query/render.h"

#include <cmath>
#include <cstdio>

#include "graph/base/csv.h"
#include "graph/base/json_string.h"
#include "query/functions.h"
#include "extract/text/normalize.h"

namespace kg::query {
namespace {

void JsonString(const std::string& s, std::string& out) { AppendJsonString(s, out); }

void Json(const graph::PropertyGraph& g, const Value& v, std::string& out);

void JsonProperties(const graph::PropertyGraph& g, const graph::Properties& props,
                    std::string& out) {
  out.push_back('{');
  bool first = true;
  for (const auto& [k, p] : props) {
    if (!first) out += ", ";
    first = false;
    JsonString(g.SymbolName(k), out);
    out += ": ";
    Json(g, FromProperty(p), out);
  }
  out.push_back('}');
}

void JsonNode(const graph::PropertyGraph& g, graph::NodeIndex n, std::string& out) {
  const graph::NodeRecord& rec = g.node(n);
  out += "{\"id\": " + std::to_string(rec.id) + ", \"labels\": [";
  for (size_t i = 0; i < rec.labels.size(); ++i) {
    if (i) out += ", ";
    JsonString(g.SymbolName(rec.labels[i]), out);
  }
  out += "], \"properties\": ";
  JsonProperties(g, rec.properties, out);
  out.push_back('}');
}

void JsonRel(const graph::PropertyGraph& g, graph::EdgeIndex e, std::string& out) {
  const graph::EdgeRecord& rec = g.edge(e);
  out += "{\"id\": " + std::to_string(rec.id) + ", \"type\": ";
  JsonString(g.SymbolName(rec.type), out);
  out += ", \"start\": " + std::to_string(g.node(rec.source).id) +
         ", \"end\": " + std::to_string(g.node(rec.target).id) + ", \"properties\": ";
  JsonProperties(g, rec.properties, out);
  out.push_back('}');
}

void Json(const graph::PropertyGraph& g, const Value& v, std::string& out) {
  switch (v.type()) {
    case ValueType::kNull: out += "null"; return;
    case ValueType::kBool: out += v.as_bool() ? "true" : "false"; return;
    case ValueType::kInt: out += std::to_string(v.as_int()); return;
    case ValueType::kFloat:
      if (!std::isfinite(v.as_float())) {
        out += "null";
      } else {
        std::string s = NumberToString(v);
        // NumberToString writes Java-style exponents (1.0E20); JSON wants 1.0e20
        for (auto& c : s)
          if (c == 'E') c = 'e';
        out += s;
      }
      return;
    case ValueType::kString: JsonString(v.as_string(), out); return;
    case ValueType::kList: {
      out.push_back('[');
      bool first = true;
      for (const auto& item : v.as_list()) {
        if (!first) out += ", ";
        first = false;
        Json(g, item, out);
      }
      out.push_back(']');
      return;
    }
    case ValueType::kMap: {
      out.push_back('{');
      bool first = true;
      for (const auto& [k, item] : v.as_map()) {
        if (!first) out += ", ";
        first = false;
        JsonString(k, out);
        out += ": ";
        Json(g, item, out);
      }
      out.push_back('}');
      return;
    }
    case ValueType::kTemporal: JsonString(FormatTemporal(v.as_temporal()), out); return;
    case ValueType::kNode: JsonNode(g, v.as_node(), out); return;
    case ValueType::kRelationship: JsonRel(g, v.as_relationship(), out); return;
    case ValueType::kPath: {
      const PathData& p = v.as_path();
      out += "{\"nodes\": [";
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        if (i) out += ", ";
        JsonNode(g, p.nodes[i], out);
      }
      out += "], \"relationships\": [";
      for (size_t i = 0; i < p.rels.size(); ++i) {
        if (i) out += ", ";
        JsonRel(g, p.rels[i], out);
      }
      out += "]}";
      return;
    }
  }
}

std::string Quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "'";
}

std::string PropsText(const graph::PropertyGraph& g, const graph::Properties& props) {
  if (props.empty()) return "";
  std::string out = " {";
  for (size_t i = 0; i < props.size(); ++i)
    out += (i ? ", " : "") + g.SymbolName(props[i].first) + ": " +
           ValueToText(g, FromProperty(props[i].second), false);
  return out + "}";
}

std::string NodeText(const graph::PropertyGraph& g, graph::NodeIndex n) {
  const graph::NodeRecord& rec = g.node(n);
  std::string out = "(" + std::to_string(rec.id);
  for (auto l : rec.labels) out += ":" + g.SymbolName(l);
  return out + PropsText(g, rec.properties) + ")";
}

std::string RelText(const graph::PropertyGraph& g, graph::EdgeIndex e) {
  const graph::EdgeRecord& rec = g.edge(e);
  return "[" + std::to_string(rec.id) + ":" + g.SymbolName(rec.type) +
         PropsText(g, rec.properties) + "]";
}

// A CSV or TSV field: strings as they are, numbers and booleans as literals, null
// empty, anything else (lists, maps, nodes) as its JSON.
void AppendDelimitedCell(const graph::PropertyGraph& g, const Value& v, char delimiter,
                         std::string& out) {
  if (v.is_null()) return;
  if (v.is_string())
    AppendDelimitedField(v.as_string(), delimiter, out);
  else if (v.is_number() || v.is_bool())
    AppendDelimitedField(NumberToString(v), delimiter, out);
  else if (v.is_temporal())
    AppendDelimitedField(FormatTemporal(v.as_temporal()), delimiter, out);
  else
    AppendDelimitedField(ValueToJson(g, v), delimiter, out);
}

void Delimited(const graph::PropertyGraph& g, const QueryResult& r, char delimiter,
               std::ostream& out) {
  std::string line;
  for (size_t c = 0; c < r.columns.size(); ++c) {
    if (c) line.push_back(delimiter);
    AppendDelimitedField(r.columns[c], delimiter, line);
  }
  if (!r.columns.empty()) out << line << kCsvLineEnd;
  for (const auto& row : r.rows) {
    line.clear();
    for (size_t c = 0; c < row.size(); ++c) {
      if (c) line.push_back(delimiter);
      AppendDelimitedCell(g, row[c], delimiter, line);
    }
    out << line << kCsvLineEnd;
  }
}

void Table(const graph::PropertyGraph& g, const QueryResult& r, std::ostream& out) {
  size_t n = r.columns.size();
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width(n);
  for (size_t c = 0; c < n; ++c) width[c] = text::GraphemeCount(r.columns[c]);
  for (const auto& row : r.rows) {
    std::vector<std::string> line;
    for (size_t c = 0; c < n; ++c) {
      line.push_back(ValueToText(g, row[c]));
      width[c] = std::max(width[c], text::GraphemeCount(line.back()));
    }
    cells.push_back(std::move(line));
  }
  auto print_line = [&](const std::vector<std::string>& line) {
    for (size_t c = 0; c < n; ++c) {
      out << (c ? " | " : "| ") << line[c]
          << std::string(width[c] - text::GraphemeCount(line[c]), ' ');
    }
    out << " |\n";
  };
  auto rule = [&]() {
    for (size_t c = 0; c < n; ++c) out << (c ? "-+-" : "+-") << std::string(width[c], '-');
    out << "-+\n";
  };
  if (n > 0) {
    rule();
    print_line(r.columns);
    rule();
    for (const auto& line : cells) print_line(line);
    rule();
  }
  out << "(" << r.rows.size() << (r.rows.size() == 1 ? " row" : " rows");
  if (!r.stats.empty()) out << "; " << DescribeChanges(r.stats);
  out << ")\n";
}

}  // namespace

std::string DescribeChanges(const WriteStats& s) {
  std::string out;
  auto add = [&](const char* verb, int64_t n, const char* one, const char* many) {
    if (n == 0) return;
    out += (out.empty() ? "" : ", ") + std::string(verb) + " " + std::to_string(n) + " " +
           (n == 1 ? one : many);
  };
  add("created", s.nodes_created, "node", "nodes");
  add("deleted", s.nodes_deleted, "node", "nodes");
  add("created", s.relationships_created, "relationship", "relationships");
  add("deleted", s.relationships_deleted, "relationship", "relationships");
  add("set", s.properties_set, "property", "properties");
  add("removed", s.properties_removed, "property", "properties");
  add("added", s.labels_added, "label", "labels");
  add("removed", s.labels_removed, "label", "labels");
  return out.empty() ? "no changes" : out;
}

std::string ValueToJson(const graph::PropertyGraph& g, const Value& v) {
  std::string out;
  Json(g, v, out);
  return out;
}

std::string ValueToText(const graph::PropertyGraph& g, const Value& v, bool top_level) {
  switch (v.type()) {
    case ValueType::kNull: return "null";
    case ValueType::kString: return top_level ? v.as_string() : Quoted(v.as_string());
    case ValueType::kBool:
    case ValueType::kInt:
    case ValueType::kFloat: return NumberToString(v);
    case ValueType::kList: {
      std::string out = "[";
      bool first = true;
      for (const auto& item : v.as_list()) {
        out += (first ? "" : ", ") + ValueToText(g, item, false);
        first = false;
      }
      return out + "]";
    }
    case ValueType::kMap: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, item] : v.as_map()) {
        out += (first ? "" : ", ") + k + ": " + ValueToText(g, item, false);
        first = false;
      }
      return out + "}";
    }
    case ValueType::kTemporal: return FormatTemporal(v.as_temporal());
    case ValueType::kNode: return NodeText(g, v.as_node());
    case ValueType::kRelationship: return RelText(g, v.as_relationship());
    case ValueType::kPath: {
      const PathData& p = v.as_path();
      std::string out = NodeText(g, p.nodes[0]);
      for (size_t i = 0; i < p.rels.size(); ++i) {
        bool forward = g.edge(p.rels[i]).source == p.nodes[i];
        out += (forward ? "-" : "<-") + RelText(g, p.rels[i]) + (forward ? "->" : "-") +
               NodeText(g, p.nodes[i + 1]);
      }
      return out;
    }
  }
  return "?";
}

void RenderResult(const graph::PropertyGraph& g, const QueryResult& r, OutputFormat format,
                  std::ostream& out) {
  switch (format) {
    case OutputFormat::kTable: Table(g, r, out); return;
    case OutputFormat::kCsv: Delimited(g, r, ',', out); return;
    case OutputFormat::kTsv: Delimited(g, r, '\t', out); return;
    case OutputFormat::kJson: {
      std::string s = "{\"columns\": [";
      for (size_t c = 0; c < r.columns.size(); ++c) {
        if (c) s += ", ";
        JsonString(r.columns[c], s);
      }
      s += "], \"rows\": [";
      for (size_t i = 0; i < r.rows.size(); ++i) {
        if (i) s += ", ";
        s.push_back('[');
        for (size_t c = 0; c < r.rows[i].size(); ++c) {
          if (c) s += ", ";
          Json(g, r.rows[i][c], s);
        }
        s.push_back(']');
      }
      s += "]}\n";
      out << s;
      return;
    }
    case OutputFormat::kJsonl: {
      for (const auto& row : r.rows) {
        std::string s = "{";
        for (size_t c = 0; c < row.size(); ++c) {
          if (c) s += ", ";
          JsonString(r.columns[c], s);
          s += ": ";
          Json(g, row[c], s);
        }
        s += "}\n";
        out << s;
      }
      return;
    }
  }
}

}  // namespace kg::query
