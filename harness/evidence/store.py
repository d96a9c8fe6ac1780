"""The evidence store: every score row, indexed by model x benchmark, with filtered lookups.

Rows arrive as `Batch`es and are joined into columns once (`columns.join`). The store then sorts
one integer key per row, so a model x benchmark lookup is a binary search that costs O(rows
returned). Filters are applied to each distinct value once, not to each row. `ScoreRecord`s are
built only for the rows a comparison asks for.
"""

from __future__ import annotations

from itertools import compress

import numpy as np

from harness.evidence.columns import Batch, Columns, join
from harness.evidence.records import FIELDS, EvidenceFilter, ScoreRecord, row_id_of

_SETTING = FIELDS.index("setting")


class EvidenceStore:
    """Every loaded score row; lookups by model and benchmark."""

    def __init__(self):
        self._batches: list[Batch] = []
        self.size = 0
        self._cols = Columns()
        self._records: dict[int, ScoreRecord] = {}
        self._masks: dict[tuple, np.ndarray] = {}
        self._benchmarks: dict[tuple, set[str]] = {}
        self._selected: dict[tuple, list[ScoreRecord]] = {}
        self._model_code: dict[str, int] = {}
        self._bench_code: dict[str, int] = {}
        self._keys = np.zeros(0, np.int64)
        self._order = np.zeros(0, np.int64)
        self._triples: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # `_sides`
        self._current_triples: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._labels: dict[int, str] = {}  # each distinct setting's label, by the setting's id
        # imported snapshots: sha256 -> (first day it is its source's newest, day it stops, source, retrieved)
        self.windows: dict[str, tuple] = {}
        # results a later stage computed from this store's records (keyed by the records' ids: the
        # store keeps every record it built, so an id stays one record while the store lives)
        self.memo: dict = {}

    def __len__(self) -> int:
        return self.size

    # column views, for the lookups below
    @property
    def values(self) -> dict[str, list]:
        return self._cols.values

    @property
    def codes(self) -> dict[str, np.ndarray]:
        return self._cols.codes

    @property
    def numeric(self) -> dict[str, np.ndarray]:
        return self._cols.numeric

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

    def finalize(self) -> list[tuple[str, int, str, tuple[float, float] | None]]:
        """Join the batches in load order, drop duplicate rows, build the index.

        Returns (file, line, first origin, the two scores where they differ) for each dropped duplicate, in load order.
        """
        self._cols, duplicates = join(self._batches)
        self._batches = []
        self.size = len(self._cols)
        self._build_index()
        return duplicates

    def _build_index(self) -> None:
        self._model_code = {m: i for i, m in enumerate(self.values["model"])}
        self._bench_code = {b: i for i, b in enumerate(self.values["benchmark"])}
        self._nb = max(1, len(self.values["benchmark"]))
        keys = self.codes["model"] * self._nb + self.codes["benchmark"]
        self._order = np.argsort(keys, kind="stable")
        self._keys = keys[self._order]
        self._triples = self._current_triples = None

    # lookups

    def record(self, i: int) -> ScoreRecord:
        """The row at position `i` as a ScoreRecord (built once, then reused)."""
        rec = self._records.get(i)
        if rec is None:
            rec = self._records[i] = self._made(self._cols.fields(i))
        return rec

    def records_at(self, rows: np.ndarray) -> list[ScoreRecord]:
        """`[self.record(i) for i in rows]`, the rows not built yet built in one batch."""
        known = self._records
        rows = rows.tolist()
        todo = [i for i in rows if i not in known]
        if len(todo) == 1:
            self.record(todo[0])
        elif todo:
            known.update(zip(todo, map(self._made, zip(*self._cols.fields_at(todo)))))
        return [known[i] for i in rows]

    def _made(self, values: tuple) -> ScoreRecord:
        """The record of a row's fields (in the order of ScoreRecord's FIELDS), with its row id.

        Made by `ScoreRecord.of_fields` from values read a column at a time (`Columns.fields_at`) or, for
        one row, one by one (`Columns.fields`): a worker builds some 140,000 records, at 13.5 µs each through the
        dataclass's `__init__` and a numpy scalar and a list lookup per value. And each is a row some
        comparison cites by its id, in the JSON's evidence table: the id is worked out here, the
        setting's label read once per distinct setting."""
        labels = self._labels
        if len(labels) != len(self.values["setting"]):
            labels = self._labels = {id(s): s.label() for s in self.values["setting"]}
        return ScoreRecord.of_fields(values, row_id_of(values, labels[id(values[_SETTING])]))

    @property
    def records(self) -> list[ScoreRecord]:
        """Every row as a record, in load order (builds them all: for small stores and tests)."""
        return self.records_at(np.arange(self.size))

    def _undated_accepted(self, flt: EvidenceFilter, rows: np.ndarray) -> np.ndarray:
        """Which of `rows` are undated rows the claim's date accepts by their snapshot's retrieval day."""
        mask = self._masks.get((flt, "undated"))
        if mask is None:
            values = self.values["snapshot"]
            mask = np.fromiter((flt.accepts_undated(v, self.windows) for v in values), np.bool_, len(values))
            self._masks[(flt, "undated")] = mask
        undated = self.codes["as_of"][rows] == self.values["as_of"].index(None)
        return undated & mask[self.codes["snapshot"][rows]]

    def _accepted(self, flt: EvidenceFilter, rows: np.ndarray) -> np.ndarray:
        """The subset of `rows` the filter accepts, tested once per distinct value."""
        for column, method in flt.columns():
            mask = self._masks.get((flt, column))
            if mask is None:
                test = getattr(flt, method)
                mask = np.fromiter((test(x) for x in self.values[column]), np.bool_, len(self.values[column]))
                self._masks[(flt, column)] = mask
            keep = mask[self.codes[column][rows]]
            if column == "as_of" and None in self.values["as_of"]:
                keep |= self._undated_accepted(flt, rows)
            rows = rows[keep]
        if self.windows:
            mask = self._masks.get((flt, "snapshot"))
            if mask is None:
                values = self.values["snapshot"]
                mask = np.fromiter((flt.accepts_snapshot(v, self.windows) for v in values), np.bool_, len(values))
                self._masks[(flt, "snapshot")] = mask
            rows = rows[mask[self.codes["snapshot"][rows]]]
        if flt.independent:
            rows = rows[self.numeric["first_party"][rows] == 0]
        if flt.party:
            rows = rows[self._on_side(flt, rows)]
        return rows

    def _on_side(self, flt: EvidenceFilter, rows: np.ndarray) -> np.ndarray:
        """Per row: is it on the filter's side of the evidence (first-party or independent)?"""
        mask = self._masks.get((flt, "party"))
        if mask is None:
            own = {x.casefold() for x in flt.subject_reporters}
            values = self.values["reported_by"]
            mask = np.fromiter((v.casefold() in own for v in values), np.bool_, len(values))
            self._masks[(flt, "party")] = mask
        vendor = mask[self.codes["reported_by"][rows]]
        first = self.numeric["first_party"][rows]
        return (first == 1) | vendor if flt.party == "first_party" else (first == 0) & ~vendor

    def models_off_side(self, party: str, subject_reporters: tuple[str, ...]) -> set[str]:
        """Models with any row, of any snapshot or date, that is not on that side of the evidence.

        A row's side depends on its model, reporter and first_party flag alone, so each distinct triple
        is tested once (`_sides`): a claim asks this once per developer and side, and testing every one
        of a million rows took 3.6 ms a question, some 100 questions a process."""
        model, on = self._on_side_of_triples(party, subject_reporters, self._sides())
        return {self.values["model"][m] for m in np.unique(model[~on])}

    def models_on_side(self, party: str, subject_reporters: tuple[str, ...]) -> set[str]:
        """Models with a row on that side that a filter restricting nothing else accepts: those for which
        `benchmarks_of(model, EvidenceFilter(party=party, subject_reporters=subject_reporters))` is not
        empty. From the distinct triples of the rows such a filter's snapshot test keeps: every claim asks
        it for its models, per side, and filtering each model's ~500 rows cost 4 % of a worker."""
        model, on = self._on_side_of_triples(party, subject_reporters, self._sides(current=True))
        return {self.values["model"][m] for m in np.unique(model[on])}

    def _on_side_of_triples(self, party: str, subject_reporters: tuple[str, ...], triples) -> tuple:
        """(model code, on that side?) of each distinct (model, reporter, first_party) triple."""
        model, reporter, first = triples
        own = {x.casefold() for x in subject_reporters}
        values = self.values["reported_by"]
        vendor = np.fromiter((v.casefold() in own for v in values), np.bool_, len(values))[reporter]
        return model, (first == 1) | vendor if party == "first_party" else (first == 0) & ~vendor

    def _sides(self, current: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(model code, reporter code, first_party) of each distinct triple among the rows, found once;
        `current`: among the rows a filter with no snapshot pinned and no date accepts (without imported
        snapshots, every row)."""
        if current and self.windows:
            if self._current_triples is None:
                values = self.values["snapshot"]
                flt = EvidenceFilter()
                mask = np.fromiter((flt.accepts_snapshot(v, self.windows) for v in values), np.bool_, len(values))
                self._current_triples = self._triples_of(mask[self.codes["snapshot"]])
            return self._current_triples
        if self._triples is None:
            self._triples = self._triples_of(None)
        return self._triples

    def _triples_of(self, rows: np.ndarray | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`_sides` of the rows a mask keeps (None: every row)."""
        n_reporters = max(1, len(self.values["reported_by"]))
        first = self.numeric["first_party"].astype(np.int64) + 1  # -1, 0, 1 -> 0, 1, 2
        key = (self.codes["model"] * n_reporters + self.codes["reported_by"]) * 3 + first
        key = np.unique(key if rows is None else key[rows])
        return key // 3 // n_reporters, key // 3 % n_reporters, key % 3 - 1

    def reporters(self) -> list[str]:
        """Every distinct reporter name, in order of first appearance."""
        return list(self.values["reported_by"])

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

    def select_cells(self, cells: list[tuple[str, str, EvidenceFilter]]) -> None:
        """`select` of many (model, benchmark, filter) cells, for the calls that follow.

        The cells not selected yet are found by one search of the index, filtered once per filter and
        their records built in one batch (a chunk's outperforms and matches claims ask for some 25,000
        cells, each looked up and built on its own at 15 µs a record). Each cell's rows stay in load
        order, so each list is the one `select` builds."""
        todo: dict[EvidenceFilter, list[tuple[int, tuple]]] = {}
        for cell in dict.fromkeys(cells):
            if cell not in self._selected:
                m, b = self._model_code.get(cell[0]), self._bench_code.get(cell[1])
                if m is None or b is None:
                    self._selected[cell] = []
                else:
                    todo.setdefault(cell[2], []).append((m * self._nb + b, cell))
        picked = []
        for flt, keyed in todo.items():
            keyed.sort()  # the cells in index order: their rows, concatenated, are too
            keys = np.array([k for k, _ in keyed], np.int64)
            lo, hi = self._keys.searchsorted(keys), self._keys.searchsorted(keys, "right")
            at = np.repeat(lo - (np.cumsum(hi - lo) - (hi - lo)), hi - lo) + np.arange(int((hi - lo).sum()))
            rows = self._accepted(flt, self._order[at])
            found = self.codes["model"][rows] * self._nb + self.codes["benchmark"][rows]
            ends = found.searchsorted(keys, "right").tolist()
            picked += [(cell, rows[start:end]) for (_, cell), start, end in zip(keyed, [0, *ends], ends)]
        if picked:
            built = self.records_at(np.concatenate([rows for _, rows in picked]))  # in one batch
            offset = 0
            for cell, rows in picked:
                self._selected[cell] = built[offset : offset + len(rows)]
                offset += len(rows)

    def cell_rows(self, cells: list[tuple[str, str, EvidenceFilter]]) -> list[list[ScoreRecord]]:
        """`select` of each (model, benchmark, filter) cell, the cells not selected yet found by `select_cells`:
        the store's own lists, to be read and never changed (a rank claim reads its subject's row on each of its
        some 50 benchmarks, and `select` copied each list after building and hashing its key again)."""
        self.select_cells(cells)
        selected = self._selected
        return [selected[cell] for cell in cells]

    def _select(self, flt: EvidenceFilter, model: str | None, benchmark: str | None) -> list[ScoreRecord]:
        if model is not None:
            rows = self._cell(model, benchmark)
        else:
            rows = np.arange(self.size)
            if benchmark is not None:
                b = self._bench_code.get(benchmark, -1)
                rows = rows[self.codes["benchmark"] == b]
        return self.records_at(self._accepted(flt, rows))

    def every_row(self, model: str, benchmark: str | None = None) -> list[ScoreRecord]:
        """Every row for a model (and benchmark), whatever its snapshot or filter: for listing evidence."""
        return self.records_at(np.sort(self._cell(model, benchmark)))

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
            # the benchmarks in code order, as np.unique would give them (a set's order follows it), by a
            # mask over the codes: no sort of the model's ~500 rows, no Python loop over their codes
            present = np.zeros(len(self.values["benchmark"]), bool)
            present[self.codes["benchmark"][rows]] = True
            found = set(compress(self.values["benchmark"], present.tolist()))
            self._benchmarks[key] = found
        return set(found)

    def of_kind(self, kind: str) -> list[ScoreRecord]:
        """Every row of one kind ('published' or 'local'), in load order."""
        if kind not in self.values["kind"]:
            return []
        rows = np.flatnonzero(self.codes["kind"] == self.values["kind"].index(kind))
        return self.records_at(rows)

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
                "origin": [self._cols.origin(i) for i in range(self.size)],
            }
        )
