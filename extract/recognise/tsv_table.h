// The rows of a tab-separated data table compiled into the binary (extract/data/*.tsv):
// lines starting with '#' and blank lines are comments, the first other line names the
// columns and is skipped, a trailing '\r' is dropped. Shared by organisations.cc and
// outlets.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// Splits on `sep`, keeping empty fields ("a\t\tb" is three fields).
std::vector<std::string> SplitFields(std::string_view line, char sep);

// The data rows of `tsv`, each split on tabs.
std::vector<std::vector<std::string>> TsvRows(std::string_view tsv);

}  // namespace kg::extract
