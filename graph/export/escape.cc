#include "graph/export/escape.h"

#include "graph/base/json_string.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include "extract/text/utf8.h"
#include "graph/base/csv.h"

namespace kg::exporter {
namespace {

// Bytes that the XML escaper must look at: markup, controls, and 0xEF (which
// starts U+FFFE and U+FFFF).
constexpr std::array<bool, 256> XmlSpecial(bool attribute) {
  std::array<bool, 256> t{};
  // TAB, LF and CR always as references: attribute normalisation would turn
  // them into spaces, and so does Boost's reader (property_tree) in text.
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['&'] = t['<'] = t['>'] = true;
  t['"'] = t['\''] = attribute;
  t[0xEF] = true;
  return t;
}
constexpr std::array<bool, 256> kXmlTextSpecial = XmlSpecial(false);
constexpr std::array<bool, 256> kXmlAttributeSpecial = XmlSpecial(true);

// True when `text` is ASCII with no byte the escaper changes: most names, ids and
// numbers, appended as they are without the UTF-8 check.
bool IsPlainXml(std::string_view text, const std::array<bool, 256>& special) {
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || special[c]) return false;
  }
  return true;
}

void AppendXml(std::string_view text, std::string& out, const std::array<bool, 256>& special) {
  if (IsPlainXml(text, special)) {
    out.append(text);
    return;
  }
  std::string storage;
  text = ValidUtf8(text, storage);
  size_t run = 0;
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!special[c]) continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case 0xEF:
        if (i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
          i += 2;  // U+FFFE or U+FFFF: dropped
          run = i + 1;
        } else {
          run = i;  // an ordinary character starting with 0xEF: kept
        }
        break;
      default: break;  // a forbidden C0 control: dropped
    }
  }
  out.append(text.data() + run, n - run);
}

bool IsAsciiNameChar(unsigned char c) {
  return std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == ':';
}

// Non-ASCII name characters that XML 1.0 allows in every edition: Latin letters
// (Vietnamese included) and combining marks. Anything rarer becomes '_'.
bool IsLatinNameChar(char32_t cp) {
  return (cp >= 0xC0 && cp <= 0xD6) || (cp >= 0xD8 && cp <= 0xF6) || (cp >= 0xF8 && cp <= 0xFF) ||
         (cp >= 0x100 && cp <= 0x131) || (cp >= 0x134 && cp <= 0x13E) ||
         (cp >= 0x141 && cp <= 0x148) || (cp >= 0x14A && cp <= 0x17E) ||
         (cp >= 0x180 && cp <= 0x1C3) || (cp >= 0x300 && cp <= 0x345) ||
         (cp >= 0x1E00 && cp <= 0x1E9B) || (cp >= 0x1EA0 && cp <= 0x1EF9);
}

// Reserved words of openCypher, Neo4j, Memgraph and Kùzu that may clash with a name.
// clang-format off
constexpr std::string_view kCypherReserved[] = {
    "ADD", "ALL", "ALTER", "AND", "AS", "ASC", "ASCENDING", "BY", "CALL", "CASE", "COLUMN",
    "CONSTRAINT", "CONTAINS", "COPY", "COUNT", "CREATE", "DELETE", "DESC", "DESCENDING", "DETACH",
    "DISTINCT", "DO", "DROP", "ELSE", "END", "ENDS", "EXISTS", "FALSE", "FOR", "FROM", "GROUP",
    "IN", "INDEX", "IS", "KEY", "LIMIT", "MACRO", "MANDATORY", "MATCH", "MERGE", "NODE", "NOT",
    "NULL", "OF", "ON", "OPTIONAL", "OR", "ORDER", "PRIMARY", "REL", "REMOVE", "RETURN", "SCALAR",
    "SET", "SKIP", "STARTS", "TABLE", "THEN", "TO", "TRUE", "UNION", "UNIQUE", "UNWIND", "WHEN",
    "WHERE", "WITH", "XOR", "YIELD",
};
// clang-format on

bool IsCypherReserved(std::string_view name) {
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto eq = [&](std::string_view w) { return w == upper; };
  return std::any_of(std::begin(kCypherReserved), std::end(kCypherReserved), eq);
}

void AppendHex4(unsigned c, const char* prefix, std::string& out) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%s%04x", prefix, c);
  out += buf;
}

// Cypher string literals: the quote, backslash, the common
// control characters by name and the others as \uXXXX.
void AppendBackslashQuoted(std::string_view text, char quote, std::string& out) {
  std::string storage;
  text = ValidUtf8(text, storage);
  out.push_back(quote);
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == quote || ch == '\\') {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20) {
      AppendHex4(c, "\\u", out);
    } else {
      out.push_back(ch);
    }
  }
  out.push_back(quote);
}

}  // namespace

void AppendXmlText(std::string_view text, std::string& out) {
  AppendXml(text, out, kXmlTextSpecial);
}

void AppendXmlAttribute(std::string_view text, std::string& out) {
  AppendXml(text, out, kXmlAttributeSpecial);
}

bool IsXmlChar(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

std::string ToXmlNmtoken(std::string_view text) {
  std::string storage;
  text = ValidUtf8(text, storage);
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = text::DecodeAt(text, pos);
    if (cp < 0x80 ? IsAsciiNameChar(static_cast<unsigned char>(cp)) : IsLatinNameChar(cp)) {
      out.append(text.data() + start, pos - start);
    } else {
      out.push_back('_');
    }
  }
  if (out.empty()) out = "_";
  return out;
}

void AppendJsonString(std::string_view text, std::string& out) {
  std::string storage;
  kg::AppendJsonString(ValidUtf8(text, storage), out);
}

void AppendCsvQuoted(std::string_view text, std::string& out) {
  std::string storage;
  AppendCsvField(ValidUtf8(text, storage), out, /*always_quote=*/true);
}

void AppendCypherString(std::string_view text, std::string& out) {
  AppendBackslashQuoted(text, '\'', out);
}

void AppendCypherName(std::string_view name, std::string& out) {
  bool plain =
      !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0])) &&
      std::all_of(name.begin(), name.end(),
                  [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }) &&
      !IsCypherReserved(name);
  if (plain) {
    out.append(name);
    return;
  }
  std::string storage;
  name = ValidUtf8(name, storage);
  out.push_back('`');
  for (char c : name) {
    if (c == '`') out.push_back('`');
    out.push_back(c);
  }
  out.push_back('`');
}

void AppendDotString(std::string_view text, std::string& out) {
  std::string storage;
  text = ValidUtf8(text, storage);
  out.push_back('"');
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0xEF && text.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < text.size() &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      i += 2;  // U+FFFE, U+FFFF: SVG (XML) cannot carry them
      continue;
    }
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out.push_back(' ');
    } else if (c >= 0x20) {
      out.push_back(ch);
    }
  }
  out.push_back('"');
}

}  // namespace kg::exporter
