// neo4j-admin's CSV layout: a header of name:type fields, node files with :ID and
// :LABEL, relationship files with :START_ID, :END_ID and :TYPE. Arrays (type[])
// and labels are ';'-separated; an empty bare field is no property, an empty
// quoted one the empty string. kg's own export names its id columns kgId: those
// are ids, not properties.
#include <optional>

#include "graph/file/mapped_file.h"
#include "graph/import/csv_reader.h"
#include "graph/import/import.h"
#include "graph/import/staged_graph.h"
#include "graph/import/typed_text.h"

namespace kg::importer {
namespace {

constexpr char kKgIdColumn[] = "kgId";
constexpr char kArrayDelimiter = ';';

enum class Role { kProperty, kId, kLabel, kStartId, kEndId, kType, kIgnore };

struct Column {
  Role role = Role::kProperty;
  std::string name;      // the property; for an :ID column, the property it also sets
  std::string id_space;  // :ID(Space), :START_ID(Space)
  TextType type = TextType::kString;
  bool array = false;
};

// "name:type", ":ID(Space)", "name"; the type is after the last ':'.
Result<Column> ParseHeaderField(const CsvField& field, const CsvReader& reader) {
  Column c;
  const std::string& text = field.text;
  const size_t colon = text.rfind(':');
  c.name = text.substr(0, colon == std::string::npos ? text.size() : colon);
  std::string type = colon == std::string::npos ? "" : text.substr(colon + 1);
  if (const size_t open = type.find('('); open != std::string::npos && type.back() == ')') {
    c.id_space = type.substr(open + 1, type.size() - open - 2);
    type = type.substr(0, open);
  }
  if (type == "ID")
    c.role = Role::kId;
  else if (type == "LABEL")
    c.role = Role::kLabel;
  else if (type == "START_ID")
    c.role = Role::kStartId;
  else if (type == "END_ID")
    c.role = Role::kEndId;
  else if (type == "TYPE")
    c.role = Role::kType;
  else if (type == "IGNORE")
    c.role = Role::kIgnore;
  if (c.role != Role::kProperty) return c;
  if (c.name.empty()) return reader.ErrorAt(field, "header field '" + text + "' names no property");
  if (type.size() > 2 && type.compare(type.size() - 2, 2, "[]") == 0) {
    c.array = true;
    type.resize(type.size() - 2);
  }
  auto t = TextTypeNamed(type);
  if (!t)
    return reader.ErrorAt(field, "unknown type '" + type + "' in header field '" + text + "'");
  c.type = *t;
  return c;
}

std::string SpacedId(const std::string& space, const std::string& id) {
  return space.empty() ? id : space + '\x1f' + id;  // ids are unique within a space
}

std::vector<std::string> Split(const std::string& text, char delimiter) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t at = text.find(delimiter, start);
    out.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return out;
    start = at + 1;
  }
}

// The property value of one field; null for an empty bare field.
Result<graph::PropertyValue> FieldValue(const CsvField& field, const Column& c,
                                        const CsvReader& reader) {
  if (field.text.empty() && !(field.quoted && c.type == TextType::kString && !c.array))
    return graph::PropertyValue();
  auto bad = [&](const std::string& text) {
    return reader.ErrorAt(
        field, "'" + text + "' is not a " + TextTypeName(c.type) + " (column " + c.name + ")");
  };
  if (!c.array) {
    auto v = ParseTyped(field.text, c.type);
    if (!v) return bad(field.text);
    return *v;
  }
  graph::PropertyList list;
  for (const std::string& item : Split(field.text, kArrayDelimiter)) {
    auto v = ParseTyped(item, c.type);
    if (!v) return bad(item);
    list.push_back(std::move(*v));
  }
  return graph::PropertyValue(std::move(list));
}

