// RFC 4180 records from a text: fields separated by a delimiter, "quoted" fields
// that may hold the delimiter, line breaks and doubled quotes; LF or CRLF line ends;
// a UTF-8 byte order mark at the start is skipped. Positions are kept for errors and
// provenance: the line a record starts on, each field's column, the record's bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/base/status.h"

namespace kg::importer {

struct CsvField {
  std::string text;     // unquoted, "" undoubled
  bool quoted = false;  // neo4j-admin: an empty quoted field is "", an empty bare one null
  size_t column = 1;    // 1-based, in characters, where the field starts
};

class CsvReader {
 public:
  CsvReader(std::string_view text, char delimiter, std::string path);

  // The next record; false at the end of the text or on an error (see status()).
  // Blank lines are skipped.
  bool Next(std::vector<CsvField>& fields);

  const Status& status() const { return status_; }
  size_t line() const { return record_line_; }           // where the last record started, 1-based
  size_t record_start() const { return record_start_; }  // its byte span
  size_t record_end() const { return pos_; }
  const std::string& path() const { return path_; }

  // "PATH:LINE:COLUMN: MESSAGE" for a field of the last record.
  Status ErrorAt(const CsvField& field, const std::string& message) const;

 private:
  size_t Column(size_t at) const;  // characters from the line's start to `at`, 1-based
  std::string_view text_;
  char delimiter_;
  std::string path_;
  size_t pos_ = 0;
  size_t line_ = 1, line_start_ = 0;  // where pos_ is
  size_t record_line_ = 0, record_start_ = 0;
  Status status_;
};

}  // namespace kg::importer
