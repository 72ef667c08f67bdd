#encoding: utf-8
# kg's own scenarios, in the TCK's format: the openCypher TCK has none for
# shortestPath / allShortestPaths. Semantics (docs/query.md): relationships are
# identified in creation order; among shortest paths, shortestPath returns the
# one whose relationship list is lexicographically smallest; conditions
# all()/none() over nodes(p) or relationships(p) apply during the search.

Feature: ShortestPath1 - Shortest paths

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:S {name: 'a'}), (b {name: 'b'}), (c {name: 'c', blocked: true}), (d {name: 'd'}),
             (e {name: 'e'}), (z:E {name: 'z'})
      CREATE (a)-[:T {w: 1}]->(b), (b)-[:T {w: 1}]->(z),
             (a)-[:T {w: 9}]->(c), (c)-[:T {w: 1}]->(z),
             (a)-[:U {w: 1}]->(d), (d)-[:U {w: 1}]->(e), (e)-[:U {w: 1}]->(z)
      """

  Scenario: [1] shortestPath picks the path with the smallest relationship ids
    When executing query:
      """
      MATCH (a:S), (z:E)
      MATCH p = shortestPath((a)-[*]->(z))
      RETURN [n IN nodes(p) | n.name] AS names
      """
    Then the result should be, in any order:
      | names           |
      | ['a', 'b', 'z'] |
    And no side effects

  Scenario: [2] allShortestPaths returns every path of the shortest length, in id order
    When executing query:
      """
      MATCH (a:S), (z:E)
      MATCH p = allShortestPaths((a)-[*]->(z))
      RETURN [n IN nodes(p) | n.name] AS names
      """
    Then the result should be, in order:
      | names           |
      | ['a', 'b', 'z'] |
      | ['a', 'c', 'z'] |
    And no side effects

  Scenario: [3] A node condition is applied during the search, not after it
    When executing query:
      """
      MATCH (a:S), (z:E)
      MATCH p = shortestPath((a)-[*]->(z))
      WHERE none(n IN nodes(p) WHERE n.name = 'b')
      RETURN [n IN nodes(p) | n.name] AS names
      """
    Then the result should be, in any order:
      | names           |
      | ['a', 'c', 'z'] |
    And no side effects

  Scenario: [4] Excluding both short routes finds the longer one
    When executing query:
      """
      MATCH (a:S), (z:E)
      MATCH p = shortestPath((a)-[*]->(z))
      WHERE all(n IN nodes(p) WHERE n.blocked IS NULL) AND all(r IN relationships(p) WHERE r.w < 5)
        AND none(n IN nodes(p) WHERE n.name = 'b')
      RETURN length(p) AS len, [n IN nodes(p) | n.name] AS names
      """
    Then the result should be, in any order:
      | len | names                |
      | 3   | ['a', 'd', 'e', 'z'] |
    And no side effects

  Scenario: [5] Relationship types restrict the search
    When executing query:
      """
      MATCH (a:S), (z:E)
      MATCH p = shortestPath((a)-[:U*]->(z))
      RETURN p
      """
    Then the result should be, in any order:
      | p                                                                                              |
      | <(:S {name: 'a'})-[:U {w: 1}]->({name: 'd'})-[:U {w: 1}]->({name: 'e'})-[:U {w: 1}]->(:E {name: 'z'})> |
    And no side effects

  Scenario: [6] Direction matters; an undirected search may go against it
    When executing query:
      """
      MATCH (a:S), (z:E)
      OPTIONAL MATCH p = shortestPath((z)-[*]->(a))
      OPTIONAL MATCH q = shortestPath((z)-[*]-(a))
      RETURN p, length(q) AS len
      """
    Then the result should be, in any order:
      | p    | len |
      | null | 2   |
    And no side effects

  Scenario: [7] An upper bound shorter than the distance finds nothing
    When executing query:
      """
      MATCH (a:S), (z:E)
      MATCH p = shortestPath((a)-[:U*..2]->(z))
      RETURN p
      """
    Then the result should be empty
    And no side effects

  Scenario: [8] A zero-length path only when the pattern allows zero hops
    When executing query:
      """
      MATCH (a:S)
      OPTIONAL MATCH p = shortestPath((a)-[*]-(a))
      OPTIONAL MATCH q = shortestPath((a)-[*0..]-(a))
      RETURN p, length(q) AS len
      """
    Then the result should be, in any order:
      | p    | len |
      | null | 0   |
    And no side effects

  Scenario: [9] The relationship list of a shortest path is bound too
    When executing query:
      """
      MATCH (a:S), (z:E)
      MATCH p = shortestPath((a)-[rs:T*]->(z))
      RETURN [r IN rs | r.w] AS weights, size(rs) = length(p) AS same
      """
    Then the result should be, in any order:
      | weights | same |
      | [1, 1]  | true |
    And no side effects

  Scenario: [10] One shortest path per pair of end nodes
    When executing query:
      """
      MATCH (x), (z:E)
      WHERE x.name IN ['a', 'd']
      MATCH p = shortestPath((x)-[*]->(z))
      RETURN x.name AS from, length(p) AS len
      """
    Then the result should be, in any order:
      | from | len |
      | 'a'  | 2   |
      | 'd'  | 2   |
    And no side effects
