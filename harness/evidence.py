"""Score records with provenance, and the evidence table the engine reads."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from harness.catalog import Catalog
from harness.errors import InputError
from harness.settings import Setting


@dataclass(frozen=True)
class ScoreRecord:
    """One published or locally measured score, and where it came from."""

    origin: str
    model: str
    benchmark: str
    metric: str
    setting: Setting
    value: float
    reported_by: str
    source_url: str
    source_locator: str
    as_of: date
    model_name: str = ""
    benchmark_name: str = ""
    setting_text: str = ""
    stderr: float | None = None
    n: int | None = None
    first_party: bool | None = None
    notes: str = ""
    kind: str = "published"
    partial: bool = False
    items: dict[str, float] | None = field(default=None, compare=False, hash=False)

    @property
    def row_id(self) -> str:
        """A stable id from what the row *is*, not where it sits in a file."""
        parts = [self.model, self.model_name, self.benchmark, self.benchmark_name, self.metric, self.setting_text]
        key = "|".join(parts + [self.setting.label(), self.reported_by, self.source_url])
        return hashlib.sha1(key.encode()).hexdigest()[:12]

    def source_dict(self) -> dict:
        return {
            "row_id": self.row_id,
            "origin": self.origin,
            "value": self.value,
            "reported_by": self.reported_by,
            "first_party": self.first_party,
            "url": self.source_url,
            "locator": self.source_locator,
            "as_of": self.as_of.isoformat(),
            "setting": self.setting_text,
            "kind": self.kind,
            "partial": self.partial,
        }


@dataclass(frozen=True)
class EvidenceFilter:
    """Which rows a claim may use; empty fields mean no restriction."""

    reported_by: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    setting: tuple[tuple[str, object], ...] = ()
    as_of: date | None = None
    kinds: tuple[str, ...] = ()

    def accepts(self, r: ScoreRecord) -> bool:
        if self.reported_by and r.reported_by.casefold() not in {x.casefold() for x in self.reported_by}:
            return False
        if self.sources and not any(s in r.source_url for s in self.sources):
            return False
        if self.setting and not r.setting.matches(dict(self.setting)):
            return False
        if self.as_of is not None and r.as_of > self.as_of:
            return False
        if self.kinds and r.kind not in self.kinds:
            return False
        return True


@dataclass
class Evidence:
    """All loaded score records; lookups by model and benchmark."""

    records: list[ScoreRecord] = field(default_factory=list)

    def select(self, flt: EvidenceFilter, model: str | None = None, benchmark: str | None = None) -> list[ScoreRecord]:
        return [
            r
            for r in self.records
            if (model is None or r.model == model)
            and (benchmark is None or r.benchmark == benchmark)
            and flt.accepts(r)
        ]

    def benchmarks_of(self, model: str, flt: EvidenceFilter) -> set[str]:
        return {r.benchmark for r in self.records if r.model == model and flt.accepts(r)}

    def frame(self):
        """Return the evidence as a pandas DataFrame (one row per record)."""
        import pandas as pd

        rows = [
            {
                "row_id": r.row_id,
                "model": r.model,
                "benchmark": r.benchmark,
                "metric": r.metric,
                "setting": r.setting.label(),
                "value": r.value,
                "stderr": r.stderr,
                "n": r.n,
                "reported_by": r.reported_by,
                "first_party": r.first_party,
                "source_url": r.source_url,
                "as_of": r.as_of,
                "kind": r.kind,
                "origin": r.origin,
            }
            for r in self.records
        ]
        return pd.DataFrame(rows)


def load_evidence(results_dir: Path, catalog: Catalog, root: Path) -> tuple[Evidence, list[InputError]]:
    """Load every evidence file under `results_dir`; bad rows become problems, not crashes."""
    from harness.adapters import adapter_for

    evidence = Evidence()
    problems: list[InputError] = []
    seen: dict[str, str] = {}
    if not results_dir.is_dir():
        return evidence, []  # a new project has no evidence yet: every claim is then insufficient_evidence
    for path in sorted(p for p in results_dir.rglob("*") if p.is_file()):
        label = relative_label(path, root)
        adapter = adapter_for(path)
        if adapter is None:
            continue
        try:
            records, row_problems = adapter.load(path, label, catalog)
        except InputError as exc:
            problems.append(exc)
            continue
        problems.extend(row_problems)
        for r in records:
            # the row id names a row in drift reports, so two rows must never share one
            if r.row_id in seen:
                file, _, line = r.origin.rpartition(":")
                problems.append(
                    InputError(
                        file or r.origin,
                        f"duplicates {seen[r.row_id]} (same model, benchmark, metric, setting, reporter and URL)",
                        line=int(line) if line.isdigit() else None,
                    )
                )
                continue
            seen[r.row_id] = r.origin
            evidence.records.append(r)
    return evidence, problems


def relative_label(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
