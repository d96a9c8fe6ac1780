"""Any CSV table of scores: its columns mapped onto ours with --columns, the rest from flags."""

from __future__ import annotations

import difflib
import math
import re

from harness.claims.names import shown
from harness.errors import InputError, UsageError, raise_problems
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.foreign import (
    CsvRows,
    day,
    foreign_digits,
    number,
    percent_or_number,
    underflows,
    zone_note,
)
from harness.evidence.adapters.published_cells import MAX_COUNT
from harness.evidence.fetching import Fetched

FIELDS = {
    "model": "model",
    "benchmark": "benchmark",
    "score": "score",
    "value": "score",
    "metric": "metric",
    "stderr": "stderr",
    "n": "n",
    "setting": "setting",
    "shots": "shots",
    "source_url": "source_url",
    "url": "source_url",
    "reported_by": "reported_by",
    "source_locator": "source_locator",
    "locator": "source_locator",
    "as_of_date": "as_of_date",
    "date": "as_of_date",
    "notes": "notes",
}
REQUIRED = ("model", "benchmark", "score")


class TableCsv(Importer):
    name = "csv"
    # 2: a row's notes name the line of the other score the file states for it ('at board.csv line 5')
    version = "2"
    summary = "any CSV with model, benchmark and score columns (map others with --columns SRC=FIELD)"
    reads = frozenset({"columns", "metric", "locator"})

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        table = CsvRows(src)
        header = table.header
        mapping = _mapping(header, opts.columns, src.label)
        missing = [f for f in REQUIRED if f not in mapping.values()]
        if missing:
            raise InputError(
                src.label,
                f"no column for {', '.join(missing)}; map one with --columns SRC=FIELD (columns: {', '.join(header)[:200]})",
                line=1,
            )
        if "source_url" not in mapping.values() and not (opts.source_url or src.url):
            raise UsageError(f"{src.label}: say where the table was published: --source-url URL (or a url column)")
        if "reported_by" not in mapping.values() and not opts.reported_by:
            raise UsageError(f"{src.label}: say who published the scores: --reported-by NAME (or a reported_by column)")
        rows, problems = [], table.problems
        for line, cells in table:
            record = {mapping[h]: c for h, c in cells.items() if h in mapping}
            try:
                rows.append(_row(record, opts, src, line))
            except ValueError as exc:
                field, message = exc.args
                problems.append(InputError(src.label, message, field=field, line=line))
        raise_problems(problems)
        if not rows:
            raise InputError(src.label, "no rows under the header")
        return rows


def _mapping(header: list[str], given: dict[str, str], label: str) -> dict[str, str]:
    """Source column -> our field: --columns first, then columns already named like ours (any case)."""
    for src_col, field in given.items():
        if src_col not in header:
            # the table's own columns, and the one spelt like it: "has no column 'Tset'" alone sent one to the file
            columns = ", ".join(header)
            columns = columns if len(columns) <= 200 else columns[:200] + "…"
            raise UsageError(
                f"--columns {src_col}={field}: {label} has no column {src_col!r}{_spelt_like(src_col, header)} "
                f"(its columns: {columns})"
            )
        if field not in FIELDS:
            raise UsageError(
                f"--columns {src_col}={field}: unknown field {field!r}{_spelt_like(field, list(FIELDS)) or ';'} "
                f"use one of {', '.join(sorted(set(FIELDS.values())))}"
            )
    out = {c: FIELDS[f] for c, f in given.items()}
    twice = sorted({f for f in out.values() if list(out.values()).count(f) > 1})
    if twice:
        raise UsageError(f"--columns maps more than one column to {', '.join(twice)}")
    for col in header:
        key = col.strip().lower().replace(" ", "_")
        if col not in out and key in FIELDS and FIELDS[key] not in out.values():
            out[col] = FIELDS[key]
    return out


def _not_finite(cell: str) -> bool:
    """'nan', 'inf', '1e400' or a number of 5,000 digits: a number, but none a score can be (said so, not 'no number')."""
    try:
        return not math.isfinite(float(cell.strip().rstrip("%")))
    except ValueError:
        return False


