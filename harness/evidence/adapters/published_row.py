"""One published-CSV row, checked field by field: the reader every message comes from.

The column-wise reader in `published_csv.py` sends here each row that fails one of its checks, so
a bad row's `file:row: field: reason` is this module's. The one check that needs the whole file (a
score that looks like a fraction of 1, when no score of that benchmark in the file is above 1) is
made there, with its message from `_fraction_message` here.
"""

from __future__ import annotations

import functools
import math
import os
import re
from datetime import date
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.claims.catalog_entries import in_the_future
from harness.claims.names import shown
from harness.errors import BenchclaimsError
from harness.evidence.adapters.base import first_party
from harness.evidence.adapters.foreign import foreign_digits
from harness.evidence.adapters.published_cells import (
    _SHA,
    MAX_COUNT,
    _count,
    _CountTooLarge,
    _urls,
    stderr_over_range,
)
from harness.evidence.itemstore import ItemsFile
from harness.evidence.records import ScoreRecord
from harness.evidence.settings import Setting, parse_bool, parse_setting
from harness.inputs import control_character, text_control_character

REQUIRED = [
    "model",
    "benchmark",
    "metric",
    "score",
    "reported_by",
    "source_url",
    "source_locator",
    "as_of_date",
]
OPTIONAL = [
    "setting",
    "notes",
    "stderr",
    "ci_low",
    "ci_high",
    "n",
    "tools",
    "aggregation",
    "shots",
    "harness",
    "subset",
    "prompt",
    # written by `benchclaims import`: the snapshot a row came from, how the source spelled the
    # names, a partial run, and per-item results in a Parquet file beside the table
    "snapshot",
    "partial",
    "model_as_written",
    "benchmark_as_written",
    "items_file",
    "items_sha256",
    "items_count",
    # or the row's items in a Parquet dataset (a folder beside the table, or a URL): evidence/itemset.py
    "items_dataset",
]
_PERCENT_KINDS = {"percent"}
Z95 = 1.959963984540054


class _RowError(Exception):
    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message


# cells shown as they are in every report that cites the row: an escape sequence or a line break in them was
# written into the pages raw (a terminal escapes it where benchclaims prints it, a markdown page does not)
ONE_LINE = (
    "reported_by",
    "source_locator",
    "metric",
    "setting",
    "aggregation",
    "harness",
    "subset",
    "prompt",
    "model_as_written",
    "benchmark_as_written",
)
# cells that may span lines in earnest (notes): a tab or a line break is kept, no other control character
TEXT = ("notes",)


def one_line(text: str) -> str:
    """`text`, or ValueError where it holds a control character (the column reader sends the row to `_record`)."""
    if control_character(text):
        raise ValueError(text)
    return text


def printable_text(text: str) -> str:
    """`text`, or ValueError where it holds a control character other than a tab or a line break."""
    if text_control_character(text):
        raise ValueError(text)
    return text


