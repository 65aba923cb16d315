"""One peer library answers the benchmark's questions on one archive.

    python peer.py TOOL ARCHIVE SAMPLE   (TOOL: networkx, igraph, rustworkx)

Prints one JSON object: load time (read the CSVs, build the bare graphs), peak
memory of this process, and for each question of the sample its answer and the
time it took (monotonic clock, the query alone: converting ids for the answer is
outside the timed part).
"""
import json
import resource
import sys
import time

from archive_csv import BareArchive


class NetworkX:
    def __init__(self, a):
        import networkx as nx
        self.nx = nx
        self.family = nx.Graph()
        self.family.add_nodes_from(range(a.people_count))
        self.family.add_edges_from(a.family_ties)
        self.all = nx.Graph()
        self.all.add_nodes_from(range(a.people_count))
        self.all.add_edges_from(a.ties)
        self.events = nx.DiGraph()
        self.events.add_edges_from(a.event_edges)

    def neighbors3(self, p):
        d = self.nx.single_source_shortest_path_length(self.family, p, cutoff=3)
        return [q for q in d if q != p]

    def reached(self, p):
        return self.nx.descendants(self.events, p)

    def path_length(self, a, b):
        try:
            return len(self.nx.bidirectional_shortest_path(self.all, a, b)) - 1
        except self.nx.NetworkXNoPath:
            return None


class IGraph:
    def __init__(self, a):
        import igraph as ig
        self.family = ig.Graph(n=a.people_count, edges=a.family_ties, directed=False)
        self.all = ig.Graph(n=a.people_count, edges=a.ties, directed=False)
        self.events = ig.Graph(n=a.event_nodes, edges=a.event_edges, directed=True)

    def neighbors3(self, p):
        return self.family.neighborhood(p, order=3, mindist=1)

    def reached(self, p):
        return self.events.subcomponent(p, mode="out")

    def path_length(self, a, b):
        path = self.all.get_shortest_path(a, b)
        return len(path) - 1 if path else None


class RustworkX:
    def __init__(self, a):
        import rustworkx as rx
        self.rx = rx
        self.family = rx.PyGraph(multigraph=True)
        self.family.add_nodes_from(range(a.people_count))
        self.family.add_edges_from_no_data(a.family_ties)
        self.all = rx.PyGraph(multigraph=True)
        self.all.add_nodes_from(range(a.people_count))
        self.all.add_edges_from_no_data(a.ties)
        self.events = rx.PyDiGraph(multigraph=True)
        self.events.add_nodes_from(range(a.event_nodes))
        self.events.add_edges_from_no_data(a.event_edges)

    def neighbors3(self, p):
        # rustworkx has no depth-limited traversal: expand the frontier three times.
        seen = {p}
        frontier = [p]
        neighbors = self.family.neighbors
        for _ in range(3):
            nxt = []
            for v in frontier:
                for w in neighbors(v):
                    if w not in seen:
                        seen.add(w)
                        nxt.append(w)
            frontier = nxt
        seen.discard(p)
        return seen

    def reached(self, p):
        return self.rx.descendants(self.events, p)

    def path_length(self, a, b):
        if a == b:
            return 0
        paths = self.rx.graph_dijkstra_shortest_paths(self.all, a, target=b, default_weight=1.0)
        return len(paths[b]) - 1 if b in paths else None


TOOLS = {"networkx": NetworkX, "igraph": IGraph, "rustworkx": RustworkX}


def main():
    tool, folder, sample_path = sys.argv[1:4]
    with open(sample_path) as f:
        sample = json.load(f)
    start = time.perf_counter()
    archive = BareArchive(folder)
    built = time.perf_counter()
    graph = TOOLS[tool](archive)
    load = time.perf_counter() - start
    ids = archive.person_ids
    pi = archive.person_index
    clock = time.perf_counter_ns
    out = {"tool": tool, "load_s": load, "build_s": load - (built - start), "answers": {}, "times_ns": {}}

    # One untimed question first, as every tool does.
    graph.neighbors3(pi[sample["neighbors"][0]])
    answers, times = [], []
    for p in sample["neighbors"]:
        v = pi[p]
        t = clock()
        found = graph.neighbors3(v)
        times.append(clock() - t)
        answers.append(sorted(ids[q] for q in found))
    out["answers"]["neighbors"], out["times_ns"]["neighbors"] = answers, times

    answers, times = [], []
    for p in sample["because_of"]:
        v = pi[p]
        t = clock()
        found = archive.because_of(v, graph.reached(v)) if v in archive.has_events else []
        times.append(clock() - t)
        answers.append(sorted(archive.event_ids[e] for e in found))
    out["answers"]["because_of"], out["times_ns"]["because_of"] = answers, times

    answers, times = [], []
    for a, b in sample["paths"]:
        va, vb = pi[a], pi[b]
        t = clock()
        length = graph.path_length(va, vb)
        times.append(clock() - t)
        answers.append(length)
    out["answers"]["path"], out["times_ns"]["path"] = answers, times

    out["peak_rss_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
