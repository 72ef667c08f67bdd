#include "query/limits.h"

#include <unistd.h>

namespace kg::query {

int64_t DefaultMaxMemory() {
  const long pages = ::sysconf(_SC_PHYS_PAGES);
  const long page = ::sysconf(_SC_PAGESIZE);
  if (pages <= 0 || page <= 0) return int64_t{4} << 30;
  return static_cast<int64_t>(pages) * page / 4;
}

}  // namespace kg::query
