#include "tools/kg/progress.h"

#include <unistd.h>

#include <cstdio>

namespace kg::tools {

ProgressLine::ProgressLine(std::string command, bool requested, bool quiet)
    : command_(std::move(command)),
      terminal_(::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()) {
  enabled_ = !quiet && (terminal_ || requested);
}

double ProgressLine::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressLine::Show(const std::string& text, bool now) {
  if (!enabled_) return;
  const double at = seconds();
  if (!now && at - last_shown_ < (terminal_ ? 0.1 : 2.0)) return;
  last_shown_ = at;
  if (terminal_) {
    std::fprintf(stderr, "\r\033[K%s: %s", command_.c_str(), text.c_str());  // redraw in place
    drawn_ = true;
  } else {
    std::fprintf(stderr, "%s: %s\n", command_.c_str(), text.c_str());
  }
  std::fflush(stderr);
}

void ProgressLine::Clear() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

std::string Megabytes(uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return text;
}

std::string MegabytesAndRate(uint64_t bytes, double seconds) {
  const double mb = static_cast<double>(bytes) / 1e6;
  char rate[32];
  std::snprintf(rate, sizeof rate, ", %.1f MB/s", seconds > 0 ? mb / seconds : 0.0);
  return Megabytes(bytes) + rate;
}

}  // namespace kg::tools
