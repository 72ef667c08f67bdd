// Escaping for every text format kg exports: XML (GraphML), JSON, CSV (neo4j-admin
// import), Cypher string literals and identifiers, and Graphviz DOT strings.
//
// Every function appends to `out` and accepts any bytes: invalid UTF-8 sequences
// are replaced by U+FFFD first, so an export is always valid UTF-8.
// Used by export/ and by the leaders report (tools/leaders/html_escape.h), so that kg
// has one XML/HTML escaper; other callers should go through export/exporter.h.
//
// Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "extract/text/utf8.h"

namespace kg::exporter {

using text::ValidUtf8;  // extract/text/utf8.h

// XML 1.0 character data or attribute value: & < > escaped, and in attributes
// also " and '; TAB, LF and CR written as character references so that every
// parser keeps them (Boost's property_tree reader turns literal ones into
// spaces); characters XML 1.0 forbids (C0 controls other than TAB, LF, CR;
// U+FFFE; U+FFFF) removed.
void AppendXmlText(std::string_view text, std::string& out);
void AppendXmlAttribute(std::string_view text, std::string& out);

// True for the code points XML 1.0 allows (the Char production).
bool IsXmlChar(char32_t cp);

// `text` as an XML NMTOKEN (what GraphML's attr.name must be): characters that
// are not XML name characters become '_'; the empty string becomes "_".
std::string ToXmlNmtoken(std::string_view text);

// A JSON string literal, quotes included (control characters as \u00XX).
void AppendJsonString(std::string_view text, std::string& out);

// A CSV field for neo4j-admin import: always quoted, '"' doubled.
void AppendCsvQuoted(std::string_view text, std::string& out);

// A Cypher string literal in single quotes: \\ \' \n \r \t and \uXXXX for other
// control characters (openCypher's escapes, read by Neo4j, Memgraph and Kùzu).
void AppendCypherString(std::string_view text, std::string& out);

// A Cypher name (label, type, property key): as is when it is a plain identifier
// that is not a reserved word, otherwise in backticks with '`' doubled.
void AppendCypherName(std::string_view name, std::string& out);

// A Graphviz DOT double-quoted string, quotes included: '"' and '\' escaped,
// newlines as \n, tabs as spaces, other control characters and U+FFFE/U+FFFF
// dropped (Graphviz passes them into SVG, which XML 1.0 forbids).
void AppendDotString(std::string_view text, std::string& out);

}  // namespace kg::exporter
