"""Scale: `benchclaims verify` on a synthetic project vs merely loading the same files.

For each size (claims x rows) it generates a project (2,000 models x 500 benchmarks at 1,000,000 rows,
one CSV per developer organisation, one YAML file per claim) and times, side by side in one run:
  (a) loading only: pandas `read_csv` of every evidence file + PyYAML's C loader over every claim file;
  (b) `benchclaims verify --no-report --json` on the same project (stdout discarded).
Both run as fresh processes; the table gives medians over runs, the ratio b/a, and peak RSS.
Then reports: a full first build of every claim page with charts, and a re-run after one row changed.

    python bench/scale.py                 # the full table (about 10 minutes on 2 cores)
    python bench/scale.py --quick         # small sizes only, for a smoke run
    python bench/scale.py --cohorts       # the cohort workload and 10^7 per-item rows (about 10 minutes)

`--cohorts`: 10,000 claims over 1,000,000 rows, a quarter of them "ranks in the top k among every
open-weight model (667 of 2,000) on the 50 benchmarks tagged tN", the rest outperforms/matches
against 1-3 competitors on 8 benchmarks. Per run: the load floor (a), `verify --no-report --json`
(b, default jobs: one per core), b/a, peak RSS (the largest process, and the whole process tree
sampled every 50 ms) and JSON bytes per claim. Then 10^7 per-item rows in a Parquet dataset
(2,000 models x 5 benchmarks x 1,000 items): writing it, opening it, one paired comparison (two
models' items read with filters pushed down, then the exact McNemar test), and reading it whole.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).parent.parent))  # harness, for the per-item dataset figures
from synthetic import generate  # noqa: E402

LOAD_ONLY = """
import glob, sys
import pandas as pd, yaml
root = sys.argv[1]
frames = [pd.read_csv(p) for p in sorted(glob.glob(root + '/results/published/*.csv'))]
docs = []
for p in sorted(glob.glob(root + '/claims/*.yaml')):
    with open(p) as f:
        docs.append(yaml.load(f, Loader=yaml.CSafeLoader))
print(sum(len(f) for f in frames), len(docs))
"""


def timed(cmd: list[str], env: dict | None = None, stdout=subprocess.DEVNULL, tree: list | None = None):
    """Run a command; return (seconds, peak RSS in MiB of its largest process, exit code).

    With `tree` (a list), the peak of the whole process tree's summed RSS (sampled every 50 ms, in
    MiB) is appended to it: forked workers share pages, so this sum over-counts what is resident.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env)
    peak = 0.0
    done = None
    if tree is not None:
        import psutil

        root = psutil.Process(proc.pid)
        while True:
            done = os.wait4(proc.pid, os.WNOHANG)  # reaps it when it ends, with its resource usage
            if done[0]:
                break
            try:
                procs = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in procs) / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.05)
    _, status, usage = done if done and done[0] else os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0,):
        sys.exit(f"command failed ({code}): {' '.join(cmd)}\n{err[-2000:]}")
    if tree is not None:
        tree.append(peak)
    return seconds, usage.ru_maxrss / 1024, code


def verify_cmd(root: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "harness", "verify", "--project", str(root), str(root / "claims"), *extra]


def measure(root: Path, runs: int) -> dict:
    a, b, rss_a, rss_b = [], [], [], []
    for _ in range(runs):  # interleaved, so both see the same machine state
        t, r, _ = timed([sys.executable, "-c", LOAD_ONLY, str(root)])
        a.append(t)
        rss_a.append(r)
        t, r, _ = timed(verify_cmd(root, "--no-report", "--json"))
        b.append(t)
        rss_b.append(r)
    return {
        "a": statistics.median(a),
        "b": statistics.median(b),
        "rss_a": max(rss_a),
        "rss_b": max(rss_b),
    }


def report_build(root: Path, runs: int) -> tuple[float, float]:
    """Median seconds for a full first report build and for a re-run with one changed row."""
    full, one = [], []
    for i in range(runs):
        reports = root / f"reports-{i}"
        full.append(timed(verify_cmd(root, "--report-dir", str(reports)))[0])
        csv = root / "results" / "published" / "org-00.csv"
        text = csv.read_text()
        lines = text.splitlines()
        head, first = lines[0], lines[1].split(",")
        first[4] = f"{float(first[4]) + 0.1 + i:.1f}"  # one score moves
        csv.write_text("\n".join([head, ",".join(first), *lines[2:]]) + "\n")
        one.append(timed(verify_cmd(root, "--report-dir", str(reports)))[0])
        csv.write_text(text)
    return statistics.median(full), statistics.median(one)


