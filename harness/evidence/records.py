"""Score records with provenance, and the filter a claim puts on them: the bottom layer."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field, fields
from datetime import date

from harness.evidence.itemset import DatasetItems
from harness.evidence.itemstore import ItemsFile
from harness.evidence.settings import Setting

# what makes a row the same row: these fields, the setting by its label (two rows equal in all of
# them share a row id, and the store keeps only the first)
ROW_IDENTITY = (
    "model",
    "model_name",
    "benchmark",
    "benchmark_name",
    "metric",
    "setting_text",
    "setting",
    "reported_by",
    "source_url",
    "source_locator",  # two tables at one URL (a main result and an ablation) are two rows
)


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
    as_of: date | None  # None: the source gives no date (only an imported row, which cites its snapshot)
    model_name: str = ""
    benchmark_name: str = ""
    setting_text: str = ""
    stderr: float | None = None
    n: int | None = None
    first_party: bool | None = None
    notes: str = ""
    kind: str = "published"
    partial: bool = False
    snapshot: str = ""  # sha256 of the imported snapshot the row came from; "" for hand-typed rows
    items: dict[str, float] | ItemsFile | DatasetItems | None = field(default=None, compare=False, hash=False)

    @classmethod
    def of_fields(cls, values: tuple, row_id: str) -> ScoreRecord:
        """The record of every field's value (in the order of `FIELDS`) and its row id (`row_id_of`),
        made without the generated `__init__`, which sets each of a frozen dataclass's 21 fields through
        `object.__setattr__`. The same record: its fields in its `__dict__`, in order, then its row id
        where `row_id` keeps it once worked out."""
        rec = _new(cls)
        state = rec.__dict__
        state.update(zip(FIELDS, values))
        state["row_id"] = row_id
        return rec

    def per_item(self) -> dict[str, float] | None:
        """Per-item results (item id -> score), read from their file only when asked for."""
        if hasattr(self.items, "load"):  # an ItemsFile, or items in a dataset (DatasetItems)
            return self.items.load()
        return self.items or None

    def item_clusters(self) -> dict[str, str] | None:
        """Each item's cluster (item id -> group) when the per-item results give them, else None."""
        if isinstance(self.items, (ItemsFile, DatasetItems)):
            return self.items.clusters()
        return None

    @functools.cached_property
    def row_id(self) -> str:
        """A stable id from what the row *is*, not where it sits in a file.

        Two copies (snapshots) of one source share a row's id: a re-check then reports "value 86.2 → 80.1"
        for the row that changed upstream, and nothing for the rows that did not.
        """
        parts = [self.setting.label() if f == "setting" else getattr(self, f) for f in ROW_IDENTITY]
        return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]

    @functools.cached_property
    def _source(self) -> dict:
        return {
            "row_id": self.row_id,
            "origin": self.origin,
            "value": self.value,
            "reported_by": self.reported_by,
            "first_party": self.first_party,
            "url": self.source_url,
            "locator": self.source_locator,
            "as_of": as_of_text(self.as_of),
            "setting": self.setting_text,
            "kind": self.kind,
            "partial": self.partial,
            **({"snapshot": self.snapshot} if self.snapshot else {}),
        }

    def source_dict(self) -> dict:
        """What the JSON output says about this row (a new dict each call)."""
        return dict(self._source)


FIELDS = tuple(f.name for f in fields(ScoreRecord))
_new = object.__new__


_IDENTITY_AT = tuple(FIELDS.index(f) for f in ROW_IDENTITY)
_SETTING_AT = ROW_IDENTITY.index("setting")


