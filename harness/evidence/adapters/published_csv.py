"""Published scores as CSV: one row per model x benchmark x setting, with provenance."""

from __future__ import annotations

import difflib
from pathlib import Path

import numpy as np

from harness.claims.catalog import Catalog
from harness.counting import counted
from harness.errors import BenchclaimsError, InputError, InputWarning
from harness.evidence.adapters.base import Adapter, first_party
from harness.evidence.adapters.csvfile import codes, read_table, record_lines
from harness.evidence.adapters.published_cells import _count, _nonnegative, _sha, _urls, cell_text
from harness.evidence.adapters.published_row import (
    _PERCENT_KINDS,
    _SETTING_CELLS,
    ONE_LINE,
    OPTIONAL,
    REQUIRED,
    TEXT,
    _among_percents_message,
    _fraction_message,
    _number,
    _record,
    _RowError,
    _score,
    _setting_of,
    as_of_day,
    one_line,
    printable_text,
    score_cap,
    score_floor,
)
from harness.evidence.columns import Batch
from harness.evidence.settings import Setting, parse_bool, unparsed


def _header_hint(columns: list[str]) -> str:
    """Why a header lacks the columns, where it is plain: another separator, or names not in lower case."""
    if len(columns) == 1 and any(sep in columns[0] for sep in ";\t|"):
        sep = next(s for s in ";\t|" if s in columns[0])
        return f" (the header is one column, {columns[0][:40]!r}: separated by {sep!r}; a published table uses commas)"
    cased = [c for c in columns if c != c.lower() and c.lower() in REQUIRED + OPTIONAL]
    if cased:
        return f" (found {', '.join(repr(c) for c in cased[:4])}: column names are lower case)"
    spelt = [f"found {c!r}: did you mean {meant!r}?" for c in columns if (meant := _meant(c, columns))]
    return f" ({'; '.join(spelt[:4])})" if spelt else ""


def _meant(column: str, columns: list[str]) -> str | None:
    """The column a header's unknown name is spelt like, among those the header lacks ('scor' for score, 'std_err' for
    stderr, 'N' for n): a misspelt stderr column was 'unknown column: std_err' and a misspelt score column 'column
    missing: score' beside it, with the spelling left to find."""
    if column in REQUIRED + OPTIONAL:
        return None
    lacking = [c for c in REQUIRED + OPTIONAL if c not in columns]
    close = difflib.get_close_matches(column.lower(), lacking, n=1, cutoff=0.75)
    return close[0] if close else None


class PublishedCsvAdapter(Adapter):
    name = "published_csv"

    def matches(self, path: Path) -> bool:
        return path.suffix.lower() == ".csv"

    def load(self, path: Path, label: str, catalog: Catalog) -> tuple[list[Batch], list[InputError]]:
        table, physical_lines, skipped = read_table(path, label)
        columns = [str(c).strip() for c in table.column_names]
        missing = [c for c in REQUIRED if c not in columns]
        if missing:
            raise InputError(
                label, f"{counted(len(missing), 'column')} missing: {', '.join(missing)}{_header_hint(columns)}", line=1
            )
        unknown = [c for c in columns if c not in REQUIRED + OPTIONAL]
        if unknown:
            named = [
                f"{c} (did you mean {meant!r}?)" if (meant := _meant(c, columns)) else c
                for c in (c or f"a column with no name (column {columns.index(c) + 1})" for c in unknown)
            ]
            raise InputError(label, f"{counted(len(named), 'unknown column')}: {', '.join(named)}", line=1)
        twice = sorted({c for c in columns if columns.count(c) > 1})
        if twice:
            raise InputError(label, f"{counted(len(twice), 'column')} given twice: {', '.join(twice)}", line=1)
        # line of each row: row i is on line i + 2, unless quoted values span lines, blank lines sit
        # between, or rows with the wrong number of fields were set aside (each is then a problem)
        lines, short = None, []
        if skipped or table.num_rows + 1 != physical_lines:
            lines, short = record_lines(path, label, len(columns))
            if len(lines) != table.num_rows:
                lines = None  # the two readers disagree on what a row is: fall back to counting rows
        batches, problems = _TableRows(table, columns, label, catalog, lines, path.parent).load()
        wrong = [
            InputError(label, f"has {counted(n, 'field')}; the header has {len(columns)}", line=line)
            for line, n in short
        ]
        if skipped > len(short):
            # rows Arrow's reader set aside that the line reader found no fault in (no file seen does this: 40,000
            # random ones with quotes, CR, LF, tabs and U+2028 did not): said, never left out unsaid
            lost = counted(skipped - len(short), "row")
            wrong.append(
                InputError(
                    label,
                    f"{lost} with another number of fields than the header's {len(columns)} left out; "
                    "their lines could not be told",
                )
            )
        return batches, sorted(wrong + problems, key=lambda p: p.line or 0)


