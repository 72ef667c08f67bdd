"""GraphML write and read-back times: kg's writer next to python3-igraph's
write_graphml (igraph's C writer) on the same graph, in the same run.
Run with Debian's /usr/bin/python3 (python3-igraph); not part of ctest.

usage: bench_graphml.py GRAPHML_BENCH [NODES EDGES]   (default 1000000 5000000)
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import igraph


def timed(f):
    t = time.perf_counter()
    value = f()
    return value, time.perf_counter() - t


def main():
    bench = sys.argv[1]
    nodes, edges = (sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else ("1000000", "5000000")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as d:
        kg_file, ig_file = os.path.join(d, "kg.graphml"), os.path.join(d, "igraph.graphml")
        kg = json.loads(subprocess.run([bench, nodes, edges, kg_file], check=True,
                                       capture_output=True, text=True).stdout)
        g, kg_read = timed(lambda: igraph.Graph.Read_GraphML(kg_file))
        assert (g.vcount(), g.ecount()) == (kg["nodes"], kg["edges"]), (g.vcount(), g.ecount())
        _, ig_write = timed(lambda: g.write_graphml(ig_file))
        ig_mb = os.path.getsize(ig_file) / 1e6
        g2, ig_read = timed(lambda: igraph.Graph.Read_GraphML(ig_file))
        assert (g2.vcount(), g2.ecount()) == (kg["nodes"], kg["edges"])
    print("graph: %d nodes, %d relationships (%s)" % (kg["nodes"], kg["edges"],
                                                       ", ".join(g.vs.attributes() + g.es.attributes())))
    print("%-34s %8s %9s %8s" % ("", "seconds", "MB", "MB/s"))
    print("%-34s %8.2f %9.1f %8.1f" % ("kg export (write)", kg["write_s"], kg["mb"], kg["mb_per_s"]))
    print("%-34s %8.2f %9.1f %8.1f" % ("igraph write_graphml", ig_write, ig_mb, ig_mb / ig_write))
    print("%-34s %8.2f" % ("igraph Read_GraphML of kg's file", kg_read))
    print("%-34s %8.2f" % ("igraph Read_GraphML of its own", ig_read))
    print("igraph %s, 1 thread each" % igraph.__version__)


if __name__ == "__main__":
    main()
