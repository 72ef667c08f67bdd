// Values as the TCK writes them in result tables — 1, 1.5, 'text', [1, 2],
// {k: 1}, (:Label {k: 1}), [:TYPE {k: 1}], <(:A)-[:T]->(:B)> — turned into one
// canonical text (labels and keys sorted, floats in shortest form), so that an
// expected cell and a kg value compare as strings.
#pragma once

#include <optional>
#include <string>

#include "graph/store/property_graph.h"
#include "query/value.h"

namespace kg::tck {

// Canonical form of a TCK cell; nullopt when it cannot be read.
// `sort_lists`: lists compare as multisets ("ignoring element order for lists").
std::optional<std::string> CanonicalExpected(const std::string& cell, bool sort_lists);

// Canonical form of a kg value.
std::string CanonicalActual(const graph::PropertyGraph& g, const query::Value& v, bool sort_lists);

}  // namespace kg::tck
