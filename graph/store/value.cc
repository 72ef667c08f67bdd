#include "graph/store/value.h"

#include <cmath>
#include <cstdio>

namespace kg::graph {
namespace {

void AppendJsonString(const std::string& s, std::string& out) {
  out.push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out.push_back('"');
}

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
