"""make bench, record linkage: `kingraph match` against splink (DuckDB) side by side.

    python bench/match_bench.py --kingraph PATH [--records 100000] [--rate 0.1]

Generates (once, cached in bench/data/) an archive whose people are duplicated at
--rate the way testimonies duplicate them, with truth.csv; runs `kingraph match --json`
and bench/splink_peer.py, each in its own process on the same people.csv at the same
threshold (0.8, KinGraph's default); scores both with bench/match_metrics.py against
truth.csv (pairwise precision and recall, B-cubed F1); prints the table and writes it
to bench/data/match-results.md. Times are wall clock for the whole process: reading
the records, training, scoring, clustering, writing the answer.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, HERE)
import match_metrics  # noqa: E402

GENERATOR_VERSION = 2
THRESHOLD = 0.8
# Each duplicated person gets 1.25 records on average (a quarter of them two).
RECORDS_PER_DUPLICATED_PERSON = 1.25


def archive(kingraph, records, rate):
    people = round(records / (1 + rate * RECORDS_PER_DUPLICATED_PERSON))
    folder = os.path.join(DATA, f"match-{records}-{rate}-v{GENERATOR_VERSION}")
    if os.path.isdir(folder):
        return folder
    partial = folder + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    os.makedirs(DATA, exist_ok=True)
    subprocess.run([kingraph, "generate", "--people", str(people), "--seed", "1", "--duplicates", str(rate),
                    "--output", partial], check=True)
    os.rename(partial, folder)
    return folder


def timed(command):
    start = time.perf_counter()
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE)
    return time.perf_counter() - start, done.stdout


def run_kingraph(kingraph, folder):
    seconds, out = timed([kingraph, "match", "--archive", folder, "--threshold", str(THRESHOLD), "--json"])
    answer = json.loads(out)
    return seconds, [(p["a"], p["b"]) for p in answer["pairs"]], answer["clusters"]


def run_splink(python, folder):
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, "splink.json")
        seconds, _ = timed([python, os.path.join(HERE, "splink_peer.py"), folder, out, "--threshold", str(THRESHOLD)])
        with open(out, encoding="utf-8") as f:
            answer = json.load(f)
    return seconds, [tuple(p) for p in answer["pairs"]], answer["clusters"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kingraph", required=True)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--tools", default="kingraph,splink")
    args = parser.parse_args()
    folder = archive(args.kingraph, args.records, args.rate)
    truth = match_metrics.read_truth(os.path.join(folder, "truth.csv"))
    true_pairs = len(match_metrics.true_pairs(truth))
    people = len(set(truth.values()))
    rows = {}
    for tool in args.tools.split(","):
        if tool == "kingraph":
            seconds, pairs, clusters = run_kingraph(args.kingraph, folder)
        elif tool == "splink":
            seconds, pairs, clusters = run_splink(sys.executable, folder)
        else:
            sys.exit(f"unknown tool {tool}")
        p, r, _ = match_metrics.pairwise(pairs, truth)
        _, _, b3 = match_metrics.bcubed(clusters, truth)
        rows[tool] = {"pairs": len(pairs), "precision": p, "recall": r, "bcubed": b3, "seconds": seconds}
    tools = list(rows)
    lines = [
        f"#### Record linkage: {len(truth):,} records of {people:,} people ({true_pairs:,} true pairs), threshold {THRESHOLD}",
        "",
        "| measure | " + " | ".join(tools) + " |",
        "| --- |" + " --- |" * len(tools),
        "| pairs proposed | " + " | ".join(f"{rows[t]['pairs']:,}" for t in tools) + " |",
        "| pairwise precision | " + " | ".join(f"{rows[t]['precision']:.3f}" for t in tools) + " |",
        "| pairwise recall | " + " | ".join(f"{rows[t]['recall']:.3f}" for t in tools) + " |",
        "| cluster B-cubed F1 | " + " | ".join(f"{rows[t]['bcubed']:.3f}" for t in tools) + " |",
        "| time, whole run (s) | " + " | ".join(f"{rows[t]['seconds']:.1f}" for t in tools) + " |",
    ]
    table = "\n".join(lines)
    print(table)
    k = rows.get("kingraph")
    if k:
        verdict = "targets met" if k["precision"] >= 0.95 and k["recall"] >= 0.90 and k["bcubed"] >= 0.93 else "TARGETS MISSED"
        print(f"\nKinGraph: precision ≥ 0.95, recall ≥ 0.90, B-cubed F1 ≥ 0.93: {verdict}")
    with open(os.path.join(DATA, "match-results.md"), "w", encoding="utf-8") as f:
        f.write(table + "\n")


if __name__ == "__main__":
    main()
