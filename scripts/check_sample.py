#!/usr/bin/env python3
"""Checks a KinGraph JSON archive and prints the figures `kingraph stats` reports.

Usage:
    python3 scripts/check_sample.py [ARCHIVE] [--escape PERSON] [--path A B]

ARCHIVE defaults to graphs/sample.json. The checks follow ARCHIVE.md (required fields,
kinds, unique ids, references, self-ties, dates, link cycles, causes dated after their
effects); the figures follow QUERIES.md's `stats` to the letter (first punitive event by
earliest day, undated last, ties to the smaller id). `--escape` prints what
`because-of` and `implicated` find for a person, `--path` the shortest tie paths
between two people (defaults: the demo ids in graphs/README.md). Exit status 1 when
the archive has a problem. Standard library only.
"""

import datetime
import json
import re
import sys
from collections import deque

FORMAT = "kingraph-archive/1"
FIELDS = {  # field order of ARCHIVE.md; required fields marked with *
    "sources": ["id*", "kind*", "date", "title"],
    "people": ["id*", "name*", "hangul", "aliases", "sex", "born", "home", "status", "protected", "sources*"],
    "ties": ["from*", "to*", "kind*", "confidence", "sources*"],
    "events": ["id*", "person*", "kind*", "date", "place", "country", "agency", "facility", "reason", "case",
               "confidence", "sources*"],
    "links": ["cause*", "effect*", "kind*", "confidence", "sources*"],
}
SOURCE_KINDS = {"testimony", "report", "document", "media", "other"}
STATUSES = {"unknown", "at-large", "detained", "disappeared", "released", "executed", "died-in-custody",
            "defected", "resettled"}
FAMILY = {"parent", "spouse", "sibling", "relative"}
TIE_KINDS = FAMILY | {"friend", "neighbour", "colleague", "broker", "associate"}
ACTS = {"escape-attempt", "defection", "contact-abroad", "remittance", "smuggling", "religion", "foreign-media"}
PUNITIVE = {"arrest", "detention", "interrogation", "repatriation", "sentence", "imprisonment",
            "forced-relocation", "disappearance", "execution", "death-in-custody"}
EVENT_KINDS = ACTS | PUNITIVE | {"release", "other"}
REASONS = {"defection", "guilt-by-association", "contact-abroad", "smuggling", "religion", "foreign-media",
           "other", "unknown"}
LINK_KINDS = {"guilt-by-association", "led-to", "exposed-by"}
CONFIDENCES = {"hearsay", "single-source", "corroborated", "confirmed"}
ACCESSION = datetime.date(2011, 12, 17)
BORDER_CLOSURE = datetime.date(2020, 1, 22)
SINGLE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]*$")


def parse_single(text):
    m = SINGLE.match(text)
    if not m:
        raise ValueError("'%s' is not YYYY, YYYY-MM or YYYY-MM-DD (with ? or ~)" % text)
    year = int(m.group(1))
    if year < 1:
        raise ValueError("year 0000 does not exist")
    if m.group(2) is None:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise ValueError("month %d does not exist" % month)
    first = datetime.date(year, month, 1)
    last = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
            if year < 9999 or month < 12 else datetime.date(9999, 12, 31))
    if m.group(3) is None:
        return first, last
    day = int(m.group(3))
    if not 1 <= day <= last.day:
        raise ValueError("day %d does not exist in that month" % day)
    d = datetime.date(year, month, day)
    return d, d


def parse_date(text):
    """(earliest, latest) of an EDTF-subset text; None for an open side."""
    if "/" in text:
        left, right = text.split("/", 1)
        if not left and not right:
            raise ValueError("an interval needs at least one side")
        a = parse_single(left) if left else None
        b = parse_single(right) if right else None
        if a and b and a[0] > b[1]:
            raise ValueError("the interval ends before it starts")
        return (a[0] if a else None), (b[1] if b else None)
    return parse_single(text)


def compare(bounds, day):
    """before / after / uncertain, as FuzzyDate.compare(to:)."""
    if bounds is None:
        return "uncertain"
    earliest, latest = bounds
    if latest is not None and latest < day:
        return "before"
    if earliest is not None and earliest >= day:
        return "after"
    return "uncertain"


def date_form(text):
    """The EDTF form of a date text, for the coverage table."""
    if "/" in text:
        left, right = text.split("/", 1)
        return "open interval" if not left or not right else "interval"
    base = text.rstrip("?~%")
    form = {4: "YYYY", 7: "YYYY-MM", 10: "YYYY-MM-DD"}.get(len(base), "?")
    return form + text[len(base):]