def _record(row: dict, origin: str, catalog: Catalog, folder: Path | None = None) -> ScoreRecord:
    def cell(name: str) -> str:
        return str(row.get(name, "") or "").strip()

    for name in REQUIRED:
        if not cell(name) and not (name == "as_of_date" and cell("snapshot")):
            raise _RowError(name, "is empty")
    for name in ONE_LINE:
        if why := control_character(cell(name)):
            raise _RowError(name, why)
    for name in TEXT:
        if why := text_control_character(cell(name)):
            raise _RowError(name, why)
    try:
        model = catalog.model(cell("model"), ids=False)
    except BenchclaimsError as exc:
        raise _RowError("model", str(exc)) from None
    try:
        bench = catalog.benchmark(cell("benchmark"), ids=False)
    except BenchclaimsError as exc:
        raise _RowError("benchmark", str(exc)) from None
    value = _score(cell("score"))
    if cell("score").endswith("%") and bench.metric_kind not in _PERCENT_KINDS:
        raise _RowError("score", _not_a_percent_message(cell("score"), bench))
    if value < score_floor(bench):
        if bench.min_score is None:
            raise _RowError("score", f"must not be negative, got {cell('score')}")
        raise _RowError("score", f"is under the minimum {bench.min_score:g} for {bench.name}, got {cell('score')}")
    if value > score_cap(bench):
        if bench.metric_kind in _PERCENT_KINDS and value > 100:
            rate = (
                "; a lower-is-better rate that can pass 100 (a word error rate) needs max_score: .inf in its entry"
                if bench.higher_is_better is False and bench.max_score is None
                else ""
            )
            raise _RowError("score", f"is a percentage for {bench.name}, got {cell('score')} (over 100){rate}")
        raise _RowError("score", f"is over the maximum {bench.max_score:g} for {bench.name}")
    stderr = _number(cell("stderr"), "stderr") if cell("stderr") else None
    if stderr is not None and stderr < 0:
        raise _RowError("stderr", "must not be negative")
    if cell("ci_low") or cell("ci_high"):
        # a published 95% interval is turned into the SE it implies
        if not (cell("ci_low") and cell("ci_high")):
            raise _RowError("ci_low" if not cell("ci_low") else "ci_high", "give both ci_low and ci_high")
        low, high = _number(cell("ci_low"), "ci_low"), _number(cell("ci_high"), "ci_high")
        if low >= high:
            # an interval written high bound first holds its score too: "interval 73-69 must contain the score
            # 71.2" named no fault a reader could see
            raise _RowError("ci_low", f"{low:g} must be below ci_high {high:g}: the interval's lower bound goes first")
        if not low <= value <= high:
            raise _RowError("ci_low", f"interval {low:g}-{high:g} must contain the score {value:g}")
        implied = (high - low) / (2 * Z95)
        # both stated: the interval was ignored unseen; they must say the same (10 % for rounding)
        if stderr is not None and abs(implied - stderr) > 0.1 * max(implied, stderr):
            raise _RowError(
                "ci_low",
                f"interval {low:g}-{high:g} implies a stderr of {implied:.3g}, not the {stderr:g} given: give the "
                "one the source states",
            )
        stderr = implied if stderr is None else stderr
    if stderr is not None and (why := stderr_over_range(stderr, score_floor(bench), score_cap(bench), bench.name)):
        raise _RowError("stderr" if cell("stderr") else "ci_low", why)
    n = None
    if cell("n"):
        n = _cell_count(cell, "n")
    try:
        urls = _urls(cell("source_url"))
    except ValueError:
        raise _RowError(
            "source_url", f"must be http(s) URL(s) separated by ';', got {cell('source_url')[:80]!r}"
        ) from None
    # only an imported row (it cites the snapshot it came from) may be undated: its source gave no date
    as_of = as_of_day(cell("as_of_date"))
    snapshot = cell("snapshot")
    if snapshot and not _SHA.match(snapshot):
        raise _RowError("snapshot", f"must be a sha256 (64 hex digits), got {snapshot[:80]!r}")
    if urls.startswith("snapshot:") and urls != f"snapshot:{snapshot}":
        raise _RowError("source_url", "a snapshot: URL must name the row's own snapshot")
    try:
        partial = bool(parse_bool(cell("partial")))
    except ValueError as exc:
        raise _RowError("partial", str(exc)) from None
    return ScoreRecord(
        origin=origin,
        model=model.id,
        benchmark=bench.id,
        metric=cell("metric"),
        setting=_setting(row, cell),
        value=value,
        reported_by=cell("reported_by"),
        source_url=urls,
        source_locator=cell("source_locator"),
        as_of=as_of,
        model_name=cell("model_as_written") or cell("model"),
        benchmark_name=cell("benchmark_as_written") or cell("benchmark"),
        setting_text=cell("setting"),
        stderr=stderr,
        n=n,
        first_party=first_party(catalog, cell("reported_by"), model.id),
        notes=cell("notes"),
        partial=partial,
        snapshot=snapshot,
        items=_dataset_items(cell, folder, model.id, bench.id) or _items(cell, origin, folder, value),
    )


