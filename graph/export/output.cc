#include "graph/export/output.h"

#include "graph/file/output_target.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace kg::exporter {

void Output::Flush() {
  if (buffer_.empty()) return;
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

Status Output::Finish() {
  Flush();
  out_.flush();
  if (!out_) return Status::Error("write failed");
  return Status::Ok();
}

void AppendInt(int64_t value, std::string& out) {
  char buf[24];
  auto result = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, result.ptr);
}

void AppendUint(uint64_t value, std::string& out) {
  char buf[24];
  auto result = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, result.ptr);
}

void AppendDouble(double value, std::string& out) {
  char buf[32];
  auto result = std::to_chars(buf, buf + sizeof buf, value);  // shortest round trip
  out.append(buf, result.ptr);
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  // a symlink's target is replaced, a device or FIFO written in place (output_target.h)
  const graph::OutputTarget target = graph::ResolveOutputTarget(path_);
  in_place_ = target.in_place;
  path_ = target.path;
  temp_path_ = in_place_ ? path_ : path_ + ".tmp." + std::to_string(::getpid());
  if (!in_place_) graph::RemoveStaleTemporaries(path_);
}

AtomicFile::~AtomicFile() {
  if (buffer_.fd >= 0) {
    stream_.flush();
    ::close(buffer_.fd);
  }
  if (open_ && !in_place_) std::remove(temp_path_.c_str());
}

Status AtomicFile::Open() {
  buffer_.fd = ::open(temp_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (buffer_.fd < 0) {
    return Status::Error(path_ + ": cannot create file: " + std::strerror(errno));
  }
  open_ = true;
  return Status::Ok();
}

Status AtomicFile::Commit() {
  if (!open_) return Status::Error(path_ + ": file was not opened");
  stream_.flush();
  bool written = static_cast<bool>(stream_);
  if (written && !in_place_) ::fsync(buffer_.fd);
  written = ::close(buffer_.fd) == 0 && written;
  buffer_.fd = -1;
  if (!written) {
    return Status::Error(path_ + ": write failed");
  }
  if (in_place_) {
    open_ = false;
    return Status::Ok();
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    return Status::Error(path_ + ": cannot rename into place: " + std::strerror(errno));
  }
  open_ = false;
  return Status::Ok();
}

int AtomicFile::FileBuffer::overflow(int c) {
  if (sync() != 0) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

std::streamsize AtomicFile::FileBuffer::xsputn(const char* s, std::streamsize n) {
  if (n < epptr() - pptr()) {
    std::memcpy(pptr(), s, static_cast<size_t>(n));
    pbump(static_cast<int>(n));
    return n;
  }
  // a large block (Output hands over 1 MB at a time) goes to the file without a copy
  if (sync() != 0) return 0;
  return WriteAll(s, static_cast<size_t>(n)) ? n : 0;
}

int AtomicFile::FileBuffer::sync() {
  if (!WriteAll(pbase(), static_cast<size_t>(pptr() - pbase()))) return -1;
  setp(buffer_, buffer_ + sizeof buffer_);
  return 0;
}

bool AtomicFile::FileBuffer::WriteAll(const char* s, size_t n) {
  while (n > 0) {
    const ssize_t w = ::write(fd, s, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    s += w;
    n -= static_cast<size_t>(w);
    written_ += w;
  }
  if (written_ - writeback_from_ >= kWriteback) WriteBack();
  return true;
}

// Requests only: a FIFO or a device refuses them, and nothing is lost.
void AtomicFile::FileBuffer::WriteBack() {
  if (dropped_to_ < writeback_from_) {
    const int64_t length = writeback_from_ - dropped_to_;
    ::sync_file_range(
        fd, dropped_to_, length,
        SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
    ::posix_fadvise(fd, dropped_to_, length, POSIX_FADV_DONTNEED);
    dropped_to_ = writeback_from_;
  }
  ::sync_file_range(fd, writeback_from_, written_ - writeback_from_, SYNC_FILE_RANGE_WRITE);
  writeback_from_ = written_;
}

int CountingStream::Buffer::overflow(int c) {
  if (c == traits_type::eof()) return traits_type::not_eof(c);
  if (target.rdbuf()->sputc(static_cast<char>(c)) == traits_type::eof()) return traits_type::eof();
  Count(1);
  return c;
}

std::streamsize CountingStream::Buffer::xsputn(const char* s, std::streamsize n) {
  const std::streamsize written = target.rdbuf()->sputn(s, n);
  Count(static_cast<uint64_t>(written));
  return written;
}

void CountingStream::Buffer::Count(uint64_t n) {
  total += n;
  if (total < next_report) return;
  next_report = total + kEvery;
  if (report) report(total);
}

}  // namespace kg::exporter