class _TableRows:
    """Validate a table column by column: each check runs once per distinct cell value.

    Rows that pass every check are built from the columns; any other row is handed to the
    row-by-row reader `_record`, so its error message (or record) is exactly the row reader's.
    """

    def __init__(self, table, columns: list[str], label: str, catalog: Catalog, lines=None, folder: Path | None = None):
        self.label, self.catalog, self.size, self.folder = label, catalog, table.num_rows, folder
        self.lines = np.arange(self.size, dtype=np.int64) + 2 if lines is None else lines
        self.cols: dict[str, tuple[np.ndarray, list[str]]] = {}
        for raw, name in zip(table.column_names, columns):
            encoded = table.column(raw).combine_chunks().dictionary_encode()
            values = [cell_text(str(v).strip()) for v in encoded.dictionary.to_pylist()]
            self.cols[name] = (codes(encoded.indices), values)
        self.ok = np.ones(self.size, dtype=bool)

    def col(self, name: str) -> tuple[np.ndarray, list[str]]:
        found = self.cols.get(name)
        if found is None:  # an optional column the file leaves out: every cell is empty
            found = self.cols[name] = (np.zeros(self.size, np.int64), [""])
        return found

    def per_value(self, name: str, fn) -> list:
        """Apply fn to each distinct value of a column; rows whose value fails are sent to the row reader."""
        codes, values = self.col(name)
        out, bad = [], np.zeros(len(values), dtype=bool)
        for i, v in enumerate(values):
            try:
                out.append(fn(v))
            except (_RowError, BenchclaimsError, ValueError):
                out.append(None)
                bad[i] = True
        if bad.any():
            self.ok &= ~bad[codes]
        return out

    def load(self) -> tuple[list[Batch], list[InputError]]:
        catalog = self.catalog
        for name in REQUIRED:
            codes, values = self.col(name)
            empty = np.array([not v for v in values], dtype=bool)[codes]
            if name == "as_of_date":  # an imported row (it cites its snapshot) may be undated, as its source was
                snap_codes, snaps = self.col("snapshot")
                empty &= ~np.array([bool(v) for v in snaps], dtype=bool)[snap_codes]
            if empty.any():
                self.ok &= ~empty
        # names as sources write them: through names and aliases, never a catalog id by accident
        models = self.per_value("model", lambda v: catalog.model(v, ids=False).id)
        benches = self.benches = self.per_value("benchmark", lambda v: catalog.benchmark(v, ids=False))
        scores = self.per_value("score", _score)
        stderrs = self.per_value("stderr", lambda v: _nonnegative(_number(v, "stderr")) if v else np.nan)
        ns = self.per_value("n", lambda v: _count(v) if v else -1)
        urls = self.per_value("source_url", _urls)
        dates = self.per_value("as_of_date", as_of_day)
        self.per_value("tools", parse_bool)
        for name in ONE_LINE:
            self.per_value(name, one_line)
        for name in TEXT:
            self.per_value(name, printable_text)
        self.per_value("snapshot", lambda v: _sha(v) if v else v)
        partial = self.per_value("partial", lambda v: bool(parse_bool(v)))
        self.per_value("shots", lambda v: _count(v, zero_ok=True) if v else None)
        value = np.array([np.nan if x is None else x for x in scores], dtype=np.float64)[self.col("score")[0]]
        # scale checks depend on the benchmark: percent kinds cap at 100, a stated maximum caps too
        cap = np.array([np.inf if b is None else score_cap(b) for b in benches], dtype=np.float64)
        cap = cap[self.col("benchmark")[0]]
        self.ok &= ~(value > cap)
        floor = np.array([0.0 if b is None else score_floor(b) for b in benches], dtype=np.float64)
        self.ok &= ~(value < floor[self.col("benchmark")[0]])
        # an SE larger than any score in the benchmark's range can have (half of it): the row reader says so
        se = np.array([np.nan if x is None else x for x in stderrs], dtype=np.float64)[self.col("stderr")[0]]
        self.ok &= ~(se > (cap - floor[self.col("benchmark")[0]]) / 2)
        fractions, among_percents = self._fraction_suspects(value, benches)
        self.ok &= ~fractions
        # a '%' on a benchmark scored otherwise (a rating, a count): the row reader refuses it
        percent = np.array([b is None or b.metric_kind in _PERCENT_KINDS for b in benches], dtype=bool)
        signed = np.array([t.endswith("%") for t in self.col("score")[1]], dtype=bool)
        self.ok &= ~(signed[self.col("score")[0]] & ~percent[self.col("benchmark")[0]])
        # an interval instead of a stderr needs the row's score, per-item results a file: the row reader
        for name in ("ci_low", "ci_high", "items_file", "items_sha256", "items_count", "items_dataset"):
            values = self.col(name)[1]
            given = np.array([bool(v) for v in values], dtype=bool)
            if given.any():
                self.ok &= ~given[self.col(name)[0]]
        problems = self._unread_settings() + self._before_release(models, dates)
        for i in np.flatnonzero(fractions):
            bench, text = benches[self.col("benchmark")[0][i]], self.col("score")[1][self.col("score")[0][i]]
            problems.append(
                InputError(self.label, _fraction_message(text, bench), field="score", line=int(self.lines[i]))
            )
        # one warning per benchmark, at its first such row, with the other rows' lines
        flagged = np.flatnonzero(among_percents)
        for code in dict.fromkeys(self.col("benchmark")[0][flagged].tolist()):
            rows = flagged[self.col("benchmark")[0][flagged] == code]
            i = rows[0]
            text = self.col("score")[1][self.col("score")[0][i]]
            message = _among_percents_message(text, benches[code])
            if len(rows) > 1:
                lines = ", ".join(str(int(self.lines[j])) for j in rows[1:6]) + (" …" if len(rows) > 6 else "")
                message += f" ({len(rows) - 1} more such rows: lines {lines})"
            problems.append(InputWarning(self.label, message, field="score", line=int(self.lines[i])))
        fast = np.flatnonzero(self.ok)
        slow = np.flatnonzero(~self.ok & ~fractions)
        flags = np.array([bool(x) for x in partial], dtype=np.bool_)[self.col("partial")[0]]
        batches = [self._batch(fast, value, models, stderrs, ns, urls, dates, flags)] if len(fast) else []
        records = []
        for i in slow:
            row = {name: values[codes[i]] for name, (codes, values) in self.cols.items()}
            line = int(self.lines[i])
            try:
                records.append(_record(row, f"{self.label}:{line}", catalog, self.folder))
            except _RowError as exc:
                problems.append(InputError(self.label, exc.message, field=exc.field, line=line))
            except BenchclaimsError as exc:
                problems.append(InputError(self.label, str(exc), line=line))
        if records:
            batches.append(Batch.from_records(self.label, records))
        return batches, problems

    def _fraction_suspects(self, value: np.ndarray, benches: list) -> tuple[np.ndarray, np.ndarray]:
        """Rows whose score looks like a fraction of 1 on a percent benchmark: (refused, warned about).

        A score in (0, 1] is read as a percent only when the cell says '%', or when the same file
        gives that benchmark a score above 1 (it writes percents, as for a benchmark where some
        models score 0.5 %). Otherwise it is refused: never read as 0.91 % when 91 % was meant.
        Read as a percent among percents, it is still a warning: 0.784 beside 80s is more often a
        fraction typed in the wrong column than a model scoring under 1 %.
        """
        codes, texts = self.col("score")
        bench_codes = self.col("benchmark")[0]
        percent = np.array([b is not None and b.metric_kind in _PERCENT_KINDS for b in benches], dtype=bool)
        explicit = np.array([t.endswith("%") for t in texts], dtype=bool)[codes]
        with np.errstate(invalid="ignore"):
            small = (value > 0) & (value <= 1) & ~explicit & percent[bench_codes]
            top = np.full(len(benches), -np.inf)
            np.maximum.at(top, bench_codes, np.where(np.isnan(value), -np.inf, value))
        return small & (top[bench_codes] <= 1), small & (top[bench_codes] > 1)

    def _before_release(self, models: list, dates: list) -> list[InputError]:
        """A warning per model whose rows are dated before the catalog's release date for it (first row, and how
        many): a slip in the date, or a score of a pre-release checkpoint filed under the released model."""
        model_codes, date_codes = self.col("model")[0], self.col("as_of_date")[0]
        out = []
        for code, ident in enumerate(models):
            released = self.catalog.models.entries[ident].release_date if ident in self.catalog.models.entries else None
            if released is None:
                continue
            rows = [i for i in np.flatnonzero(model_codes == code) if (d := dates[date_codes[i]]) and d < released]
            if rows:
                day = dates[date_codes[rows[0]]].isoformat()
                count = f" ({len(rows)} rows)" if len(rows) > 1 else ""
                message = (
                    f"dated {day}, before {self.catalog.model(ident).name}'s release on {released.isoformat()}{count}: "
                    "check the date, or whether the score is of a pre-release checkpoint"
                )
                out.append(InputWarning(self.label, message, field="as_of_date", line=int(self.lines[rows[0]])))
        return out

    def _unread_settings(self) -> list[InputError]:
        """A warning per setting text with a phrase the vocabulary does not read (first row, and how many)."""
        codes, values = self.col("setting")
        out = []
        for code, text in enumerate(values):
            phrases = unparsed(text) if text else ()
            if phrases:
                rows = np.flatnonzero(codes == code)
                count = f" ({len(rows)} rows)" if len(rows) > 1 else ""
                quoted = "; ".join(repr(p[:80]) for p in phrases[:3])  # one line, however long the cell
                quoted += f" (and {len(phrases) - 3} more)" if len(phrases) > 3 else ""
                out.append(
                    InputWarning(
                        self.label,
                        f"{quoted} not understood{count}; read as unstated (see README 'Settings vocabulary')",
                        field="setting",
                        line=int(self.lines[rows[0]]),
                    )
                )
        return out

    def _as_written(self, name: str, rows) -> tuple[np.ndarray, list]:
        """The name as the source spelled it: the `*_as_written` cell where given, else the name cell."""
        codes, values = self.col(name)
        wcodes, wvalues = self.col(f"{name}_as_written")
        given = np.array([bool(v) for v in wvalues], dtype=bool)[wcodes[rows]]
        return np.where(given, wcodes[rows] + len(values), codes[rows]), values + wvalues

    def _batch(self, rows, value, models, stderrs, ns, urls, dates, partial) -> Batch:
        def coded(name: str, values: list) -> tuple[np.ndarray, list]:
            return self.col(name)[0][rows], values

        settings, setting_codes = self._settings(rows)
        bench_ids = [None if b is None else b.id for b in self.benches]
        first = self._first_party(rows, models)
        size = len(rows)
        return Batch(
            self.label,
            self.lines[rows],
            {
                "file": (np.zeros(size, np.int64), [self.label]),
                "model": coded("model", models),
                "benchmark": coded("benchmark", bench_ids),
                "metric": coded("metric", self.col("metric")[1]),
                "setting": (setting_codes, settings),
                "reported_by": coded("reported_by", self.col("reported_by")[1]),
                "source_url": coded("source_url", urls),
                "source_locator": coded("source_locator", self.col("source_locator")[1]),
                "as_of": coded("as_of_date", dates),
                "model_name": self._as_written("model", rows),
                "benchmark_name": self._as_written("benchmark", rows),
                "snapshot": coded("snapshot", self.col("snapshot")[1]),
                "setting_text": coded("setting", self.col("setting")[1]),
                "notes": coded("notes", self.col("notes")[1]),
                "kind": (np.zeros(size, np.int64), ["published"]),
            },
            {
                "value": value[rows],
                "stderr": np.array(stderrs, dtype=np.float64)[self.col("stderr")[0][rows]],
                # a value the row reader refuses is None here; its rows are not in `rows`, but the array
                # holds every distinct value, and None is no int64 (a bad n beside a good row: traceback)
                "n": np.array([-1 if x is None else x for x in ns], dtype=np.int64)[self.col("n")[0][rows]],
                "first_party": first,
                "partial": partial[rows],
            },
        )

    def _combined(self, rows, names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """Distinct combinations of several columns over `rows`: (one row per combination, code per row)."""
        parts = [self.col(n)[0][rows] for n in names]
        sizes = [len(self.col(n)[1]) for n in names]
        if float(np.prod(sizes, dtype=np.float64)) < 2.0**62:
            # one integer per combination (mixed radix): a 1-d unique is much faster than rows of a matrix
            key = np.zeros(len(rows), np.int64)
            for part, size in zip(parts, sizes):
                key = key * size + part
            uniq_keys, inverse = np.unique(key, return_inverse=True)
            uniq = np.zeros((len(uniq_keys), len(names)), np.int64)
            for j in range(len(names) - 1, -1, -1):
                uniq[:, j] = uniq_keys % sizes[j]
                uniq_keys = uniq_keys // sizes[j]
            return uniq, inverse.reshape(-1)
        uniq, inverse = np.unique(np.stack(parts, axis=1), axis=0, return_inverse=True)
        return uniq, inverse.reshape(-1)

    def _settings(self, rows) -> tuple[list[Setting], np.ndarray]:
        names = _SETTING_CELLS
        uniq, inverse = self._combined(rows, names)
        values = [self.col(n)[1] for n in names]
        settings = [_setting_of(tuple(v[c] for v, c in zip(values, combo))) for combo in uniq.tolist()]
        return settings, inverse

    def _first_party(self, rows, models: list) -> np.ndarray:
        uniq, inverse = self._combined(rows, ("reported_by", "model"))
        reporters = self.col("reported_by")[1]
        flags = []
        for rep, model in uniq:
            fp = first_party(self.catalog, reporters[rep], models[model])
            flags.append(-1 if fp is None else int(fp))
        return np.array(flags, dtype=np.int8)[inverse]
