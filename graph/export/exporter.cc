#include "graph/export/exporter.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <system_error>
#include <vector>

#include "graph/export/cypher_writer.h"
#include "graph/export/cytoscape_writer.h"
#include "graph/export/dot_writer.h"
#include "graph/export/facts_csv_writer.h"
#include "graph/export/graphml_writer.h"
#include "graph/export/json_writer.h"
#include "graph/export/neo4j_csv_writer.h"
#include "graph/export/output.h"

namespace kg::exporter {
namespace {

struct FormatEntry {
  Format format;
  std::string_view name;
};
constexpr FormatEntry kFormats[] = {
    {Format::kGraphml, "graphml"},     {Format::kJson, "json"},
    {Format::kCytoscape, "cytoscape"}, {Format::kNeo4jCsv, "neo4j-csv"},
    {Format::kCypher, "cypher"},       {Format::kDot, "dot"},
    {Format::kFactsCsv, "csv"},
};

Status WithPath(const std::string& path, Status status) {
  if (status.ok()) return status;
  return Status::Error(path + ": " + status.message());
}

// Writes one file of a directory format through a temporary file.
template <typename Write>
Status WriteFile(const std::string& path, Write write) {
  AtomicFile file(path);
  Status s = file.Open();
  if (!s.ok()) return s;
  s = write(file.stream());
  if (!s.ok()) return WithPath(path, s);
  return file.Commit();
}

}  // namespace

Result<Format> ParseFormat(std::string_view name) {
  std::string known;
  for (const auto& f : kFormats) {
    if (f.name == name) return f.format;
    known += known.empty() ? "" : ", ";
    known += f.name;
  }
  return Status::Error("unknown format '" + std::string(name) + "' (known: " + known + ")");
}

Result<Flavor> ParseFlavor(std::string_view name) {
  if (name == "plain") return Flavor::kPlain;
  if (name == "yed") return Flavor::kYed;
  if (name == "boost") return Flavor::kBoost;
  return Status::Error("unknown flavor '" + std::string(name) + "' (known: plain, yed, boost)");
}

std::string_view FormatName(Format format) {
  for (const auto& f : kFormats)
    if (f.format == format) return f.name;
  return "?";
}

bool WritesDirectory(Format format) {
  return format == Format::kNeo4jCsv || format == Format::kFactsCsv;
}

Status ExportToStream(const graph::PropertyGraph& graph, const Selection& selection,
                      const ExportOptions& options, std::ostream& stream) {
  std::optional<CountingStream> counted;
  if (options.on_progress) counted.emplace(stream, options.on_progress);
  std::ostream& out = counted ? counted->stream() : stream;
  switch (options.format) {
    case Format::kGraphml: return WriteGraphml(graph, selection, options, out);
    case Format::kJson: return WriteNodeLinkJson(graph, selection, options, out);
    case Format::kCytoscape: return WriteCytoscapeJson(graph, selection, options, out);
    case Format::kCypher: return WriteCypher(graph, selection, options, out);
    case Format::kDot: return WriteDot(graph, selection, options, out);
    case Format::kNeo4jCsv:
    case Format::kFactsCsv: break;
  }
  return Status::Error("format " + std::string(FormatName(options.format)) +
                       " writes a directory: give one with -o DIR");
}

Status ExportToPath(const graph::PropertyGraph& graph, const Selection& selection,
                    const ExportOptions& options, const std::string& path) {
  if (!WritesDirectory(options.format)) {
    return WriteFile(
        path, [&](std::ostream& out) { return ExportToStream(graph, selection, options, out); });
  }
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec || !std::filesystem::is_directory(path)) {
    return Status::Error(path + ": cannot create directory" +
                         (ec ? ": " + ec.message() : std::string()));
  }
  const std::filesystem::path dir(path);
  if (options.format == Format::kFactsCsv) {
    return WriteFile((dir / kFactsCsv).string(), [&](std::ostream& file) {
      CountingStream out(file, options.on_progress);
      return WriteFactsCsv(graph, selection, out.stream());
    });
  }
  // Every file is complete before any is renamed into place.
  std::vector<std::unique_ptr<AtomicFile>> files;
  std::vector<std::unique_ptr<CountingStream>> counted;  // one per file, totals carried over
  auto open = [&](const std::string& name) -> Result<std::ostream*> {
    files.push_back(std::make_unique<AtomicFile>((dir / name).string()));
    if (Status s = files.back()->Open(); !s.ok()) return s;
    if (!options.on_progress) return &files.back()->stream();
    const uint64_t before = counted.empty() ? 0 : counted.back()->total();
    counted.push_back(
        std::make_unique<CountingStream>(files.back()->stream(), options.on_progress, before));
    return &counted.back()->stream();
  };
  Status s = WriteNeo4jCsv(graph, selection, options, open);
  if (!s.ok()) return WithPath(path, s);
  for (auto& file : files)
    if (s = file->Commit(); !s.ok()) return s;
  return s;
}

}  // namespace kg::exporter
