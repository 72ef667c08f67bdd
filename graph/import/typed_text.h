// Text to typed property values, as neo4j-admin headers and GraphML attr.type
// name the types: long/int/short/byte, double/float, boolean, string, and
// neo4j-admin's date.
#pragma once

#include <optional>
#include <string_view>

#include "graph/store/value.h"

namespace kg::importer {

enum class TextType { kString, kLong, kDouble, kBoolean, kDate };

// The type a neo4j-admin or GraphML type name stands for; nullopt for one kg does
// not know. `date` is a date ('2020-06-02'); the other temporal and the spatial
// neo4j types are read as strings.
std::optional<TextType> TextTypeNamed(std::string_view name);

// The value of `text` read as `type`; nullopt when it is not one (an error for
// the caller to place). Numbers must be whole: "12abc" is not a long. Doubles
// take NaN, Infinity and -Infinity as Java writes them.
std::optional<graph::PropertyValue> ParseTyped(std::string_view text, TextType type);

const char* TextTypeName(TextType type);

}  // namespace kg::importer
