// Errors that abort a query. Each phase throws its own type; all derive from
// QueryError, which carries
//   - a category as the openCypher TCK names it (SyntaxError, SemanticError,
//     TypeError, ArgumentError, ParameterMissing, …, plus kg's own BudgetExceeded
//     and Unsupported),
//   - a detail code (UndefinedVariable, InvalidArgumentType, …),
//   - the byte span of the query text it points at (offset, length), or
//     kNoOffset when it has no place (a budget running out).
// Expected failures outside a query (a missing file) are Status values instead.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::query {

inline constexpr size_t kNoOffset = static_cast<size_t>(-1);

class QueryError : public std::runtime_error {
 public:
  QueryError(std::string category, std::string code, std::string message, size_t offset,
             size_t length = 1)
      : std::runtime_error(std::move(message)),
        category_(std::move(category)),
        code_(std::move(code)),
        offset_(offset),
        length_(length) {}
  const std::string& category() const { return category_; }
  const std::string& code() const { return code_; }
  size_t offset() const { return offset_; }
  size_t length() const { return length_; }
  // Phase that raised it: "lex", "parse", "bind", "plan", "execute".
  virtual const char* phase() const = 0;

 private:
  std::string category_;
  std::string code_;
  size_t offset_;
  size_t length_;
};

// Lexer and parser: malformed input.
class SyntaxError : public QueryError {
 public:
  SyntaxError(std::string code, std::string message, size_t offset, size_t length = 1)
      : QueryError("SyntaxError", std::move(code), std::move(message), offset, length) {}
  const char* phase() const override { return "parse"; }
};

// Binder: well-formed but meaningless (undefined variable, type conflict, …).
// The category is usually SyntaxError, as the TCK files it.
class BindError : public QueryError {
 public:
  BindError(std::string category, std::string code, std::string message, size_t offset,
            size_t length = 1)
      : QueryError(std::move(category), std::move(code), std::move(message), offset, length) {}
  const char* phase() const override { return "bind"; }
};

// A clause, function or feature kg does not implement, refused by name.
class UnsupportedError : public QueryError {
 public:
  UnsupportedError(std::string what, size_t offset, size_t length = 1)
      : QueryError("Unsupported", "Unsupported", "kg does not support " + what, offset, length) {}
  const char* phase() const override { return "bind"; }
};

// Executor: a value of the wrong type, an argument out of range, …
class RuntimeError : public QueryError {
 public:
  RuntimeError(std::string category, std::string code, std::string message,
               size_t offset = kNoOffset, size_t length = 1)
      : QueryError(std::move(category), std::move(code), std::move(message), offset, length) {}
  const char* phase() const override { return "execute"; }
};

// A row, expansion or time budget ran out (see limits.h).
class BudgetError : public QueryError {
 public:
  BudgetError(std::string code, std::string message)
      : QueryError("BudgetExceeded", std::move(code), std::move(message), kNoOffset) {}
  const char* phase() const override { return "execute"; }
};

// `file:line:col: error: Category (Code): message`, then the offending line and
// carets under the span, columns counted in grapheme clusters (so a caret sits
// under "ý" in "Ký", whatever its encoding). `source` is the whole text the
// user gave (a script file, or the -e argument); the error's offset is relative
// to the statement that starts at byte `statement_offset` of it.
std::string RenderError(std::string_view file, std::string_view source, size_t statement_offset,
                        const QueryError& error);

// 1-based line and grapheme column of a byte offset.
struct SourcePosition {
  size_t line = 1;
  size_t column = 1;
};
SourcePosition PositionOf(std::string_view source, size_t offset);

}  // namespace kg::query
