// load_igraph.py, the third load script of a neo4j-csv export (beside import-neo4j.sh and
// load-kuzu.cypher): it builds a python-igraph Graph from the directory's typed CSV files,
// so integers reach igraph as Python ints and missing values as None. igraph's own GraphML
// and GML readers keep every number as a double (born 1976 reads 1976.0, a missing one
// nan), since its C core has one numeric attribute type.
//
// The script is the same for every export: it reads the nodes_*.csv and
// relationships_*.csv files it finds beside it and types each column by its header.
// Internal to export/: use export/exporter.h instead.
#pragma once

namespace kg::exporter {

inline constexpr char kIgraphLoadScript[] = "load_igraph.py";

// The text of load_igraph.py (Python 3, the standard library and python-igraph).
extern const char kIgraphLoadScriptText[];

}  // namespace kg::exporter