def row_id_of(values: tuple, label: str) -> str:
    """`ScoreRecord.row_id` of the record whose fields (in the order of `FIELDS`) are `values`, its
    setting's label `label`."""
    parts = [values[j] for j in _IDENTITY_AT]
    parts[_SETTING_AT] = label
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class EvidenceFilter:
    """Which rows a claim may use; empty fields mean no restriction."""

    reported_by: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    setting: tuple[tuple[str, object], ...] = ()
    as_of: date | None = None
    kinds: tuple[str, ...] = ()
    snapshots: tuple[str, ...] = ()  # pinned imports (sha256 or a prefix): their sources use only these
    independent: bool = False  # only rows whose reporter is not the model's developer
    locators: tuple[str, ...] = ()  # substrings of source_locator (one table of a source)
    # one side of the evidence only: "first_party" (rows reported by the model's own developer, or by
    # the developer of the claim's subject) or "independent" (third-party rows from anyone else)
    party: str = ""
    subject_reporters: tuple[str, ...] = ()  # reporter names that are the claim's subject's developer

    def __hash__(self) -> int:
        # worked out once and kept: a filter is part of the key of every lookup (some 100 a claim)
        found = self.__dict__.get("_hash")
        if found is None:
            found = hash(tuple(self.__dict__[f] for f in _FILTER_HASHED))
            object.__setattr__(self, "_hash", found)
        return found

    def __getstate__(self) -> dict:
        # never pickled with its hash: another process (a Ray worker) hashes strings differently
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

    # one test per field, so the store can apply them to each distinct value once
    def accepts_reporter(self, reported_by: str) -> bool:
        return not self.reported_by or reported_by.casefold() in {x.casefold() for x in self.reported_by}

    def accepts_url(self, url: str) -> bool:
        return not self.sources or any(s in url for s in self.sources)

    def accepts_setting(self, setting: Setting) -> bool:
        return not self.setting or setting.matches(dict(self.setting))

    def accepts_date(self, as_of: date | None) -> bool:
        # an undated row is never taken for "before" a date here: `accepts_undated` decides it by its snapshot
        return self.as_of is None or (as_of is not None and as_of <= self.as_of)

    def accepts_undated(self, sha: str, windows: dict) -> bool:
        """An undated row counts for the claim's date only if the copy it came from was retrieved by then.

        The source does not say when its number was true; the one thing known is that it stood in the
        copy retrieved on that day. With no date on the claim there is nothing to check (accepted); with
        no retrieval day to go by (a snapshot whose index is gone) there is no way to (refused).
        """
        if self.as_of is None:
            return True
        window = windows.get(sha) if sha else None
        return window is not None and window[3] <= self.as_of

    def accepts_kind(self, kind: str) -> bool:
        return not self.kinds or kind in self.kinds

    def accepts_locator(self, locator: str) -> bool:
        return not self.locators or any(x.casefold() in locator.casefold() for x in self.locators)

    def accepts_snapshot(self, sha: str, windows: dict) -> bool:
        """Rows of an imported snapshot count while it is its source's newest (as of the date), or when pinned."""
        window = windows.get(sha) if sha else None
        if window is None:
            return True  # typed by hand, or a snapshot whose index is gone: the row still stands
        start, end, source = window[:3]
        if self.snapshots:
            if any(sha.startswith(p) for p in self.snapshots):
                return True
            pinned = {w[2] for s, w in windows.items() if any(s.startswith(p) for p in self.snapshots)}
            if source in pinned:
                return False
        if self.as_of is not None:
            return start <= self.as_of and (end is None or self.as_of < end)
        return end is None

    def columns(self) -> tuple[tuple[str, str], ...]:
        """(store column, test method) for each field this filter restricts."""
        return _filter_columns(self)


_FILTER_HASHED = tuple(EvidenceFilter.__dataclass_fields__)


def canonical(flt: EvidenceFilter) -> EvidenceFilter:
    """The one instance kept of each filter's value. The store's and the judge's caches are keyed by filter
    (some 100 lookups a claim), and each claim's assertions build theirs anew: a key found with the very
    object it was stored with is matched by identity, one with an equal copy by comparing its ten fields
    (and a copy's hash is worked out once more)."""
    found = _CANONICAL.get(flt)
    if found is None:
        if len(_CANONICAL) >= 1 << 12:
            _CANONICAL.clear()
        found = _CANONICAL[flt] = flt
    return found


_CANONICAL: dict[EvidenceFilter, EvidenceFilter] = {}
_FILTER_FIELDS = (
    ("reported_by", "reported_by", "accepts_reporter"),
    ("sources", "source_url", "accepts_url"),
    ("setting", "setting", "accepts_setting"),
    ("as_of", "as_of", "accepts_date"),
    ("kinds", "kind", "accepts_kind"),
    ("locators", "source_locator", "accepts_locator"),
)


@functools.lru_cache(maxsize=1024)
def _filter_columns(flt: EvidenceFilter) -> tuple[tuple[str, str], ...]:
    return tuple((column, method) for attr, column, method in _FILTER_FIELDS if getattr(flt, attr))


def as_of_text(as_of: date | None) -> str | None:
    """A row's date as JSON gives it: YYYY-MM-DD, or None for a row its source does not date."""
    return None if as_of is None else as_of.isoformat()


def as_of_label(as_of: date | None) -> str:
    """A row's date as a reader sees it: YYYY-MM-DD, or "undated"."""
    return "undated" if as_of is None else as_of.isoformat()
