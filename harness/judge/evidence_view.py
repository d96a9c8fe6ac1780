"""`benchclaims evidence`: every row for a model across sources and snapshots, conflicts marked."""

from __future__ import annotations

from dataclasses import dataclass, field

from harness.claims.catalog import Catalog
from harness.evidence.records import ScoreRecord, as_of_text
from harness.evidence.store import EvidenceStore
from harness.judge.intervals import difference_interval
from harness.judge.significance import record_se
from harness.judge.uncertainty import record_score


@dataclass
class Conflict:
    """Rows of one model, benchmark, metric and setting that give different values."""

    benchmark: str
    metric: str
    setting: str
    values: list[tuple[float, str]]  # (value, reporter)
    agree: bool | None  # within their 95 % uncertainty; None when some row has none

    def as_json(self) -> dict:
        return {
            "benchmark": self.benchmark,
            "metric": self.metric,
            "setting": self.setting,
            "values": [{"value": v, "reported_by": r} for v, r in self.values],
            "agree_within_uncertainty": self.agree,
        }


@dataclass
class EvidenceView:
    model: str
    rows: list[ScoreRecord] = field(default_factory=list)
    current: list[bool] = field(default_factory=list)  # per row: from the newest copy of its source
    conflicts: list[Conflict] = field(default_factory=list)

    def as_json(self, catalog: Catalog) -> dict:
        out = []
        for r, current in zip(self.rows, self.current):
            bench = catalog.benchmark(r.benchmark)
            se = record_se(r, bench)
            out.append(
                {
                    "benchmark": r.benchmark,
                    "metric": r.metric,
                    "value": r.value,
                    "stderr": None if se is None else round(se, 6),
                    "n": r.n,
                    "setting": r.setting.label(),
                    "reported_by": r.reported_by,
                    "party": party(r),
                    "source": r.source_url,
                    "locator": r.source_locator,
                    "as_of": as_of_text(r.as_of),
                    "origin": r.origin,
                    "snapshot": r.snapshot or None,
                    "current": current,
                    "row_id": r.row_id,
                }
            )
        return {"model": self.model, "rows": out, "conflicts": [c.as_json() for c in self.conflicts]}


def party(r: ScoreRecord) -> str:
    return {True: "first-party", False: "third-party", None: "unknown"}[r.first_party]


def evidence_for(store: EvidenceStore, catalog: Catalog, model: str, benchmark: str | None = None) -> EvidenceView:
    """Every row for a model (and benchmark), old snapshots included, with conflicts found."""
    m = catalog.model(model)
    b = catalog.benchmark(benchmark) if benchmark else None
    rows = store.every_row(m.id, b.id if b else None)
    rows.sort(key=lambda r: (catalog.benchmark(r.benchmark).name.casefold(), r.metric, r.setting.label(), -r.value))
    view = EvidenceView(m.id, rows)
    for r in rows:
        window = store.windows.get(r.snapshot) if r.snapshot else None
        view.current.append(window is None or window[1] is None)
    groups: dict[tuple, list[ScoreRecord]] = {}
    for r, current in zip(rows, view.current):
        if current:
            groups.setdefault((r.benchmark, r.metric.casefold(), r.setting.label()), []).append(r)
    for (bench_id, _, label), members in groups.items():
        if len({r.value for r in members}) < 2:
            continue
        bench = catalog.benchmark(bench_id)
        scores = [record_score(r, bench) for r in members]
        agree = None
        if all(sc is not None for sc in scores):
            # do the 95 % intervals of their differences (Newcombe's for shares of n items) hold 0?
            agree = all(_holds_zero(difference_interval(a, c)) for i, a in enumerate(scores) for c in scores[i + 1 :])
        view.conflicts.append(
            Conflict(bench_id, members[0].metric, label, [(r.value, r.reported_by) for r in members], agree)
        )
    return view


def _holds_zero(interval: tuple[float, float]) -> bool:
    return interval[0] - 1e-9 <= 0.0 <= interval[1] + 1e-9