class Checker:
    def __init__(self, archive):
        self.a = archive
        self.errors, self.warnings = [], []
        self.bounds = {}  # event id → (earliest, latest) or None

    def error(self, where, message):
        self.errors.append("%s: %s" % (where, message))

    def check(self):
        a = self.a
        if not isinstance(a, dict):
            self.error("$", "the archive must be a JSON object")
            return
        if a.get("format") != FORMAT:
            self.error("$.format", "expected %r, found %r" % (FORMAT, a.get("format")))
        if list(a)[:2] != ["format", "title"]:
            self.error("$", "expected format and title first")
        ids = {}
        for section, fields in FIELDS.items():
            records = a.get(section)
            if not isinstance(records, list):
                self.error("$.%s" % section, "missing or not a list")
                a[section] = []
                continue
            names = [f.rstrip("*") for f in fields]
            seen = ids.setdefault(section, {})
            for i, r in enumerate(records):
                where = "$.%s[%d]%s" % (section, i, " (%s)" % r.get("id") if r.get("id") else "")
                for f in fields:
                    if f.endswith("*") and r.get(f[:-1]) in (None, "", []):
                        self.error(where, "missing required field %s" % f[:-1])
                unknown = [k for k in r if k not in names]
                if unknown:
                    self.error(where, "unknown fields %s" % unknown)
                order = [k for k in r if k in names]
                if order != sorted(order, key=names.index):
                    self.error(where, "fields not in ARCHIVE.md order")
                if "id" in r:
                    if r["id"] in seen:
                        self.error(where, "duplicate id %s" % r["id"])
                    seen[r["id"]] = r
                for key in ("date", "born"):
                    if key in r:
                        try:
                            parse_date(r[key])
                        except ValueError as e:
                            self.error(where, "bad %s: %s" % (key, e))
        self.check_records(ids)

    def check_records(self, ids):
        sources, people, events = ids["sources"], ids["people"], ids["events"]
        vocab = {("sources", "kind"): SOURCE_KINDS, ("people", "status"): STATUSES, ("people", "sex"): {"F", "M", "X", ""},
                 ("ties", "kind"): TIE_KINDS, ("events", "kind"): EVENT_KINDS, ("events", "reason"): REASONS,
                 ("links", "kind"): LINK_KINDS}
        for section in FIELDS:
            for i, r in enumerate(self.a[section]):
                where = "$.%s[%d]" % (section, i)
                for (s, field), allowed in vocab.items():
                    if s == section and field in r and r[field] not in allowed:
                        self.error(where, "unknown %s %r" % (field, r[field]))
                if "confidence" in r and r["confidence"] not in CONFIDENCES:
                    self.error(where, "unknown confidence %r" % r["confidence"])
                if section != "sources":
                    for s in r.get("sources", []):
                        if s not in sources:
                            self.error(where, "unknown source %s" % s)
                if section == "people":
                    if "protected" in r and not isinstance(r["protected"], bool):
                        self.error(where, "protected must be a boolean")
                    if "hangul" in r and not all("\uac00" <= c <= "\ud7a3" for c in r["hangul"]):
                        self.error(where, "hangul %r is not Hangul syllables" % r["hangul"])
                if section == "ties":
                    for end in ("from", "to"):
                        if r.get(end) not in people:
                            self.error(where, "unknown person %s" % r.get(end))
                    if r.get("from") == r.get("to"):
                        self.error(where, "a tie from %s to themself" % r.get("from"))
                if section == "events":
                    if r.get("person") not in people:
                        self.error(where, "unknown person %s" % r.get("person"))
                    self.bounds[r["id"]] = parse_date(r["date"]) if "date" in r and self.safe(r["date"]) else None
                if section == "links":
                    for end in ("cause", "effect"):
                        if r.get(end) not in events:
                            self.error(where, "unknown event %s" % r.get(end))
                    c, e = self.bounds.get(r.get("cause")), self.bounds.get(r.get("effect"))
                    if c and e and c[0] and e[1] and c[0] > e[1]:
                        self.warnings.append("%s: cause %s is dated after its effect %s"
                                             % (where, r["cause"], r["effect"]))
        self.check_cycles()

    @staticmethod
    def safe(text):
        try:
            parse_date(text)
            return True
        except ValueError:
            return False

    def check_cycles(self):
        graph = {}
        for link in self.a["links"]:
            graph.setdefault(link.get("cause"), []).append(link.get("effect"))
        state = {}
        for start in sorted(graph):
            if start in state:
                continue
            stack = [(start, iter(graph.get(start, [])))]
            state[start] = "open"
            path = [start]
            while stack:
                node, children = stack[-1]
                child = next(children, None)
                if child is None:
                    state[node] = "done"
                    stack.pop()
                    path.pop()
                elif state.get(child) == "open":
                    cycle = path[path.index(child):] + [child]
                    self.error("$.links", "cycle of links: %s" % " → ".join(cycle))
                    return
                elif child not in state:
                    state[child] = "open"
                    path.append(child)
                    stack.append((child, iter(graph.get(child, []))))


