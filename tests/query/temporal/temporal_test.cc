// Temporal values: each ISO 8601 string form, week dates and ordinal dates at
// year boundaries and in leap years, arithmetic across a daylight-saving change
// in a named zone, duration normalisation, comparison, and the values in
// kg's outputs and parameters.
#include <gtest/gtest.h>

#include <sstream>

#include "query/engine.h"
#include "query/params.h"
#include "query/render.h"
#include "query/temporal/temporal.h"
#include "query/temporal/temporal_arithmetic.h"

namespace kg::query {
namespace {

std::string Parsed(TemporalKind kind, const std::string& text) {
  auto t = ParseTemporal(kind, text);
  return t ? FormatTemporal(*t) : "<invalid>";
}

// The single value a one-row, one-column query returns, as text.
std::string Eval(const std::string& expression) {
  graph::PropertyGraph g;
  Engine engine(g);
  QueryResult r = engine.Run("RETURN " + expression + " AS v");
  return ValueToText(g, r.rows.at(0).at(0));
}

TEST(Temporal, DateStringForms) {
  using K = TemporalKind;
  EXPECT_EQ(Parsed(K::kDate, "2015-07-21"), "2015-07-21");
  EXPECT_EQ(Parsed(K::kDate, "20150721"), "2015-07-21");
  EXPECT_EQ(Parsed(K::kDate, "2015-07"), "2015-07-01");
  EXPECT_EQ(Parsed(K::kDate, "201507"), "2015-07-01");
  EXPECT_EQ(Parsed(K::kDate, "2015-W30-2"), "2015-07-21");
  EXPECT_EQ(Parsed(K::kDate, "2015W302"), "2015-07-21");
  EXPECT_EQ(Parsed(K::kDate, "2015-W30"), "2015-07-20");
  EXPECT_EQ(Parsed(K::kDate, "2015W30"), "2015-07-20");
  EXPECT_EQ(Parsed(K::kDate, "2015-202"), "2015-07-21");
  EXPECT_EQ(Parsed(K::kDate, "2015202"), "2015-07-21");
  EXPECT_EQ(Parsed(K::kDate, "2015"), "2015-01-01");
  EXPECT_EQ(Parsed(K::kDate, "2015-Q3"), "2015-07-01");
  EXPECT_EQ(Parsed(K::kDate, "-0001-12-31"), "-0001-12-31");
  EXPECT_EQ(Parsed(K::kDate, "+999999999-12-31"), "+999999999-12-31");
  EXPECT_EQ(Parsed(K::kDate, "2015-02-29"), "<invalid>");
  EXPECT_EQ(Parsed(K::kDate, "2015-13-01"), "<invalid>");
  EXPECT_EQ(Parsed(K::kDate, "2015-W54"), "<invalid>");
  EXPECT_EQ(Parsed(K::kDate, "--06-28"), "<invalid>");
}

TEST(Temporal, TimeAndDateTimeStringForms) {
  using K = TemporalKind;
  EXPECT_EQ(Parsed(K::kLocalTime, "21:40:32.142"), "21:40:32.142");
  EXPECT_EQ(Parsed(K::kLocalTime, "214032.142"), "21:40:32.142");
  EXPECT_EQ(Parsed(K::kLocalTime, "2140"), "21:40");
  EXPECT_EQ(Parsed(K::kLocalTime, "21"), "21:00");
  EXPECT_EQ(Parsed(K::kLocalTime, "12:34:54.7"), "12:34:54.700");
  EXPECT_EQ(Parsed(K::kTime, "21:40:32.142+0100"), "21:40:32.142+01:00");
  EXPECT_EQ(Parsed(K::kTime, "2140-00:00"), "21:40Z");
  EXPECT_EQ(Parsed(K::kTime, "2140-02"), "21:40-02:00");
  EXPECT_EQ(Parsed(K::kLocalDateTime, "2015-W30-2T214032.142"), "2015-07-21T21:40:32.142");
  EXPECT_EQ(Parsed(K::kLocalDateTime, "2015202T21"), "2015-07-21T21:00");
  EXPECT_EQ(Parsed(K::kDateTime, "2015T214032-0100"), "2015-01-01T21:40:32-01:00");
  EXPECT_EQ(Parsed(K::kDateTime, "2015-07-21T21:40:32.142[Europe/London]"),
            "2015-07-21T21:40:32.142+01:00[Europe/London]");
  // local mean time before standard time
  EXPECT_EQ(Parsed(K::kDateTime, "1818-07-21T21:40:32.142[Europe/Stockholm]"),
            "1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]");
  EXPECT_EQ(Parsed(K::kDateTime, "2015-07-21T21:40[Mars/Olympus]"), "<invalid>");
}

TEST(Temporal, WeekAndOrdinalDatesAtYearBoundaries) {
  // 2015-12-31 is a Thursday: week 53 of 2015; 2016-01-03 (Sunday) still in 2015-W53
  EXPECT_EQ(Eval("date('2015-W53-7')"), "2016-01-03");
  EXPECT_EQ(Eval("date('2016-01-03').weekYear"), "2015");
  EXPECT_EQ(Eval("date('2016-01-04').week"), "1");
  // 2008-12-29 (Monday) is in 2009-W01
  EXPECT_EQ(Eval("date('2008-12-29').weekYear"), "2009");
  EXPECT_EQ(Eval("date({year: 2009, week: 1})"), "2008-12-29");
  // leap years: ordinal day 366, 29 February
  EXPECT_EQ(Eval("date('2016-366')"), "2016-12-31");
  EXPECT_EQ(Parsed(TemporalKind::kDate, "2015-366"), "<invalid>");
  EXPECT_EQ(Eval("date('2000-02-29').ordinalDay"), "60");
  EXPECT_EQ(Eval("date('2000-02-29') + duration('P1Y')"), "2001-02-28");
  EXPECT_EQ(Eval("date({year: 1984, quarter: 3, dayOfQuarter: 45})"), "1984-08-14");
}

TEST(Temporal, ArithmeticAcrossDaylightSaving) {
  // Stockholm left summer time at 03:00 on 2017-10-29: that day has 25 hours
  EXPECT_EQ(Eval("datetime('2017-10-28T12:00[Europe/Stockholm]') + duration('P1D')"),
            "2017-10-29T12:00+01:00[Europe/Stockholm]");
  EXPECT_EQ(Eval("datetime('2017-10-28T12:00[Europe/Stockholm]') + duration('PT24H')"),
            "2017-10-29T11:00+01:00[Europe/Stockholm]");
  EXPECT_EQ(Eval("duration.inSeconds(datetime('2017-10-29T00:00[Europe/Stockholm]'), "
                 "date('2017-10-30'))"),
            "PT25H");
  EXPECT_EQ(Eval("duration.between(datetime('2017-10-28T23:00+02:00[Europe/Stockholm]'), "
                 "datetime('2017-10-29T04:00+01:00[Europe/Stockholm]'))"),
            "PT6H");
  // a local time in the spring gap moves forward by the gap
  EXPECT_EQ(Eval("datetime('2017-03-26T02:30[Europe/Stockholm]')"),
            "2017-03-26T03:30+02:00[Europe/Stockholm]");
}

TEST(Temporal, DurationNormalisation) {
  EXPECT_EQ(Eval("duration('P5M1.5D')"), "P5M1DT12H");
  EXPECT_EQ(Eval("duration('P0.75M')"), "P22DT19H51M49.5S");
  EXPECT_EQ(Eval("duration('P2.5W')"), "P17DT12H");
  EXPECT_EQ(Eval("duration({minutes: 12, seconds: -60})"), "PT11M");
  EXPECT_EQ(Eval("duration({seconds: -2, milliseconds: 1})"), "PT-1.999S");
  EXPECT_EQ(Eval("duration({seconds: -60, milliseconds: -1})"), "PT-1M-0.001S");
  EXPECT_EQ(Eval("duration('P2012-02-02T14:37:21.545')"), "P2012Y2M2DT14H37M21.545S");
  EXPECT_EQ(Eval("duration('PT-23H-59M-59.9S').seconds"), "-86400");
  EXPECT_EQ(Eval("duration('PT-23H-59M-59.9S').nanosecondsOfSecond"), "100000000");
  EXPECT_EQ(Eval("duration({days: 14, hours: 16}) * 2"), "P28DT32H");
  EXPECT_EQ(Eval("duration('P1M') / 2"), "P15DT5H14M33S");
}

TEST(Temporal, Comparison) {
  EXPECT_EQ(Eval("date('2020-01-01') < date('2020-01-02')"), "true");
  EXPECT_EQ(Eval("time('10:00+01:00') < time('09:35Z')"), "true");
  EXPECT_EQ(Eval("datetime('2020-01-01T10:00+01:00') = datetime('2020-01-01T09:00Z')"), "true");
  EXPECT_EQ(Eval("date('2020-01-01') < localdatetime('2020-01-02T00:00')"), "null");
  EXPECT_EQ(Eval("date('2020-01-01') = localdatetime('2020-01-01T00:00')"), "false");
  EXPECT_EQ(Eval("duration('PT1H') < duration('PT2H')"), "null");
  EXPECT_EQ(Eval("duration('PT70S') = duration('PT1M10S')"), "true");
  EXPECT_EQ(Eval("duration('P1D') = duration('PT24H')"), "false");
  // ORDER BY across kinds: datetime < localdatetime < date < time < localtime < duration
  graph::PropertyGraph g;
  Engine engine(g);
  QueryResult r = engine.Run(
      "UNWIND [duration('P1D'), localtime('12:00'), time('12:00Z'), date('2020-01-01'), "
      "localdatetime('2020-01-01T00:00'), datetime('2020-01-01T00:00Z'), 'text'] AS v "
      "RETURN v ORDER BY v");
  std::string order;
  for (const auto& row : r.rows) order += ValueToText(g, row[0]) + " ";
  EXPECT_EQ(order, "2020-01-01T00:00Z 2020-01-01T00:00 2020-01-01 12:00Z 12:00 P1D text ");
}

TEST(Temporal, RenderedAsIsoStringsAndReadFromParams) {
  graph::PropertyGraph g;
  Engine engine(g);
  std::ostringstream json;
  RenderResult(g, engine.Run("RETURN date('2020-06-02') AS d, duration('P3M') AS p"),
               OutputFormat::kJson, json);
  EXPECT_EQ(json.str(), "{\"columns\": [\"d\", \"p\"], \"rows\": [[\"2020-06-02\", \"P3M\"]]}\n");
  std::ostringstream csv;
  RenderResult(g,
               engine.Run("RETURN date('2020-W01') AS w, datetime('2020-06-02T09:00+07:00') AS t"),
               OutputFormat::kCsv, csv);
  EXPECT_EQ(csv.str(), "w,t\n2019-12-30,2020-06-02T09:00+07:00\n");
  Params params;
  ASSERT_TRUE(AddParamArgument("since=date('2020-01-01')", params).ok());
  EXPECT_TRUE(params["since"].is_temporal());
  QueryResult r = engine.Run("RETURN $since.year AS y, $since + duration('P1M') AS later", params);
  EXPECT_EQ(ValueToText(g, r.rows.at(0).at(0)), "2020");
  EXPECT_EQ(ValueToText(g, r.rows.at(0).at(1)), "2020-02-01");
}

TEST(Temporal, StoredAsPropertiesAndReadBack) {
  graph::PropertyGraph g;
  Engine engine(g);
  engine.Run(
      "CREATE ({d: date('2020-06-02'), ts: [datetime('2015-07-21T21:40:32.142[Europe/London]')], "
      "p: duration('P1Y2M3DT4.5S')})");
  QueryResult r = engine.Run("MATCH (n) RETURN n.d.quarter, n.ts[0], n.p.months");
  EXPECT_EQ(ValueToText(g, r.rows.at(0).at(0)), "2");
  EXPECT_EQ(ValueToText(g, r.rows.at(0).at(1)), "2015-07-21T21:40:32.142+01:00[Europe/London]");
  EXPECT_EQ(ValueToText(g, r.rows.at(0).at(2)), "14");
  const graph::PropertyValue* stored = g.NodeProperty(0, "d");
  ASSERT_NE(stored, nullptr);
  EXPECT_EQ(graph::ToJson(*stored), "\"2020-06-02\"");
}

}  // namespace
}  // namespace kg::query
