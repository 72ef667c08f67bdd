#include "query/lexer.h"

#include <cctype>
#include <algorithm>
#include <cstring>

#include "query/query_error.h"
#include "extract/text/utf8.h"

namespace kg::query {

bool Token::IsKeyword(const char* keyword) const {
  if (kind != TokenKind::kIdentifier || quoted) return false;
  size_t n = std::strlen(keyword);
  if (text.size() != n) return false;
  for (size_t i = 0; i < n; ++i)
    if (std::toupper(static_cast<unsigned char>(text[i])) != keyword[i]) return false;
  return true;
}

std::string DumpTokens(const std::vector<Token>& tokens) {
  static const char* kNames[] = {"ident", "int", "float", "string", "param", "symbol", "end"};
  std::string out;
  for (const auto& t : tokens) {
    out += std::to_string(t.offset) + " " + kNames[static_cast<int>(t.kind)] + " " + t.text + "\n";
  }
  return out;
}

namespace {

// Dashes and minus signs that look like '-' but are not.
bool IsUnicodeDash(std::string_view ch) {
  static const char* kDashes[] = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014",
                                  "\u2015", "\u2212", "\uFE58", "\uFE63", "\uFF0D"};
  for (const char* d : kDashes)
    if (ch == d) return true;
  return false;
}

bool IsIdentStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool IsIdentPart(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : s_(text) {}

  std::vector<Token> Run() {
    std::vector<Token> out;
    while (true) {
      SkipSpaceAndComments();
      if (pos_ >= s_.size()) break;
      out.push_back(Next());
    }
    Token end;
    end.offset = s_.size();
    out.push_back(end);
    return out;
  }

 private:
  [[noreturn]] void Fail(const std::string& code, const std::string& message, size_t at,
                         size_t len = 1) {
    throw SyntaxError(code, message, at, len);
  }

  void SkipSpaceAndComments() {
    while (pos_ < s_.size()) {
      unsigned char c = s_[pos_];
      if (std::isspace(c)) {
        ++pos_;
      } else if (c == '/' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '/') {
        while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
      } else if (c == '/' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '*') {
        size_t end = s_.find("*/", pos_ + 2);
        if (end == std::string_view::npos)
          Fail("UnexpectedSyntax", "unterminated comment", pos_, 2);
        pos_ = end + 2;
      } else if (s_.compare(pos_, 2, "\xC2\xA0") == 0 || s_.compare(pos_, 3, "\xEF\xBB\xBF") == 0) {
        pos_ += s_[pos_] == '\xC2' ? 2 : 3;  // no-break space, byte order mark
      } else {
        break;
      }
    }
  }

  Token Make(TokenKind kind, std::string text, size_t start) {
    Token t;
    t.kind = kind;
    t.text = std::move(text);
    t.offset = start;
    t.length = pos_ - start;
    return t;
  }

  Token Next() {
    size_t start = pos_;
    unsigned char c = s_[pos_];
    if (std::isdigit(c) || (c == '.' && pos_ + 1 < s_.size() &&
                            std::isdigit(static_cast<unsigned char>(s_[pos_ + 1]))))
      return Number();
    if (c >= 0x80) {
      size_t len = std::min<size_t>(c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2, s_.size() - pos_);
      if (IsUnicodeDash(s_.substr(pos_, len)))
        Fail("InvalidUnicodeCharacter",
             "'" + std::string(s_.substr(pos_, len)) + "' is not '-' (use the ASCII hyphen-minus)",
             pos_, len);
    }
    if (IsIdentStart(c)) {
      while (pos_ < s_.size() && IsIdentPart(s_[pos_])) ++pos_;
      std::string_view word = s_.substr(start, pos_ - start);
      if (!text::IsValidUtf8(word))
        Fail("UnexpectedSyntax", "invalid UTF-8 in identifier", start, word.size());
      return Make(TokenKind::kIdentifier, std::string(word), start);
    }
    if (c == '`') {
      std::string name;
      ++pos_;
      while (true) {
        if (pos_ >= s_.size()) Fail("UnexpectedSyntax", "unterminated `identifier`", start);
        if (s_[pos_] == '`') {
          if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '`') {
            name.push_back('`');
            pos_ += 2;
            continue;
          }
          ++pos_;
          break;
        }
        name.push_back(s_[pos_++]);
      }
      Token t = Make(TokenKind::kIdentifier, name, start);
      t.quoted = true;
      return t;
    }
    if (c == '\'' || c == '"') return String();
    if (c == '$') {
      ++pos_;
      size_t name_start = pos_;
      if (pos_ < s_.size() && s_[pos_] == '`') {
        Token q = Next();
        return Make(TokenKind::kParameter, q.text, start);
      }
      while (pos_ < s_.size() && IsIdentPart(s_[pos_])) ++pos_;
      if (pos_ == name_start)
        Fail("UnexpectedSyntax", "expected a parameter name after '$'", start);
      return Make(TokenKind::kParameter, std::string(s_.substr(name_start, pos_ - name_start)),
                  start);
    }
    static const char* kTwo[] = {"..", "<>", "!=", "<=", ">=", "=~", "+=", "||"};
    for (const char* two : kTwo) {
      if (s_.compare(pos_, 2, two) == 0) {
        pos_ += 2;
        return Make(TokenKind::kSymbol, two, start);
      }
    }
    if (std::strchr("()[]{},.:;|+-*/%^=<>", c) != nullptr && c != 0) {
      ++pos_;
      return Make(TokenKind::kSymbol, std::string(1, static_cast<char>(c)), start);
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    len = std::min(len, s_.size() - pos_);
    Fail("UnexpectedSyntax", "unexpected character '" + std::string(s_.substr(pos_, len)) + "'",
         pos_, len);
  }

  Token Number() {
    size_t start = pos_;
    auto digits = [&](auto pred) {
      while (pos_ < s_.size() && pred(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    };
    auto is_dec = [](unsigned char ch) { return std::isdigit(ch) != 0; };
    if (s_[pos_] == '0' && pos_ + 1 < s_.size() &&
        (s_[pos_ + 1] == 'x' || s_[pos_ + 1] == 'X' || s_[pos_ + 1] == 'o' ||
         s_[pos_ + 1] == 'O')) {
      bool hex = s_[pos_ + 1] == 'x' || s_[pos_ + 1] == 'X';
      pos_ += 2;
      size_t body = pos_;
      digits([](unsigned char ch) { return std::isalnum(ch) != 0 || ch == '_'; });
      std::string_view b = s_.substr(body, pos_ - body);
      bool ok = !b.empty();
      for (char ch : b)
        ok = ok &&
             (hex ? std::isxdigit(static_cast<unsigned char>(ch)) != 0 : (ch >= '0' && ch <= '7'));
      if (!ok) Fail("InvalidNumberLiteral", "invalid number literal", start, pos_ - start);
      return Make(TokenKind::kInteger, std::string(s_.substr(start, pos_ - start)), start);
    }
    bool is_float = false;
    digits(is_dec);
    if (pos_ + 1 < s_.size() && s_[pos_] == '.' &&
        std::isdigit(static_cast<unsigned char>(s_[pos_ + 1]))) {
      is_float = true;
      ++pos_;
      digits(is_dec);
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      size_t save = pos_;
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) {
        is_float = true;
        digits(is_dec);
      } else {
        pos_ = save;
      }
    }
    if (pos_ < s_.size() && IsIdentPart(s_[pos_])) {
      digits([](unsigned char ch) { return IsIdentPart(ch); });
      Fail("InvalidNumberLiteral", "invalid number literal", start, pos_ - start);
    }
    return Make(is_float ? TokenKind::kFloat : TokenKind::kInteger,
                std::string(s_.substr(start, pos_ - start)), start);
  }

  uint32_t HexDigits(size_t n, size_t escape_start) {
    uint32_t v = 0;
    for (size_t i = 0; i < n; ++i) {
      if (pos_ >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[pos_])))
        Fail("InvalidUnicodeLiteral", "invalid unicode escape", escape_start,
             pos_ - escape_start + 1);
      char ch = s_[pos_++];
      v = v * 16 +
          (std::isdigit(static_cast<unsigned char>(ch)) ? ch - '0' : (std::tolower(ch) - 'a' + 10));
    }
    return v;
  }

