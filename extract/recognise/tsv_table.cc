#include "extract/recognise/tsv_table.h"

namespace kg::extract {

std::vector<std::string> SplitFields(std::string_view line, char sep) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    const size_t next = line.find(sep, pos);
    out.emplace_back(
        line.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

std::vector<std::vector<std::string>> TsvRows(std::string_view tsv) {
  std::vector<std::vector<std::string>> rows;
  bool header = true;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t eol = tsv.find('\n', pos);
    if (eol == std::string_view::npos) eol = tsv.size();
    std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (header) {  // the first non-comment line names the columns
      header = false;
      continue;
    }
    rows.push_back(SplitFields(line, '\t'));
  }
  return rows;
}

}  // namespace kg::extract
