// A small Leadership made by hand for the report's tests and demo: two provinces,
// a conflict, a concurrent post, an unplaced spell, a single-date spell, an
// undated spell, and names and URLs with characters HTML must escape. The people
// and their dates are made up; the provinces are real.
#pragma once

#include "tools/leaders/leadership.h"

namespace kg::leaders::report_testing {

Leadership ReportFixture();

// Article URLs the fixture uses: the only ones the report may link to.
inline constexpr const char* kFixtureUrlPrefix = "https://baotinh.example.vn/";

}  // namespace kg::leaders::report_testing