// Reads one file's rows; `relationships` says which kind of file it is.
Status ReadFile(const std::string& path, bool relationships, const ImportOptions& options,
                StagedGraph& staged) {
  auto file = graph::MappedFile::Open(path);
  if (!file.ok()) return file.status();
  const size_t file_index = staged.files.size();
  staged.files.push_back(path);
  CsvReader reader(file.value().bytes(), ',', path);
  std::vector<CsvField> fields;
  if (!reader.Next(fields))
    return reader.status().ok() ? Status::Error(path + ": empty file (a header line is needed)")
                                : reader.status();
  std::vector<Column> columns;
  int start = -1, end = -1, id = -1;
  for (const CsvField& f : fields) {
    auto c = ParseHeaderField(f, reader);
    if (!c.ok()) return c.status();
    const Role role = c.value().role;
    const int at = static_cast<int>(columns.size());
    if (role == Role::kStartId) start = at;
    if (role == Role::kEndId) end = at;
    if (role == Role::kId) id = at;
    if (relationships ? role == Role::kId || role == Role::kLabel
                      : role == Role::kStartId || role == Role::kEndId || role == Role::kType)
      return reader.ErrorAt(f, "'" + f.text + "' belongs in a " +
                                   (relationships ? "nodes" : "relationships") + " file, not a " +
                                   (relationships ? "relationships" : "nodes") + " file");
    columns.push_back(std::move(c).value());
  }
  if (relationships && (start < 0 || end < 0))
    return Status::Error(path + ":1: a relationships file needs :START_ID and :END_ID columns");
  size_t row = 0;
  while (reader.Next(fields)) {
    ++row;
    if (fields.size() != columns.size())
      return reader.ErrorAt(fields.back(), "this row has " + std::to_string(fields.size()) +
                                               " fields, the header " +
                                               std::to_string(columns.size()));
    SourceSpan span{file_index, static_cast<uint32_t>(reader.record_start()),
                    static_cast<uint32_t>(reader.record_end()), reader.line()};
    StagedNode node;
    StagedEdge edge;
    auto& properties = relationships ? edge.properties : node.properties;
    for (size_t i = 0; i < columns.size(); ++i) {
      const Column& c = columns[i];
      const CsvField& f = fields[i];
      switch (c.role) {
        case Role::kIgnore: break;
        case Role::kId:
          if (f.text.empty()) return reader.ErrorAt(f, "empty node id");
          node.id = SpacedId(c.id_space, f.text);
          if (!c.name.empty() && c.name != kKgIdColumn) properties.emplace_back(c.name, f.text);
          break;
        case Role::kLabel:
          for (auto& l : Split(f.text, kArrayDelimiter))
            if (!l.empty()) node.labels.push_back(std::move(l));
          break;
        case Role::kStartId: edge.source = SpacedId(c.id_space, f.text); break;
        case Role::kEndId: edge.target = SpacedId(c.id_space, f.text); break;
        case Role::kType: edge.type = f.text; break;
        case Role::kProperty: {
          if (relationships && c.name == kKgIdColumn) {  // kg's own relationship id
            edge.id = f.text;
            break;
          }
          auto v = FieldValue(f, c, reader);
          if (!v.ok()) return v.status();
          if (!v.value().is_null()) properties.emplace_back(c.name, std::move(v).value());
          break;
        }
      }
    }
    if (relationships) {
      if (edge.type.empty()) edge.type = options.default_type;
      edge.span = span;
      staged.edges.push_back(std::move(edge));
    } else {
      if (id < 0)
        node.id = std::string("\x1f") + std::to_string(file_index) + ":" + std::to_string(row);
      node.span = span;
      staged.nodes.push_back(std::move(node));
    }
  }
  return reader.status();
}

}  // namespace

Result<ImportReport> ImportNeo4jCsv(const std::vector<std::string>& node_files,
                                    const std::vector<std::string>& relationship_files,
                                    const ImportOptions& options, graph::PropertyGraph& graph) {
  StagedGraph staged;
  for (const auto& f : node_files)
    if (Status s = ReadFile(f, false, options, staged); !s.ok()) return s;
  for (const auto& f : relationship_files)
    if (Status s = ReadFile(f, true, options, staged); !s.ok()) return s;
  return Commit(std::move(staged), graph);
}

}  // namespace kg::importer
