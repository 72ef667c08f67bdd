// Expected failures are values: a Status says what went wrong and where
// (a file, a line, a query position); Result<T> carries a value or a Status.
#pragma once

#include <optional>  // for the files that have it from here
#include <string>
#include <utility>
#include <variant>

namespace kg {

// What kind of failure a Status is, for callers that act on the kind; the
// message is for people and is never parsed.
enum class StatusCode {
  kOk,
  kFailed,           // Status::Error: a failure no caller tells apart from others
  kInvalidArgument,  // the input is not acceptable (a bad option, a bad value)
  kNotFound,         // a named thing is not there
  kIoError,          // the system refused a read or a write
  kCorrupt,          // a file is damaged or is not what it claims to be
  kInternal,         // a broken invariant: a bug, not the user's doing
};

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) {
    return Status(StatusCode::kFailed, std::move(message));
  }
  static Status InvalidArgument(std::string message) {
    return Status(StatusCode::kInvalidArgument, std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(StatusCode::kNotFound, std::move(message));
  }
  static Status IoError(std::string message) {
    return Status(StatusCode::kIoError, std::move(message));
  }
  static Status Corrupt(std::string message) {
    return Status(StatusCode::kCorrupt, std::move(message));
  }
  static Status Internal(std::string message) {
    return Status(StatusCode::kInternal, std::move(message));
  }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  Result(Status status) : v_(std::move(status)) {}  // NOLINT(google-explicit-constructor)
  bool ok() const { return std::holds_alternative<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace kg
