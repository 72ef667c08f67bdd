#include "graph/import/typed_text.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

#include "graph/store/date_value.h"

namespace kg::importer {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<TextType> TextTypeNamed(std::string_view name) {
  const std::string n = Lower(name);
  if (n == "string" || n == "char" || n.empty()) return TextType::kString;
  if (n == "long" || n == "int" || n == "integer" || n == "short" || n == "byte")
    return TextType::kLong;
  if (n == "double" || n == "float") return TextType::kDouble;
  if (n == "boolean" || n == "bool") return TextType::kBoolean;
  if (n == "date") return TextType::kDate;
  for (const char* temporal :
       {"time", "localtime", "datetime", "localdatetime", "duration", "point"})
    if (n == temporal) return TextType::kString;
  return std::nullopt;
}

const char* TextTypeName(TextType type) {
  switch (type) {
    case TextType::kString: return "string";
    case TextType::kLong: return "long";
    case TextType::kDouble: return "double";
    case TextType::kBoolean: return "boolean";
    case TextType::kDate: return "date";
  }
  return "string";
}

std::optional<graph::PropertyValue> ParseTyped(std::string_view text, TextType type) {
  switch (type) {
    case TextType::kString: return graph::PropertyValue(std::string(text));
    case TextType::kLong: {
      std::string_view t = Trim(text);
      if (!t.empty() && t.front() == '+') t.remove_prefix(1);
      int64_t v = 0;
      auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
      if (t.empty() || ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
      return graph::PropertyValue(v);
    }
    case TextType::kDouble: {
      const std::string t(Trim(text));
      const std::string l = Lower(t);
      if (l == "nan") return graph::PropertyValue(std::numeric_limits<double>::quiet_NaN());
      if (l == "infinity" || l == "+infinity" || l == "inf")
        return graph::PropertyValue(std::numeric_limits<double>::infinity());
      if (l == "-infinity" || l == "-inf")
        return graph::PropertyValue(-std::numeric_limits<double>::infinity());
      if (t.empty() || l.find_first_not_of("0123456789+-.e") != std::string::npos)
        return std::nullopt;
      char* end = nullptr;
      const double v = std::strtod(t.c_str(), &end);
      if (end != t.c_str() + t.size()) return std::nullopt;
      return graph::PropertyValue(v);
    }
    case TextType::kBoolean: {
      const std::string l = Lower(Trim(text));
      if (l == "true" || l == "1") return graph::PropertyValue(true);
      if (l == "false" || l == "0") return graph::PropertyValue(false);
      return std::nullopt;
    }
    case TextType::kDate: {
      const std::string_view t = Trim(text);
      if (!graph::IsIsoDate(t)) return std::nullopt;
      return graph::PropertyValue(
          graph::TemporalProperty{graph::TemporalProperty::Kind::kDate, std::string(t)});
    }
  }
  return std::nullopt;
}

}  // namespace kg::importer
