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
  if (open_) {
    stream_.close();
    if (!in_place_) std::remove(temp_path_.c_str());
  }
}

Status AtomicFile::Open() {
  stream_.open(temp_path_, in_place_ ? std::ios::binary | std::ios::out : std::ios::binary | std::ios::trunc);
  if (!stream_) {
    return Status::Error(path_ + ": cannot create file: " + std::strerror(errno));
  }
  open_ = true;
  return Status::Ok();
}

Status AtomicFile::Commit() {
  if (!open_) return Status::Error(path_ + ": file was not opened");
  stream_.flush();
  const bool written = static_cast<bool>(stream_);
  stream_.close();
  if (!written || stream_.fail()) {
    return Status::Error(path_ + ": write failed");
  }
  if (in_place_) {
    open_ = false;
    return Status::Ok();
  }
  int fd = ::open(temp_path_.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    return Status::Error(path_ + ": cannot rename into place: " + std::strerror(errno));
  }
  open_ = false;
  return Status::Ok();
}

}  // namespace kg::exporter
