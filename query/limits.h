// Bounds on what one query may cost. Every query runs under a Budget built
// from Limits; running out is a BudgetError (codes RowLimit, ExpansionLimit,
// Timeout), never an out-of-memory or a hang.
//
//  - max_hops: the upper bound of `*` and `*2..` and of shortest-path
//    searches when the pattern gives none (an explicit upper bound is honoured
//    even when larger).
//  - max_rows: rows any intermediate or final result may hold.
//  - max_expansions: relationships traversed (pattern matching, var-length
//    search, BFS), summed over the whole query.
//  - timeout_ms: wall-clock time of the query, checked in operators and inside
//    expression loops (comprehensions, reduce, quantifiers, range).
//  - max_memory_bytes: what the query may hold at once, estimated: the values kept by
//    collect(), DISTINCT and the other aggregates that keep their inputs, and any one
//    list or string an expression builds, the rows a sort holds, and the plan itself. Default a
//    quarter of the machine's memory.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>

#include "query/query_error.h"

namespace kg::query {

// "512 MiB", "100 KiB", "900 bytes": a memory budget as a message names it.
std::string FormatBytes(int64_t bytes);

// A quarter of the physical memory, or 4 GiB where the system does not say.
int64_t DefaultMaxMemory();

struct Limits {
  int64_t max_hops = 32;
  int64_t max_rows = 2'000'000;
  int64_t max_expansions = 20'000'000;
  int64_t timeout_ms = 60'000;
  int64_t max_memory_bytes = DefaultMaxMemory();
};

class Budget {
 public:
  explicit Budget(const Limits& limits)
      : limits_(limits), start_(std::chrono::steady_clock::now()) {}

  const Limits& limits() const { return limits_; }

  // Throws BudgetError when a result would exceed max_rows.
  void CheckRows(size_t rows) const {
    if (static_cast<int64_t>(rows) > limits_.max_rows)
      throw BudgetError("RowLimit", "the query produced more than " +
                                        std::to_string(limits_.max_rows) +
                                        " rows (raise it with --max-rows)");
  }

  // Counts one traversed relationship; checks the clock every 4096.
  void Expand() {
    if (++expansions_ > limits_.max_expansions)
      throw BudgetError("ExpansionLimit", "the query traversed more than " +
                                              std::to_string(limits_.max_expansions) +
                                              " relationships (raise it with --max-expansions)");
    if ((expansions_ & 4095) == 0) CheckTime();
  }

  // Call from loops that do not expand (scans, sorts of big inputs).
  void Tick() {
    if ((++ticks_ & 4095) == 0) CheckTime();
  }

  void CheckTime() const {
    auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::steady_clock::now() - start_)
                       .count();
    if (elapsed > limits_.timeout_ms)
      throw BudgetError("Timeout", "the query ran longer than " +
                                       std::to_string(limits_.timeout_ms) +
                                       " ms (raise it with --timeout)");
  }

  // Charges memory the query keeps until it ends (aggregate state); throws MemoryLimit
  // when the total passes max_memory_bytes.
  void Keep(size_t bytes, const char* holder = "its aggregates hold") {
    kept_ += static_cast<int64_t>(bytes);
    if (kept_ > limits_.max_memory_bytes) ThrowMemory(holder);
  }
  // Gives back what Keep charged, when the holder (a sort restarted under an Apply) lets go.
  void Release(size_t bytes) { kept_ -= std::min<int64_t>(kept_, static_cast<int64_t>(bytes)); }
  // Checks one value an expression built (a list, a string).
  void CheckValue(size_t bytes) const {
    if (static_cast<int64_t>(bytes) + kept_ > limits_.max_memory_bytes)
      ThrowMemory("a value it built needs");
  }

  int64_t expansions() const { return expansions_; }

 private:
  [[noreturn]] void ThrowMemory(const char* what) const {
    throw BudgetError("MemoryLimit", std::string("the query needs more memory than ") +
                                         FormatBytes(limits_.max_memory_bytes) + " (" + what +
                                         " more; raise it with --max-memory)");
  }

  Limits limits_;
  std::chrono::steady_clock::time_point start_;
  int64_t expansions_ = 0;
  int64_t ticks_ = 0;
  int64_t kept_ = 0;
};

}  // namespace kg::query
