"""Test published numbers against local re-runs: is the published value inside the re-run's interval?"""

from __future__ import annotations

from dataclasses import dataclass

from harness.claims.catalog import Catalog
from harness.evidence.records import EvidenceFilter, ScoreRecord
from harness.evidence.store import EvidenceStore
from harness.judge import stats
from harness.judge.significance import EPS
from harness.judge.uncertainty import value_interval


@dataclass
class RerunCheck:
    """Does a published number lie inside a local re-run's confidence interval?"""

    model: str
    benchmark: str
    published: ScoreRecord
    rerun: ScoreRecord
    low: float | None
    high: float | None

    @property
    def inside(self) -> bool | None:
        if self.low is None:
            return None
        return self.low - EPS <= self.published.value <= self.high + EPS


def rerun_checks(catalog: Catalog, evidence: EvidenceStore, alpha: float = stats.DEFAULT_ALPHA) -> list[RerunCheck]:
    """Pair every published row with each full local re-run of the same model and benchmark."""
    out = []
    every = EvidenceFilter()
    for run in evidence.of_kind("local"):
        # Wilson for a share of n items (never past 0 or 100), else value ± z·SE cut at the range
        low, high = value_interval(run, catalog.benchmark(run.benchmark), alpha)
        for pub in evidence.select(every, model=run.model, benchmark=run.benchmark):
            if pub.kind == "published":
                out.append(RerunCheck(run.model, run.benchmark, pub, run, low, high))
    return sorted(out, key=lambda c: (c.model, c.benchmark, c.published.row_id, c.rerun.row_id))
