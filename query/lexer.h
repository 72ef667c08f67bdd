// Lexer: query text -> tokens.
//
// Handles // and /* */ comments, '…' and "…" strings with backslash escapes
// (\n \t \b \f \r \\ \' \" \uXXXX \UXXXXXXXX), `quoted` identifiers, decimal,
// hexadecimal (0x) and octal (0o) integers, floats (1.5, .5, 1e3), $parameters
// and the operators of openCypher. Identifiers may contain any non-ASCII
// character, so Vietnamese names need no backticks.
//
// Throws SyntaxError (codes UnexpectedSyntax, InvalidNumberLiteral,
// InvalidUnicodeLiteral) pointing at the offending characters. The last token is
// always kEnd at the end of the text.
#pragma once

#include <string_view>
#include <vector>

#include "query/token.h"

namespace kg::query {

std::vector<Token> Lex(std::string_view text);

}  // namespace kg::query
