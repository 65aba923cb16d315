"""make bench, the working store: a SQLite archive against the CSV folder it came from.

    python bench/store.py --kingraph PATH [--people 1000000] [--runs 3]

On the cached synthetic archive of `--people` people (bench/data/, made by
`kingraph generate --people N --seed 1` as run.py does), converted once to SQLite
(cached beside it): the load ready to query (parse or read, validate, index, every
field held) of the CSV folder and of the SQLite file, alternately, `--runs` times
each, with `KinGraphQueryBench` (built next to kingraph by `make bench`); then on a copy of the SQLite file, the wall
time of single `kingraph edit` commands (process start, open, validation of what
the change touches, write, audit entry) and of `kingraph apply` of 10,000 changes
in one transaction. Prints a table, and writes it to bench/data/store-results.md.
"""
import argparse
import csv
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import DATA, GENERATOR_VERSION, archive_folder, sample_file  # noqa: E402


def query_bench(kingraph):
    """KinGraphQueryBench, built next to kingraph by `make bench`."""
    return os.path.join(os.path.dirname(os.path.abspath(kingraph)), "KinGraphQueryBench")


SQLITE_VERSION = 1


def sqlite_archive(kingraph, folder, people):
    """The cached SQLite form of the CSV folder, converted on first use."""
    path = os.path.join(DATA, f"people-{people}-v{GENERATOR_VERSION}-s{SQLITE_VERSION}.kgdb")
    if os.path.exists(path):
        return path
    partial = path + ".partial.kgdb"
    if os.path.exists(partial):
        os.remove(partial)
    start = time.monotonic()
    subprocess.run([kingraph, "convert", "--archive", folder, "--to", partial], check=True, stdout=subprocess.DEVNULL)
    print(f"  converted to SQLite in {time.monotonic() - start:.1f} s", file=sys.stderr, flush=True)
    os.rename(partial, path)
    return path


def load_time(kingraph, archive, sample):
    done = subprocess.run([query_bench(kingraph), "--archive", archive, "--sample", sample],
                          check=True, stdout=subprocess.PIPE)
    report = json.loads(done.stdout)
    return report["load_s"], report["peak_rss_bytes"]


def wall(cmd, env):
    start = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kingraph", required=True)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    kg = args.kingraph
    folder = archive_folder(kg, args.people)
    sample = sample_file(folder, args.people)
    db = sqlite_archive(kg, folder, args.people)
    with open(os.path.join(folder, "people.csv"), newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        col = next(reader).index("id")
        ids = [row[col] for row in reader]
    with open(os.path.join(folder, "sources.csv"), newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        col = next(reader).index("id")
        source = next(reader)[col]

    csv_loads, db_loads, csv_rss, db_rss = [], [], [], []
    for _ in range(args.runs):
        t, r = load_time(kg, folder, sample)
        csv_loads.append(t)
        csv_rss.append(r)
        t, r = load_time(kg, db, sample)
        db_loads.append(t)
        db_rss.append(r)

    rng = random.Random(20261202)
    env = dict(os.environ, KINGRAPH_USER="bench")
    work = tempfile.mkdtemp(prefix="kingraph-store-bench-", dir=DATA)
    try:
        copy = os.path.join(work, "work.kgdb")
        shutil.copyfile(db, copy)
        edits = []
        for i in range(args.edits):
            person = rng.choice(ids)
            edits.append(wall([kg, "edit", person, "--archive", copy, "--set", f"home=Bench {i}",
                               "--source", source, "--reason", "bench"], env))
        changes = os.path.join(work, "changes.jsonl")
        with open(changes, "w", encoding="utf-8") as f:
            for i in range(10_000):
                if i % 10 == 9:
                    f.write(json.dumps({"op": "add", "kind": "person", "fields": {"name": f"Bench Person {i}"},
                                        "source": source}) + "\n")
                else:
                    f.write(json.dumps({"op": "edit", "record": rng.choice(ids), "set": {"status": "detained"},
                                        "source": source}) + "\n")
        apply_s = wall([kg, "apply", changes, "--archive", copy, "--reason", "bench"], env)
        size = os.path.getsize(db)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    csv_median, db_median = statistics.median(csv_loads), statistics.median(db_loads)
    edits.sort()
    block = (
        f"### The working store at {args.people:,} people (SQLite file {size / 1e6:,.0f} MB)\n\n"
        "| measure | figure | target |\n| --- | --- | --- |\n"
        f"| load ready to query, CSV folder (s, median of {args.runs}) | {csv_median:.2f} | |\n"
        f"| load ready to query, SQLite (s, median of {args.runs}) | {db_median:.2f} | ≤ 1.5× CSV |\n"
        f"| SQLite / CSV | {db_median / csv_median:.2f}× | ≤ 1.50× |\n"
        f"| peak memory, CSV / SQLite (MB) | {statistics.median(csv_rss) / 1e6:,.0f} / {statistics.median(db_rss) / 1e6:,.0f} | |\n"
        f"| single `kingraph edit`, wall incl. process start (ms, median / max of {len(edits)}) | "
        f"{statistics.median(edits) * 1000:.0f} / {edits[-1] * 1000:.0f} | ≤ 50 |\n"
        f"| `kingraph apply` of 10,000 changes, one transaction (s) | {apply_s:.2f} | ≤ 5 |\n"
    )
    print("\n" + block, flush=True)
    with open(os.path.join(DATA, "store-results.md"), "w") as f:
        f.write(block)


if __name__ == "__main__":
    main()
