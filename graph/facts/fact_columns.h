// The facts view split into fixed columns, for the views that are rows and columns
// (CSV, TSV, an aligned table): one column per field of any fact kind,
//
//   fact,article,person,role,body,province,date,name,ordinal,number,type,title,
//   action,indicator,comparator,value,unit,year,task,deadline,evidence_start,
//   evidence_end,other
//
// "evidence" is split into its start and end; fields the view adds later that have no
// column go to `other` as one JSON object.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::facts {

// The column names, in order.
const std::vector<std::string>& FactColumnNames();

struct FactCell {
  enum class Kind { kNull, kString, kLiteral, kJson };  // literal: a number or true/false
  Kind kind = Kind::kNull;
  std::string text;  // the string, the literal as JSON writes it, or the JSON text
};

// One facts-view line as one cell per column; false when it is not a JSON object.
bool SplitFact(std::string_view json_line, std::vector<FactCell>& cells);

// The cells as a CSV row, with its line break: strings and JSON always quoted, literals
// bare, null an empty field — so that pandas and spreadsheets tell 12 from "12" and
// an empty string from null.
void AppendFactCsvRow(const std::vector<FactCell>& cells, std::string& out);

}  // namespace kg::facts
