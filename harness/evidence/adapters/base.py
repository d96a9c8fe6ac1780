"""The one small base class every evidence adapter implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.errors import InputError, UnknownNameError
from harness.evidence.columns import Batch
from harness.evidence.fetching import Fetched


class Adapter:
    """Turn one file of a foreign format into typed score records."""

    name = "adapter"

    def matches(self, path: Path) -> bool:
        raise NotImplementedError

    def load(self, path: Path, label: str, catalog: Catalog) -> tuple[list[Batch], list[InputError]]:
        """Return the file's rows as columnar batches, and one InputError per bad row."""
        raise NotImplementedError


def first_party(catalog: Catalog, reported_by: str, model_id: str) -> bool | None:
    """True when the reporter is the model's developer; None when the reporter is unknown."""
    try:
        org = catalog.organisation(reported_by)
    except UnknownNameError:
        return None
    return org.id == catalog.model(model_id).developer


@dataclass
class ImportOptions:
    """What the user told `benchclaims import` about a source (flags; empty means not given)."""

    model: str = ""  # --model: the model a run of a local path measured
    task_map: dict[str, str] = field(default_factory=dict)  # --map TASK=BENCHMARK
    columns: dict[str, str] = field(default_factory=dict)  # --columns SRC=FIELD (csv)
    source_url: str = ""
    reported_by: str = ""
    as_of: date | None = None
    locator: str = ""
    metric: str = ""
    scale: str = "auto"  # auto | fraction | percent

    def as_dict(self) -> dict:
        """The options as recorded with a snapshot (what was asked, so the import can be repeated)."""
        out = {}
        for key, value in self.__dict__.items():
            if value not in ("", {}, None, "auto"):
                out[key] = value.isoformat() if isinstance(value, date) else value
        return out


@dataclass
class ImportedRow:
    """One score as a source states it, already on our scale (percent for accuracies)."""

    model: str  # the source's spelling
    benchmark: str  # the source's spelling (or the task name)
    metric: str
    value: float
    reported_by: str
    source_url: str
    locator: str
    as_of: date
    stderr: float | None = None
    n: int | None = None
    setting: str = ""
    shots: int | None = None
    aggregation: str = ""
    harness: str = ""
    subset: str = ""
    prompt: str = ""
    notes: str = ""
    partial: bool = False
    items: dict[str, float] | None = None
    clusters: dict[str, str] | None = None  # item id -> group (a repository, a subject), when the source gives them
    # what the source says about the model, for a catalog entry when the name is new
    developer: str = ""
    open_weights: bool | None = None
    license: str = ""
    release_date: date | None = None
    aliases: tuple[str, ...] = ()  # other spellings the source gives for the same model (tried in order)
    benchmark_items: int | None = None
    benchmark_kind: str = ""  # for a new catalog entry: percent (default), elo, rating, count, points
    scale: str = "percent"  # percent (as given), fraction (0-1: times 100 on a percent benchmark), unknown, as-is
    higher_is_better: bool | None = None  # False for a lower-is-better metric (per the metric vocabulary)
    max_score: float | None = None  # a maximum the source states (EEE `max_score: 5`)
    above_100: bool = False  # a percent that can pass 100 (a word error rate, per the metric vocabulary)
    suite: str = ""  # the suite and release a result belongs to ("helm_lite v1.13.0"), when the file says
    min_score: float = 0.0  # the lowest score the metric allows (-1 for a correlation, -inf for BLEURT)
    skip: str = ""  # a row the file states but that cannot be imported, and why (counted, never written)
    # where in its file the row is stated, where its locator does not say ('board.csv line 4': a csv table's
    # locator is one for the whole table): named in messages about the row, never written
    at: str = ""

    @classmethod
    def skipped(cls, model: str, benchmark: str, metric: str, locator: str, why: str) -> ImportedRow:
        """A row the file states without a score that can be imported: named and located, its reason in `skip`;
        its value, source and day are placeholders nothing reads (a skipped row is counted, never written)."""
        return cls(model=model, benchmark=benchmark, metric=metric, value=0.0, reported_by="", source_url="",
                   locator=locator, as_of=None, skip=why)  # fmt: skip


class Importer:
    """Turn the bytes of one published file into ImportedRows."""

    name = "importer"
    version = "1"
    summary = ""
    # the per-format options (ImportOptions fields) this importer reads; import refuses any other one given,
    # which would do nothing, unseen. Every importer reads the rest (urls, dates, --map, --scale) through import_table
    reads: frozenset[str] = frozenset()

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        raise NotImplementedError
