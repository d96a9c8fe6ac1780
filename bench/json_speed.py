"""JSON writing: bytes and CPU time per claim of `verify --json`'s encoder on the cohort workload's mix.

Generates the `scale.py --cohorts` project at a smaller claim count (2,000 models, 1,000,000 rows,
400 claims by default: a quarter ranks among the 667 open-weight models on 50 benchmarks, the rest
outperforms/matches against 1-3 competitors on 8), verifies it once in this process, then encodes
every claim as `verify --json` does in its workers (`jsonout.encode_claim`, compact layout, the
rows' texts cached per process as there) and prints the CPU time per claim (median of 5 passes, each
from cold row and power caches) and the bytes per claim (claims, and the evidence table). The full layout is
left out: one rank claim over this cohort is about 70 MB in it.

    python bench/json_speed.py                  # 400 claims
    python bench/json_speed.py --claims 2000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).parent.parent))
from synthetic import generate  # noqa: E402

from harness.report import jsonout  # noqa: E402
from harness.verify import Project, verify  # noqa: E402

try:  # the records' encoders (and `_source`'s cache) left jsonout for jsonrecords; an older checkout has them there
    from harness.report import jsonrecords
except ImportError:
    jsonrecords = jsonout
try:  # the lines written piece by piece (and the power texts' cache) left jsonrecords for jsonrecord_text
    from harness.report import jsonrecord_text
except ImportError:
    jsonrecord_text = jsonrecords
try:  # a rank unit's kept comparisons are written from their prototypes' fields (since kept_text)
    from harness.report import kept_text
except ImportError:
    kept_text = None


def passes(results, runs: int = 5) -> tuple[float, int, int]:
    """Median CPU seconds per claim, and the bytes of the claims' and the rows' texts."""
    times = []
    for _ in range(runs):
        for module, cache in ((jsonout, "_row_text"), (jsonrecords, "_source")):
            # (a checkout before the rows' texts were cached has no _row_text; a later one keeps them by
            # the record's id in _ROW_TEXTS, and the rows' ids in _KEYS)
            if hasattr(getattr(module, cache, None), "cache_clear"):
                getattr(module, cache).cache_clear()
        # (and the power records' lines and texts, kept by the Power's id, as cold as the rows')
        for module, table in (
            (jsonout, "_ROW_TEXTS"),
            (jsonrecords, "_KEYS"),
            (jsonrecord_text, "_POWER_TEXTS"),
            (jsonrecords, "_POWER_LINES"),
            (kept_text, "_FIELDS"),  # a rank unit's kept comparisons' fields, by the comparison first made
        ):
            getattr(module, table, {}).clear()
        start = time.process_time()
        texts, rows = [], {}
        for r in results:
            text, found = jsonout.encode_claim(r)
            texts.append(text)
            rows.update(found)
        times.append(time.process_time() - start)
    claims = sum(len(t.encode()) for t in texts)
    table = sum(len(t.encode()) + 6 for t in rows.values())  # each row's line with its indent and comma
    return statistics.median(times) / len(results), claims, table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = generate(Path(tmp) / "p", n_models=2_000, n_rows=1_000_000, n_claims=args.claims, cohorts=True)
        run = verify(Project(root), [root / "claims"], full=False)
        n = len(run.results)
        cpu, claims, table = passes(run.results)
        print(
            f"compact JSON of {n:,} claims: encoding {cpu * 1000:.2f} ms of CPU per claim (median of 5); "
            f"{(claims + table) / n / 1000:.1f} KB per claim (claims {claims / n / 1000:.1f}, "
            f"evidence table {table / n / 1000:.1f})"
        )


if __name__ == "__main__":
    main()
