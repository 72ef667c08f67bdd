// The kg leaders views as tables (leaders/text_table.h), one function per view. The
// CLI renders them as an aligned table, CSV or JSON; docs/leaders.md lists the columns.
#pragma once

#include "tools/leaders/leadership.h"
#include "tools/leaders/text_table.h"

namespace kg::leaders {

struct TableOptions {
  bool compact = false;       // the aligned terminal table: one cell per post
  bool with_sources = false;  // add the evidence: article ids, URLs and quotes
  bool all_provinces = true;  // also the provinces with no attested holder (gaps)
};

// One row per province of the map: each core post's holders as of Leadership::as_of.
TextTable ProvinceTable(const Leadership& l, const TableOptions& options);
// One row per spell (placed, then unplaced with province null).
TextTable HistoryTable(const Leadership& l, const TableOptions& options);
// One row per person × post × province × year.
TextTable PanelTable(const Leadership& l);
// One row per person (cluster) of each ambiguous name.
TextTable AmbiguousTable(const Leadership& l, const TableOptions& options);
// One row per province with evidence: concurrent posts, Central Committee, turnover, gaps.
TextTable MeasuresTable(const Leadership& l);

}  // namespace kg::leaders
