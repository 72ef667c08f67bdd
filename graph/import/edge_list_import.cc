// An edge list: one relationship a line, source and target and an optional type,
// separated by commas (CSV quoting allowed), tabs, or white space (igraph's and
// networkx's edge lists). A first line source,target[,type] (or from,to / src,dst)
// is a header; lines starting with '#' are comments. A node is made for each
// distinct name, in order of first appearance, with the name as its `name`.
// Read whole and checked before anything enters the graph.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <deque>
#include <string_view>
#include <unordered_map>

#include "graph/file/mapped_file.h"
#include "graph/import/csv_reader.h"
#include "graph/import/import.h"
#include "graph/import/name_table.h"
#include "graph/import/staged_graph.h"

namespace kg::importer {
namespace {

char DetectDelimiter(std::string_view text) {
  size_t at = 0;
  while (at < text.size()) {  // the first line that is not a comment or blank
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    if (!line.empty() && line[0] != '#' &&
        line.find_first_not_of(" \t\r") != std::string_view::npos) {
      if (line.find(',') != std::string_view::npos) return ',';
      if (line.find('\t') != std::string_view::npos) return '\t';
      return ' ';
    }
    at = end + 1;
  }
  return ',';
}

// The line count the first megabyte predicts, with a tenth to spare: reserving it
// spares a 5M-edge import the copies of a doubling vector.
size_t EstimatedLines(std::string_view text) {
  const std::string_view sample = text.substr(0, 1 << 20);
  const size_t lines = static_cast<size_t>(std::count(sample.begin(), sample.end(), '\n')) + 1;
  return static_cast<size_t>(static_cast<double>(lines) * static_cast<double>(text.size()) /
                             static_cast<double>(std::max<size_t>(sample.size(), 1)) * 1.1);
}

bool IsHeader(const std::vector<std::string_view>& fields) {
  auto lower = [](std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return out;
  };
  if (fields.size() < 2) return false;
  const std::string a = lower(fields[0]), b = lower(fields[1]);
  return (a == "source" && b == "target") || (a == "from" && b == "to") ||
         (a == "src" && b == "dst") || (a == ":start_id" && b == ":end_id");
}

// A name that is a plain decimal number below kDenseIdLimit ("0", "17", not "017"):
// such names, the usual ones of igraph's and SNAP's edge lists, are looked up in a
// dense array instead of the hash table.
constexpr uint32_t kDenseIdLimit = 1u << 26;
bool SmallNumber(std::string_view name, uint32_t& value) {
  if (name.empty() || name.size() > 8 || (name[0] == '0' && name.size() > 1)) return false;
  uint32_t v = 0;
  for (char c : name) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  value = v;
  return v < kDenseIdLimit;
}

struct Edge {
  uint32_t source, target, type;
  uint32_t start, end;  // the line's bytes
};

}  // namespace

Result<ImportReport> ImportEdgeList(const std::string& path, const ImportOptions& options,
                                    graph::PropertyGraph& graph) {
  auto file = graph::MappedFile::Open(path);
  if (!file.ok()) return file.status();
  const std::string_view text = file.value().bytes();
  if (text.size() >= UINT32_MAX) return Status::Error(path + ": larger than 4 GB");
  const char delimiter = DetectDelimiter(text);

  // node i's name: a view into the file, or into `unquoted` for a name that was quoted
  std::vector<std::string_view> names;
  std::deque<std::string> unquoted;
  std::vector<uint32_t> first_start, first_end;  // the line that first named it
  NameTable node_of(names);
  std::vector<std::string> types{options.default_type};
  std::unordered_map<std::string, uint32_t> type_of{{options.default_type, 0}};
  std::vector<Edge> edges;
  edges.reserve(EstimatedLines(text));
  bool names_in_file = true;             // false while reading a CSV record: its fields are copies
  std::vector<uint32_t> node_of_number;  // kAbsent where no node has the number as name
  auto node = [&](std::string_view name, uint32_t start, uint32_t end) {
    uint32_t number = 0;
    uint32_t* dense = nullptr;
    uint64_t hash = 0;
    if (SmallNumber(name, number)) {
      if (number >= node_of_number.size())
        node_of_number.resize(std::max<size_t>(number + 1, node_of_number.size() * 2),
                              NameTable::kAbsent);
      dense = &node_of_number[number];
      if (*dense != NameTable::kAbsent) return *dense;
    } else {
      hash = NameTable::Hash(name);
      if (const uint32_t known = node_of.Find(name, hash); known != NameTable::kAbsent)
        return known;
    }
    if (!names_in_file) name = unquoted.emplace_back(name);
    const auto i = static_cast<uint32_t>(names.size());
    names.push_back(name);
    if (dense) {
      *dense = i;
    } else {
      node_of.Add(hash, i);
    }
    first_start.push_back(start);
    first_end.push_back(end);
    return i;
  };
  auto add = [&](const std::vector<std::string_view>& f, uint32_t start, uint32_t end, size_t line,
                 size_t first_data_line) -> Status {
    if (f.size() == 2 || f.size() == 3) {
      if (line == first_data_line && IsHeader(f)) return Status::Ok();
      if (f[0].empty() || f[1].empty() || (f.size() == 3 && f[2].empty()))
        return ErrorAt(path, line,
                       "an empty field (expected source" + std::string(1, delimiter) + "target[" +
                           std::string(1, delimiter) + "type])");
      Edge e{node(f[0], start, end), node(f[1], start, end), 0, start, end};
      if (f.size() == 3) {
        auto [it, added] =
            type_of.try_emplace(std::string(f[2]), static_cast<uint32_t>(types.size()));
        if (added) types.emplace_back(f[2]);
        e.type = it->second;
      }
      edges.push_back(e);
      return Status::Ok();
    }
    return ErrorAt(path, line,
                   std::to_string(f.size()) + " fields; an edge list line is source" +
                       std::string(1, delimiter == ' ' ? ' ' : delimiter) +
                       "target, optionally followed by a type");
  };

  std::vector<std::string_view> fields;
  size_t first_data_line = 0;
  if (delimiter == ' ') {
    size_t at = 0, line = 0;
    while (at < text.size()) {
      ++line;
      const char* nl =
          static_cast<const char*>(std::memchr(text.data() + at, '\n', text.size() - at));
      const size_t end = nl ? static_cast<size_t>(nl - text.data()) : text.size();
      const std::string_view l = text.substr(at, end - at);
      fields.clear();
      auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
      };
      for (size_t i = 0; i < l.size();) {
        while (i < l.size() && space(l[i])) ++i;
        size_t j = i;
        while (j < l.size() && !space(l[j])) ++j;
        if (j > i) fields.push_back(l.substr(i, j - i));
        i = j;
      }
      if (!fields.empty() && fields[0][0] != '#') {
        if (first_data_line == 0) first_data_line = line;
        if (Status s = add(fields, static_cast<uint32_t>(at), static_cast<uint32_t>(end), line,
                           first_data_line);
            !s.ok())
          return s;
      }
      at = end + 1;
    }
  } else {
    names_in_file = false;
    CsvReader reader(text, delimiter, path);
    std::vector<CsvField> csv;
    while (reader.Next(csv)) {
      if (!csv[0].quoted && !csv[0].text.empty() && csv[0].text[0] == '#') continue;
      if (first_data_line == 0) first_data_line = reader.line();
      fields.clear();
      for (const auto& f : csv) fields.push_back(f.text);
      if (Status s =
              add(fields, static_cast<uint32_t>(reader.record_start()),
                  static_cast<uint32_t>(reader.record_end()), reader.line(), first_data_line);
          !s.ok())
        return s;
    }
    if (!reader.status().ok()) return reader.status();
  }

  // all read: now the graph changes
  graph.Reserve(names.size(), edges.size());
  const uint32_t article = AddImportArticle(path, graph);
  const graph::SymbolId name_key = graph.Intern("name");
  std::vector<graph::SymbolId> type_symbols;
  for (const auto& t : types) type_symbols.push_back(graph.Intern(t));
  std::vector<graph::NodeIndex> index(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    index[i] = graph.AddNode({}, {{name_key, graph::PropertyValue(std::string(names[i]))}});
    graph.AddNodeEvidence(index[i], {article, first_start[i], first_end[i]});
  }
  for (const Edge& e : edges) {
    const graph::EdgeIndex i =
        graph.AddEdge(type_symbols[e.type], index[e.source], index[e.target]);
    graph.AddEdgeEvidence(i, {article, e.start, e.end});
  }
  ImportReport report;
  report.nodes = names.size();
  report.relationships = edges.size();
  return report;
}

}  // namespace kg::importer