# ---------------------------------------------------------------------------------------
# The figures, as QUERIES.md's `stats` defines them

class Figures:
    def __init__(self, archive, bounds):
        self.a, self.bounds = archive, bounds
        self.events = {e["id"]: e for e in archive["events"]}
        self.people = {p["id"]: p for p in archive["people"]}
        self.by_person = {}
        for e in archive["events"]:
            self.by_person.setdefault(e["person"], []).append(e)
        self.into = {}
        for link in archive["links"]:
            self.into.setdefault(link["effect"], []).append(link)

    def first_key(self, e):
        b = self.bounds.get(e["id"])
        if b is None:
            return (1, datetime.date.min, e["id"])          # undated last
        return (0, b[0] or datetime.date.min, e["id"])       # an open start counts as earliest

    def first_punitive(self):
        firsts = {}
        for pid in sorted(self.by_person):
            punitive = [e for e in self.by_person[pid] if e["kind"] in PUNITIVE]
            if punitive:
                firsts[pid] = min(punitive, key=self.first_key)
                open_start = [e for e in punitive if self.bounds.get(e["id"]) and self.bounds[e["id"]][0] is None]
                if open_start and len(punitive) > 1:
                    print("note: %s has an open-start punitive event among others" % pid)
        return firsts

    def why(self, e):
        if e.get("reason"):
            return e["reason"]
        links = self.into.get(e["id"], [])
        causes = [self.events[l["cause"]]["kind"] for l in links]
        if any(l["kind"] == "guilt-by-association" for l in links):
            return "guilt-by-association"
        if any(k in ("escape-attempt", "defection") for k in causes):
            return "defection"
        if "contact-abroad" in causes:
            return "contact-abroad"
        return "unknown"

    def stats(self):
        firsts = self.first_punitive()
        where = {"KP": 0, "abroad": 0, "unknown": 0}
        era = {"before": 0, "after": 0, "uncertain": 0}
        covid = {"before": 0, "after": 0, "uncertain": 0}
        why = {"defection": 0, "guilt-by-association": 0, "contact-abroad": 0, "unknown": 0}
        derived = 0
        countries = {}
        for e in firsts.values():
            country = e.get("country")
            where["unknown" if not country else "KP" if country == "KP" else "abroad"] += 1
            countries[country or "-"] = countries.get(country or "-", 0) + 1
            era[compare(self.bounds.get(e["id"]), ACCESSION)] += 1
            covid[compare(self.bounds.get(e["id"]), BORDER_CLOSURE)] += 1
            reason = self.why(e)
            why[reason] = why.get(reason, 0) + 1
            derived += 0 if e.get("reason") else 1
        cases = {e["case"] for e in self.a["events"] if e.get("case")}
        return {"query": "stats", "people": len(self.a["people"]), "punished": len(firsts), "cases": len(cases),
                "testimonies": sum(1 for s in self.a["sources"] if s["kind"] == "testimony"),
                "where": where, "era": era, "covid": covid, "why": why,
                "_countries": countries, "_why_from_links": derived}


def share(n, total):
    return "%4d  %5.1f%%" % (n, 100.0 * n / total if total else 0)


