"""make bench: KinGraph against networkx, igraph and rustworkx, side by side.

    python bench/run.py --kingraph PATH [--sizes 10000,100000,1000000] [--tools ...]

For each size: generates the synthetic archive once (cached in bench/data/), writes
a fixed seeded sample of questions (also cached), runs every tool in its own
process on the same archive and sample, checks that all give the same answers,
and only then prints the table of load time, peak memory and the median and 90th
percentile of each question, with KinGraph's ratio to the fastest peer.
"""
import argparse
import csv
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys


def query_bench(kingraph):
    """KinGraphQueryBench, built next to kingraph by `make bench`."""
    return os.path.join(os.path.dirname(os.path.abspath(kingraph)), "KinGraphQueryBench")


HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
PEERS = ["networkx", "igraph", "rustworkx"]
SEED = 20261127
SAMPLE_SIZES = {"neighbors": 2000, "because_of": 2000, "paths": 100}
# Bump when `kingraph generate` changes what it writes, so cached archives are remade.
GENERATOR_VERSION = 2


def archive_folder(kingraph, people):
    """The cached archive of `people` people, generated on first use."""
    folder = os.path.join(DATA, f"people-{people}-v{GENERATOR_VERSION}")
    if os.path.isdir(folder):
        return folder
    partial = folder + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    os.makedirs(DATA, exist_ok=True)
    subprocess.run([kingraph, "generate", "--people", str(people), "--seed", "1", "--output", partial], check=True)
    os.rename(partial, folder)
    return folder


