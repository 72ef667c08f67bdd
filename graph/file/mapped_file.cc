#include "graph/file/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <utility>

namespace kg::graph {

Result<MappedFile> MappedFile::Open(const std::string& path) {
  auto fail = [&](int err) {
    return Status::IoError((path == "-" ? "stdin" : path) + ": cannot open: " + std::strerror(err));
  };
  // "-" is standard input (read, not mapped: a pipe cannot be)
  int fd = path == "-" ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(errno);
  MappedFile file;
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return fail(err);
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return fail(EISDIR);
  }
  if (S_ISREG(st.st_mode) && st.st_size > 0) {
    void* map = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (map != MAP_FAILED) {
      ::madvise(map, static_cast<size_t>(st.st_size), MADV_SEQUENTIAL | MADV_WILLNEED);
      file.map_ = map;
      file.map_size_ = static_cast<size_t>(st.st_size);
      file.bytes_ = std::string_view(static_cast<const char*>(map), file.map_size_);
      ::close(fd);
      return file;
    }
  }
  // not mappable: read it
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      return fail(err);
    }
    file.copy_.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  file.bytes_ = file.copy_;
  return file;
}

MappedFile::MappedFile(MappedFile&& other) noexcept { *this = std::move(other); }

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this == &other) return *this;
  Release();
  map_ = std::exchange(other.map_, nullptr);
  map_size_ = std::exchange(other.map_size_, 0);
  copy_ = std::move(other.copy_);
  bytes_ = map_ != nullptr ? std::string_view(static_cast<const char*>(map_), map_size_)
                           : std::string_view(copy_);
  other.bytes_ = {};
  return *this;
}

MappedFile::~MappedFile() { Release(); }

void MappedFile::DropPages(size_t offset, size_t length) const {
  if (map_ == nullptr || offset >= map_size_) return;
  length = std::min(length, map_size_ - offset);
  const auto page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto begin = reinterpret_cast<uintptr_t>(map_) + offset;
  const uintptr_t first = (begin + page - 1) / page * page;
  const uintptr_t last = (begin + length) / page * page;
  if (last > first) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

void MappedFile::Release() {
  if (map_ != nullptr) ::munmap(map_, map_size_);
  map_ = nullptr;
  map_size_ = 0;
  copy_.clear();
  bytes_ = {};
}

}  // namespace kg::graph
