// For the differential tests of the planner's shortcuts: random relationships of
// type T (two in three) or U between the nodes (:V {i: 0..nodes-1}), self-loops and
// parallel relationships included.
#pragma once

#include <random>
#include <string>

#include "query/engine.h"

namespace kg::query {

inline void AddRandomRelationships(Engine& engine, std::mt19937& rng, int nodes, int count) {
  std::uniform_int_distribution<int> pick(0, nodes - 1);
  for (int e = 0; e < count; ++e) {
    const char* type = rng() % 3 == 0 ? "U" : "T";
    engine.Run("MATCH (a:V {i: " + std::to_string(pick(rng)) +
               "}), (b:V {i: " + std::to_string(pick(rng)) + "}) CREATE (a)-[:" + type + "]->(b)");
  }
}

}  // namespace kg::query
