"""Reads the parts of a KinGraph CSV-folder archive that the peers' bare graphs need.

Every peer builds its graphs from the same numbers: people by row index, ties as
index pairs (family ones apart), and an event graph in which each person with
events is a source node pointing at their events, and each link points from cause
to effect. Rows are turned into integers as they are read, so no column of strings
is kept beyond the ids the answers are written with.
"""
import csv
import os

FAMILY = {"parent", "spouse", "sibling", "relative"}
PUNITIVE = {
    "arrest", "detention", "interrogation", "repatriation", "sentence", "imprisonment",
    "forced-relocation", "disappearance", "execution", "death-in-custody",
}


def _rows(folder, name, wanted):
    """The file's reader positioned after the header, and the indices of `wanted`."""
    f = open(os.path.join(folder, name), newline="", encoding="utf-8")
    reader = csv.reader(f)
    header = next(reader)
    return f, reader, [header.index(w) for w in wanted]


class BareArchive:
    """Integer form of an archive: what a graph library gets to build from."""

    def __init__(self, folder):
        f, reader, (ci,) = _rows(folder, "people.csv", ["id"])
        with f:
            self.person_ids = [row[ci] for row in reader]
        pi = {p: i for i, p in enumerate(self.person_ids)}
        self.person_index = pi
        n = len(self.person_ids)
        self.people_count = n

        self.ties, self.family_ties = [], []
        add_tie, add_family = self.ties.append, self.family_ties.append
        f, reader, (cf, ct, ck) = _rows(folder, "ties.csv", ["from", "to", "kind"])
        with f:
            for row in reader:
                edge = (pi[row[cf]], pi[row[ct]])
                add_tie(edge)
                if row[ck] in FAMILY:
                    add_family(edge)

        # Event graph: node p < n is person p (source of their events), node n + i is event i.
        self.event_ids, self.event_person, self.event_punitive, self.event_edges = [], [], [], []
        event_index = {}
        f, reader, (ci, cp, ck) = _rows(folder, "events.csv", ["id", "person", "kind"])
        with f:
            for i, row in enumerate(reader):
                p = pi[row[cp]]
                self.event_ids.append(row[ci])
                event_index[row[ci]] = n + i
                self.event_person.append(p)
                self.event_punitive.append(row[ck] in PUNITIVE)
                self.event_edges.append((p, n + i))
        self.has_events = set(self.event_person)
        f, reader, (cc, ce) = _rows(folder, "links.csv", ["cause", "effect"])
        with f:
            self.event_edges += [(event_index[row[cc]], event_index[row[ce]]) for row in reader]
        self.event_nodes = n + len(self.event_ids)

    def because_of(self, person, reached):
        """Indices of the events among `reached` event-graph nodes that are punitive
        and not `person`'s."""
        n = self.people_count
        punitive, owner = self.event_punitive, self.event_person
        return [node - n for node in reached
                if node >= n and punitive[node - n] and owner[node - n] != person]
