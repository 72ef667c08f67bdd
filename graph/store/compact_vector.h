// A vector the size of one pointer, for the small lists that every node and
// relationship record carries (labels, properties, evidence): most of them are
// empty or hold one item, and millions of records each paid for three 24-byte
// std::vectors. The pointer is null when the vector is empty, else it points to
// one heap block {uint32 size, uint32 capacity, items...}.
//
// A vector of one small trivially copyable item (a node's single label) keeps it
// in the pointer's own bytes instead of a heap block: tag byte 1 in the low byte
// (a block pointer is 8-aligned, so its low bit is 0), the item in bytes 4..7.
// Moving such a vector therefore moves the item: iterators into it do not survive
// a move, unlike std::vector's.
//
// The API is the part of std::vector's the code base uses; iterators are pointers.
// At most UINT32_MAX items.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <new>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace kg::graph {

template <typename T>
class CompactVector {
  static_assert(std::endian::native == std::endian::little, "the inline tag is the low byte");
  static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__);

 public:
  using value_type = T;
  using size_type = size_t;
  using difference_type = std::ptrdiff_t;
  using reference = T&;
  using const_reference = const T&;
  using pointer = T*;
  using const_pointer = const T*;
  using iterator = T*;
  using const_iterator = const T*;

  CompactVector() = default;
  CompactVector(std::initializer_list<T> items) { assign(items.begin(), items.end()); }
  template <std::input_iterator It>
  CompactVector(It first, It last) {
    assign(first, last);
  }
  CompactVector(const CompactVector& other) { assign(other.begin(), other.end()); }
  CompactVector(CompactVector&& other) noexcept {
    std::memcpy(raw_, other.raw_, sizeof raw_);
    std::memset(other.raw_, 0, sizeof other.raw_);
  }
  CompactVector& operator=(const CompactVector& other) {
    if (this != &other) {
      CompactVector copy(other);
      swap(copy);
    }
    return *this;
  }
  CompactVector& operator=(CompactVector&& other) noexcept {
    if (this != &other) {
      Release();
      std::memcpy(raw_, other.raw_, sizeof raw_);
      std::memset(other.raw_, 0, sizeof other.raw_);
    }
    return *this;
  }
  CompactVector& operator=(std::initializer_list<T> items) {
    assign(items.begin(), items.end());
    return *this;
  }
  ~CompactVector() { Release(); }

  // Both representations are plain bytes (the inline item is trivially copyable).
  void swap(CompactVector& other) noexcept {
    unsigned char tmp[sizeof raw_];
    std::memcpy(tmp, raw_, sizeof raw_);
    std::memcpy(raw_, other.raw_, sizeof raw_);
    std::memcpy(other.raw_, tmp, sizeof raw_);
  }

  size_t size() const {
    if (is_inline()) return 1;
    const Block* b = block();
    return b == nullptr ? 0 : b->size;
  }
  bool empty() const { return size() == 0; }
  size_t capacity() const {
    if (is_inline()) return 1;
    const Block* b = block();
    return b == nullptr ? (kInlineOne ? 1 : 0) : b->capacity;
  }

  T* data() { return const_cast<T*>(std::as_const(*this).data()); }
  const T* data() const {
    if (is_inline()) return reinterpret_cast<const T*>(raw_ + kInlineOffset);
    const Block* b = block();
    return b == nullptr ? nullptr : Items(b);
  }
  iterator begin() { return data(); }
  iterator end() { return data() + size(); }
  const_iterator begin() const { return data(); }
  const_iterator end() const { return data() + size(); }
  const_iterator cbegin() const { return begin(); }
  const_iterator cend() const { return end(); }

  T& operator[](size_t i) { return data()[i]; }
  const T& operator[](size_t i) const { return data()[i]; }
  T& front() { return data()[0]; }
  const T& front() const { return data()[0]; }
  T& back() { return data()[size() - 1]; }
  const T& back() const { return data()[size() - 1]; }

  void reserve(size_t n) {
    if (n > capacity()) Grow(n);
  }

  template <typename... Args>
  T& emplace_back(Args&&... args) {
    const size_t n = size();
    if constexpr (kInlineOne) {
      if (n == 0 && block() == nullptr) {
        T item(std::forward<Args>(args)...);
        raw_[0] = kInlineTag;
        return *new (raw_ + kInlineOffset) T(item);
      }
    }
    if (n < capacity()) {
      T* slot = data() + n;
      new (slot) T(std::forward<Args>(args)...);
      ++block()->size;
      return *slot;
    }
    // The new item is made before the old ones move: args may refer to one of them.
    Block* grown = Allocate(std::max<size_t>(n + 1, 2 * n));
    T* slot = Items(grown) + n;
    new (slot) T(std::forward<Args>(args)...);
    MoveInto(grown);
    grown->size = static_cast<uint32_t>(n + 1);
    return *slot;
  }
  void push_back(const T& item) { emplace_back(item); }
  void push_back(T&& item) { emplace_back(std::move(item)); }
  void pop_back() { Shrink(size() - 1); }

  iterator insert(const_iterator pos, T item) {
    const auto at = pos - begin();
    emplace_back(std::move(item));
    std::rotate(begin() + at, end() - 1, end());
    return begin() + at;
  }

  iterator erase(const_iterator pos) { return erase(pos, pos + 1); }
  iterator erase(const_iterator first, const_iterator last) {
    const auto at = first - begin();
    if (first == last) return begin() + at;
    T* tail = std::move(begin() + (last - begin()), end(), begin() + at);
    Shrink(static_cast<size_t>(tail - begin()));
    return begin() + at;
  }
  void clear() { Shrink(0); }

  void resize(size_t n) {
    const size_t old = size();
    if (n <= old) return Shrink(n);
    reserve(n);
    for (size_t i = old; i < n; ++i) emplace_back();
  }

  template <std::input_iterator It>
  void assign(It first, It last) {
    clear();
    if constexpr (std::forward_iterator<It>)
      reserve(static_cast<size_t>(std::distance(first, last)));
    for (; first != last; ++first) emplace_back(*first);
  }

  bool operator==(const CompactVector& other) const {
    return std::equal(begin(), end(), other.begin(), other.end());
  }

 private:
  struct Block {
    uint32_t size;
    uint32_t capacity;
  };
  // Items start after the header, aligned for T.
  static constexpr size_t kItemsOffset = (sizeof(Block) + alignof(T) - 1) / alignof(T) * alignof(T);
  static constexpr bool kInlineOne =
      sizeof(T) <= 4 && alignof(T) <= 4 && std::is_trivially_copyable_v<T>;
  static constexpr unsigned char kInlineTag = 1;
  static constexpr size_t kInlineOffset = 4;

  static T* Items(Block* b) {
    return reinterpret_cast<T*>(reinterpret_cast<char*>(b) + kItemsOffset);
  }
  static const T* Items(const Block* b) {
    return reinterpret_cast<const T*>(reinterpret_cast<const char*>(b) + kItemsOffset);
  }
  bool is_inline() const { return kInlineOne && raw_[0] == kInlineTag; }
  Block* block() const {
    if (is_inline()) return nullptr;
    Block* b;
    std::memcpy(&b, raw_, sizeof b);
    return b;
  }
  void set_block(Block* b) { std::memcpy(raw_, &b, sizeof b); }

  static Block* Allocate(size_t capacity) {
    if (capacity > UINT32_MAX) throw std::length_error("CompactVector: too many items");
    auto* b = static_cast<Block*>(::operator new(kItemsOffset + capacity * sizeof(T)));
    b->size = 0;
    b->capacity = static_cast<uint32_t>(capacity);
    return b;
  }

  // Moves the items into `grown` (which keeps its size field) and makes it ours.
  void MoveInto(Block* grown) {
    const size_t n = size();
    std::uninitialized_move(data(), data() + n, Items(grown));
    std::destroy(data(), data() + n);
    if (Block* old = block()) ::operator delete(old);
    set_block(grown);
  }
  void Grow(size_t capacity) {
    const size_t n = size();
    Block* grown = Allocate(capacity);
    MoveInto(grown);
    grown->size = static_cast<uint32_t>(n);
  }

  // Destroys the items from n on.
  void Shrink(size_t n) {
    if (is_inline()) {
      if (n == 0) std::memset(raw_, 0, sizeof raw_);
      return;
    }
    Block* b = block();
    if (b == nullptr || n >= b->size) return;
    std::destroy(Items(b) + n, Items(b) + b->size);
    b->size = static_cast<uint32_t>(n);
  }
  void Release() {
    if (is_inline()) return;
    if (Block* b = block()) {
      std::destroy(Items(b), Items(b) + b->size);
      ::operator delete(b);
    }
  }

  // A Block* (null when empty) or, with kInlineOne, the tag and one item.
  alignas(void*) unsigned char raw_[sizeof(void*)] = {};
};

}  // namespace kg::graph
