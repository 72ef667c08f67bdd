#include "tools/kg/graph_to_extend.h"

#include <filesystem>

#include "graph/file/graph_file.h"

namespace kg::tools {

Result<std::unique_ptr<graph::PropertyGraph>> GraphToExtend(const std::string& path, bool append) {
  if (append && std::filesystem::exists(path)) return graph::LoadGraph(path);
  return std::make_unique<graph::PropertyGraph>();
}

}  // namespace kg::tools
