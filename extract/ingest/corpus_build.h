// `kg build`: reads a corpus, extracts every article (on N threads), and
// merges the facts into a graph in input order, so the graph is the same
// whatever N is. Articles already in the graph are not read again.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/corpus/corpus_reader.h"
#include "graph/store/property_graph.h"

namespace kg::ingest {

// Where a build is, for a progress line: reported from the reading thread.
struct BuildProgress {
  size_t articles = 0;          // read so far
  uint64_t text_bytes = 0;      // their text
  uint64_t input_position = 0;  // bytes of the input files read (compressed for gzip)
  double seconds = 0;
};

struct BuildOptions {
  int jobs = 1;              // extraction threads
  corpus::ReadOptions read;  // per-article size limit
  // Called about four times a second while reading, and once at the end; may be empty.
  std::function<void(const BuildProgress&)> on_progress;
};

struct BuildReport {
  size_t files = 0;
  size_t articles_read = 0;
  size_t articles_added = 0;
  size_t already_present = 0;     // ids already in the graph (appends)
  size_t skipped_duplicates = 0;  // ids repeated within the input, each reported
  size_t skipped = 0;             // bad records
  uint64_t text_bytes = 0;
  double seconds = 0;
};

BuildReport BuildCorpus(const std::vector<std::string>& paths, graph::PropertyGraph& graph,
                        const BuildOptions& options, const corpus::IssueSink& on_issue);

}  // namespace kg::ingest
