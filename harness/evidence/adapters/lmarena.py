"""LMArena ratings: the flat leaderboard CSV (`95_pct_ci` as +a/-b) or LMArena's own JSON by category."""

from __future__ import annotations

import difflib
import re

from harness.errors import InputError, raise_problems
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.foreign import CsvRows, foreign_digits, load_json, number, whole
from harness.evidence.adapters.published_row import Z95
from harness.evidence.fetching import Fetched

REPORTER = "LMArena"
BENCHMARK = "LMArena text"
_CI = re.compile(r"^\s*\+\s*([\d.]+)\s*/\s*-\s*([\d.]+)\s*$", re.ASCII)
# the board a file holds, from its name as LMArena and its mirrors write it (leaderboard-vision-style-control.json,
# lmarena_image.csv); a board is never taken for another: vision ratings are not text ratings
_BOARD = re.compile(
    r"(?:leaderboard|lmarena|lmsys)[-_](text|vision|image|webdev|search|copilot)(-style-control)?", re.I
)


# a licence cell that names no licence: it says nothing of the weights (NVILA-15B's '-' on the vision board)
_NO_LICENCE = frozenset({"-", "--", "n/a", "na", "none", "unknown", "not stated", "tbd", "?"})


def open_weights(licence: str) -> bool | None:
    """Whether a board's licence cell says the weights are open: None where it names no licence.

    LMArena writes 'Proprietary' for closed models, and misspells it ('Propretary' on Claude 3.5 Haiku's
    rows, July 2025): a spelling that close is the same word, never an open licence. A dash or 'Unknown'
    is no licence at all, so the weights are not stated, not open.
    """
    word = " ".join(licence.split()).lower()
    if not word or word in _NO_LICENCE or not any(c.isalnum() for c in word):
        return None
    if word.startswith("propr") or difflib.SequenceMatcher(None, word, "proprietary").ratio() >= 0.8:
        return False
    return True


def board(src: Fetched) -> str:
    """The benchmark name for a file's board ("LMArena vision (style control)"), from the file's name.

    Nothing inside a board's file says which board it is (an image board's CSV has the text board's
    columns), so a name that says none is refused rather than read as the text board; only the older
    LMSYS-era exports (lmsys.csv) held the text board alone.
    """
    found = _BOARD.search(src.name)
    if found is None:
        if "lmsys" in src.name.lower():
            return BENCHMARK
        raise InputError(
            src.label,
            "the file name does not say which LMArena board it holds (text, vision, image, webdev, search, "
            "copilot); name it as LMArena does, e.g. leaderboard-text.json or lmarena_vision.csv",
        )
    kind = found.group(1).lower()
    return f"LMArena {kind}" + (" (style control)" if found.group(2) else "")


class LmArena(Importer):
    name = "lmarena"
    summary = "LMArena leaderboard: flat CSV (arena_score, 95_pct_ci) or JSON {category: {model: {rating, ...}}}"

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        if src.data.lstrip()[:1] in (b"{", b"["):
            return _json(src, opts)
        return _csv(src, opts)


def _row(src, opts, model, bench, value, low, high, votes=None, org="", licence="", locator="") -> ImportedRow:
    return ImportedRow(
        model=model,
        benchmark=bench,
        metric="arena score",
        value=value,
        # a 95 % interval (asymmetric in general) as the standard error it implies
        stderr=None if low is None or high is None else round((high - low) / (2 * Z95), 6),
        n=votes,
        setting="pairwise human votes, Bradley-Terry rating",
        reported_by=opts.reported_by or REPORTER,
        source_url=opts.source_url or src.url or "",
        locator=locator,
        as_of=None,
        notes=f"95% interval {low:g} to {high:g}" if low is not None and high is not None else "",
        developer=org,
        open_weights=open_weights(licence),
        license=licence if open_weights(licence) is not None else "",  # '-' is no licence to quote
        benchmark_kind="elo",
    )


def _csv(src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
    table = CsvRows(src)
    score = "arena_score" if "arena_score" in table.header else "arena_elo"  # arena_elo: the older exports
    if not {"model", score} <= set(table.header):
        raise InputError(src.label, "not an LMArena CSV: expected model and arena_score (or arena_elo) columns", line=1)
    rows, problems, bench = [], table.problems, board(src)
    for line, r in table:
        value = number(r.get(score))
        if not r.get("model") or value is None:
            hint = foreign_digits(r.get(score))
            problems.append(InputError(src.label, f"needs a model and a numeric {score}{hint}", line=line))
            continue
        low = high = None
        if r.get("95_pct_ci"):
            found = _CI.match(r["95_pct_ci"])
            if not found:
                problems.append(
                    InputError(
                        src.label,
                        f"must read +a/-b, got {r['95_pct_ci'][:30]!r}{foreign_digits(r['95_pct_ci'])}",
                        field="95_pct_ci",
                        line=line,
                    )
                )
                continue
            high, low = value + float(found.group(1)), value - float(found.group(2))
        cell = (r.get("votes") or "").strip()
        votes = whole(cell)
        rows.append(
            _row(
                src,
                opts,
                r["model"].strip(),
                bench,
                value,
                low,
                high,
                votes,
                (r.get("organization") or "").strip(),
                (r.get("license") or "").strip(),
                f"{src.name} line {line} (rank {r.get('rank', '?')})",
            )
        )
        if cell and votes is None:  # '²', 5,000 digits: no count, and the row says so
            rows[-1].notes = "; ".join(
                x for x in (rows[-1].notes, f"votes {cell[:40]!r} is no count: votes not stated") if x
            )
    raise_problems(problems)
    return rows


def _json(src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
    data = load_json(src, "LMArena JSON ({category: {model: {rating, ...}}})")
    if not isinstance(data, dict) or not data:
        raise InputError(src.label, "not LMArena JSON: expected {category: {model: {rating, ...}}}")
    rows, name = [], board(src)
    for category, models in data.items():
        if not isinstance(models, dict):
            raise InputError(src.label, f"category {category!r} must map models to ratings", field=str(category))
        bench = name if category == "full" else f"{name}: {category}"
        for model, entry in models.items():
            value = number(entry.get("rating")) if isinstance(entry, dict) else None
            if value is None:
                hint = foreign_digits(entry.get("rating")) if isinstance(entry, dict) else ""
                raise InputError(src.label, f"needs a numeric rating{hint}", field=f"{category}.{model}")
            for bound in ("rating_q025", "rating_q975"):  # in other digits: read as no interval, unsaid
                if foreign_digits(entry.get(bound)):
                    raise InputError(
                        src.label,
                        f"must be a number{foreign_digits(entry[bound])}",
                        field=f"{category}.{model}.{bound}",
                    )
            rows.append(
                _row(
                    src,
                    opts,
                    model,
                    bench,
                    value,
                    number(entry.get("rating_q025")),
                    number(entry.get("rating_q975")),
                    locator=f"{src.name} [{category!r}][{model!r}]",
                )
            )
    return rows
