// Facts as CSV: the facts view (facts/facts_view.h, shared/docs/facts-format.md)
// with one column per field of any fact kind, for spreadsheets and pandas:
//
//   fact,article,person,role,body,province,date,name,ordinal,number,type,title,
//   action,indicator,comparator,value,unit,year,task,deadline,evidence_start,
//   evidence_end,other
//
// A field a fact does not have, or has as null, is an empty unquoted field;
// strings are quoted ("" inside); numbers and booleans bare. Fields the view adds
// later that have no column go to `other` as one JSON object. The view is
// converted line by line as it is written, never held whole.
// The facts view covers the whole graph, so a subgraph selection is an error.
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <ostream>

#include "graph/base/status.h"
#include "graph/export/selection.h"
#include "graph/store/property_graph.h"

namespace kg::exporter {

Status WriteFactsCsv(const graph::PropertyGraph& graph, const Selection& selection,
                     std::ostream& out);

// Converts one facts-view JSON line to a CSV row (with its line break); false
// when the line is not a JSON object.
bool AppendFactCsvRow(std::string_view json_line, std::string& out);

}  // namespace kg::exporter
