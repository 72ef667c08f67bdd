// libFuzzer: the .kg loader on any bytes (a damaged or hostile file). Never a crash, never
// an allocation the bytes cannot back; a file that loads must save and load again.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "graph/file/graph_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/kg-graph-fuzz-" + std::to_string(::getpid()) + ".kg";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  auto loaded = kg::graph::LoadGraph(path);
  if (loaded.ok()) {
    if (!kg::graph::SaveGraph(*loaded.value(), path).ok()) __builtin_trap();
    if (!kg::graph::LoadGraph(path).ok()) __builtin_trap();
  }
  return 0;
}