# what a leaderboard writes where it has no score
_NO_SCORE = {"", "-", "–", "—", "n/a", "na", "null", "none", "?"}


def _small(text: str) -> str:
    # '1e-400' is refused, not read as 0 (a number the source never wrote): say why, or it reads as no number at all
    return ": no number that small is held (it reads as 0)" if underflows(text) else ""


def _row(cells: dict, opts: ImportOptions, src: Fetched, line: int) -> ImportedRow:
    for name in ("model", "benchmark"):
        if not cells.get(name):
            raise ValueError(name, "is empty")
    cell = cells.get("score") or ""
    value, is_percent = percent_or_number(cell)
    if value is None:
        # one row without a number is left out with its line and counted; the other rows import
        where = f"{src.name} line {line}"
        why = (
            "no score stated"
            if cell.strip().casefold() in _NO_SCORE
            else "score must be a finite number"
            if _not_finite(cell)
            else "score must be a number"
        )
        return ImportedRow.skipped(cells["model"], cells["benchmark"], cells.get("metric") or opts.metric or "score",
                                   where, f"{where}: {why}, got {cell[:40]!r}{foreign_digits(cell)}{_small(cell)}")  # fmt: skip
    stderr = None
    if cells.get("stderr"):
        stderr = number(cells["stderr"])
        if stderr is None or stderr < 0:
            raise ValueError(
                "stderr",
                f"must be a non-negative number, got {cells['stderr'][:40]!r}{foreign_digits(cells['stderr'])}"
                f"{_small(cells['stderr'])}",
            )
    n = None
    if cells.get("n"):
        if not (cells["n"].isascii() and cells["n"].isdigit()) or int(_readable("n", cells["n"])) == 0:  # "²" passes
            raise ValueError("n", f"must be a positive whole number, got {cells['n'][:40]!r}")
        n = int(cells["n"])
    when = None
    if cells.get("as_of_date"):
        when = day(cells["as_of_date"])
        if when is None:
            raise ValueError("as_of_date", f"must be a date, got {cells['as_of_date'][:40]!r}")
    shots = None
    if cells.get("shots"):  # else "five" or "²" was dropped, and the row read as shots not stated
        count = re.fullmatch(r"([0-9]+)(?:[ -]?shots?)?", cells["shots"].strip(), re.I)  # "5", "5-shot"
        if count is None:
            raise ValueError("shots", f"must be a whole number (or '5-shot'), got {cells['shots'][:40]!r}")
        shots = int(_readable("shots", count.group(1)))
    return ImportedRow(
        model=cells["model"],
        benchmark=cells["benchmark"],
        metric=cells.get("metric") or opts.metric or "score",
        value=value,
        stderr=stderr,
        n=n,
        setting=cells.get("setting", ""),
        shots=shots,
        reported_by=cells.get("reported_by") or opts.reported_by,
        source_url=cells.get("source_url") or opts.source_url,
        locator=cells.get("source_locator") or opts.locator,
        at=f"{src.name} line {line}",
        as_of=when,
        # a zoned time is dated by its UTC day: where the day written is another, the notes say so, as for Inspect
        notes="; ".join(x for x in (cells.get("notes", ""), zone_note(cells.get("as_of_date", ""))) if x),
        scale="percent" if is_percent else "unknown",
    )


def _readable(field: str, digits: str) -> str:
    """ASCII digits int() reads: past 4,300 of them it refuses in Python's words (and the refusal, one
    argument where the row's check gives two, read as 'not enough values to unpack'). A count past
    MAX_COUNT but within that is read, and left out at its row by the table's own check."""
    if len(digits) > 4000:  # leading zeros count too
        raise ValueError(field, f"{shown(digits)} is too large for a count (at most {MAX_COUNT:,})")
    return digits


def _spelt_like(word: str, names: list[str]) -> str:
    """The hint "; did you mean 'Test'?" for the one of `names` that `word` is spelt like (any case), else ''."""
    folded = {n.casefold(): n for n in reversed(names)}
    close = difflib.get_close_matches(word.casefold(), list(folded), n=1, cutoff=0.7)
    return f"; did you mean {folded[close[0]]!r}?" if close else ""
