// Where a file that kg writes really goes. Every writer (the .kg file, exports, reports)
// writes beside its target under a temporary name and renames it into place, so a crash
// never leaves a half-written file — which is right only for a regular file:
//   - a symlink is followed: the file it points to is replaced, the link stays a link;
//   - a device, FIFO or socket (/dev/stdout, /dev/null, a pipe) is written in place, never
//     replaced by a regular file;
//   - temporary files of earlier runs that were killed ("FILE.tmp.PID" whose process is
//     gone) are removed.
// And two writers of one file (two `kg build --append` at once) must not lose each
// other's work: WriterLock holds "FILE.lock" with flock(2) while a writer reads and
// replaces FILE.
#pragma once

#include <string>

#include "graph/base/status.h"

namespace kg::graph {

struct OutputTarget {
  std::string path;       // the file to replace (a symlink's target), or the device
  bool in_place = false;  // not a regular file: write it directly, no temporary, no rename
};

// Resolves `path` as above; "-" is standard output. Never fails: a path that does not exist yet is
// a regular file.
OutputTarget ResolveOutputTarget(const std::string& path);

// Removes "<target>.tmp.<pid>" files left by processes that no longer run.
void RemoveStaleTemporaries(const std::string& target);

// An exclusive lock on "<path>.lock" (flock), released when destroyed. Acquire() fails at
// once, with the holder named, when another process holds it.
class WriterLock {
 public:
  explicit WriterLock(std::string path);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;
  Status Acquire();

 private:
  std::string lock_path_;
  int fd_ = -1;
};

}  // namespace kg::graph