  Token String() {
    size_t start = pos_;
    char quote = s_[pos_++];
    std::string out;
    while (true) {
      if (pos_ >= s_.size()) Fail("UnexpectedSyntax", "unterminated string", start);
      char ch = s_[pos_];
      if (ch == quote) {
        ++pos_;
        break;
      }
      if (ch != '\\') {
        out.push_back(ch);
        ++pos_;
        continue;
      }
      size_t esc = pos_;
      ++pos_;
      if (pos_ >= s_.size()) Fail("UnexpectedSyntax", "unterminated string", start);
      char e = s_[pos_++];
      switch (e) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case 'r': out.push_back('\r'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case '\\': out.push_back('\\'); break;
        case '\'': out.push_back('\''); break;
        case '"': out.push_back('"'); break;
        case 'u':
        case 'U': {
          uint32_t cp = HexDigits(e == 'u' ? 4 : 8, esc);
          if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            Fail("InvalidUnicodeLiteral", "invalid unicode code point", esc, pos_ - esc);
          text::AppendUtf8(cp, out);
          break;
        }
        default:
          // unknown escapes keep the backslash, as most engines do
          out.push_back('\\');
          out.push_back(e);
      }
    }
    if (!text::IsValidUtf8(out))
      Fail("UnexpectedSyntax", "invalid UTF-8 in string", start, pos_ - start);
    return Make(TokenKind::kString, std::move(out), start);
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

std::vector<Token> Lex(std::string_view text) { return Lexer(text).Run(); }

}  // namespace kg::query
