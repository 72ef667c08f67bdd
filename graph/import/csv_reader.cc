#include "graph/import/csv_reader.h"

namespace kg::importer {

CsvReader::CsvReader(std::string_view text, char delimiter, std::string path)
    : text_(text), delimiter_(delimiter), path_(std::move(path)) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
}

size_t CsvReader::Column(size_t at) const {
  size_t column = 1;
  for (size_t i = line_start_; i < at; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // UTF-8 lead bytes
  return column;
}

Status CsvReader::ErrorAt(const CsvField& field, const std::string& message) const {
  return Status::Error(path_ + ":" + std::to_string(record_line_) + ":" +
                       std::to_string(field.column) + ": " + message);
}

bool CsvReader::Next(std::vector<CsvField>& fields) {
  fields.clear();
  // blank lines between records carry nothing
  while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
    if (text_[pos_] == '\n') ++line_, line_start_ = pos_ + 1;
    ++pos_;
  }
  if (pos_ >= text_.size() || !status_.ok()) return false;
  record_line_ = line_;
  record_start_ = pos_;
  while (true) {
    CsvField& field = fields.emplace_back();
    field.column = Column(pos_);
    if (pos_ < text_.size() && text_[pos_] == '"') {
      field.quoted = true;
      const size_t open_line = line_, open_column = field.column;
      ++pos_;
      while (true) {
        if (pos_ >= text_.size()) {
          status_ = Status::Error(path_ + ":" + std::to_string(open_line) + ":" +
                                  std::to_string(open_column) +
                                  ": a quoted field is never closed (a \" is missing)");
          return false;
        }
        const char c = text_[pos_++];
        if (c == '"') {
          if (pos_ < text_.size() && text_[pos_] == '"') {
            field.text.push_back('"');
            ++pos_;
            continue;
          }
          break;
        }
        if (c == '\n') ++line_, line_start_ = pos_;
        field.text.push_back(c);
      }
      const bool ends =
          pos_ >= text_.size() || text_[pos_] == delimiter_ || text_[pos_] == '\n' ||
          (text_[pos_] == '\r' && (pos_ + 1 >= text_.size() || text_[pos_ + 1] == '\n'));
      if (!ends) {
        status_ =
            Status::Error(path_ + ":" + std::to_string(line_) + ":" + std::to_string(Column(pos_)) +
                          ": text after a closing quote (write \"\" for a quote inside a field)");
        return false;
      }
    } else {
      const size_t start = pos_;
      while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n') {
        if (text_[pos_] == '"') {
          status_ = Status::Error(path_ + ":" + std::to_string(line_) + ":" +
                                  std::to_string(Column(pos_)) +
                                  ": a quote inside an unquoted field (quote the whole field)");
          return false;
        }
        ++pos_;
      }
      size_t end = pos_;
      if (end > start && text_[end - 1] == '\r' && (end == text_.size() || text_[end] == '\n'))
        --end;
      field.text.assign(text_.data() + start, end - start);
    }
    if (pos_ < text_.size() && text_[pos_] == delimiter_) {
      ++pos_;
      continue;
    }
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') {
      ++pos_;
      ++line_;
      line_start_ = pos_;
    }
    return true;
  }
}

}  // namespace kg::importer
