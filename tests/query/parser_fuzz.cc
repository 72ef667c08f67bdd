// libFuzzer entry point for the lexer and parser (and the printer, whose
// output must parse again). Inputs are capped at 4 KB. Build with
// -DKG_FUZZ=ON and clang; ctest runs it for a few seconds over fuzz_seeds/.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "query/ast_printer.h"
#include "query/parser.h"
#include "query/query_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    kg::query::Statement s = kg::query::Parse(text);
    std::string printed = kg::query::PrintStatement(s);
    kg::query::Statement again = kg::query::Parse(printed);
    if (kg::query::PrintStatement(again) != printed) __builtin_trap();
  } catch (const kg::query::QueryError&) {
  }
  return 0;
}
