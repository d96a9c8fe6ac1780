"""Scale: `benchclaims verify` on a synthetic project vs merely loading the same files.

For each size (claims x rows) it generates a project (2,000 models x 500 benchmarks at 1,000,000 rows,
one CSV per developer organisation, one YAML file per claim) and times, side by side in one run:
  (a) loading only: pandas `read_csv` of every evidence file + PyYAML's C loader over every claim file;
  (b) `benchclaims verify --no-report --json` on the same project (stdout discarded).
Both run as fresh processes; the table gives medians over runs, the ratio b/a, and peak RSS.
Then reports: a full first build of every claim page with charts, and a re-run after one row changed.

    python bench/scale.py                 # the full table (about 10 minutes on 2 cores)
    python bench/scale.py --quick         # small sizes only, for a smoke run
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


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, float, int]:
    """Run a command; return (seconds, peak RSS in MiB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0,):
        sys.exit(f"command failed ({code}): {' '.join(cmd)}\n{err[-2000:]}")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median reported)")
    parser.add_argument("--report-claims", type=int, default=2_000, help="claims for the report-writing figure")
    args = parser.parse_args()
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
