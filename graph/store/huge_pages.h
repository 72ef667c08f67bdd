// Asks the kernel to back a large array with 2 MB pages (transparent huge pages in
// "madvise" mode). Filling a fresh array faults in every page it touches, and on a
// virtual machine each 4 KB fault is costly: for the hundreds of megabytes of node
// and relationship records a graph file decodes into, the faults were a third of
// the load time. Only the 2 MB-aligned part of the range is advised; a kernel
// without the feature ignores the advice.
#pragma once

#include <cstddef>

namespace kg::graph {

void AdviseHugePages(const void* data, size_t bytes);

// For a vector whose capacity is reserved but not yet written.
template <typename Vector>
void AdviseHugePages(const Vector& v) {
  AdviseHugePages(v.data(), v.capacity() * sizeof(typename Vector::value_type));
}

}  // namespace kg::graph
