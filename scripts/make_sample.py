#!/usr/bin/env python3
"""Writes graphs/sample.json, KinGraph's sample archive. Every person in it is invented.

Usage:
    python3 scripts/make_sample.py                      # the archive on stdout
    python3 scripts/make_sample.py graphs/sample.json   # or into a file

The archive is shaped after the published aggregate figures of a 2024 report by a
Seoul-based documentation group (62 testimonies, 66 cases, 113 punished people; about
80% first punished inside North Korea; about 30% after 2011-12-17; about 40% for
attempted defection, 26% guilt by association, 9% contact abroad; about 80% of arrests
by the Ministry of State Security). `scripts/check_sample.py` recomputes the figures.

Names are drawn from common surnames and given-name syllables with a fixed seed; a few
well-known real names are excluded. Standard library only; the output is byte-identical
on every run (no set iteration, no clock, no hash order).
"""

import datetime
import json
import os
import random
import sys

SEED = 20240917
FORMAT = "kingraph-archive/1"
TITLE = "KinGraph sample archive (fictional people, shaped after a 2024 report's aggregate figures)"

PUNITIVE = ("arrest", "detention", "interrogation", "repatriation", "sentence", "imprisonment",
            "forced-relocation", "disappearance", "execution", "death-in-custody")

# ---------------------------------------------------------------------------------------
# Names: (North Korean McCune–Reischauer spelling, hangul, South Korean spelling)

SURNAMES = [  # with a weight: roughly how common the surname is
    ("Kim", "김", "Kim", 20), ("Ri", "리", "Lee", 14), ("Pak", "박", "Park", 8), ("Choe", "최", "Choi", 5),
    ("Jong", "정", "Jung", 4), ("Kang", "강", "Kang", 3), ("Han", "한", "Han", 3), ("Jang", "장", "Jang", 2),
    ("Yun", "윤", "Yoon", 2), ("Hwang", "황", "Hwang", 1), ("Song", "송", "Song", 2), ("Mun", "문", "Moon", 1),
    ("O", "오", "Oh", 2), ("Jo", "조", "Cho", 2), ("Ryu", "류", "Yu", 1), ("Kwon", "권", "Kwon", 1),
]
SYLLABLES = {  # romanised (North), hangul, romanised (South)
    "chol": ("철", "cheol"), "su": ("수", "su"), "nam": ("남", "nam"), "hyok": ("혁", "hyeok"),
    "ho": ("호", "ho"), "il": ("일", "il"), "song": ("성", "seong"), "myong": ("명", "myeong"),
    "min": ("민", "min"), "jin": ("진", "jin"), "yong": ("영", "young"), "kwang": ("광", "gwang"),
    "kyong": ("경", "kyeong"), "chung": ("충", "chung"), "chun": ("춘", "chun"), "sung": ("승", "seung"),
    "hyon": ("현", "hyeon"), "kum": ("금", "geum"), "hye": ("혜", "hye"), "son": ("선", "seon"),
    "ok": ("옥", "ok"), "un": ("은", "eun"), "hyang": ("향", "hyang"), "mi": ("미", "mi"),
    "sun": ("순", "sun"), "hui": ("희", "hee"), "hwa": ("화", "hwa"), "ae": ("애", "ae"),
    "ju": ("주", "ju"), "sil": ("실", "sil"), "jong": ("정", "jeong"),
}
GIVEN = {
    "M": (["chol", "yong", "myong", "kwang", "song", "nam", "il", "kyong", "chung", "chun", "sung", "hyon"],
          ["chol", "su", "nam", "hyok", "ho", "il", "song", "myong", "min", "jin"]),
    "F": (["kum", "yong", "myong", "hye", "son", "ok", "un", "chun", "kyong", "hyang", "mi", "sun", "jong"],
          ["sun", "hui", "ok", "hwa", "ae", "mi", "ju", "hyang", "yong", "hye", "sil"]),
}
# Real public figures whose names the combinations could produce; never used (nor is any
# Kim Jong-…, the pattern of the leaders' names).
EXCLUDED_NAMES = {
    "Kim Jong-un", "Kim Jong-il", "Kim Il-song", "Kim Jong-nam", "Kim Jong-chol", "Kim Kyong-hui",
    "Kim Yong-nam", "Kim Yong-chol", "Kim Yong-il", "Kim Yong-chun", "Kim Yong-ju", "Kim Yong-sun",
    "Kim Kyong-ok", "Kim Song-nam", "Kim Song-ae", "Kim Jong-suk", "Ri Yong-ho", "Ri Su-yong",
    "Ri Myong-su", "Ri Chun-hui", "Ri Il-nam", "Choe Son-hui", "Pak Myong-chol", "Song Il-ho",
    "Jong Song-ok", "Ri Yong-su", "Kim Kyong-il",
}

# ---------------------------------------------------------------------------------------
# Places

# Home town, the Chinese town across the river, and the bridge people are sent back over.
BORDER_TOWNS = [
    ("Hyesan, Ryanggang", "Changbai, Jilin", "north"),
    ("Musan, North Hamgyong", "Helong, Jilin", "north"),
    ("Hoeryong, North Hamgyong", "Longjing, Jilin", "north"),
    ("Onsong, North Hamgyong", "Tumen, Jilin", "north"),
    ("Saebyol, North Hamgyong", "Hunchun, Jilin", "north"),
    ("Sinuiju, North Pyongan", "Dandong, Liaoning", "west"),
    ("Manpo, Chagang", "Ji'an, Jilin", "west"),
]
INLAND_TOWNS = ["Chongjin, North Hamgyong", "Hamhung, South Hamgyong", "Kanggye, Chagang",
                "Kimchaek, North Hamgyong", "Pyongsong, South Pyongan"]
CHINA_DEEP = ["Yanji, Jilin", "Shenyang, Liaoning", "Harbin, Heilongjiang", "Qingdao, Shandong",
              "Kunming, Yunnan"]
REPATRIATION = {
    "north": ("Tumen → Namyang", "Tumen Border Detention Centre", "Onsong MSS holding centre"),
    "west": ("Dandong → Sinuiju", "Dandong Border Detention Centre", "Sinuiju MSS holding centre"),
    "hyesan": ("Changbai → Hyesan", "Changbai Detention Centre", "Hyesan MSS holding centre"),
}
PRISONS = ["Kyohwaso 12 (Jongori)", "Kyohwaso 1 (Kaechon)", "Kyohwaso 3 (Sinuiju)", "Kyohwaso 4 (Kangdong)"]
CAMPS = ["Kwanliso 15", "Kwanliso 16", "Kwanliso 14", "Kwanliso 25"]
RELOCATION = ["Pochon county, Ryanggang (remote farm)", "Kapsan county, Ryanggang (remote farm)",
              "Yonsa county, North Hamgyong (logging village)", "Taehongdan county, Ryanggang (potato farm)"]


def town_name(home):
    """`Hyesan, Ryanggang` → `Hyesan`."""
    return home.split(",")[0]


# ---------------------------------------------------------------------------------------
# Fuzzy dates (the EDTF subset of ARCHIVE.md)

