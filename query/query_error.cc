#include "query/query_error.h"

#include <algorithm>

#include "extract/text/normalize.h"

namespace kg::query {

SourcePosition PositionOf(std::string_view source, size_t offset) {
  offset = std::min(offset, source.size());
  SourcePosition pos;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (source[i] == '\n') {
      ++pos.line;
      line_start = i + 1;
    }
  }
  pos.column = text::GraphemeCount(source.substr(line_start, offset - line_start)) + 1;
  return pos;
}

std::string RenderError(std::string_view file, std::string_view source, size_t statement_offset,
                        const QueryError& error) {
  std::string out(file);
  std::string head = error.category();
  if (!error.code().empty() && error.code() != error.category()) head += " (" + error.code() + ")";
  if (error.offset() == kNoOffset) {
    out += ": error: " + head + ": " + error.what() + "\n";
    return out;
  }
  size_t offset = std::min(statement_offset + error.offset(), source.size());
  SourcePosition pos = PositionOf(source, offset);
  size_t line_start = source.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = (line_start == std::string_view::npos || offset == 0) ? 0 : line_start + 1;
  if (offset > 0 && source[offset - 1] == '\n') line_start = offset;
  size_t line_end = source.find('\n', offset);
  if (line_end == std::string_view::npos) line_end = source.size();
  std::string_view line = source.substr(line_start, line_end - line_start);
  out += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": error: " + head +
         ": " + error.what() + "\n";
  out += "  ";
  out += line;
  out += "\n  ";
  // pad with the line's own tabs so carets line up in a terminal
  std::string_view before = line.substr(0, offset - line_start);
  size_t pad = text::GraphemeCount(before);
  size_t tabs = static_cast<size_t>(std::count(before.begin(), before.end(), '\t'));
  out.append(tabs, '\t');
  out.append(pad - std::min(pad, tabs), ' ');
  size_t span_end = std::min(offset + std::max<size_t>(error.length(), 1), line_end);
  size_t carets =
      span_end > offset ? text::GraphemeCount(source.substr(offset, span_end - offset)) : 1;
  out.append(std::max<size_t>(carets, 1), '^');
  out += "\n";
  return out;
}

}  // namespace kg::query