def _dataset_items(cell, folder: Path | None, model: str, bench: str):
    """The dataset that holds the row's per-item results (read when a paired test uses them)."""
    name = cell("items_dataset")
    if not name:
        return None
    if cell("items_file") or cell("items_sha256"):
        raise _RowError("items_dataset", "give items_dataset or items_file, not both")
    count = None
    if cell("items_count"):
        count = _cell_count(cell, "items_count", zero_ok=True)
    from harness.evidence.itemset import DatasetItems

    if "://" in name:
        # a remote store's URL; file:// (or a chained 'zip::file://') would read this machine's files from
        # anywhere, where README promises no path in a project's files reads outside it
        if "::" in name or name.split("://", 1)[0].lower() in {"file", "local"}:
            raise _RowError(
                "items_dataset",
                f"{shown(name)} would read this machine's files, outside the project: give a folder inside the "
                "table's folder, or a remote store's URL (s3://, gs://, ...)",
            )
        return DatasetItems(name, name, model, bench, count)
    if folder is None or Path(name).is_absolute() or ".." in Path(name).parts:
        raise _RowError("items_dataset", "must be a URL or a folder inside the table's folder")
    inside, real = os.path.realpath(folder), os.path.realpath(folder / name)
    if not real.startswith(inside.rstrip(os.sep) + os.sep):  # a symlink out of it: read from anywhere
        raise _RowError("items_dataset", f"{shown(name)} is a symlink out of the table's folder; not read")
    return DatasetItems(str(folder / name), name, model, bench, count)


def _items(cell, origin: str, folder: Path | None, value: float):
    """The per-item results file a row names (checked when a paired test reads it)."""
    name = cell("items_file")
    if not name and not cell("items_sha256") and not cell("items_count"):
        return None
    if not (name and cell("items_sha256") and cell("items_count")):
        raise _RowError("items_file", "give items_file, items_sha256 and items_count together")
    count = _cell_count(cell, "items_count", zero_ok=True)
    from harness.evidence.itemstore import SUFFIX

    if Path(name).name != name or not name.endswith(SUFFIX) or folder is None:
        raise _RowError("items_file", f"must name a *{SUFFIX} file in the same folder")
    if not _SHA.match(cell("items_sha256")):
        raise _RowError("items_sha256", "must be a sha256 (64 hex digits)")
    label = origin.rsplit(":", 1)[0]
    prefix = label.rsplit("/", 1)[0] + "/" if "/" in label else ""
    return ItemsFile(folder / name, prefix + name, cell("items_sha256"), count, value)


_SETTING_CELLS = ("setting", "metric", "benchmark", "tools", "aggregation", "shots", "harness", "subset", "prompt")


@functools.lru_cache(maxsize=1 << 14)
def _setting_of(cells: tuple[str, ...]) -> Setting:
    """The setting of a row, from its cells in _SETTING_CELLS order (files repeat a few combinations)."""
    row = dict(zip(_SETTING_CELLS, cells))
    return _setting(row, lambda name: row.get(name, ""))


def _score(text: str) -> float:
    """A score cell: a number, or a number with '%' (which says it is a percent, however small)."""
    return _number(text[:-1].rstrip() if text.endswith("%") else text, "score")


def _not_a_percent_message(text: str, bench) -> str:
    # a Codeforces rating written '2537%' was read as the rating 2537, its '%' dropped unsaid: which of the two
    # the cell means, a percent on another scale or a rating with a stray sign, only its source can tell
    return (
        f"{text!r} is a percent, but {bench.name} is scored as a {bench.metric_kind}, not in percent: write the "
        "score as the source gives it on that scale, without '%'"
    )


def _fraction_message(text: str, bench) -> str:
    value = _score(text)
    return (
        f"{text} looks like a fraction of 1 on {bench.name} (a percent benchmark; no {bench.name} score in this "
        f"file is above 1): write it as a percent ({value * 100:g}), or as '{text}%' if it really is under 1 %"
    )


def _among_percents_message(text: str, bench) -> str:
    value = _score(text)
    return (
        f"{text} on {bench.name} (a percent benchmark) is read as {value:g} %, though this file's other "
        f"{bench.name} scores go above 1: if it is a fraction of 1, write {value * 100:g}; if it is under 1 %, "
        f"write '{text}%'"
    )


