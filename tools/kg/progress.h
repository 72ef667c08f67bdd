// The progress line of kg's long commands (build, import, export, leaders), on stderr:
// redrawn in place when stderr is a terminal, a line every 2 s when it is not and
// --progress asked for it, nothing with --quiet or when nobody asked.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace kg::tools {

class ProgressLine {
 public:
  // `command` prefixes every line ("kg export"); `requested` is --progress, `quiet` --quiet.
  ProgressLine(std::string command, bool requested, bool quiet);
  ~ProgressLine() { Clear(); }

  bool enabled() const { return enabled_; }
  bool terminal() const { return terminal_; }
  // Seconds since the line was made.
  double seconds() const;

  // Shows `text` unless a line was shown too recently (10 a second on a terminal, one
  // every 2 s elsewhere); `now` shows it regardless (the start of a phase).
  void Show(const std::string& text, bool now = false);
  // Erases a line drawn in place, so what follows starts on a clean line.
  void Clear();

 private:
  std::string command_;
  bool enabled_ = false;
  bool terminal_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  double last_shown_ = -1e9;
};

// "412.3 MB".
std::string Megabytes(uint64_t bytes);
// "412.3 MB, 205.1 MB/s" for `bytes` in `seconds`.
std::string MegabytesAndRate(uint64_t bytes, double seconds);

}  // namespace kg::tools
