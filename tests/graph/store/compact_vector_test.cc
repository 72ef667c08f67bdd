#include "graph/store/compact_vector.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "graph/store/property_graph.h"

namespace kg::graph {
namespace {

template <typename T>
std::vector<T> ToVector(const CompactVector<T>& v) {
  return std::vector<T>(v.begin(), v.end());
}

TEST(CompactVector, IsOnePointer) {
  EXPECT_EQ(sizeof(CompactVector<uint32_t>), sizeof(void*));
  EXPECT_EQ(sizeof(CompactVector<std::string>), sizeof(void*));
  EXPECT_EQ(sizeof(Properties), sizeof(void*));
  EXPECT_EQ(sizeof(EdgeRecord), 32u);
}

TEST(CompactVector, EmptyHasNoItems) {
  CompactVector<std::string> v;
  EXPECT_TRUE(v.empty());
  EXPECT_EQ(v.size(), 0u);
  EXPECT_EQ(v.begin(), v.end());
  EXPECT_EQ(v, CompactVector<std::string>{});
}

TEST(CompactVector, PushesErasesAndInsertsLikeAVector) {
  CompactVector<std::string> v;
  std::vector<std::string> expected;
  for (int i = 0; i < 40; ++i) {
    v.push_back("item " + std::to_string(i));
    expected.push_back("item " + std::to_string(i));
  }
  EXPECT_EQ(ToVector(v), expected);
  v.erase(v.begin() + 3);
  expected.erase(expected.begin() + 3);
  v.insert(v.begin() + 5, "inserted");
  expected.insert(expected.begin() + 5, "inserted");
  v.insert(v.end(), "last");
  expected.insert(expected.end(), "last");
  v.erase(v.begin() + 10, v.begin() + 20);
  expected.erase(expected.begin() + 10, expected.begin() + 20);
  EXPECT_EQ(ToVector(v), expected);
  EXPECT_EQ(v.front(), expected.front());
  EXPECT_EQ(v.back(), "last");
  EXPECT_EQ(v[5], "inserted");
  v.pop_back();
  EXPECT_EQ(v.back(), expected[expected.size() - 2]);
  v.clear();
  EXPECT_TRUE(v.empty());
  v.emplace_back(3, 'x');
  EXPECT_EQ(ToVector(v), std::vector<std::string>{"xxx"});
}

TEST(CompactVector, PushingAnOwnItemWhileGrowingCopiesItFirst) {
  CompactVector<std::string> v{"a long string that is not inline in std::string"};
  for (int i = 0; i < 10; ++i) v.push_back(v.front());
  ASSERT_EQ(v.size(), 11u);
  for (const auto& s : v) EXPECT_EQ(s, v.front());
  CompactVector<uint32_t> small{7};
  small.push_back(small.front());
  EXPECT_EQ(ToVector(small), (std::vector<uint32_t>{7, 7}));
}

TEST(CompactVector, OneSmallItemIsHeldInline) {
  CompactVector<uint32_t> v;
  v.push_back(42);
  EXPECT_EQ(v.size(), 1u);
  EXPECT_EQ(v.front(), 42u);
  // the item lives inside the object itself
  auto* self = reinterpret_cast<const char*>(&v);
  auto* item = reinterpret_cast<const char*>(v.data());
  EXPECT_TRUE(item >= self && item < self + sizeof v);
  CompactVector<uint32_t> moved(std::move(v));
  EXPECT_TRUE(v.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty
  EXPECT_EQ(ToVector(moved), std::vector<uint32_t>{42});
  moved.insert(moved.begin(), 1);
  moved.insert(moved.end(), 99);
  EXPECT_EQ(ToVector(moved), (std::vector<uint32_t>{1, 42, 99}));
  moved.erase(moved.begin(), moved.end() - 1);
  EXPECT_EQ(ToVector(moved), std::vector<uint32_t>{99});
  moved.erase(moved.begin());
  EXPECT_TRUE(moved.empty());
  CompactVector<uint32_t> one{5};
  one.erase(one.begin());
  EXPECT_TRUE(one.empty());
  one.resize(1);
  EXPECT_EQ(ToVector(one), std::vector<uint32_t>{0});
}

TEST(CompactVector, CopiesMovesSwapsAndCompares) {
  CompactVector<std::string> a{"x", "y"};
  CompactVector<std::string> b = a;
  EXPECT_EQ(a, b);
  b.push_back("z");
  EXPECT_NE(a, b);
  CompactVector<std::string> c(std::move(b));
  EXPECT_TRUE(b.empty());  // NOLINT(bugprone-use-after-move)
  EXPECT_EQ(ToVector(c), (std::vector<std::string>{"x", "y", "z"}));
  a = c;
  EXPECT_EQ(a, c);
  a = CompactVector<std::string>{"only"};
  EXPECT_EQ(ToVector(a), std::vector<std::string>{"only"});
  a.swap(c);
  EXPECT_EQ(ToVector(c), std::vector<std::string>{"only"});
  EXPECT_EQ(a.size(), 3u);
  a = a;  // NOLINT(misc-redundant-expression): self-assignment keeps the items
  EXPECT_EQ(a.size(), 3u);
  CompactVector<uint32_t> x{1};
  CompactVector<uint32_t> y{1, 2};
  x.swap(y);
  EXPECT_EQ(ToVector(x), (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(ToVector(y), std::vector<uint32_t>{1});
  y = x;
  EXPECT_EQ(y, x);
  x = {};
  EXPECT_TRUE(x.empty());
}

TEST(CompactVector, ResizesReservesAndAssigns) {
  CompactVector<std::pair<uint32_t, std::string>> v;
  v.reserve(8);
  EXPECT_GE(v.capacity(), 8u);
  EXPECT_TRUE(v.empty());
  v.resize(3);
  EXPECT_EQ(v.size(), 3u);
  for (auto& [key, value] : v) {
    EXPECT_EQ(key, 0u);
    EXPECT_TRUE(value.empty());
  }
  v.resize(1);
  EXPECT_EQ(v.size(), 1u);
  std::vector<uint32_t> source{3, 1, 2};
  CompactVector<uint32_t> w(source.begin(), source.end());
  std::sort(w.begin(), w.end());
  EXPECT_EQ(ToVector(w), (std::vector<uint32_t>{1, 2, 3}));
  w.assign(source.begin(), source.begin() + 1);
  EXPECT_EQ(ToVector(w), std::vector<uint32_t>{3});
}

TEST(CompactVector, WorksWithStandardAlgorithms) {
  Properties props;
  props.emplace_back(3, PropertyValue("c"));
  props.emplace_back(1, PropertyValue(int64_t{1}));
  std::sort(props.begin(), props.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  SetProperty(props, 2, PropertyValue(true));
  ASSERT_EQ(props.size(), 3u);
  EXPECT_EQ(props[1].first, 2u);
  EXPECT_EQ(*FindProperty(props, 3), PropertyValue("c"));
  SetProperty(props, 3, PropertyValue());
  EXPECT_EQ(FindProperty(props, 3), nullptr);
  props.erase(
      std::remove_if(props.begin(), props.end(), [](const auto& p) { return p.first == 1; }),
      props.end());
  ASSERT_EQ(props.size(), 1u);
  EXPECT_EQ(props.front().first, 2u);
}

}  // namespace
}  // namespace kg::graph