def date_bounds(text):
    """Earliest and latest day of an EDTF-subset text (None for an open side)."""
    def single(part):
        part = part.rstrip("?~%")
        fields = [int(f) for f in part.split("-")]
        if len(fields) == 1:
            return datetime.date(fields[0], 1, 1), datetime.date(fields[0], 12, 31)
        if len(fields) == 2:
            first = datetime.date(fields[0], fields[1], 1)
            following = datetime.date(fields[0] + fields[1] // 12, fields[1] % 12 + 1, 1)
            return first, following - datetime.timedelta(days=1)
        day = datetime.date(*fields)
        return day, day
    if "/" in text:
        left, right = text.split("/")
        return (single(left)[0] if left else None), (single(right)[1] if right else None)
    return single(text)


class Dates:
    """Renders a true day as the fuzzy text a testimony would give."""

    STYLES = [("day", 40), ("month", 22), ("year", 6), ("day?", 4), ("day~", 3), ("month~", 7),
              ("month?", 3), ("year~", 3), ("year?", 2), ("years", 5), ("months", 5)]

    def __init__(self, rng):
        self.rng = rng

    def render(self, day, style):
        y, m = day.year, day.month
        if style.startswith("day"):
            return day.isoformat() + style[3:]
        if style.startswith("months"):
            start = (y * 12 + m - 1) - self.rng.randint(0, 2)
            end = (y * 12 + m - 1) + self.rng.randint(1, 2)
            return "%04d-%02d/%04d-%02d" % (start // 12, start % 12 + 1, end // 12, end % 12 + 1)
        if style.startswith("month"):
            return "%04d-%02d%s" % (y, m, style[5:])
        if style == "years":
            start = y - self.rng.randint(0, 1)
            return "%04d/%04d" % (start, start + 1)
        return "%04d%s" % (y, style[4:])

    def fuzzy(self, day, floor=None, style=None):
        """A text covering `day`; its earliest day is not before `floor` when given."""
        if style is not None:
            return self.render(day, style)
        names = [s for s, _ in self.STYLES]
        weights = [w for _, w in self.STYLES]
        for _ in range(6):
            text = self.render(day, self.rng.choices(names, weights)[0])
            if floor is None or date_bounds(text)[0] >= floor:
                return text
        return day.isoformat()


# ---------------------------------------------------------------------------------------
# Records

class Person:
    """A fictional person; `record()` gives the ARCHIVE.md fields in their order."""

    def __init__(self, pid, surname, given, sex, birth_year, born, home, sources):
        self.id, self.surname, self.given, self.sex = pid, surname, given, sex
        self.birth_year, self.born, self.home, self.sources = birth_year, born, home, sources
        self.aliases = []
        self.status = None
        self.protected = False
        self.parents, self.spouse = [], None
        self.events = []

    @property
    def name(self):
        return "%s %s-%s" % (self.surname[0], self.given[0].capitalize(), self.given[1])

    @property
    def hangul(self):
        return self.surname[1] + SYLLABLES[self.given[0]][0] + SYLLABLES[self.given[1]][0]

    def record(self):
        r = {"id": self.id, "name": self.name, "hangul": self.hangul}
        if self.aliases:
            r["aliases"] = self.aliases
        r["sex"] = self.sex
        if self.born:
            r["born"] = self.born
        r["home"] = self.home
        if self.status:
            r["status"] = self.status
        if self.protected:
            r["protected"] = True
        r["sources"] = self.sources
        return r


class Event:
    """An event with its true day (`day`) and the fuzzy text a testimony gives (`fields["date"]`)."""

    FIELDS = ("date", "place", "country", "agency", "facility", "reason", "case", "confidence")

    def __init__(self, eid, person, kind, day, fields, sources):
        self.id, self.person, self.kind, self.day = eid, person, kind, day
        self.fields, self.sources = fields, sources

    @property
    def punitive(self):
        return self.kind in PUNITIVE

    def record(self):
        r = {"id": self.id, "person": self.person.id, "kind": self.kind}
        for key in self.FIELDS:
            if self.fields.get(key) is not None:
                r[key] = self.fields[key]
        r["sources"] = self.sources
        return r


# ---------------------------------------------------------------------------------------
# The builder: people, families, events and links, with every record's sources

END = datetime.date(2023, 12, 31)
REPORTS = [
    ("R-001", "report", "2021-06", "Report on forced repatriations from China, 1998–2020"),
    ("R-002", "report", "2024-03", "Report on the punishment of families of escapees"),
    ("R-003", "report", "2019", "Satellite imagery survey of political prison camps"),
    ("D-001", "document", "2015-04~", "Copy of a call log from a phone seized in Hoeryong"),
    ("D-002", "document", "2010", "Copy of a provincial court verdict in a smuggling case"),
    ("D-003", "document", "2013-10", "Photograph of a wanted notice posted in Hyesan"),
    ("M-001", "media", "2021-11", "News article on a public execution for distributing foreign films"),
    ("M-002", "media", "2016-05?", "Leaked video of a public trial in Hyesan"),
]
SOUTH_ALT = {"cheol": "chul", "su": "soo", "seong": "sung", "kyeong": "kyung", "myeong": "myung",
             "hyeok": "hyuk", "hyeon": "hyun", "geum": "keum", "jeong": "jung", "sun": "soon",
             "young": "yeong", "eun": "un", "seon": "sun"}


class Case:
    """A case id, the sources its records rest on, and where it happened."""

    def __init__(self, cid, sources, home):
        self.id, self.sources, self.home = cid, sources, home


class SampleBuilder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.dates = Dates(self.rng)
        self.people, self.ties, self.events, self.links = [], [], [], []
        self.hangul_names = {}          # full hangul name → person id, keeps names unique
        self.tie_keys = {}              # (id, id) → kind, one tie per pair
        self.case_count = 0
        self.testimonies = ["T-%03d" % i for i in range(1, 63)]
        self.unused = list(self.testimonies)
        self.rng.shuffle(self.unused)
        self.covered = {}               # source id → latest day it reports on
        self.testimony_town = {}
        self.brokers = {}               # region → broker in China
        self.quiet = []                 # people kept out of random non-family ties

    # -- sources and cases ------------------------------------------------------------

    def new_case(self, home, second=0.3, extra=()):
        """A case id with the testimonies (and other sources) its records rest on."""
        self.case_count += 1
        first = self.unused.pop() if self.unused else self.rng.choice(self.testimonies)
        sources = [first]
        if self.rng.random() < second:
            other = self.rng.choice(self.testimonies)
            if other != first:
                sources.append(other)
        for s in sources:
            self.testimony_town.setdefault(s, town_name(home))
        return Case("C-%03d" % self.case_count, sorted(sources) + list(extra), home)

    def cover(self, sources, day):
        for s in sources:
            if day and (s not in self.covered or self.covered[s] < day):
                self.covered[s] = day

    # -- people and ties --------------------------------------------------------------

    def random_surname(self):
        return self.rng.choices(SURNAMES, [s[3] for s in SURNAMES])[0]

    def other_surname(self, surname):
        while True:
            s = self.random_surname()
            if s != surname:
                return s

    def person(self, sex, birth_year, home, sources, surname=None):
        """A new fictional person with a unique name, hangul and South Korean aliases."""
        surname = surname or self.random_surname()
        first, second = GIVEN[sex]
        while True:
            given = (self.rng.choice(first), self.rng.choice(second))
            p = Person("P-%04d" % (len(self.people) + 1), surname, given, sex, birth_year, None, home,
                       list(sources))
            leader_like = surname[0] == "Kim" and given[0] == "jong"   # Kim Jong-…: the leaders' pattern
            if given[0] != given[1] and not leader_like and p.name not in EXCLUDED_NAMES \
                    and p.hangul not in self.hangul_names:
                break
        self.hangul_names[p.hangul] = p.id
        p.born = self.born_text(birth_year)
        p.aliases = self.aliases_for(p)
        self.people.append(p)
        return p

    def born_text(self, year):
        r = self.rng.random()
        if r < 0.12:
            return None
        if year < 1950 and r < 0.22:
            return "/1950"
        if r < 0.42:
            return "%04d" % year
        if r < 0.52:
            return "%04d~" % year
        if r < 0.58:
            return "%04d/%04d" % (year - 1, year + 1)
        if r < 0.62:
            return "%04d?" % year
        day = datetime.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))
        return day.isoformat() if r > 0.82 else day.isoformat()[:7]

    def aliases_for(self, p):
        south = [SYLLABLES[g][1] for g in p.given]
        aliases = []
        if self.rng.random() < 0.75:
            aliases.append("%s %s-%s" % (p.surname[2], south[0].capitalize(), south[1]))
        if self.rng.random() < 0.15:
            alt = [SOUTH_ALT.get(s, s) for s in south]
            aliases.append("%s %s-%s" % (p.surname[2], alt[0].capitalize(), alt[1]))
        return [a for i, a in enumerate(aliases) if a != p.name and a not in aliases[:i]]

    def tie(self, a, b, kind, sources, confidence=None):
        assert a is not b, "self-tie"
        key = (min(a.id, b.id), max(a.id, b.id))
        if key in self.tie_keys:
            return
        self.tie_keys[key] = kind
        if confidence is None and self.rng.random() < 0.06:
            confidence = self.rng.choice(["confirmed", "corroborated", "hearsay"])
        self.ties.append({"from": a.id, "to": b.id, "kind": kind, "confidence": confidence,
                          "sources": list(sources)})

    def parent(self, parent, child, sources):
        self.tie(parent, child, "parent", sources)
        child.parents.append(parent)

    def marry(self, a, b, sources):
        self.tie(a, b, "spouse", sources)
        a.spouse, b.spouse = b, a

    def relative(self, of, relation, sources, year=None, home=None):
        """A new relative of `of` with the family ties an investigator would record:
        `father`, `mother`, `spouse`, `son`, `daughter`, `brother` or `sister`."""
        rng, home = self.rng, home or of.home
        if relation in ("father", "mother"):
            sex = "M" if relation == "father" else "F"
            surname = of.surname if sex == "M" else self.other_surname(of.surname)
            p = self.person(sex, year or of.birth_year - rng.randint(22, 32), home, sources, surname)
            others = [q for q in of.parents if q.spouse is None]
            self.parent(p, of, sources)
            if others:
                self.marry(others[0], p, sources)
        elif relation == "spouse":
            sex = "F" if of.sex == "M" else "M"
            gap = rng.randint(0, 4) * (1 if sex == "F" else -1)
            p = self.person(sex, year or of.birth_year + gap, home, sources, self.other_surname(of.surname))
            self.marry(of, p, sources)
        elif relation in ("son", "daughter"):
            father = of if of.sex == "M" else of.spouse
            surname = father.surname if father else self.other_surname(of.surname)
            sex = "M" if relation == "son" else "F"
            p = self.person(sex, year or of.birth_year + rng.randint(22, 30), home, sources, surname)
            self.parent(of, p, sources)
            if of.spouse:
                self.parent(of.spouse, p, sources)
        else:
            sex = "M" if relation == "brother" else "F"
            gap = rng.choice([-6, -4, -3, -2, 2, 3, 4, 6])
            p = self.person(sex, year or of.birth_year + gap, home, sources, of.surname)
            for q in of.parents:
                self.parent(q, p, sources)
            if not of.parents or rng.random() < 0.5:
                self.tie(of, p, "sibling", sources)
        return p

    def broker(self, region, sources):
        """The broker in China who helps escapees of a region (one per region, shared)."""
        if region not in self.brokers:
            place = {"north": "Yanji, Jilin", "west": "Dandong, Liaoning", "hyesan": "Changbai, Jilin",
                     "south": "Seoul"}[region]
            b = self.person(self.rng.choice("MF"), self.rng.randint(1958, 1975), place, sources)
            b.aliases.append({"north": "Yanji auntie" if b.sex == "F" else "Yanji uncle",
                              "west": "the Dandong trader", "hyesan": "the Changbai broker",
                              "south": "the Seoul broker"}[region])
            b.status = "at-large" if region != "south" else "resettled"
            self.brokers[region] = b
            self.quiet.append(b)
        b = self.brokers[region]
        b.sources = sorted(set(b.sources) | set(sources))
        return b

    # -- events and links -------------------------------------------------------------

    def event(self, person, kind, day, case=None, sources=None, date=None, **fields):
        """Adds an event. A punitive event is never dated before the person's first
        punitive one, so 'first punitive event' means what the scenario meant."""
        floor = None
        if kind in PUNITIVE:
            earliest = [date_bounds(e.fields["date"])[0] for e in person.events
                        if e.punitive and e.fields.get("date")]
            if earliest:
                assert None not in earliest, "an open-start date must be a person's only punitive event"
                floor = min(earliest)
        if date is None and day is not None:
            date = self.dates.fuzzy(day, floor)
        if floor and date:
            assert date_bounds(date)[0] >= floor, (person.id, kind, date)
        sources = list(sources or case.sources)
        if "confidence" not in fields and self.rng.random() < 0.07:
            fields["confidence"] = self.rng.choice(["confirmed", "corroborated", "single-source", "hearsay"])
        fields.update(date=date, case=case.id if case else None)
        e = Event("E-%04d" % (len(self.events) + 1), person, kind, day, fields, sources)
        self.events.append(e)
        person.events.append(e)
        self.cover(sources, day)
        return e

    def link(self, cause, effect, kind, sources=None, confidence=None):
        if cause.day and effect.day:
            assert cause.day <= effect.day, (cause.id, effect.id)
        self.links.append({"cause": cause, "effect": effect, "kind": kind, "confidence": confidence,
                           "sources": list(sources or effect.sources)})

    def later(self, day, lo, hi):
        return day + datetime.timedelta(days=self.rng.randint(lo, hi)) if day else None

    def chain(self, person, previous, case, steps, reason=None):
        """Successive events of one person, each `led-to` the next.
        `steps` are (kind, (min days, max days) after the previous, fields)."""
        made = []
        day = previous.day
        for kind, (lo, hi), fields in steps:
            day = self.later(day, lo, hi)
            if day and day > END:
                break
            extra = dict(fields)
            if kind in PUNITIVE and kind != "repatriation":
                extra.setdefault("reason", reason)
            e = self.event(person, kind, day, case, **extra)
            if self.rng.random() < 0.93:
                self.link(previous, e, "led-to")
            made.append(e)
            previous = e
        return made

    def aftermath(self, person, start, case, outcome, reason=None):
        """What follows a first punishment inside the country: `prison`, `camp`,
        `labour`, `release`, `death` or `execution`."""
        rng, town = self.rng, town_name(person.home)
        holding = dict(agency="MSS", facility="%s MSS holding centre" % town, country="KP", place=person.home)
        if outcome == "camp":
            steps = [("interrogation", (2, 30), holding),
                     ("disappearance", (30, 240), dict(agency="MSS", facility=rng.choice(CAMPS), country="KP",
                                                       confidence=rng.choice(["hearsay", None, None])))]
        elif outcome == "labour":
            steps = [("detention", (1, 20), holding),
                     ("imprisonment", (20, 90), dict(agency="MPS", country="KP",
                                                     facility="Rodong danryondae, %s" % town)),
                     ("release", (120, 400), dict(country="KP", place=person.home))]
        elif outcome == "release":
            steps = [("detention", (1, 15), holding), ("release", (20, 120), dict(country="KP"))]
        else:
            prison = rng.choice(PRISONS)
            steps = [("interrogation", (2, 30), holding),
                     ("sentence", (30, 200), dict(agency="MSS", country="KP", place=person.home)),
                     ("imprisonment", (5, 40), dict(agency="MPS", facility=prison, country="KP"))]
            if outcome == "prison" and rng.random() < 0.5:
                steps.append(("release", (700, 2600), dict(country="KP", facility=prison)))
            elif outcome == "death":
                steps.append(("death-in-custody", (200, 1500), dict(facility=prison, country="KP",
                                                                     confidence="hearsay")))
            elif outcome == "execution":
                steps[-1] = ("execution", (5, 60), dict(agency="MSS", country="KP", place=person.home,
                                                        confidence=rng.choice(["hearsay", "corroborated"])))
        if steps[0][0] == start.kind:
            steps = steps[1:]
        return self.chain(person, start, case, steps, reason)

    # -- scenarios --------------------------------------------------------------------

    def pick_day(self, after, first=1998, last=2023):
        """A random day after Kim Jong Un's accession (2011-12-17) or before it."""
        rng = self.rng
        year = rng.randint(2012, last) if after else rng.randint(first, 2011)
        return datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))

    def outcome(self, weights):
        names = list(weights)
        return self.rng.choices(names, [weights[n] for n in names])[0]

    def punish_for(self, relative, cause, case, day, reason="guilt-by-association",
                   link_kind="guilt-by-association", confidence=None):
        """A relative punished because of `cause`: a first punitive event linked to it,
        then what follows. `reason` None leaves the reason to be read from the link."""
        rng, town = self.rng, town_name(relative.home)
        kind = self.outcome({"arrest": 55, "interrogation": 20, "forced-relocation": 25})
        if day.year - relative.birth_year < 17:
            kind = "forced-relocation"
        if kind == "forced-relocation":
            first = self.event(relative, kind, day, case, place=rng.choice(RELOCATION), country="KP",
                               agency="MPS", reason=reason)
        else:
            first = self.event(relative, kind, day, case, place=relative.home, country="KP", agency="MSS",
                               facility="%s MSS holding centre" % town if kind == "interrogation" else None,
                               reason=reason)
        self.link(cause, first, link_kind, confidence=confidence)
        if kind != "forced-relocation":
            self.aftermath(relative, first, case, self.outcome(
                {"camp": 3, "prison": 3, "labour": 2, "release": 3}), reason)
        return first

    def telling_escape(self):
        """The demo's most telling escape: a 2013 defection from Hyesan whose
        guilt-by-association cascade reaches three generations and the in-laws, one
        relative punished with no recorded link, several still at risk."""
        home, gba = "Hyesan, Ryanggang", "guilt-by-association"
        case = self.new_case(home, second=1.0, extra=["R-002"])
        src = case.sources
        defector = self.person("M", 1974, home, src)
        father = self.relative(defector, "father", src, 1946)
        mother = self.relative(defector, "mother", src, 1949)
        brother = self.relative(defector, "brother", src, 1978)
        sister = self.relative(defector, "sister", src, 1981)
        wife = self.relative(defector, "spouse", src, 1977)
        son = self.relative(defector, "son", src, 1999)
        daughter = self.relative(defector, "daughter", src, 2003)
        father_in_law = self.relative(wife, "father", src, 1948)
        mother_in_law = self.relative(wife, "mother", src, 1951)
        sister_husband = self.relative(sister, "spouse", src, 1979)
        niece = self.relative(sister, "daughter", src, 2006)
        smuggler = self.person("M", 1968, home, src)
        self.tie(defector, smuggler, "broker", src)
        self.tie(defector, self.broker("hyesan", src[:1]), "broker", src[:1])
        self.tie(brother, smuggler, "friend", src[:1])
        defector.status = "resettled"
        for p in (mother, son, daughter, sister, niece, mother_in_law):
            p.protected = True

        day = datetime.date
        escape = self.event(defector, "defection", day(2013, 9, 14), case, date="2013-09-14", country="KP",
                            place="Hyesan, Ryanggang (crossed the Yalu to Changbai)")
        holding = dict(agency="MSS", facility="Hyesan MSS holding centre", country="KP", place=home)
        # The wife is questioned within a week, then arrested, tried and imprisoned.
        w = self.event(wife, "interrogation", day(2013, 9, 20), case, date="2013-09-20", reason=gba, **holding)
        self.link(escape, w, gba)
        self.chain(wife, w, case, [
            ("arrest", (10, 14), dict(agency="MSS", country="KP", place=home)),
            ("sentence", (90, 120), dict(agency="MSS", country="KP", sources=src + ["M-002"])),
            ("imprisonment", (10, 20), dict(agency="MPS", facility="Kyohwaso 12 (Jongori)", country="KP"))],
            reason=gba)
        wife.status = "detained"
        # The father is arrested (no reason recorded: the link says why) and disappears.
        f = self.event(father, "arrest", day(2013, 10, 5), case, date="2013-10-05", agency="MSS", country="KP",
                       place=home, sources=src + ["D-003"])
        self.link(escape, f, gba)
        f2, = self.chain(father, f, case, [("interrogation", (3, 10), holding)])
        f3 = self.event(father, "disappearance", day(2014, 2, 1), case, date="2014~", facility="Kwanliso 16",
                        country="KP", agency="MSS", confidence="hearsay", sources=src + ["R-003"])
        self.link(f2, f3, "led-to")
        # Under interrogation the father names the smuggler who took his son across.
        s = self.event(smuggler, "arrest", day(2013, 11, 8), case, date="2013-11", agency="MSS", country="KP",
                       place=home, reason="defection")
        self.link(f2, s, "exposed-by")
        self.chain(smuggler, s, case, [
            ("sentence", (60, 120), dict(agency="MSS", country="KP")),
            ("imprisonment", (10, 30), dict(agency="MPS", facility="Kyohwaso 1 (Kaechon)", country="KP"))],
            reason="defection")
        # The mother and the son are sent to a remote farm.
        for p in (mother, son):
            r = self.event(p, "forced-relocation", day(2014, 3, 12), case, date="2014-03", agency="MPS",
                           country="KP", place=RELOCATION[0], reason=gba)
            self.link(escape, r, gba, confidence="hearsay" if p is son else None)
        # The brother is arrested, serves four years, is released.
        b = self.event(brother, "arrest", day(2013, 11, 20), case, date="2013-11-20", agency="MSS",
                       country="KP", place=home, reason=gba)
        self.link(escape, b, gba)
        self.chain(brother, b, case, [
            ("sentence", (70, 90), dict(agency="MSS", country="KP")),
            ("imprisonment", (10, 20), dict(agency="MPS", facility="Kyohwaso 1 (Kaechon)", country="KP")),
            ("release", (1500, 1600), dict(country="KP", facility="Kyohwaso 1 (Kaechon)", date="2018~"))],
            reason=gba)
        brother.protected = True
        # The father-in-law is questioned for a month.
        fl = self.event(father_in_law, "interrogation", day(2013, 10, 15), case, date="2013-10/2013-11",
                        **holding)
        self.link(escape, fl, gba)
        self.chain(father_in_law, fl, case, [("detention", (20, 25), holding),
                                             ("release", (15, 30), dict(country="KP"))])
        father_in_law.protected = True
        # The sister's husband is arrested the next spring; nobody has connected it yet.
        other = self.new_case(home)
        a = self.event(sister_husband, "arrest", day(2014, 5, 9), other, date="2014-05", agency="MSS",
                       country="KP", place=home, reason="unknown")
        self.aftermath(sister_husband, a, other, "release", "unknown")
        # From Seoul the defector sends money and calls his sister.
        self.event(defector, "remittance", day(2016, 6, 1), case, date="2016~", place="Seoul", country="KR")
        self.event(sister, "contact-abroad", day(2016, 8, 3), case, date="2016-08?", place=home, country="KP")
        self.quiet += [defector, daughter, niece]
        return defector, escape

    def defection_cascade(self, punished, after):
        """A successful defection; `punished` relatives pay for it."""
        rng = self.rng
        home, _, region = rng.choice(BORDER_TOWNS)
        if rng.random() < 0.3:
            home = rng.choice(INLAND_TOWNS)
        case = self.new_case(home)
        src = case.sources
        d0 = self.pick_day(after)
        born = rng.randint(max(1962, d0.year - 45), d0.year - 19)
        defector = self.person("F" if rng.random() < 0.6 else "M", born, home, src)
        defector.status = rng.choice(["resettled", "resettled", "defected"])
        family = [self.relative(defector, "mother", src)]
        if rng.random() < 0.6:
            family.append(self.relative(defector, "father", src))
        family.append(self.relative(defector, rng.choice(["brother", "sister"]), src))
        if d0.year - born >= 24:
            spouse = self.relative(defector, "spouse", src)
            family.append(spouse)
            if rng.random() < 0.6:
                family.append(self.relative(spouse, rng.choice(["father", "mother"]), src))
        if d0.year - born >= 29:
            family.append(self.relative(defector, rng.choice(["son", "daughter"]), src,
                                        year=born + rng.randint(22, d0.year - born - 6)))
        if rng.random() < 0.5:
            cousin = self.person(rng.choice("MF"), born + rng.randint(-5, 5), home, src)
            self.tie(defector, cousin, "relative", src)
            cousin.protected = rng.random() < 0.7
        while len(family) <= punished:
            family.append(self.relative(defector, rng.choice(["brother", "sister"]), src))
        escape = self.event(defector, "defection", d0, case, country="KP",
                            place="%s (crossed into China)" % home)
        self.tie(defector, self.broker(region if rng.random() < 0.7 else "south", src[:1]), "broker", src[:1])
        order = list(family)
        rng.shuffle(order)
        for p in order[:punished]:
            reason = "guilt-by-association" if rng.random() < 0.6 else None
            self.punish_for(p, escape, case, self.later(d0, 10, 150), reason,
                            confidence="hearsay" if rng.random() < 0.2 else None)
        for p in order[punished:]:
            p.protected = rng.random() < 0.7
        return defector

    def caught_in_china(self, after, companion=False, relative_punished=False, showcase=False):
        """An escape that ends with arrest in China, forced repatriation and MSS custody."""
        rng = self.rng
        home, cn_town, region = rng.choice(BORDER_TOWNS)
        bridge = "hyesan" if home.startswith("Hyesan") else "west" if region == "west" else "north"
        repatriation_place, cn_centre, nk_centre = REPATRIATION[bridge]
        case = self.new_case(home, extra=["R-001"] if rng.random() < 0.3 else ())
        src = case.sources
        d0 = self.pick_day(after, last=2019)
        escapee = self.person("F" if rng.random() < 0.7 else "M", rng.randint(1962, d0.year - 17), home, src)
        group = [escapee]
        if companion:
            young = d0.year - escapee.birth_year < 40
            group.append(self.relative(escapee, "sister" if young else "daughter", src,
                                       year=escapee.birth_year - rng.randint(1, 5) if young else
                                       min(escapee.birth_year + 24, d0.year - 17)))
        mother = self.relative(escapee, "mother", src)
        mother.protected = rng.random() < 0.6
        broker = self.broker(bridge, src[:1])
        caught = self.later(d0, 20, 800)
        place = rng.choice([cn_town] + CHINA_DEEP)
        escape = None
        for p in group:
            style = "open" if (rng.random() < 0.08 and not showcase) else None
            escape = self.event(p, "escape-attempt", d0, case, country="KP",
                                date="/%04d" % d0.year if style else None,
                                place="%s (crossed the %s)" % (home, "Tumen" if bridge == "north" else "Yalu"))
            self.tie(p, broker, "broker", src[:1])
            reason = "defection" if rng.random() < 0.7 or showcase else None
            first = "arrest" if showcase or rng.random() < 0.7 else "detention"
            arrest = self.event(p, first, caught, case, place=place, country="CN", agency="PRC-PSB",
                                facility=cn_centre if first == "detention" else None, reason=reason)
            self.link(escape, arrest, "led-to")
            steps = []
            if first == "arrest" and (rng.random() < 0.6 or showcase):
                steps.append(("detention", (1, 10), dict(agency="PRC-PSB", facility=cn_centre, country="CN")))
            steps.append(("repatriation", (7, 40), dict(agency="PRC-PSB", place=repatriation_place, country="CN")))
            steps.append(("detention" if showcase or rng.random() < 0.2 else "arrest", (0, 1),
                          dict(agency="MSS", facility=nk_centre, country="KP")))
            made = self.chain(p, arrest, case, steps, reason)
            outcome = self.outcome({"labour": 35, "prison": 30, "camp": 20, "release": 10, "death": 5})
            if showcase:
                outcome = "camp"
            self.aftermath(p, made[-1], case, outcome, reason)
        if relative_punished:
            spouse = self.relative(escapee, "spouse" if caught.year - escapee.birth_year >= 22 else "father", src)
            self.punish_for(spouse, escape, case, self.later(caught, 40, 120),
                            "guilt-by-association" if rng.random() < 0.5 else None)
            return escapee, spouse
        elif rng.random() < 0.8 and d0.year - escapee.birth_year > 26:
            child = self.relative(escapee, rng.choice(["son", "daughter"]), src,
                                  year=escapee.birth_year + rng.randint(20, d0.year - escapee.birth_year - 4))
            child.protected = rng.random() < 0.7
        return escapee, None

    def caught_in_russia(self, after):
        """A dispatched worker who flees a logging camp in Russia and is sent back."""
        rng = self.rng
        home = rng.choice(INLAND_TOWNS)
        case = self.new_case(home)
        d0 = self.pick_day(after)
        worker = self.person("M", rng.randint(d0.year - 45, d0.year - 28), home, case.sources)
        wife = self.relative(worker, "spouse", case.sources)
        wife.protected = True
        self.relative(worker, rng.choice(["son", "daughter"]), case.sources,
                      year=min(worker.birth_year + 25, d0.year - 1)).protected = True
        escape = self.event(worker, "escape-attempt", d0, case, country="RU",
                            place=rng.choice(["Tynda, Amur (logging camp)", "Vladivostok (construction site)"]))
        arrest = self.event(worker, "arrest", self.later(d0, 5, 90), case, country="RU", agency="RU-MVD",
                            place=rng.choice(["Khabarovsk", "Vladivostok"]), reason="defection")
        self.link(escape, arrest, "led-to")
        made = self.chain(worker, arrest, case, [
            ("repatriation", (10, 60), dict(agency="RU-MVD", place="Vladivostok → Pyongyang", country="RU")),
            ("detention", (0, 2), dict(agency="MSS", facility="Pyongyang MSS holding centre", country="KP"))],
            "defection")
        self.aftermath(worker, made[-1], case, rng.choice(["camp", "prison"]), "defection")

    def caught_at_border(self, escapees, helper, after, gba_relative=False):
        """An escape stopped inside the country, with companions and a helper punished."""
        rng = self.rng
        home, _, region = rng.choice(BORDER_TOWNS)
        river = "Yalu" if region == "west" or home.startswith("Hyesan") else "Tumen"
        case = self.new_case(home)
        src = case.sources
        d0 = self.pick_day(after)
        main = self.person("F" if rng.random() < 0.55 else "M", rng.randint(max(1960, d0.year - 50), d0.year - 16),
                           home, src)
        group = [main]
        for _ in range(escapees - 1):
            if rng.random() < 0.5:
                group.append(self.relative(main, rng.choice(["brother", "sister"]), src,
                                           year=main.birth_year - rng.randint(1, 5)))
            else:
                friend = self.person(rng.choice("MF"), min(main.birth_year + rng.randint(-3, 3), d0.year - 16),
                                     home, src)
                self.tie(main, friend, "friend", src)
                group.append(friend)
        escapes = []
        for p in group:
            e = self.event(p, "escape-attempt", d0, case, country="KP",
                           place="%s (%s riverbank)" % (home, river))
            escapes.append(e)
            reason = "defection" if rng.random() < 0.75 else None
            a = self.event(p, "arrest", self.later(d0, 0, 3), case, country="KP", agency="MSS", place=home,
                           reason=reason)
            self.link(e, a, "led-to")
            made = self.aftermath(p, a, case, self.outcome(
                {"labour": 30, "prison": 35, "camp": 15, "release": 15, "execution": 5}), reason)
            last = made[-1] if made else a
            if last.kind == "release" and last.day and rng.random() < 0.6:
                # A second try years later; sometimes it succeeds.
                again = self.later(last.day, 200, 1500)
                if again <= END:
                    e2 = self.event(p, "escape-attempt", again, case, country="KP",
                                    place="%s (%s riverbank)" % (home, river))
                    self.link(last, e2, "led-to", confidence="hearsay")
                    if rng.random() < 0.6:
                        a2 = self.event(p, "arrest", self.later(again, 0, 5), case, country="KP", agency="MSS",
                                        place=home, reason="defection")
                        self.link(e2, a2, "led-to")
                        self.aftermath(p, a2, case, "camp", "defection")
                    else:
                        e2.kind = "defection"   # this time they reach the South
                        p.status = "resettled"
        if helper:
            who = self.relative(main, "mother", src) if rng.random() < 0.5 else \
                self.person(rng.choice("MF"), rng.randint(1950, min(1985, d0.year - 20)), home, src)
            if not who.parents and who not in main.parents:
                self.tie(main, who, rng.choice(["friend", "neighbour", "broker"]), src)
            a = self.event(who, "arrest", self.later(d0, 3, 40), case, country="KP", agency="MSS", place=home,
                           reason="defection" if rng.random() < 0.5 else None)
            self.link(escapes[0], a, "led-to")
            self.aftermath(who, a, case, self.outcome({"prison": 2, "labour": 2, "release": 1}),
                           a.fields.get("reason"))
        if gba_relative:
            father = self.relative(main, "father", src)
            self.punish_for(father, escapes[0], case, self.later(d0, 10, 60))
        elif rng.random() < 0.5:
            self.relative(main, rng.choice(["father", "mother"]), src).protected = True
        if rng.random() < 0.5:
            self.relative(main, rng.choice(["brother", "sister"]), src).protected = rng.random() < 0.6

    def phone_chain(self):
        """Call records found on a seized phone expose two more people."""
        home = "Hoeryong, North Hamgyong"
        case = self.new_case(home, second=1.0, extra=["D-001"])
        src = case.sources
        day = datetime.date
        caller = self.person("F", 1958, home, src)
        daughter = self.relative(caller, "daughter", src, 1984)
        daughter.status = "resettled"
        self.event(daughter, "defection", day(2009, 4, 2), None, src, date="2009-04~", country="KP",
                   place="Hoeryong (crossed the Tumen)")
        neighbour = self.person("F", 1962, home, src)
        self.tie(caller, neighbour, "neighbour", src)
        son = self.relative(neighbour, "son", src, 1988)
        son.status = "resettled"
        phone_broker = self.person("M", 1971, home, src)
        self.tie(caller, phone_broker, "broker", src)
        self.tie(neighbour, phone_broker, "broker", src)
        self.tie(daughter, self.broker("south", src[:1]), "broker", src[:1])
        self.event(caller, "remittance", day(2014, 9, 1), case, date="2014", place=home, country="KP")
        self.event(neighbour, "contact-abroad", day(2014, 12, 10), case, date="2014-12~", place=home, country="KP")
        call = self.event(caller, "contact-abroad", day(2015, 3, 14), case, date="2015-03-14", place=home,
                          country="KP")
        a = self.event(caller, "arrest", day(2015, 4, 2), case, date="2015-04-02", agency="MSS", country="KP",
                       place=home, reason="contact-abroad")
        self.link(call, a, "led-to")
        self.aftermath(caller, a, case, "labour", "contact-abroad")
        for p, d, outcome in ((neighbour, day(2015, 4, 11), "release"), (phone_broker, day(2015, 4, 9), "prison")):
            b = self.event(p, "arrest", d, case, agency="MSS", country="KP", place=home, reason="contact-abroad",
                           sources=src + ["D-001"])
            self.link(a, b, "exposed-by", sources=["D-001"] + src[:1], confidence="confirmed")
            self.aftermath(p, b, case, outcome, "contact-abroad")
        return caller

    def contact_abroad(self, people, after, in_china=False):
        """Phone calls or letters with family in the South, punished."""
        rng = self.rng
        home, _, region = rng.choice(BORDER_TOWNS[:5] if not in_china else BORDER_TOWNS[5:6])
        case = self.new_case(home)
        src = case.sources
        d0 = self.pick_day(after, first=2003)
        p = self.person(rng.choice("MF"), rng.randint(1950, 1985), home, src)
        abroad = self.relative(p, rng.choice(["brother", "sister", "son", "daughter"]) if p.birth_year < 1965
                               else rng.choice(["brother", "sister"]), src)
        abroad.status = "resettled"
        self.event(abroad, "defection", self.later(d0, -2000, -300), None, src, country="KP",
                   place="%s (crossed into China)" % home)
        self.tie(abroad, self.broker("south", src[:1]), "broker", src[:1])
        group = [p] + ([self.relative(p, "spouse", src)] if people > 1 else [])
        for q in group:
            act = self.event(q, rng.choice(["contact-abroad", "contact-abroad", "remittance"]) if q is not p
                             else "contact-abroad", self.later(d0, -60, -5), case, country="CN" if in_china else "KP",
                             place="Dandong, Liaoning" if in_china else home)
            reason = "contact-abroad" if rng.random() < 0.7 or in_china or act.kind != "contact-abroad" else None
            if in_china:
                a = self.event(q, "arrest", d0, case, country="CN", agency="MSS", place="Dandong, Liaoning",
                               reason=reason)
                self.link(act, a, "led-to")
                made = self.chain(q, a, case, [("detention", (1, 5), dict(
                    agency="MSS", facility="Sinuiju MSS holding centre", country="KP"))], reason)
                self.aftermath(q, made[-1], case, "camp", reason)
            else:
                a = self.event(q, "arrest", d0, case, country="KP", agency="MSS", place=home, reason=reason)
                self.link(act, a, "led-to")
                self.aftermath(q, a, case, self.outcome({"labour": 2, "release": 2, "prison": 1}), reason)

    def religion_abroad(self):
        """Two women who found a house church in China, caught there and sent back."""
        rng = self.rng
        home, _, _ = BORDER_TOWNS[3]
        case = self.new_case(home, extra=["R-001"])
        d0 = self.pick_day(False, first=2004)
        mother = self.person("F", rng.randint(1955, 1965), home, case.sources)
        daughter = self.relative(mother, "daughter", case.sources, mother.birth_year + 24)
        caught = self.later(d0, 300, 700)
        for p in (mother, daughter):
            self.event(p, "escape-attempt", d0, case, country="KP", place="Onsong (crossed the Tumen)")
            act = self.event(p, "religion", self.later(caught, -200, -30), case, country="CN",
                             place="Yanji, Jilin (house church)")
            a = self.event(p, "arrest", caught, case, country="CN", agency="PRC-PSB", place="Yanji, Jilin",
                           reason="religion")
            self.link(act, a, "led-to")
            made = self.chain(p, a, case, [
                ("repatriation", (10, 30), dict(agency="PRC-PSB", place="Tumen → Namyang", country="CN")),
                ("detention", (0, 1), dict(agency="MSS", facility="Onsong MSS holding centre", country="KP")),
                ("disappearance", (60, 300), dict(agency="MSS", facility="Kwanliso 15", country="KP",
                                                  confidence="hearsay"))], "religion")
            made[-1].sources.append("R-003")
            if p is mother:   # "taken away some time after that month": an open-ended date
                made[-1].fields["date"] = "%04d-%02d/" % (made[-1].day.year, made[-1].day.month)

    def inside_case(self, reason, people, after, agencies, act=None, outcomes=None, tie="associate"):
        """An arrest inside the country for `reason` (smuggling, religion, foreign media,
        unknown, other), of one person or a small group."""
        rng = self.rng
        home = rng.choice([t for t, _, _ in BORDER_TOWNS] + INLAND_TOWNS)
        case = self.new_case(home)
        src = case.sources
        d0 = self.pick_day(after)
        main = self.person(rng.choice("MF"), rng.randint(max(1945, d0.year - 60), d0.year - 17), home, src)
        group = [main]
        for _ in range(people - 1):
            if tie == "spouse":
                group.append(self.relative(main, "spouse", src))
            else:
                other = self.person(rng.choice("MF"), main.birth_year + rng.randint(-4, 4), home, src)
                self.tie(main, other, tie, src)
                group.append(other)
        for p in group:
            cause = self.event(p, act, self.later(d0, -90, -1), case, country="KP", place=home) if act else None
            agency = self.outcome(agencies)
            a = self.event(p, "arrest", self.later(d0, 0, 10), case, country="KP", agency=agency, place=home,
                           reason=reason)
            if cause:
                self.link(cause, a, "led-to")
            self.aftermath(p, a, case, self.outcome(outcomes or {"prison": 2, "labour": 2, "camp": 1}), reason)
        if rng.random() < 0.9:
            self.relative(main, rng.choice(["son", "daughter", "mother"]) if main.birth_year < d0.year - 40
                          else "mother", src).protected = rng.random() < 0.7
        return group

    def vanished(self, variant):
        """A disappearance nobody can explain: undated and nowhere, or only 'before 2010'."""
        home = self.rng.choice(INLAND_TOWNS)
        case = self.new_case(home)
        p = self.person("M", self.rng.randint(1950, 1970), home, case.sources)
        wife = self.relative(p, "spouse", case.sources)
        wife.protected = True
        if variant == "undated":
            self.event(p, "disappearance", None, case, reason="unknown", confidence="hearsay")
        else:
            self.event(p, "disappearance", datetime.date(2009, 6, 1), case, date="/2010", country="KP",
                       facility="Kwanliso 16", agency="MSS", reason="unknown", confidence="hearsay",
                       sources=case.sources + ["R-003"])

    # -- the whole archive ------------------------------------------------------------

    def build(self):
        """Every scenario in a fixed order: 66 cases, 113 punished people. The flags say
        which cases happen after 2011-12-17 (about 30% of the punished)."""
        yes, no = True, False
        demo_person, demo_escape = self.telling_escape()                  # 2 cases, 8 punished, 2013
        cascades = [self.defection_cascade(n, after) for n, after in      # 7 cases, 17 punished
                    ((3, no), (3, yes), (3, no), (2, no), (2, no), (2, no), (2, no))]
        china = [self.caught_in_china(after, companion="c" in spec,      # 15 cases, 23 punished
                                      relative_punished="r" in spec, showcase=spec == "s")
                 for spec, after in (("s", no), ("c", no), ("r", no), ("", yes), ("cr", no), ("", no),
                                     ("r", yes), ("", no), ("c", no), ("r", no), ("", no), ("", no),
                                     ("r", no), ("", no), ("", no))]
        for after in (no, yes):                                           # 2 cases, 2 punished
            self.caught_in_russia(after)
        for i, (escapees, helper, after) in enumerate((                  # 14 cases, 25 punished
                (1, no, no), (1, no, yes), (1, no, no), (1, no, no), (1, no, no), (1, no, no),
                (2, no, yes), (2, no, no), (2, yes, no), (2, yes, no),
                (1, yes, yes), (1, yes, no), (1, yes, no), (1, yes, no))):
            self.caught_at_border(escapees, helper, after, gba_relative=i == 0)
        self.phone_chain()                                                # 1 case, 3 punished, 2015
        for people, after, in_china in ((1, no, no), (2, yes, no), (1, no, no),   # 6 cases, 7 punished
                                        (1, no, no), (1, no, no), (1, no, yes)):
            self.contact_abroad(people, after, in_china)
        self.religion_abroad()                                            # 1 case, 2 punished
        for _ in range(2):                                                # 2 cases, 4 punished
            self.inside_case("religion", 2, no, {"MSS": 1}, act="religion",
                             outcomes={"camp": 3, "prison": 1}, tie="spouse")
        for i, (n, after) in enumerate(((2, no), (2, no), (2, no), (1, yes), (1, no))):  # 5 cases, 8
            group = self.inside_case("smuggling", n, after, {"MPS": 1, "MSS": 2}, act="smuggling",
                                     outcomes={"prison": 1} if i == 0 else {"prison": 2, "labour": 3, "release": 1})
            if i == 0:
                [e for e in group[0].events if e.kind == "sentence"][0].sources.append("D-002")
        for n, after in ((3, no), (2, yes), (1, yes), (1, no), (1, yes)):   # 5 cases, 8 punished
            self.inside_case("foreign-media", n, after, {"MSS": 8, "Group 109": 1, "MPS": 1},
                             act="foreign-media", outcomes={"labour": 3, "prison": 2}, tie="friend")
        executed, = self.inside_case("foreign-media", 1, yes, {"MSS": 1}, act="foreign-media",  # 1 case
                                     outcomes={"execution": 1})
        executed.events[-1].sources.append("M-001")
        self.vanished("undated")                                          # 3 cases, 3 punished
        self.vanished("open")
        self.inside_case("unknown", 1, no, {"MSS": 1}, outcomes={"camp": 1})
        for _ in range(2):                                                # 2 cases, 2 punished
            self.inside_case("other", 1, no, {"MSS": 1}, outcomes={"camp": 1, "prison": 1})

        # The path demo: a defector and the spouse of an escapee helped by the same broker.
        path_from, (escapee, path_to) = cascades[0], china[2]
        broker = [self.people[int(t["to"][2:]) - 1] for t in self.ties
                  if t["from"] == escapee.id and t["kind"] == "broker"][0]
        self.tie(path_from, broker, "broker", path_from.sources[:1])
        self.quiet += [path_from, escapee, path_to]
        self.random_ties(40)
        self.set_statuses()
        return {"escape": (demo_person.id, demo_escape.id), "path": (path_from.id, path_to.id)}

    def random_ties(self, count):
        """Neighbours, friends and colleagues within a town."""
        rng = self.rng
        quiet = {p.id for p in self.quiet}
        by_home = {}
        for p in self.people:
            if p.id not in quiet:
                by_home.setdefault(p.home, []).append(p)
        homes = sorted(h for h in by_home if len(by_home[h]) > 1)
        made = 0
        while made < count:
            a, b = rng.sample(by_home[rng.choice(homes)], 2)
            key = (min(a.id, b.id), max(a.id, b.id))
            if key not in self.tie_keys:
                kind = self.outcome({"neighbour": 45, "friend": 30, "colleague": 20, "associate": 5})
                self.tie(a, b, kind, sorted(set(a.sources[:1] + b.sources[:1])),
                         confidence="hearsay" if rng.random() < 0.15 else None)
                made += 1

    def set_statuses(self):
        """Last known status from what happened last; protection for people still inside."""
        rng = self.rng
        for p in self.people:
            kinds = [e.kind for e in sorted(p.events, key=lambda e: (e.day or END, e.id))]
            if p.status is None and kinds:
                for kind, status in (("execution", "executed"), ("death-in-custody", "died-in-custody")):
                    if kind in kinds:
                        p.status = status
                relevant = [k for k in kinds if k in PUNITIVE or k in ("release", "defection")]
                if p.status is None and relevant:
                    p.status = {"disappearance": "disappeared", "release": "released", "defection": "defected",
                                "forced-relocation": "unknown"}.get(relevant[-1], "detained")
            inside = p.status in (None, "released", "unknown") and "Seoul" not in p.home and \
                not any(b is p for b in self.brokers.values())
            if inside and not p.protected and rng.random() < 0.35:
                p.protected = True

    def sources(self):
        """Testimonies dated after the last event each reports on, then the other sources."""
        records = []
        for tid in self.testimonies:
            seen = self.covered.get(tid, datetime.date(2012, 1, 1))
            recorded = datetime.date(self.rng.randint(2014, 2023), self.rng.randint(1, 12), self.rng.randint(1, 28))
            day = min(max(seen + datetime.timedelta(days=self.rng.randint(60, 400)), recorded),
                      datetime.date(2024, 2, 28))
            date = day.isoformat() if self.rng.random() < 0.3 else day.isoformat()[:7]
            records.append({"id": tid, "kind": "testimony", "date": date,
                            "title": "Interview with a witness from %s, recorded in Seoul"
                                     % self.testimony_town.get(tid, "North Hamgyong")})
        for sid, kind, date, title in REPORTS:
            records.append({"id": sid, "kind": kind, "date": date, "title": title})
        return records

    def archive(self):
        links = [{"cause": l["cause"].id, "effect": l["effect"].id, "kind": l["kind"],
                  "confidence": l["confidence"], "sources": sorted(set(l["sources"]))} for l in self.links]
        ties = [{k: v for k, v in t.items() if v is not None} for t in self.ties]
        return {"format": FORMAT, "title": TITLE, "sources": self.sources(),
                "people": [p.record() for p in self.people], "ties": ties,
                "events": [e.record() for e in self.events],
                "links": [{k: v for k, v in l.items() if v is not None} for l in links]}


