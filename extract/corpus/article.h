// An article as read from the input, before any cleaning or extraction.
#pragma once

#include <cstdint>
#include <string>

namespace kg::corpus {

struct RawArticle {
  std::string id;         // file name without extension, or the record's "id"
  std::string text;       // UTF-8, as given (not yet NFC-normalised)
  std::string published;  // optional: "YYYY-MM-DD" or a longer timestamp, as given
  std::string site;
  std::string url;
  std::string province;  // optional hint from the corpus
  std::string origin;    // "file" or "file:line", for messages
  // Bytes of the input files read up to and including this article (compressed bytes of a
  // gzip file), against InputBytes(paths): what a progress line counts.
  uint64_t input_position = 0;
};

// A record that was skipped, and why: reported as "where: reason".
struct InputIssue {
  std::string where;
  std::string reason;
};

}  // namespace kg::corpus