def _number(text: str, field: str) -> float:
    # Python's float() reads "8_0.5" as 80.5, and a full-width "６４.８" as 64.8; no publisher means the first,
    # and a cell typed in another script's digits is refused, never read as what it seems to show
    if "_" in text or foreign_digits(text):
        raise _RowError(field, f"must be a number, got {text[:40]!r}{foreign_digits(text)}")
    try:
        # thousands separators only in their proper places: "2,701" yes, "1,2,3" no, and "0,712" (a decimal
        # comma: 0.712) never 712
        value = float(text.replace(",", "") if re.fullmatch(r"[1-9]\d{0,2}(,\d{3})+(\.\d+)?", text) else text)
    except ValueError:
        raise _RowError(field, f"must be a number, got {text[:40]!r}{_number_hint(text)}") from None
    if not math.isfinite(value):
        raise _RowError(field, f"must be a finite number, got {text[:40]!r}")
    if value == 0 and re.search(r"[1-9]", re.split(r"[eE]", text)[0]):  # '1e-400': never a 0 no source wrote
        raise _RowError(field, f"must be a number, got {text[:40]!r}: no number that small is held (it reads as 0)")
    return value


def _number_hint(text: str) -> str:
    """What a cell copied from a paper's table holds besides its number, where that is plain."""
    if re.fullmatch(r"[+-]?\d+,\d+", text):
        return ": write a point, not a comma, before the decimals"
    if "±" in text or "+/-" in text:
        return ": the ± part goes in the stderr column (or ci_low and ci_high)"
    if re.fullmatch(r"[+-]?[\d.]+\s*[*†‡§¶]+", text):
        return ": a footnote mark after the number; say what it marks in notes"
    return ""


def _setting(row: dict, cell) -> Setting:
    """Structured columns win; the free text fills what they leave blank."""
    parsed = parse_setting(cell("setting"), cell("metric"), cell("benchmark"))
    try:
        tools = parse_bool(cell("tools"))
    except ValueError as exc:
        raise _RowError("tools", str(exc)) from None
    shots = None
    if cell("shots"):
        shots = _cell_count(cell, "shots", zero_ok=True)
    return Setting(
        tools=parsed.tools if tools is None else tools,
        aggregation=cell("aggregation").lower() or parsed.aggregation,
        shots=parsed.shots if shots is None else shots,
        harness=cell("harness") or parsed.harness,
        subset=cell("subset") or parsed.subset,
        prompt=cell("prompt") or parsed.prompt,
        thinking=parsed.thinking,
        compute=parsed.compute,
        effort=parsed.effort,
        measure=parsed.measure,
    )


def as_of_day(text: str) -> date | None:
    """A row's as_of_date: none, or a real day that is not after today."""
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise _RowError("as_of_date", f"must be a date YYYY-MM-DD, got {text[:40]!r}") from None
    if why := in_the_future(day, "the day the score was published"):
        # a slip (2052 for 2025) would drop the row silently from every claim whose evidence has an as_of
        raise _RowError("as_of_date", why)
    return day


def score_cap(bench) -> float:
    """The highest score a benchmark allows: its stated maximum, else 100 for percents, else none."""
    # a percent's stated max_score is at most 100, but for an error rate that can pass 100 (a WER; the catalog
    # allows it only on a lower-is-better percent): that maximum, not 100
    if bench.max_score is not None:
        return bench.max_score
    return 100.0 if bench.metric_kind in _PERCENT_KINDS else math.inf


def score_floor(bench) -> float:
    """The lowest score a benchmark allows: its stated min_score, else 0."""
    return 0.0 if bench.min_score is None else bench.min_score


def _cell_count(cell, field: str, zero_ok: bool = False) -> int:
    """A count column's cell (n, items_count, shots), or the row's one-line error."""
    text = cell(field)
    try:
        return _count(text, zero_ok)
    except _CountTooLarge:
        raise _RowError(field, f"{shown(text)} is too large for a count (at most {MAX_COUNT:,})") from None
    except ValueError:
        whole = "a whole number" if zero_ok else "a positive whole number"
        raise _RowError(field, f"must be {whole}, got {text!r}") from None
