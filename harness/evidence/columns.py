"""Evidence rows as columns: the batches adapters hand over, and joining them into one table.

A `Batch` holds one file's rows as codes into small value lists (a million rows that repeat a few
hundred URLs hold each URL once). `join` concatenates batches in load order (file, then line),
recodes them against one value list per column and drops exact duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from harness.evidence.records import ROW_IDENTITY, ScoreRecord

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
# the coded columns `Columns.fields` reads, in the order it takes them (CODED's order; the file and the
# snapshot are read apart)
_ONE_CODED = tuple(c for c in CODED if c not in ("file", "snapshot"))


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


@dataclass
class Columns:
    """Every row of the evidence, in load order: coded and numeric columns, lines, per-item results."""

    values: dict[str, list] = field(default_factory=lambda: {c: [] for c in CODED})
    codes: dict[str, np.ndarray] = field(default_factory=lambda: {c: np.zeros(0, np.int64) for c in CODED})
    numeric: dict[str, np.ndarray] = field(default_factory=lambda: {c: np.zeros(0, t) for c, t in NUMERIC.items()})
    line: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    items: dict[int, object] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.line)

    def value(self, column: str, i: int):
        """The value of a coded column at row `i`."""
        return self.values[column][self.codes[column][i]]

    def origin(self, i: int) -> str:
        file = self.value("file", i)
        return file if self.line[i] < 0 else f"{file}:{self.line[i]}"

    def fields_at(self, rows: list[int]) -> tuple[list, ...]:
        """Each field of ScoreRecord (in the order of its FIELDS) for these rows, a column at a time."""
        cols, num = self, self.numeric
        at = np.asarray(rows, np.int64)

        def coded(name: str) -> list:
            values = cols.values[name]
            return [values[k] for k in cols.codes[name][at].tolist()]

        return (
            [f if line < 0 else f"{f}:{line}" for f, line in zip(coded("file"), cols.line[at].tolist())],
            coded("model"),
            coded("benchmark"),
            coded("metric"),
            coded("setting"),
            num["value"][at].tolist(),
            coded("reported_by"),
            coded("source_url"),
            coded("source_locator"),
            coded("as_of"),
            coded("model_name"),
            coded("benchmark_name"),
            coded("setting_text"),
            [None if x != x else x for x in num["stderr"][at].tolist()],  # NaN: none given
            [None if x < 0 else x for x in num["n"][at].tolist()],
            [None if x < 0 else bool(x) for x in num["first_party"][at].tolist()],
            coded("notes"),
            coded("kind"),
            num["partial"][at].tolist(),
            coded("snapshot"),
            [cols.items.get(i) for i in rows] if cols.items else [None] * len(rows),
        )

    def fields(self, i: int) -> tuple:
        """The fields of one row (in the order of ScoreRecord's FIELDS), read value by value."""
        cols, num = self, self.numeric
        values, codes = cols.values, cols.codes
        file, line = values["file"][codes["file"][i]], int(cols.line[i])
        model, benchmark, metric, setting, reported_by, url, locator, as_of, *named = (
            values[c][codes[c][i]] for c in _ONE_CODED
        )
        stderr, n, fp = float(num["stderr"][i]), int(num["n"][i]), int(num["first_party"][i])
        return (
            file if line < 0 else f"{file}:{line}",
            model,
            benchmark,
            metric,
            setting,
            float(num["value"][i]),
            reported_by,
            url,
            locator,
            as_of,
            *named[:3],  # model_name, benchmark_name, setting_text
            None if stderr != stderr else stderr,
            None if n < 0 else n,
            None if fp < 0 else bool(fp),
            *named[3:],  # notes, kind
            bool(num["partial"][i]),
            values["snapshot"][codes["snapshot"][i]],
            cols.items.get(i),
        )


def join(batches: list[Batch]) -> tuple[Columns, list[tuple[str, int, str, tuple[float, float] | None]]]:
    """Join batches in load order and drop duplicate rows.

    Returns the columns and (file, line, first origin, (first score, its score) where the two differ, else None)
    for each dropped duplicate, in load order; a row another score duplicates is dropped too.
    """
    batches = [b for b in batches if len(b)]
    out = Columns()
    lookup: dict[str, dict] = {c: {} for c in CODED}
    codes: dict[str, list] = {c: [] for c in CODED}
    for b in batches:
        for c in CODED:
            local, vals = b.coded[c]
            seen = lookup[c]
            remap = np.fromiter((seen.setdefault(v, len(seen)) for v in vals), np.int64, len(vals))
            codes[c].append(remap[local] if len(vals) else local)
    for c in CODED:
        out.values[c] = list(lookup[c])
    if not batches:
        return out, []
    line = np.concatenate([b.line for b in batches])
    # load order: files in the order they were added, then line; ties keep batch order
    ordinal = np.concatenate([np.full(len(b), i, np.int64) for i, b in enumerate(batches)])
    first_batch = {}
    for i, b in enumerate(batches):
        first_batch.setdefault(b.file, i)
    file_rank = np.array([first_batch[b.file] for b in batches], np.int64)[ordinal]
    order = np.lexsort((line, file_rank))
    out.codes = {c: np.concatenate(codes[c])[order] for c in CODED}
    out.numeric = {c: np.concatenate([b.numeric[c] for b in batches])[order] for c in NUMERIC}
    out.line = line[order]
    position = np.empty(len(order), np.int64)
    position[order] = np.arange(len(order))
    offset = 0
    for b in batches:
        for i, items in b.items.items():
            out.items[int(position[offset + i])] = items
        offset += len(b)
    return out, _drop_duplicates(out)


def _drop_duplicates(cols: Columns) -> list[tuple[str, int, str, tuple[float, float] | None]]:
    # the fields of ScoreRecord.row_id (settings compare by their label, as row ids do), and the
    # snapshot: two copies of a source hold the same rows, and only one copy is in use at a time
    labels: dict[str, int] = {}
    label_of = np.array([labels.setdefault(s.label(), len(labels)) for s in cols.values["setting"]], np.int64)
    parts, sizes = [], []
    for c in (*ROW_IDENTITY, "snapshot"):
        parts.append(label_of[cols.codes[c]] if c == "setting" else cols.codes[c])
        sizes.append(len(labels) if c == "setting" else len(cols.values[c]))
    group = _group_ids(parts, sizes)
    _, first_index, inverse = np.unique(group, return_index=True, return_inverse=True)
    first = first_index[inverse.reshape(-1)]  # each row's first occurrence in load order
    dup = first != np.arange(len(group))
    if not dup.any():
        return []
    # another score under the same identity (a table giving Model A 71.2 and, further down, 60.0): which one the
    # source means cannot be told, so the first is not read either; it was, and decided the verdict, unseen
    value = cols.numeric["value"]
    clash = dup & (value != value[first])
    out = [
        (
            cols.value("file", i),
            int(cols.line[i]),
            cols.origin(int(first[i])),
            (float(value[first[i]]), float(value[i])) if clash[i] else None,
        )
        for i in np.flatnonzero(dup)
    ]
    dropped = dup.copy()
    dropped[first[clash]] = True
    keep = ~dropped
    position = np.cumsum(keep) - 1
    cols.items = {int(position[i]): v for i, v in cols.items.items() if keep[i]}
    cols.codes = {c: a[keep] for c, a in cols.codes.items()}
    cols.numeric = {c: a[keep] for c, a in cols.numeric.items()}
    cols.line = cols.line[keep]
    return out