def count(items):
    out = {}
    for item in items:
        out[item] = out.get(item, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def print_stats(f):
    s = f.stats()
    n = s["punished"]
    print("== stats (as QUERIES.md defines them)")
    print(json.dumps({k: v for k, v in s.items() if not k.startswith("_")}, ensure_ascii=False))
    print("people %d, punished %d, cases %d, testimonies %d" % (s["people"], n, s["cases"], s["testimonies"]))
    for group in ("where", "era", "covid", "why"):
        print("  %s:" % group)
        for k, v in s[group].items():
            print("    %-22s %s" % (k, share(v, n)))
    print("  first punitive event by country: %s" % s["_countries"])
    print("  why read from links (no reason on the event): %d" % s["_why_from_links"])
    a = f.a
    arrests = [e for e in a["events"] if e["kind"] == "arrest"]
    by_agency = count(e.get("agency", "-") for e in arrests)
    print("  arrests by agency (%d arrests): %s; MSS %.1f%%" % (
        len(arrests), by_agency, 100.0 * by_agency.get("MSS", 0) / max(1, len(arrests))))
    print("== counts")
    print("  sources by kind: %s" % count(x["kind"] for x in a["sources"]))
    print("  ties by kind:    %s" % count(x["kind"] for x in a["ties"]))
    print("  events by kind:  %s" % count(x["kind"] for x in a["events"]))
    print("  links by kind:   %s" % count(x["kind"] for x in a["links"]))
    print("  statuses:        %s" % count(x.get("status", "-") for x in a["people"]))
    print("  protected %d, with aliases %d, with hangul %d" % (
        sum(1 for p in a["people"] if p.get("protected")), sum(1 for p in a["people"] if p.get("aliases")),
        sum(1 for p in a["people"] if p.get("hangul"))))
    conf = count(x.get("confidence", "(default)") for sec in ("ties", "events", "links") for x in a[sec])
    print("  confidence:      %s" % conf)
    dates = [x["date"] for sec in ("sources", "events") for x in a[sec] if "date" in x]
    dates += [p["born"] for p in a["people"] if "born" in p]
    print("  date forms:      %s" % count(date_form(d) for d in dates))
    print("  facilities:      %s" % count(e["facility"] for e in a["events"] if "facility" in e and "Kwanliso" in e["facility"]))
    print("  people without events: %d" % sum(1 for p in a["people"] if p["id"] not in f.by_person))
    cited = {s for sec in ("people", "ties", "events", "links") for x in a[sec] for s in x["sources"]}
    print("  sources never cited: %s" % sorted(s["id"] for s in a["sources"] if s["id"] not in cited))


def print_plausibility(f):
    """Notes on what the format allows but a real archive would not show: events before
    a birth, children arrested, parents younger than 15 at a child's birth."""
    born = {}
    for p in f.a["people"]:
        if "born" in p:
            born[p["id"]] = parse_date(p["born"])
    notes = []
    for e in f.a["events"]:
        b, d = born.get(e["person"]), f.bounds.get(e["id"])
        if not b or not d or not d[1] or not b[0]:
            continue
        if d[1] < b[0]:
            notes.append("%s (%s) is dated before %s was born" % (e["id"], e["kind"], e["person"]))
        elif b[1] and d[0] and e["kind"] in PUNITIVE and e["kind"] != "forced-relocation" \
                and (d[0] - b[1]).days < 14 * 365:
            notes.append("%s (%s) happened to %s at under 14" % (e["id"], e["kind"], e["person"]))
    for t in f.a["ties"]:
        pb, cb = born.get(t["from"]), born.get(t["to"])
        if t["kind"] == "parent" and pb and cb and pb[0] and cb[1] and (cb[1] - pb[0]).days < 15 * 365:
            notes.append("%s cannot be 15 years older than their child %s" % (t["from"], t["to"]))
    print("== plausibility: %d notes" % len(notes))
    for n in notes:
        print("  " + n)


# ---------------------------------------------------------------------------------------
# The demo queries, computed independently of the Swift code

def reach(f, starts):
    """Events reached from `starts` over links, each with its shortest chain."""
    out = {}
    for link in f.a["links"]:
        out.setdefault(link["cause"], []).append(link["effect"])
    chain = {s: [s] for s in starts}
    queue = deque(sorted(starts))
    while queue:
        e = queue.popleft()
        for nxt in sorted(out.get(e, [])):
            if nxt not in chain:
                chain[nxt] = chain[e] + [nxt]
                queue.append(nxt)
    return chain


def adjacency(a, family_only):
    adj = {}
    for t in a["ties"]:
        if family_only and t["kind"] not in FAMILY:
            continue
        adj.setdefault(t["from"], []).append((t["to"], t["kind"]))
        adj.setdefault(t["to"], []).append((t["from"], t["kind"]))
    return adj


def print_escape(f, pid):
    a = f.a
    name = lambda p: "%s %s" % (p, f.people[p]["name"])
    own = [e["id"] for e in f.by_person.get(pid, [])]
    chains = reach(f, own)
    print("== because-of %s" % name(pid))
    results = [(len(c), f.first_key(f.events[e])[:2], e, c) for e, c in chains.items()
               if f.events[e]["kind"] in PUNITIVE and f.events[e]["person"] != pid]
    for _, _, e, c in sorted(results):
        ev = f.events[e]
        print("  %-28s %-18s %-10s %s" % (name(ev["person"]), ev["kind"], ev.get("date", "-"), " → ".join(c)))
    escapes = [e for e in f.by_person.get(pid, []) if e["kind"] in ("escape-attempt", "defection")]
    print("== implicated %s (escapes %s)" % (name(pid), [e["id"] for e in escapes]))
    reached = reach(f, [e["id"] for e in escapes])
    punished_by_link = {f.events[e]["person"] for e in reached if f.events[e]["kind"] in PUNITIVE}
    dated = [f.bounds[e["id"]][0] for e in escapes if f.bounds.get(e["id"]) and f.bounds[e["id"]][0]]
    earliest = min(dated) if dated else None
    adj = adjacency(a, True)
    dist, via = {pid: 0}, {pid: []}
    queue = deque([pid])
    while queue:
        p = queue.popleft()
        if dist[p] == 3:
            continue
        for q, kind in sorted(adj.get(p, [])):
            if q not in dist:
                dist[q], via[q] = dist[p] + 1, via[p] + [kind]
                queue.append(q)
    tally = {}
    for q in sorted(dist, key=lambda q: (dist[q], q)):
        if q == pid:
            continue
        punitive = [e for e in f.by_person.get(q, []) if e["kind"] in PUNITIVE]
        if q in punished_by_link:
            status = "punished"
        elif any(earliest is None or compare(f.bounds.get(e["id"]), earliest) != "before" for e in punitive):
            status = "unlinked"
        else:
            status = "at-risk"
        tally[status] = tally.get(status, 0) + 1
        print("  %-28s distance %d  %-9s via %s" % (name(q), dist[q], status, "/".join(via[q])))
    others = sorted(p for p in punished_by_link if p not in dist)
    print("  others: %s" % [name(p) for p in others])
    print("  summary: %s" % tally)


def print_path(f, a_id, b_id):
    for family_only in (False, True):
        adj = adjacency(f.a, family_only)
        dist, ways, prev = {a_id: 0}, {a_id: 1}, {a_id: None}
        queue = deque([a_id])
        while queue:
            p = queue.popleft()
            for q, kind in sorted(adj.get(p, [])):
                if q not in dist:
                    dist[q], ways[q], prev[q] = dist[p] + 1, ways[p], (p, kind)
                    queue.append(q)
                elif dist[q] == dist[p] + 1:
                    ways[q] += ways[p]
        label = "path --family-only" if family_only else "path"
        if b_id not in dist:
            print("== %s %s %s: no connection" % (label, a_id, b_id))
            continue
        steps, node = [], b_id
        while prev[node]:
            steps.append(prev[node][1])
            node = prev[node][0]
        nodes, node = [b_id], b_id
        while prev[node]:
            node = prev[node][0]
            nodes.append(node)
        print("== %s %s %s: %s, ties %s (%d shortest path%s)" % (
            label, a_id, b_id, " - ".join(reversed(nodes)), list(reversed(steps)), ways[b_id],
            "" if ways[b_id] == 1 else "s"))


def main(argv):
    args = argv[1:]
    path, escape, pair = "graphs/sample.json", "P-0001", ("P-0015", "P-0066")
    while args:
        arg = args.pop(0)
        if arg == "--escape" and args:
            escape = args.pop(0)
        elif arg == "--path" and len(args) >= 2:
            pair = (args.pop(0), args.pop(0))
        elif arg in ("-h", "--help") or arg.startswith("-"):
            sys.stderr.write(__doc__)
            return 2
        else:
            path = arg
    try:
        with open(path, encoding="utf-8") as handle:
            archive = json.load(handle)
    except (OSError, ValueError) as e:
        print("%s: cannot read: %s" % (path, e))
        return 1
    checker = Checker(archive)
    checker.check()
    for w in checker.warnings:
        print("warning: " + w)
    for e in checker.errors:
        print("error: " + e)
    if checker.errors:
        print("%s: %d problems" % (path, len(checker.errors)))
        return 1
    print("%s: valid (%d warnings)" % (path, len(checker.warnings)))
    f = Figures(archive, checker.bounds)
    print_stats(f)
    print_plausibility(f)
    if escape in f.people:
        print_escape(f, escape)
    if pair[0] in f.people and pair[1] in f.people:
        print_path(f, *pair)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