def cohorts(tmp: Path, runs: int, claims: int, rows: int, item_rows: int, jobs: int | None) -> None:
    """The cohort workload: load floor vs verify, RSS, JSON per claim; then per-item rows in a dataset."""
    root = generate(tmp / "cohorts", n_models=2_000, n_rows=rows, n_claims=claims, cohorts=True)
    out = tmp / "out.json"
    extra = ("--jobs", str(jobs)) if jobs else ()
    a, b, rss_a, rss_b, tree, size = [], [], [], [], [], []
    for _ in range(runs):  # interleaved, so both see the same machine state
        t, r, _ = timed([sys.executable, "-c", LOAD_ONLY, str(root)])
        a.append(t)
        rss_a.append(r)
        with open(out, "wb") as f:
            t, r, _ = timed(verify_cmd(root, "--no-report", "--json", *extra), stdout=f, tree=tree)
        b.append(t)
        rss_b.append(r)
        size.append(out.stat().st_size)
    ma, mb = statistics.median(a), statistics.median(b)
    print(
        f"cohort workload: {claims:,} claims ({claims // 4:,} rank claims over 667 open-weight models x 50 "
        f"benchmarks) over {rows:,} rows; medians of {runs}; cores: {os.cpu_count()}, jobs: {jobs or 'one per core'}"
    )
    print(
        f"  (a) load floor {ma:.2f}s  (b) verify --json {mb:.2f}s  b/a {mb / ma:.2f}  "
        f"(runs b: {', '.join(f'{x:.1f}' for x in b)})"
    )
    print(
        f"  peak RSS: largest process {max(rss_b):,.0f} MB, process tree {max(tree):,.0f} MB (load floor "
        f"{max(rss_a):,.0f} MB); JSON {statistics.median(size) / claims / 1000:.1f} KB per claim "
        f"({statistics.median(size) / 1e6:,.0f} MB)",
        flush=True,
    )
    items(tmp / "items", item_rows)


def items(folder: Path, n_rows: int) -> None:
    """Per-item rows in a Parquet dataset: write, open, one paired comparison, a full read."""
    import numpy as np
    import pyarrow as pa

    from harness.evidence.itemset import open_dataset, read_items, write_dataset
    from harness.judge.stats import paired_test

    n_models, n_bench = 2_000, 5
    n_items = n_rows // (n_models * n_bench)
    rng = np.random.default_rng(0)
    model = np.repeat(np.array([f"model-{i:04d}" for i in range(n_models)], dtype=object), n_items)
    item = np.tile(np.array([f"q{k:05d}" for k in range(n_items)], dtype=object), n_models)
    start = time.perf_counter()
    for j in range(n_bench):
        ability = np.repeat(rng.uniform(0.2, 0.95, n_models), n_items)
        score = (rng.random(n_models * n_items) < ability).astype(np.float64)
        table = pa.table({"model": model, "benchmark": [f"bench-{j:03d}"] * len(model), "item": item, "score": score})
        write_dataset(str(folder), table)
    written = time.perf_counter() - start
    size = sum(p.stat().st_size for p in folder.rglob("*.parquet"))
    times = []
    for run in range(3):
        open_dataset.cache_clear()
        t0 = time.perf_counter()
        dataset = open_dataset(str(folder))
        t1 = time.perf_counter()
        pair = read_items(str(folder), [f"model-{7 + run:04d}", f"model-{1500 + run:04d}"], "bench-002")
        t2 = time.perf_counter()
        result = paired_test(*pair.values())
        t3 = time.perf_counter()
        times.append((t1 - t0, t2 - t1, t3 - t2))
    t0 = time.perf_counter()
    whole = dataset.to_table().num_rows
    full = time.perf_counter() - t0
    opened, read, test = (statistics.median(x) for x in zip(*times))
    print(
        f"per-item rows: {whole:,} in a dataset of {size / 1e6:,.1f} MB (written in {written:.1f}s); open "
        f"{opened * 1000:.0f} ms, two models' items ({2 * n_items:,} rows) {read * 1000:.0f} ms, {result.test} "
        f"{test * 1000:.0f} ms (medians of 3); the whole dataset read {full:.1f}s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median reported)")
    parser.add_argument("--report-claims", type=int, default=2_000, help="claims for the report-writing figure")
    parser.add_argument("--cohorts", action="store_true", help="the cohort workload and 10^7 per-item rows only")
    parser.add_argument("--jobs", type=int, default=None, help="--cohorts: verify's --jobs [default: one per core]")
    args = parser.parse_args()
    if args.cohorts:
        with tempfile.TemporaryDirectory() as tmp:
            if args.quick:
                cohorts(Path(tmp), args.runs, 400, 1_000_000, 1_000_000, args.jobs)
            else:
                cohorts(Path(tmp), args.runs, 10_000, 1_000_000, 10_000_000, args.jobs)
        return
    sizes = [(1_000, 100_000), (10_000, 100_000), (1_000, 1_000_000), (10_000, 1_000_000)]
    if args.quick:
        sizes = [(100, 10_000), (1_000, 100_000)]
        args.report_claims = min(args.report_claims, 200)
    print(f"benchclaims scale, medians of {args.runs} runs; (a) = pandas read_csv + PyYAML CSafeLoader only")
    print(f"{'claims':>7} {'rows':>10} | {'(a) load':>9} {'(b) verify':>10} {'b/a':>6} | {'RSS a':>8} {'RSS b':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for claims, rows in sizes:
            root = generate(Path(tmp) / f"p{claims}-{rows}", n_models=rows // 500, n_rows=rows, n_claims=claims)
            m = measure(root, args.runs)
            print(
                f"{claims:>7,} {rows:>10,} | {m['a']:>8.2f}s {m['b']:>9.2f}s {m['b'] / m['a']:>6.2f} | "
                f"{m['rss_a']:>6.0f}MB {m['rss_b']:>6.0f}MB",
                flush=True,
            )
        rows = 100_000 if args.quick else 1_000_000
        root = generate(Path(tmp) / "reports", n_models=rows // 500, n_rows=rows, n_claims=args.report_claims)
        full, one = report_build(root, max(1, args.runs - 1) if not args.quick else 1)
        print(
            f"reports for {args.report_claims:,} claims over {rows:,} rows: first build {full:.1f}s, "
            f"re-run with one changed row {one:.1f}s (cores: {os.cpu_count()})"
        )


if __name__ == "__main__":
    main()
