// libFuzzer: a --params JSON file and a --param name=value argument on any bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "query/params.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  kg::query::Params params;
  (void)kg::query::AddParamsFromJson(text, params);
  (void)kg::query::AddParamArgument("p=" + text.substr(0, 4096), params);
  return 0;
}
