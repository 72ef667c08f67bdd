#include "tools/leaders/html_escape.h"

#include "graph/export/escape.h"

namespace kg::leaders {

void AppendHtmlEscaped(std::string_view text, std::string& out) {
  exporter::AppendXmlAttribute(text, out);
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
