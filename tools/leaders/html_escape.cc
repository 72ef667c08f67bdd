#include "tools/leaders/html_escape.h"

#include "extract/text/utf8.h"

namespace kg::leaders {
namespace {

bool IsXmlChar(char32_t cp) {
  if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
  return cp != 0xFFFE && cp != 0xFFFF;
}

void AppendValidEscaped(std::string_view valid, std::string& out) {
  size_t pos = 0;
  while (pos < valid.size()) {
    const size_t start = pos;
    const char32_t cp = text::DecodeAt(valid, pos);
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (IsXmlChar(cp)) out.append(valid.substr(start, pos - start));
    }
  }
}

}  // namespace

void AppendHtmlEscaped(std::string_view text, std::string& out) {
  // Escape the valid stretches; each invalid byte becomes one U+FFFD.
  while (!text.empty()) {
    const int64_t bad = text::FindInvalidUtf8(text);
    if (bad < 0) {
      AppendValidEscaped(text, out);
      return;
    }
    AppendValidEscaped(text.substr(0, static_cast<size_t>(bad)), out);
    out += "\xEF\xBF\xBD";
    text.remove_prefix(static_cast<size_t>(bad) + 1);
  }
}

std::string HtmlEscaped(std::string_view text) {
  std::string out;
  AppendHtmlEscaped(text, out);
  return out;
}

bool IsWebUrl(std::string_view url) {
  auto starts_with_folded = [&](std::string_view prefix) {
    if (url.size() <= prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      const char c =
          url[i] >= 'A' && url[i] <= 'Z' ? static_cast<char>(url[i] - 'A' + 'a') : url[i];
      if (c != prefix[i]) return false;
    }
    return true;
  };
  return starts_with_folded("http://") || starts_with_folded("https://");
}

}  // namespace kg::leaders
