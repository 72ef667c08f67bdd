// The importers' name table against std::unordered_map: every name found at the index
// it was added with, absent names absent, through growth and colliding hashes.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/import/name_table.h"

namespace kg::importer {
namespace {

void Check(uint64_t (*hash)(std::string_view)) {
  std::vector<std::string> storage;
  storage.reserve(20000);
  std::vector<std::string_view> names;
  NameTable table(names);  // starts small: grows many times
  std::unordered_map<std::string, uint32_t> expected;
  std::mt19937 random(7);
  for (int i = 0; i < 20000; ++i) {
    std::string name = "n" + std::to_string(random() % 15000);
    const uint64_t h = hash(name);
    const uint32_t found = table.Find(name, h);
    auto it = expected.find(name);
    if (it == expected.end()) {
      ASSERT_EQ(found, NameTable::kAbsent) << name;
      const auto index = static_cast<uint32_t>(names.size());
      names.push_back(storage.emplace_back(name));
      table.Add(h, index);
      expected.emplace(name, index);
    } else {
      ASSERT_EQ(found, it->second) << name;
    }
  }
  for (const auto& [name, index] : expected) EXPECT_EQ(table.Find(name, hash(name)), index);
  EXPECT_EQ(table.Find("absent", hash("absent")), NameTable::kAbsent);
}

TEST(NameTable, MatchesAHashMap) { Check(&NameTable::Hash); }

TEST(NameTable, CollidingHashesCompareTheNames) {
  Check([](std::string_view name) -> uint64_t { return name.size() % 3; });
}

}  // namespace
}  // namespace kg::importer
