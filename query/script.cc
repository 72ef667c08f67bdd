#include "query/script.h"

#include <cctype>

namespace kg::query {

std::vector<ScriptStatement> SplitScript(std::string_view s) {
  std::vector<ScriptStatement> out;
  size_t start = std::string_view::npos;  // first content byte of the current statement
  auto flush = [&](size_t end) {
    if (start != std::string_view::npos) {
      std::string_view text = s.substr(start, end - start);
      while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
      out.push_back({std::string(text), start});
    }
    start = std::string_view::npos;
  };
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      size_t end = s.find("*/", i + 2);
      if (end == std::string_view::npos) {
        // an unterminated comment is a statement of its own, which the lexer reports with
        // its position — never a silent end of the script
        if (start == std::string_view::npos) start = i;
        i = s.size();
        continue;
      }
      i = end + 2;
      continue;
    }
    if (c == ';') {
      flush(i);
      ++i;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    if (start == std::string_view::npos) start = i;
    if (c == '\'' || c == '"' || c == '`') {
      // skip to the closing quote; an unterminated one runs to the end, where
      // the lexer reports it
      for (++i; i < s.size() && s[i] != c; ++i)
        if (s[i] == '\\' && c != '`') ++i;
      ++i;
      continue;
    }
    ++i;
  }
  flush(s.size());
  return out;
}

}  // namespace kg::query
