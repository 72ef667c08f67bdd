// The .kg file: a saved PropertyGraph.
//
// Layout: a 32-byte header (magic "KGRAPH\r\n", format version, payload length,
// CRC-32 of the payload) and a payload of length-prefixed sections (symbols,
// articles with their evidence quotes, nodes, relationships). Saving writes a temporary file beside
// the target, syncs it and renames it over the target, so a crash leaves either the old file or the
// new one, never half of one.
#pragma once

#include <memory>
#include <string>

#include "graph/base/status.h"
#include "graph/store/property_graph.h"

namespace kg::graph {

// Version 2 added the evidence quotes of each article; version 1 files still
// load, with no quotes. Version 3 stores the schema's dates as dates and month-days
// (graph/store/date_value.h); the date strings of older files are converted on load.
inline constexpr uint32_t kGraphFormatVersion = 3;
inline constexpr uint32_t kOldestGraphFormatVersion = 1;

// Writes `graph` to `path` atomically. On failure the target is untouched.
Status SaveGraph(const PropertyGraph& graph, const std::string& path);

// Reads a graph saved by SaveGraph, this version or an older one (see above).
// A wrong magic, an unsupported version, a
// truncated file or a checksum mismatch is an error naming the file.
Result<std::unique_ptr<PropertyGraph>> LoadGraph(const std::string& path);

}  // namespace kg::graph