# ---------------------------------------------------------------------------------------
# Second records: the same person named again by a later testimony

FAMILY = ("parent", "spouse", "sibling", "relative")
SOUTH_SURNAME = {north: south for north, _, south, _ in SURNAMES}
HANGUL_SURNAME = {north: hangul for north, hangul, _, _ in SURNAMES}
SOUTH_SURNAME.update({"Ri": "Lee", "Pak": "Park", "Choe": "Choi", "Jong": "Jung", "O": "Oh", "Jo": "Cho"})


def add_duplicates(archive, count=6, seed=SEED + 12):
    """Appends `count` second records of people a later testimony names again, the way
    testimonies repeat a person: another spelling (the South's, hangul only, the given
    name run together, surname last), a birth year off by one or two and vaguer, the home
    town spelled another way, some of the same relatives, another testimony. They have
    no events of their own, so every figure of the report stays as it is; they are
    chosen outside the demo people's families so the demos' answers stay as they are.
    Their own random generator leaves the rest of the archive byte for byte the same.
    """
    rng = random.Random(seed)
    people = {p["id"]: p for p in archive["people"]}
    family = {}
    for t in archive["ties"]:
        if t["kind"] in FAMILY:
            family.setdefault(t["from"], []).append(t)
            family.setdefault(t["to"], []).append(t)
    # Keep away from the demos: within 4 family hops of the demo escape, and the path.
    near = {"P-0001"}
    frontier = ["P-0001"]
    for _ in range(4):
        frontier = [o for p in frontier for t in family.get(p, []) for o in (t["from"], t["to"]) if o not in near]
        near.update(frontier)
    path_people = {"P-0015", "P-0014", "P-0064", "P-0066"}
    for t in archive["ties"]:
        if t["from"] in path_people or t["to"] in path_people:
            near.update((t["from"], t["to"]))
    punished = {e["person"] for e in archive["events"] if e["kind"] in PUNITIVE}
    candidates = [p for p in archive["people"]
                  if p["id"] not in near and p["id"] in punished and not p.get("protected")
                  and len(family.get(p["id"], [])) >= 2 and "-" in p["name"]]
    originals = rng.sample(candidates, count)
    originals.sort(key=lambda p: p["id"])
    testimonies = [s["id"] for s in archive["sources"] if s["kind"] == "testimony"]
    next_id = len(archive["people"]) + 1
    for k, original in enumerate(originals):
        surname, given = original["name"].split(" ", 1)
        first, second = given.lower().split("-")
        south = [SYLLABLES[first][1], SYLLABLES[second][1]]
        style = k % 6
        record = {"id": "P-%04d" % next_id}
        if style == 0:
            record["name"] = "%s %s-%s" % (SOUTH_SURNAME.get(surname, surname), south[0].capitalize(), south[1])
        elif style == 1:
            record["name"] = original["hangul"]
        elif style == 2:
            record["name"] = "%s %s%s" % (surname, first.capitalize(), second)
        elif style == 3:
            record["name"] = "%s-%s %s" % (south[0].capitalize(), south[1], SOUTH_SURNAME.get(surname, surname))
        elif style == 4:
            record["name"] = "%s %s %s" % (SOUTH_SURNAME.get(surname, surname), south[0].capitalize(), south[1].capitalize())
        else:
            record["name"] = "%s %s-%s" % (surname, first.capitalize(), second)
        if style in (1, 4):
            record["hangul"] = original["hangul"]
        record["sex"] = original["sex"]
        year = int(original.get("born", "1970")[:4]) + rng.choice((-2, -1, 1, 2))
        record["born"] = rng.choice(("%d" % year, "%d~" % year, "%d/%d" % (year, year + 2)))
        town = original["home"].split(",")[0]
        record["home"] = rng.choice((town, town + "-si", town + ", " + original["home"].split(", ")[-1]))
        record["sources"] = [rng.choice([t for t in testimonies if t not in original["sources"]])]
        archive["people"].append(record)
        ties = family[original["id"]]
        kept = sorted(rng.sample(range(len(ties)), max(1, (len(ties) + 1) // 2)))
        for i in kept:
            t = ties[i]
            tie = {"from": record["id"] if t["from"] == original["id"] else t["from"],
                   "to": record["id"] if t["to"] == original["id"] else t["to"],
                   "kind": t["kind"], "sources": record["sources"]}
            archive["ties"].append(tie)
        next_id += 1
    return archive


# ---------------------------------------------------------------------------------------
# Output: 2-space indent, one field per line, short lists inline

def dumps(archive):
    def j(value):
        return json.dumps(value, ensure_ascii=False)
    lines = ["{", '  "format": %s,' % j(archive["format"]), '  "title": %s,' % j(archive["title"])]
    sections = ["sources", "people", "ties", "events", "links"]
    for i, section in enumerate(sections):
        records = archive[section]
        lines.append('  "%s": [' % section)
        for k, record in enumerate(records):
            body = ",\n".join("      %s: %s" % (j(key), j(value)) for key, value in record.items())
            lines.append("    {\n" + body + "\n    }" + ("," if k < len(records) - 1 else ""))
        lines.append("  ]" + ("," if i < len(sections) - 1 else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        sys.stderr.write(__doc__)
        return 2
    builder = SampleBuilder(SEED)
    demo = builder.build()
    text = dumps(add_duplicates(builder.archive())).encode("utf-8")
    if len(argv) == 2:
        tmp = argv[1] + ".tmp"
        with open(tmp, "wb") as f:
            f.write(text)
        os.replace(tmp, argv[1])
    else:
        sys.stdout.buffer.write(text)
    sys.stderr.write("most telling escape: person %s, event %s; path demo: %s -> %s\n"
                     % (demo["escape"] + demo["path"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
