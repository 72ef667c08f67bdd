#include "graph/store/value.h"

#include "graph/base/json_string.h"

#include <cmath>
#include <cstdio>

namespace kg::graph {
namespace {

void AppendJson(const PropertyValue& value, std::string& out) {
  if (value.is_null()) {
    out += "null";
  } else if (value.is_bool()) {
    out += value.as_bool() ? "true" : "false";
  } else if (value.is_int()) {
    out += std::to_string(value.as_int());
  } else if (value.is_double()) {
    double d = value.as_double();
    if (!std::isfinite(d)) {
      out += "null";
      return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    // shortest representation that round-trips
    for (int precision = 1; precision <= 17; ++precision) {
      std::snprintf(buf, sizeof buf, "%.*g", precision, d);
      if (std::strtod(buf, nullptr) == d) break;
    }
    out += buf;
    if (out.find_first_of(".eE", out.size() - std::char_traits<char>::length(buf)) ==
        std::string::npos)
      out += ".0";
  } else if (value.is_string()) {
    AppendJsonString(value.as_string(), out);
  } else if (value.is_temporal()) {
    AppendJsonString(value.as_temporal().text, out);
  } else {
    out.push_back('[');
    bool first = true;
    for (const auto& item : value.as_list()) {
      if (!first) out.push_back(',');
      first = false;
      AppendJson(item, out);
    }
    out.push_back(']');
  }
}

}  // namespace

std::string ToJson(const PropertyValue& value) {
  std::string out;
  AppendJson(value, out);
  return out;
}

}  // namespace kg::graph
