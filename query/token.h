// Tokens of the query language, as the lexer produces them. Keywords are not
// separate kinds: they are identifiers that the parser matches case-
// insensitively (and never when the identifier was written in backticks).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kg::query {

enum class TokenKind { kIdentifier, kInteger, kFloat, kString, kParameter, kSymbol, kEnd };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  // identifier name (unescaped), literal digits, decoded string, parameter
  // name without '$', or the symbol's characters
  std::string text;
  size_t offset = 0;    // byte offset in the query text
  size_t length = 0;    // bytes
  bool quoted = false;  // identifier written in backticks

  bool Is(TokenKind k, const char* t) const { return kind == k && text == t; }
  bool IsSymbol(const char* t) const { return Is(TokenKind::kSymbol, t); }
  // Case-insensitive keyword match on an unquoted identifier.
  bool IsKeyword(const char* keyword) const;
};

// One token per line: `offset kind text` (the lexer's dump, for tests and --explain).
std::string DumpTokens(const std::vector<Token>& tokens);

}  // namespace kg::query
