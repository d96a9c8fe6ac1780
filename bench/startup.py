"""Start-up and the bundled claims, each against a bare reference measured side by side.

    python bench/startup.py [RUNS]

(1) `benchclaims --help` vs `python -c pass` (goal: at most 2x);
(2) `benchclaims verify` on the bundled claims, writing reports into a fresh folder (every chart
    drawn), and again into the same folder (nothing changed, nothing redrawn), vs
    `python -c "import pandas, matplotlib.pyplot"` (goal: at most 1.5x).
Runs are interleaved; medians are printed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "harness"]


def seconds(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=REPO, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(runs: int = 7) -> None:
    rows: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        seconds([*CLI, "verify", "--report-dir", str(Path(tmp) / "same")])  # the re-runs find it written
        for i in range(runs):
            fresh = str(Path(tmp) / f"fresh-{i}")
            same = str(Path(tmp) / "same")
            for name, cmd in (
                ("python -c pass", [sys.executable, "-c", "pass"]),
                ("benchclaims --help", [*CLI, "--help"]),
                ("import pandas, matplotlib.pyplot", [sys.executable, "-c", "import pandas, matplotlib.pyplot"]),
                ("verify, fresh report folder", [*CLI, "verify", "--report-dir", fresh]),
                ("verify, unchanged re-run", [*CLI, "verify", "--report-dir", same]),
            ):
                rows.setdefault(name, []).append(seconds(cmd))
    med = {k: statistics.median(v) for k, v in rows.items()}
    print(f"medians of {runs} runs")
    for name, value in med.items():
        print(f"  {name:<36} {value:6.3f} s")
    print(f"--help / python -c pass:                    {med['benchclaims --help'] / med['python -c pass']:.2f}x")
    ref = med["import pandas, matplotlib.pyplot"]
    print(f"verify fresh / import pandas+matplotlib:    {med['verify, fresh report folder'] / ref:.2f}x")
    print(f"verify re-run / import pandas+matplotlib:   {med['verify, unchanged re-run'] / ref:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
