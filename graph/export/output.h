// Where an export's bytes go: a buffered writer over a std::ostream, and a file
// that appears at its path only when complete (written beside it under a
// temporary name, flushed, then renamed over the target).
// Internal to export/: use export/exporter.h instead.
//
// Thread-compatible: one writer per thread.
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

#include "graph/base/status.h"

namespace kg::exporter {

// Accumulates text in a buffer and hands it to the stream in large blocks, so
// formatting code appends to a std::string instead of calling the stream.
class Output {
 public:
  explicit Output(std::ostream& out) : out_(out) { buffer_.reserve(kBlock + 4096); }
  ~Output() { Flush(); }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // The buffer to append to; call Commit() after each record.
  std::string& buffer() { return buffer_; }
  void Commit() {
    if (buffer_.size() >= kBlock) Flush();
  }
  Output& operator<<(std::string_view s) {
    buffer_.append(s);
    Commit();
    return *this;
  }
  // Writes what is buffered; returns an error when the stream has failed.
  Status Finish();

 private:
  static constexpr size_t kBlock = 1 << 20;
  void Flush();
  std::ostream& out_;
  std::string buffer_;
};

// A stream that passes every byte to `target` and reports the running total to
// `report` every kEvery bytes (the writers hand over 1 MB blocks, so this costs a call
// per block). The total starts at `already`, for exports of several files.
class CountingStream {
 public:
  CountingStream(std::ostream& target, std::function<void(uint64_t)> report, uint64_t already = 0)
      : buffer_(target, std::move(report), already), stream_(&buffer_) {}
  std::ostream& stream() { return stream_; }
  uint64_t total() const { return buffer_.total; }

 private:
  struct Buffer : std::streambuf {
    Buffer(std::ostream& t, std::function<void(uint64_t)> r, uint64_t already)
        : target(t), report(std::move(r)), total(already), next_report(already + kEvery) {}
    int overflow(int c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override { return target.flush() ? 0 : -1; }
    void Count(uint64_t n);

    static constexpr uint64_t kEvery = 4 << 20;
    std::ostream& target;
    std::function<void(uint64_t)> report;
    uint64_t total;
    uint64_t next_report;
  };
  Buffer buffer_;
  std::ostream stream_;
};

// Appends decimal integers without going through a stream.
void AppendInt(int64_t value, std::string& out);
void AppendUint(uint64_t value, std::string& out);
// Shortest text that reads back as the same double ("1.5", "1e+20"); finite only.
void AppendDouble(double value, std::string& out);

// A file written under a temporary name and renamed over `path` by Commit().
// If Commit() is never called (an error, an exception), the temporary file is
// removed and `path` is untouched.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Opens the temporary file; an error names the path.
  Status Open();
  std::ostream& stream() { return stream_; }
  // Flushes, syncs and renames; an error names the path.
  Status Commit();

 private:
  // Writes to a file descriptor and keeps the disk writing behind it: every kWriteback
  // bytes it starts writing the new block back (sync_file_range), waits for the block
  // before, and lets that one's pages go (POSIX_FADV_DONTNEED). Commit()'s fsync then
  // waits for the last block only, and a large export cycles through a few warm pages
  // instead of filling the page cache with fresh ones, which on the build VM cost more
  // than formatting: an 800 MB GraphML export took 1.4-1.7 s without this, 1.0 s with it.
  class FileBuffer : public std::streambuf {
   public:
    FileBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }
    int fd = -1;

   protected:
    int overflow(int c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

   private:
    static constexpr int64_t kWriteback = 8 << 20;
    bool WriteAll(const char* s, size_t n);
    void WriteBack();
    int64_t written_ = 0;
    int64_t writeback_from_ = 0;  // start of the block not yet being written back
    int64_t dropped_to_ = 0;      // end of the bytes on disk and out of the page cache
    char buffer_[1 << 16];
  };

  std::string path_;
  std::string temp_path_;
  FileBuffer buffer_;
  std::ostream stream_{&buffer_};
  bool open_ = false;
  bool in_place_ = false;  // a device or FIFO: written directly, never renamed over
};

}  // namespace kg::exporter
