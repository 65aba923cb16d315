"""make bench (explorer part): `kingraph serve` under load from wrk on loopback.

    python bench/serve_bench.py --kingraph PATH [--people 1000000] [--seconds 30] [--renders 10000]

Loads the cached archive of `run.py` (generated with --seed 1), starts the explorer
(protected people by pseudonym, as by default), and measures from a second process:
- wrk, 32 connections, the person page and /api/because-of over many people: p99 and
  requests per second;
- a diagram of a ~200-node neighbourhood: uncached (first request of each of several
  people) and cached (the same request again, and under wrk);
- the memory of the server and its render helpers across `--renders` distinct renders
  (a second server with the cache off, so every request renders).
"""
import argparse
import concurrent.futures
import csv
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402  (archive_folder, sample_file: the same cached archive and sample)


class Server:
    def __init__(self, kingraph, folder, extra):
        start = time.time()
        self.process = subprocess.Popen(
            [kingraph, "serve", "--archive", folder, "--port", "0", "--rate-limit", "0"] + extra,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("kingraph serve stopped before listening")
            match = re.search(r"(http://[^/]+)/\?token=([0-9a-f]+)", line)
            if match:
                self.base, self.token = match.group(1), match.group(2)
                break
        self.startup = time.time() - start

    def get(self, path):
        request = urllib.request.Request(self.base + path, headers={"Authorization": "Bearer " + self.token})
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                body = response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            body, status = error.read(), error.code
        return status, body, time.perf_counter() - start

    def memory_mb(self):
        """Resident memory of the server and of its render helpers (its children)."""
        def rss(pid):
            try:
                with open(f"/proc/{pid}/status") as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            return int(line.split()[1]) / 1024
            except OSError:
                return 0.0
            return 0.0
        children = []
        tasks = f"/proc/{self.process.pid}/task"
        for task in os.listdir(tasks) if os.path.isdir(tasks) else []:
            try:
                with open(f"{tasks}/{task}/children") as f:
                    children += [int(p) for p in f.read().split()]
            except OSError:
                pass
        return rss(self.process.pid), sum(rss(c) for c in children), len(children)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def wrk(server, paths, seconds, connections):
    """wrk over `paths` in turn: (p99 ms, requests/s, non-2xx)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("local paths = {" + ",".join(json.dumps(p) for p in paths) + "}\n")
        script.write("local i = 0\nrequest = function()\n  i = i % #paths + 1\n"
                     "  return wrk.format('GET', paths[i])\nend\n")
        name = script.name
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s",
         "-H", "Authorization: Bearer " + server.token, "-s", name, server.base],
        capture_output=True, text=True, check=True).stdout
    os.unlink(name)

    def ms(text):
        match = re.match(r"([\d.]+)(us|ms|s|m)", text)
        if match is None:
            raise SystemExit("wrk said:\n" + out)
        value, unit = match.groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

    p99 = ms(re.search(r"99%\s+(\S+)", out).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return p99, rps, int(bad.group(1)) if bad else 0


class Rows:
    """The table's rows, each also printed as soon as it is measured."""
    def __init__(self):
        self.rows = []

    def append(self, row):
        self.rows.append(row)
        print("measured:", " | ".join(row), flush=True)


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kingraph", required=True)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--renders", type=int, default=10_000)
    args = parser.parse_args()
    folder = run.archive_folder(args.kingraph, args.people)
    with open(run.sample_file(folder, args.people)) as f:
        sample = json.load(f)
    rows = Rows()
    with open(os.path.join(folder, "people.csv"), newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        ci, cp = header.index("id"), header.index("protected")
        hidden = {row[ci] for row in reader if row[cp].strip().lower() in ("true", "yes", "1")}

    server = Server(args.kingraph, folder, [])
    try:
        rows.append(("explorer start: load, redact, index (s)", f"{server.startup:.2f}", ""))
        # People shown as they are: protected ones go by pseudonym, so their real ids
        # are unknown to the explorer (and an unknown id costs a scan of every name).
        people = [p for p in sample["because_of"][:600] if p not in hidden][:400]
        shown = [p for p in sample["neighbors"][:600] if p not in hidden][:400]
        for p in people[:20] + shown[:20]:
            assert server.get("/api/because-of?person=" + p)[0] == 200, p
        for label, paths in [("person page", ["/person?id=" + p for p in shown]),
                             ("/api/because-of", ["/api/because-of?person=" + p for p in people])]:
            p99, rps, bad = wrk(server, paths, args.seconds, args.connections)
            rows.append((f"{label}: p99 (ms), {args.connections} connections, {args.seconds} s", f"{p99:.2f}", "≤ 20"))
            rows.append((f"{label}: requests/s", f"{rps:.0f}", "≥ 2,000"))
            if bad:
                rows.append((f"{label}: non-2xx answers", str(bad), "0"))

        # A ~200-node neighbourhood: people whose depth-2 or depth-3 neighbourhood has 120–300 people.
        chosen = []
        for p in shown[:300]:
            for depth in (2, 3):
                status, body, _ = server.get(f"/api/neighbors?person={p}&depth={depth}")
                if status == 200 and 120 <= len(json.loads(body)["results"]) + 1 <= 300:
                    chosen.append((p, depth, len(json.loads(body)["results"]) + 1))
                    break
            if len(chosen) == 8:
                break
        if chosen:
            warm_status, _, warm = server.get("/diagram/download?question=neighbors&person=" + shown[0] + "&format=svg")
            rows.append(("first diagram after start (builds the diagram index) (s)", f"{warm:.2f}", ""))
            uncached = []
            for p, depth, _ in chosen:
                status, _, seconds = server.get(f"/diagram/download?question=neighbors&person={p}&depth={depth}&format=svg")
                if status == 200:
                    uncached.append(seconds * 1000)
            nodes = statistics.median(n for _, _, n in chosen)
            if uncached:
                rows.append((f"~{nodes:.0f}-node diagram, uncached, median of {len(uncached)} (ms)",
                             f"{statistics.median(uncached):.0f}", "≤ 300"))
                rows.append((f"~{nodes:.0f}-node diagram, uncached, worst (ms)", f"{max(uncached):.0f}", ""))
            p, depth, _ = chosen[0]
            path = f"/diagram/download?question=neighbors&person={p}&depth={depth}&format=svg"
            cached = [server.get(path)[2] * 1000 for _ in range(300)]
            rows.append((f"~{nodes:.0f}-node diagram, cached, one client, p99 (ms)", f"{pct(cached, 99):.2f}", "≤ 5"))
            p99, rps, bad = wrk(server, [path], 10, args.connections)
            rows.append((f"~{nodes:.0f}-node diagram, cached, {args.connections} connections: p99 (ms)", f"{p99:.2f}", "≤ 5"))
            rows.append((f"~{nodes:.0f}-node diagram, cached: requests/s", f"{rps:.0f}", ""))
    finally:
        server.stop()

    # Memory across distinct renders, cache off: every request renders in a helper.
    server = Server(args.kingraph, folder, ["--cache-mb", "0", "--renders-per-helper", "100"])
    try:
        ids = [p for p in sample["neighbors"] if p not in hidden]
        marks, failed, start = [(0,) + server.memory_mb()], 0, time.time()

        def render(i):
            layout = "dot" if (i // len(ids)) % 2 == 0 else "neato"
            return server.get(f"/diagram/download?question=neighbors&person={ids[i % len(ids)]}&format=svg&layout={layout}")[0]

        step = max(1, args.renders // 10)
        with concurrent.futures.ThreadPoolExecutor(4) as pool:  # four clients: both helpers busy
            for chunk in range(0, args.renders, step):
                statuses = list(pool.map(render, range(chunk, min(args.renders, chunk + step))))
                failed += sum(status not in (200, 404) for status in statuses)
                marks.append((min(args.renders, chunk + step),) + server.memory_mb())
        elapsed = time.time() - start
        first, last = marks[1], marks[-1]
        peak = max(m[1] for m in marks)
        rows.append((f"{args.renders} renders: server memory first → last, peak (MB)",
                     f"{first[1]:.0f} → {last[1]:.0f}, {peak:.0f}", "flat"))
        rows.append((f"{args.renders} renders: helpers' memory, most seen (MB)", f"{max(m[2] for m in marks):.0f}", ""))
        rows.append((f"{args.renders} renders: time, failures", f"{elapsed:.0f} s, {failed}", "0 failures"))
        print("memory (renders, server MB, helpers MB, helpers):",
              ", ".join(f"{m[0]}: {m[1]:.0f}/{m[2]:.0f}/{m[3]}" for m in marks))
    finally:
        server.stop()

    print(f"\n#### The explorer on {args.people:,} people\n")
    print("| measure | kingraph serve | target |\n| --- | --- | --- |")
    for measure, value, target in rows.rows:
        print(f"| {measure} | {value} | {target} |")


if __name__ == "__main__":
    main()