def sample_file(folder, people):
    """The cached sample of questions for an archive: the same for every tool."""
    path = os.path.join(DATA, f"sample-{people}-v{GENERATOR_VERSION}.json")
    if os.path.exists(path):
        return path
    rng = random.Random(SEED + people)
    with open(os.path.join(folder, "people.csv"), newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        col = next(reader).index("id")
        ids = [row[col] for row in reader]
    with open(os.path.join(folder, "events.csv"), newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        ci, cp = header.index("id"), header.index("person")
        owner = {row[ci]: row[cp] for row in reader}
    with open(os.path.join(folder, "links.csv"), newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        cc, ce = header.index("cause"), header.index("effect")
        causers = sorted({owner[row[cc]] for row in reader if owner[row[cc]] != owner[row[ce]]})
    # because-of is asked about people whose events caused something to someone
    # else (otherwise the answer is trivially empty), the others about anyone.
    pool = causers if causers else ids
    sample = {
        "neighbors": [rng.choice(ids) for _ in range(SAMPLE_SIZES["neighbors"])],
        "because_of": [rng.choice(pool) for _ in range(SAMPLE_SIZES["because_of"])],
        "paths": [[rng.choice(ids), rng.choice(ids)] for _ in range(SAMPLE_SIZES["paths"])],
    }
    with open(path, "w") as f:
        json.dump(sample, f)
    return path


def run_tool(tool, kingraph, python, folder, sample):
    if tool == "kingraph":
        cmd = [query_bench(kingraph), "--archive", folder, "--sample", sample]
    else:
        cmd = [python, os.path.join(HERE, "peer.py"), tool, folder, sample]
    print(f"  running {tool}...", file=sys.stderr, flush=True)
    done = subprocess.run(cmd, check=True, stdout=subprocess.PIPE)
    return json.loads(done.stdout)


def check_same_answers(results):
    """Every tool's answers equal the first tool's; returns the list of differences."""
    reference = results[0]
    problems = []
    for other in results[1:]:
        for question in ("neighbors", "because_of", "path"):
            ours, theirs = reference["answers"][question], other["answers"][question]
            if len(ours) != len(theirs):
                problems.append(f"{other['tool']}: {question}: {len(theirs)} answers, {reference['tool']} gave {len(ours)}")
                continue
            bad = [i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b]
            for i in bad[:3]:
                problems.append(
                    f"{question} #{i}: {reference['tool']} says {str(ours[i])[:200]}, "
                    f"{other['tool']} says {str(theirs[i])[:200]}")
            if len(bad) > 3:
                problems.append(f"{question}: {len(bad) - 3} more differences with {other['tool']}")
    return problems


def percentile(values, q):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def table(results, counts):
    tools = [r["tool"] for r in results]
    rows = [("load: read the CSVs, build, ready to query (s)", lambda r: r["load_s"], "{:.2f}"),
            ("of which building the graph (s)", lambda r: r["build_s"], "{:.2f}"),
            ("peak memory (MB)", lambda r: r["peak_rss_bytes"] / 1e6, "{:.0f}")]
    for question, label, unit, scale, fmt in [
        ("neighbors", "depth-3 family neighbourhood", "µs", 1e3, "{:.1f}"),
        ("because_of", "because-of", "µs", 1e3, "{:.1f}"),
        ("path", "shortest path", "ms", 1e6, "{:.3f}"),
    ]:
        for name, q in (("median", 0.5), ("p90", 0.9)):
            rows.append((f"{label}, {name} ({unit})",
                         (lambda question, q, scale: lambda r: percentile(r["times_ns"][question], q) / scale)(question, q, scale),
                         fmt))
    if "kingraph" in tools:
        for question, label, unit, scale, fmt in [
            ("neighbors", "kingraph's whole answer, neighbourhood", "µs", 1e3, "{:.1f}"),
            ("because_of", "kingraph's whole answer, because-of", "µs", 1e3, "{:.1f}"),
            ("path", "kingraph's whole answer, path", "ms", 1e6, "{:.3f}"),
        ]:
            rows.append((f"{label}, median ({unit})",
                         (lambda question, scale: lambda r: percentile(r["full_result_times_ns"][question], 0.5) / scale
                          if "full_result_times_ns" in r else float("nan"))(question, scale),
                         fmt))
    has_ratio = "kingraph" in tools and any(t in PEERS for t in tools)
    header = ["measure"] + tools + (["kingraph ÷ fastest peer"] if has_ratio else [])
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join([" --- "] * len(header)) + "|"]
    for label, value, fmt in rows:
        values = {r["tool"]: value(r) for r in results}
        cells = [label] + [fmt.format(values[t]) if values[t] == values[t] else "–" for t in tools]
        if has_ratio:
            best = min(values[t] for t in tools if t in PEERS)
            if best != best:
                cells.append("–")
                lines.append("| " + " | ".join(cells) + " |")
                continue
            cells.append("{:.2f}×".format(values["kingraph"] / best) if best > 0 else "–")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kingraph", required=True)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--tools", default="kingraph," + ",".join(PEERS))
    args = parser.parse_args()
    tools = args.tools.split(",")
    report = []
    for people in [int(s) for s in args.sizes.split(",")]:
        folder = archive_folder(args.kingraph, people)
        sample = sample_file(folder, people)
        counts = {name: sum(1 for _ in open(os.path.join(folder, f"{name}.csv"), "rb")) - 1
                  for name in ("people", "ties", "events", "links")}
        print(f"\n{people:,} people ({counts['ties']:,} ties, {counts['events']:,} events, {counts['links']:,} links)",
              file=sys.stderr, flush=True)
        results = [run_tool(t, args.kingraph, sys.executable, folder, sample) for t in tools]
        problems = check_same_answers(results)
        if problems:
            print("\nThe tools disagree; no times are reported:", file=sys.stderr)
            for p in problems:
                print("  " + p, file=sys.stderr)
            sys.exit(1)
        title = (f"### {people:,} people: {counts['ties']:,} ties, {counts['events']:,} events, "
                 f"{counts['links']:,} links\n\nSame answers from {', '.join(tools)}: "
                 f"{len(results[0]['answers']['neighbors'])} neighbourhoods, "
                 f"{len(results[0]['answers']['because_of'])} because-of, {len(results[0]['answers']['path'])} paths.\n")
        block = title + "\n" + table(results, counts) + "\n"
        print("\n" + block, flush=True)
        report.append(block)
    with open(os.path.join(DATA, "results.md"), "w") as f:
        f.write("\n".join(report))


if __name__ == "__main__":
    main()
