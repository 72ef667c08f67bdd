// Escaping for the HTML report (and the SVG inside it): the exporter's XML escaper
// (graph/export/escape.h), so that kg has one XML/HTML escaper.
//
// The report is written as well-formed XML as well as HTML, so that both an HTML
// parser and an XML parser read it: the escaped text is valid in element content
// and in double- or single-quoted attribute values alike.
//
// Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace kg::leaders {

// Appends `text` as an XML attribute value (exporter::AppendXmlAttribute): & < > " '
// as entities, TAB, LF and CR as character references, invalid UTF-8 as U+FFFD, and
// the characters XML 1.0 forbids dropped, so the output is always valid UTF-8 XML.
void AppendHtmlEscaped(std::string_view text, std::string& out);
std::string HtmlEscaped(std::string_view text);

// True for an absolute http:// or https:// URL, the only kind the report links to
// (a "javascript:" or relative URL from the data is shown as text, never as a link).
bool IsWebUrl(std::string_view url);

}  // namespace kg::leaders
