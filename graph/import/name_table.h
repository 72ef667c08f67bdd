// Names to dense indexes for importers that meet millions of names (edge lists):
// open addressing over (hash, index) slots, so a lookup touches one cache line and
// compares text only when the 64-bit hashes agree. std::unordered_map spent half
// of a 5M-line import chasing its bucket lists.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace kg::importer {

class NameTable {
 public:
  // `names` is where the caller keeps name i (it must outlive the table).
  explicit NameTable(const std::vector<std::string_view>& names, size_t expected = 1024)
      : names_(names) {
    size_t capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    slots_.resize(capacity);
  }

  static constexpr uint32_t kAbsent = UINT32_MAX;

  // The index of `name`, or kAbsent; `hash` is Hash(name).
  uint32_t Find(std::string_view name, uint64_t hash) const {
    for (size_t at = hash & mask();; at = (at + 1) & mask()) {
      const Slot& s = slots_[at];
      if (s.index == kAbsent) return kAbsent;
      if (s.hash == hash && names_[s.index] == name) return s.index;
    }
  }

  // Records that `name` (absent so far) is `index`.
  void Add(uint64_t hash, uint32_t index) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Place(hash, index);
    ++size_;
  }

  static uint64_t Hash(std::string_view name) { return std::hash<std::string_view>{}(name); }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t index = kAbsent;
  };

  size_t mask() const { return slots_.size() - 1; }

  void Place(uint64_t hash, uint32_t index) {
    size_t at = hash & mask();
    while (slots_[at].index != kAbsent) at = (at + 1) & mask();
    slots_[at] = {hash, index};
  }

  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.index != kAbsent) Place(s.hash, s.index);
  }

  const std::vector<std::string_view>& names_;
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace kg::importer
