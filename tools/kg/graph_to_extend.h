// What kg build and kg import write to: the graph already at PATH when they append
// to it, else a new, empty one.
#pragma once

#include <memory>
#include <string>

#include "graph/base/status.h"
#include "graph/store/property_graph.h"

namespace kg::tools {

Result<std::unique_ptr<graph::PropertyGraph>> GraphToExtend(const std::string& path, bool append);

}  // namespace kg::tools
