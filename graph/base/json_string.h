// The one way kg writes a JSON string literal: RapidJSON's Writer, appending to a
// std::string ('"' and '\' escaped, \b \f \n \r \t, other control characters as
// \u00XX, everything else as is). The bytes are copied, not validated: callers that
// may hold invalid UTF-8 repair it first (extract/text/utf8.h ValidUtf8).
#pragma once

#include <rapidjson/writer.h>

#include <string>
#include <string_view>

namespace kg {

// RapidJSON's output-stream concept over a std::string.
class JsonStringSink {
 public:
  using Ch = char;
  explicit JsonStringSink(std::string& out) : out_(out) {}
  void Put(char c) { out_.push_back(c); }
  void Flush() {}

 private:
  std::string& out_;
};

inline void AppendJsonString(std::string_view text, std::string& out) {
  JsonStringSink sink(out);
  rapidjson::Writer<JsonStringSink> writer(sink);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

}  // namespace kg
