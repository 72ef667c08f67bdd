// The whole content of a file as one read-only byte range: memory-mapped when
// the file is a regular one, read into memory otherwise (pipes, special files).
#pragma once

#include <string>
#include <string_view>

#include "graph/base/status.h"

namespace kg::graph {

class MappedFile {
 public:
  // Errors name the file: "PATH: cannot open: REASON". "-" reads standard input.
  static Result<MappedFile> Open(const std::string& path);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return bytes_; }

  // Hands the pages wholly inside bytes [offset, offset + length) back to the kernel:
  // a mapped file's pages stay cached and are mapped again if read, so the bytes do
  // not change, but they stop counting towards this process's memory while a large
  // file is decoded. Nothing happens to a file read into memory.
  void DropPages(size_t offset, size_t length) const;

 private:
  MappedFile() = default;
  void Release();

  void* map_ = nullptr;  // set when mapped
  size_t map_size_ = 0;
  std::string copy_;  // used when not mapped
  std::string_view bytes_;
};

}  // namespace kg::graph
