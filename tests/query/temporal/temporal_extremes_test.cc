// Temporal constructors and arithmetic on extreme input: each either gives a value or
// a QueryError, never a crash or undefined behaviour (the sanitizer build runs this;
// --param evaluates constructors with constant arguments, so such strings reach the
// code from the command line and from the params fuzzer).
#include <gtest/gtest.h>

#include "query/engine.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

TEST(TemporalExtremes, ValueOrErrorNeverACrash) {
  const char* statements[] = {
      "RETURN date('9999999999999999999-01-01')",
      "RETURN date('+999999999-12-31') + duration('P1D')",
      "RETURN date('-999999999-01-01') - duration('P1D')",
      "RETURN duration('P99999999999999999999Y')",
      "RETURN duration('PT9223372036854775807S') + duration('PT9223372036854775807S')",
      "RETURN duration('P9223372036854775807M') * 2",
      "RETURN duration('PT1S') * 1e300",
      "RETURN duration('PT1S') / 0",
      "RETURN duration('PT1S') / 1e-300",
      "RETURN datetime('+999999999-12-31T23:59:59.999999999-18:00')",
      "RETURN datetime('-999999999-01-01T00:00:00+18:00').epochSeconds",
      "RETURN datetime({epochSeconds: 9223372036854775807})",
      "RETURN datetime({epochMillis: -9223372036854775807})",
      "RETURN datetime.fromepoch(9223372036854775807, 9223372036854775807)",
      "RETURN localdatetime({year: 9223372036854775807, month: 1, day: 1})",
      "RETURN date({year: 2020, week: 9223372036854775807})",
      "RETURN date({year: 2020, ordinalDay: -9223372036854775807})",
      "RETURN date({year: 2020, quarter: 5, dayOfQuarter: 200})",
      "RETURN time('25:61:61.9999999999999+99:99')",
      "RETURN time('12:00[Nowhere/Invalid]')",
      "RETURN date.truncate('millennium', date('-999999999-01-01'))",
      "RETURN duration.between(date('-999999999-01-01'), date('+999999999-12-31'))",
      "RETURN duration.inSeconds(datetime('-999999999-01-01T00:00Z'), "
      "datetime('+999999999-12-31T23:59Z'))",
      "RETURN duration({seconds: 1e308})",
      "RETURN duration({days: -9223372036854775807, hours: -9223372036854775807})",
      "RETURN date('2020-W99-9')",
      "RETURN date('2020-366')",
      "RETURN localtime({hour: 9223372036854775807})",
  };
  graph::PropertyGraph g;
  Engine engine(g);
  int values = 0, errors = 0;
  for (const char* s : statements) {
    try {
      engine.Run(s);
      ++values;
    } catch (const QueryError&) {
      ++errors;
    }
  }
  EXPECT_EQ(values + errors, static_cast<int>(std::size(statements)));
  EXPECT_GT(errors, 0);  // some of these are out of range and must say so
}

}  // namespace
}  // namespace kg::query
