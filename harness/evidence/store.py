"""The evidence store: score rows held as columns, indexed by model x benchmark.

Adapters hand over `Batch`es (columns of codes into small value lists, so a million rows that
repeat a few hundred URLs hold each URL once). The store concatenates them in load order (file,
then line), drops exact duplicates, and sorts one integer key per row, so a model x benchmark
lookup is a binary search that costs O(rows returned). Filters are applied to each distinct value
once, not to each row. `ScoreRecord`s are built only for the rows a comparison asks for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from harness.evidence.records import ROW_IDENTITY, EvidenceFilter, ScoreRecord

# columns stored as codes into a list of distinct values (any hashable: str, date, Setting)
CODED = (
    "file",
    "model",
    "benchmark",
    "metric",
    "setting",
    "reported_by",
    "source_url",
    "source_locator",
    "as_of",
    "model_name",
    "benchmark_name",
    "setting_text",
    "notes",
    "kind",
    "snapshot",
)
# numeric columns; missing stderr is NaN, missing n and first_party are -1, missing line is -1
NUMERIC = {"value": np.float64, "stderr": np.float64, "n": np.int64, "first_party": np.int8, "partial": np.bool_}


@dataclass
class Batch:
    """Rows from one file: coded columns, numeric columns, the line of each row, and per-item results."""

    file: str
    line: np.ndarray
    coded: dict[str, tuple[np.ndarray, list]]
    numeric: dict[str, np.ndarray]
    items: dict[int, object] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.line)

    @classmethod
    def from_records(cls, file: str, records: list[ScoreRecord]) -> Batch:
        """Build a batch from records whose origin is `file` or `file:line`."""
        lines, coded, numeric = [], {c: ([], {}) for c in CODED}, {c: [] for c in NUMERIC}
        items = {}
        for i, r in enumerate(records):
            tail = r.origin[len(file) + 1 :] if r.origin.startswith(file + ":") else ""
            lines.append(int(tail) if tail.isdigit() else -1)
            values = {"file": file, **{c: getattr(r, c) for c in CODED if c != "file"}}
            for c, (codes, seen) in coded.items():
                codes.append(seen.setdefault(values[c], len(seen)))
            numeric["value"].append(r.value)
            numeric["stderr"].append(np.nan if r.stderr is None else r.stderr)
            numeric["n"].append(-1 if r.n is None else r.n)
            numeric["first_party"].append(-1 if r.first_party is None else int(r.first_party))
            numeric["partial"].append(r.partial)
            if r.items:
                items[i] = r.items
        return cls(
            file,
            np.asarray(lines, dtype=np.int64),
            {c: (np.asarray(codes, dtype=np.int64), list(seen)) for c, (codes, seen) in coded.items()},
            {c: np.asarray(v, dtype=NUMERIC[c]) for c, v in numeric.items()},
            items,
        )


def _group_ids(parts: list[np.ndarray], sizes: list[int]) -> np.ndarray:
    """One integer per distinct combination of the code columns (equal rows, equal ids)."""
    if float(np.prod([max(1, x) for x in sizes], dtype=np.float64)) < 2.0**62:
        key = np.zeros(len(parts[0]), np.int64)
        for part, size in zip(parts, sizes):
            key = key * max(1, size) + part
        return key
    return np.unique(np.stack(parts, axis=1), axis=0, return_inverse=True)[1].reshape(-1)


class EvidenceStore:
    """Every loaded score row; lookups by model and benchmark."""

    def __init__(self):
        self._batches: list[Batch] = []
        self.size = 0
        self.values: dict[str, list] = {c: [] for c in CODED}
        self.codes: dict[str, np.ndarray] = {c: np.zeros(0, np.int64) for c in CODED}
        self.numeric: dict[str, np.ndarray] = {c: np.zeros(0, t) for c, t in NUMERIC.items()}
        self.line = np.zeros(0, np.int64)
        self.items: dict[int, object] = {}
        self._records: dict[int, ScoreRecord] = {}
        self._masks: dict[tuple, np.ndarray] = {}
        self._benchmarks: dict[tuple, set[str]] = {}
        self._selected: dict[tuple, list[ScoreRecord]] = {}
        self._model_code: dict[str, int] = {}
        self._bench_code: dict[str, int] = {}
        self._keys = np.zeros(0, np.int64)
        self._order = np.zeros(0, np.int64)
        # imported snapshots: sha256 -> (first day it is its source's newest, day it stops, source)
        self.windows: dict[str, tuple] = {}

    def __len__(self) -> int:
        return self.size

    def add(self, batch: Batch) -> None:
        self._batches.append(batch)

    def cited_snapshots(self) -> list[tuple[str, str]]:
        """(file, snapshot sha256) for each snapshot the added rows cite, before finalize."""
        out: dict[tuple[str, str], None] = {}
        for batch in self._batches:
            for value in batch.coded["snapshot"][1]:
                if value:
                    out.setdefault((batch.file, value), None)
        return list(out)

    def finalize(self) -> list[tuple[str, int, str]]:
        """Join the batches in load order, drop duplicate rows, build the index.

        Returns (file, line, first origin) for each dropped duplicate, in load order.
        """
        batches = [b for b in self._batches if len(b)]
        self._batches = []
        lookup: dict[str, dict] = {c: {} for c in CODED}
        codes: dict[str, list] = {c: [] for c in CODED}
        for b in batches:
            for c in CODED:
                local, vals = b.coded[c]
                seen = lookup[c]
                remap = np.fromiter((seen.setdefault(v, len(seen)) for v in vals), np.int64, len(vals))
                codes[c].append(remap[local] if len(vals) else local)
        for c in CODED:
            self.values[c] = list(lookup[c])
        if not batches:
            return []
        line = np.concatenate([b.line for b in batches])
        # load order: files in the order they were added, then line; ties keep batch order
        ordinal = np.concatenate([np.full(len(b), i, np.int64) for i, b in enumerate(batches)])
        first_batch = {}
        for i, b in enumerate(batches):
            first_batch.setdefault(b.file, i)
        file_rank = np.array([first_batch[b.file] for b in batches], np.int64)[ordinal]
        order = np.lexsort((line, file_rank))
        self.codes = {c: np.concatenate(codes[c])[order] for c in CODED}
        self.numeric = {c: np.concatenate([b.numeric[c] for b in batches])[order] for c in NUMERIC}
        self.line = line[order]
        position = np.empty(len(order), np.int64)
        position[order] = np.arange(len(order))
        offset = 0
        for b in batches:
            for i, items in b.items.items():
                self.items[int(position[offset + i])] = items
            offset += len(b)
        duplicates = self._drop_duplicates()
        self.size = len(self.line)
        self._build_index()
        return duplicates

    def _drop_duplicates(self) -> list[tuple[str, int, str]]:
        # the fields of ScoreRecord.row_id (settings compare by their label, as row ids do), and the
        # snapshot: two copies of a source hold the same rows, and only one copy is in use at a time
        labels: dict[str, int] = {}
        label_of = np.array([labels.setdefault(s.label(), len(labels)) for s in self.values["setting"]], np.int64)
        parts, sizes = [], []
        for c in (*ROW_IDENTITY, "snapshot"):
            parts.append(label_of[self.codes[c]] if c == "setting" else self.codes[c])
            sizes.append(len(labels) if c == "setting" else len(self.values[c]))
        group = _group_ids(parts, sizes)
        _, first_index, inverse = np.unique(group, return_index=True, return_inverse=True)
        first = first_index[inverse.reshape(-1)]  # each row's first occurrence in load order
        dup = first != np.arange(len(group))
        if not dup.any():
            return []
        out = [
            (self.values["file"][self.codes["file"][i]], int(self.line[i]), self._origin(int(first[i])))
            for i in np.flatnonzero(dup)
        ]
        keep = ~dup
        position = np.cumsum(keep) - 1
        self.items = {int(position[i]): v for i, v in self.items.items() if keep[i]}
        self.codes = {c: a[keep] for c, a in self.codes.items()}
        self.numeric = {c: a[keep] for c, a in self.numeric.items()}
        self.line = self.line[keep]
        return out

    def _build_index(self) -> None:
        self._model_code = {m: i for i, m in enumerate(self.values["model"])}
        self._bench_code = {b: i for i, b in enumerate(self.values["benchmark"])}
        self._nb = max(1, len(self.values["benchmark"]))
        keys = self.codes["model"] * self._nb + self.codes["benchmark"]
        self._order = np.argsort(keys, kind="stable")
        self._keys = keys[self._order]

    # lookups

    def _origin(self, i: int) -> str:
        file = self.values["file"][self.codes["file"][i]]
        return file if self.line[i] < 0 else f"{file}:{self.line[i]}"

    def record(self, i: int) -> ScoreRecord:
        """The row at position `i` as a ScoreRecord (built once, then reused)."""
        rec = self._records.get(i)
        if rec is None:
            v, c, num = self.values, self.codes, self.numeric
            stderr, n, fp = num["stderr"][i], int(num["n"][i]), int(num["first_party"][i])
            rec = ScoreRecord(
                origin=self._origin(i),
                model=v["model"][c["model"][i]],
                benchmark=v["benchmark"][c["benchmark"][i]],
                metric=v["metric"][c["metric"][i]],
                setting=v["setting"][c["setting"][i]],
                value=float(num["value"][i]),
                reported_by=v["reported_by"][c["reported_by"][i]],
                source_url=v["source_url"][c["source_url"][i]],
                source_locator=v["source_locator"][c["source_locator"][i]],
                as_of=v["as_of"][c["as_of"][i]],
                model_name=v["model_name"][c["model_name"][i]],
                benchmark_name=v["benchmark_name"][c["benchmark_name"][i]],
                setting_text=v["setting_text"][c["setting_text"][i]],
                stderr=None if np.isnan(stderr) else float(stderr),
                n=None if n < 0 else n,
                first_party=None if fp < 0 else bool(fp),
                notes=v["notes"][c["notes"][i]],
                kind=v["kind"][c["kind"][i]],
                partial=bool(num["partial"][i]),
                snapshot=v["snapshot"][c["snapshot"][i]],
                items=self.items.get(i),
            )
            self._records[i] = rec
        return rec

    @property
    def records(self) -> list[ScoreRecord]:
        """Every row as a record, in load order (builds them all: for small stores and tests)."""
        return [self.record(i) for i in range(self.size)]

    def _accepted(self, flt: EvidenceFilter, rows: np.ndarray) -> np.ndarray:
        """The subset of `rows` the filter accepts, tested once per distinct value."""
        for column, method in flt.columns():
            mask = self._masks.get((flt, column))
            if mask is None:
                test = getattr(flt, method)
                mask = np.fromiter((test(x) for x in self.values[column]), np.bool_, len(self.values[column]))
                self._masks[(flt, column)] = mask
            rows = rows[mask[self.codes[column][rows]]]
        if self.windows:
            mask = self._masks.get((flt, "snapshot"))
            if mask is None:
                values = self.values["snapshot"]
                mask = np.fromiter((flt.accepts_snapshot(v, self.windows) for v in values), np.bool_, len(values))
                self._masks[(flt, "snapshot")] = mask
            rows = rows[mask[self.codes["snapshot"][rows]]]
        if flt.independent:
            rows = rows[self.numeric["first_party"][rows] == 0]
        return rows

    def _cell(self, model: str, benchmark: str | None) -> np.ndarray:
        m = self._model_code.get(model)
        if m is None:
            return self._order[:0]
        if benchmark is None:
            lo, hi = np.searchsorted(self._keys, [m * self._nb, (m + 1) * self._nb])
            return np.sort(self._order[lo:hi])
        b = self._bench_code.get(benchmark)
        if b is None:
            return self._order[:0]
        key = m * self._nb + b
        return self._order[self._keys.searchsorted(key) : self._keys.searchsorted(key, "right")]

    def select(self, flt: EvidenceFilter, model: str | None = None, benchmark: str | None = None) -> list[ScoreRecord]:
        """Rows for a model (and benchmark) that the filter accepts, in load order."""
        key = (model, benchmark, flt)
        found = self._selected.get(key)
        if found is None:
            found = self._selected[key] = self._select(flt, model, benchmark)
        return list(found)

    def _select(self, flt: EvidenceFilter, model: str | None, benchmark: str | None) -> list[ScoreRecord]:
        if model is not None:
            rows = self._cell(model, benchmark)
        else:
            rows = np.arange(self.size)
            if benchmark is not None:
                b = self._bench_code.get(benchmark, -1)
                rows = rows[self.codes["benchmark"] == b]
        return [self.record(int(i)) for i in self._accepted(flt, rows)]

    def every_row(self, model: str, benchmark: str | None = None) -> list[ScoreRecord]:
        """Every row for a model (and benchmark), whatever its snapshot or filter: for listing evidence."""
        return [self.record(int(i)) for i in np.sort(self._cell(model, benchmark))]

    def models_in_source(self, url_part: str, locator_part: str = "") -> set[str]:
        """Models with a row whose URL contains `url_part` (and locator `locator_part`): a source table's cohort."""
        urls = np.array([url_part in u for u in self.values["source_url"]], dtype=bool)
        locs = np.array([locator_part.casefold() in x.casefold() for x in self.values["source_locator"]], dtype=bool)
        if not len(urls) or not len(locs):
            return set()
        rows = urls[self.codes["source_url"]] & locs[self.codes["source_locator"]]
        return {self.values["model"][m] for m in np.unique(self.codes["model"][rows])}

    def benchmarks_of(self, model: str, flt: EvidenceFilter) -> set[str]:
        """Benchmarks with at least one accepted row for the model."""
        key = (model, flt)
        found = self._benchmarks.get(key)
        if found is None:
            rows = self._accepted(flt, self._cell(model, None))
            found = {self.values["benchmark"][b] for b in np.unique(self.codes["benchmark"][rows])}
            self._benchmarks[key] = found
        return set(found)

    def of_kind(self, kind: str) -> list[ScoreRecord]:
        """Every row of one kind ('published' or 'local'), in load order."""
        if kind not in self.values["kind"]:
            return []
        rows = np.flatnonzero(self.codes["kind"] == self.values["kind"].index(kind))
        return [self.record(int(i)) for i in rows]

    def frame(self):
        """Return the evidence as a pandas DataFrame (one row per record)."""
        import pandas as pd

        data = {
            c: pd.Categorical.from_codes(self.codes[c], categories=pd.Index(self.values[c], dtype=object))
            for c in ("model", "benchmark", "metric", "reported_by", "source_url", "kind")
        }
        labels = [s.label() for s in self.values["setting"]]
        return pd.DataFrame(
            {
                "row_id": [self.record(i).row_id for i in range(self.size)],
                **{c: data[c] for c in ("model", "benchmark", "metric")},
                "setting": [labels[x] for x in self.codes["setting"]],
                "value": self.numeric["value"],
                "stderr": self.numeric["stderr"],
                "n": pd.array(np.where(self.numeric["n"] < 0, None, self.numeric["n"]), dtype="Int64"),
                "reported_by": data["reported_by"],
                "first_party": [None if x < 0 else bool(x) for x in self.numeric["first_party"]],
                "source_url": data["source_url"],
                "as_of": [self.values["as_of"][x] for x in self.codes["as_of"]],
                "kind": data["kind"],
                "origin": [self._origin(i) for i in range(self.size)],
            }
        )
