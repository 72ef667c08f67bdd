// Query scripts: statements separated by ';', with // and /* */ comments.
// A ';' inside a string, a `quoted name` or a comment does not split.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::query {

struct ScriptStatement {
  std::string text;   // from its first non-blank, non-comment character to before the ';'
  size_t offset = 0;  // byte offset of text in the script
};

// Statements in order; blank or comment-only ones are dropped.
std::vector<ScriptStatement> SplitScript(std::string_view script);

}  // namespace kg::query
