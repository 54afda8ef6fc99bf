#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a GraphML file with networkx, an independent reader, and prints
what it found as JSON: the graph's attributes, every node's and every
edge's, so that a test can compare them with the document written."""
import json
import sys

import networkx

graph = networkx.read_graphml(sys.argv[1])
print(json.dumps({
    "directed": graph.is_directed(),
    "graph": graph.graph,
    "nodes": {node: data for node, data in graph.nodes(data=True)},
    "edges": [{"source": u, "target": v, **data} for u, v, data in graph.edges(data=True)],
}))
