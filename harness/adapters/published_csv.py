"""Published scores as CSV: one row per model x benchmark x setting, with provenance."""

from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path

from harness.adapters.base import Adapter, first_party
from harness.catalog import Catalog
from harness.errors import BenchclaimsError, InputError
from harness.evidence import ScoreRecord
from harness.settings import Setting, parse_bool, parse_setting
from harness.yamlfile import read_text

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
]
_URL = re.compile(r"^https?://\S+$")
_PERCENT_KINDS = {"percent"}
Z95 = 1.959963984540054


class PublishedCsvAdapter(Adapter):
    name = "published_csv"

    def matches(self, path: Path) -> bool:
        return path.suffix.lower() == ".csv"

    def load(self, path: Path, label: str, catalog: Catalog) -> tuple[list[ScoreRecord], list[InputError]]:
        import io

        import pandas as pd

        text = read_text(path, label)
        if not text.strip():
            raise InputError(label, "file is empty")
        try:
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skipinitialspace=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
            raise InputError(label, f"not a valid CSV file ({str(exc).splitlines()[0]})") from None
        columns = [str(c).strip() for c in frame.columns]
        missing = [c for c in REQUIRED if c not in columns]
        if missing:
            raise InputError(label, f"missing column(s): {', '.join(missing)}", line=1)
        unknown = [c for c in columns if c not in REQUIRED + OPTIONAL]
        if unknown:
            raise InputError(label, f"unknown column(s): {', '.join(unknown)}", line=1)
        frame.columns = columns
        records: list[ScoreRecord] = []
        problems: list[InputError] = []
        for i, row in enumerate(frame.to_dict("records")):
            line = i + 2  # the header is row 1
            try:
                records.append(_record(row, f"{label}:{line}", catalog))
            except _RowError as exc:
                problems.append(InputError(label, exc.message, field=exc.field, line=line))
            except BenchclaimsError as exc:
                problems.append(InputError(label, str(exc), line=line))
        return records, problems


class _RowError(Exception):
    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message


def _record(row: dict, origin: str, catalog: Catalog) -> ScoreRecord:
    def cell(name: str) -> str:
        return str(row.get(name, "") or "").strip()

    for name in REQUIRED:
        if not cell(name):
            raise _RowError(name, "is empty")
    try:
        model = catalog.model(cell("model"))
    except BenchclaimsError as exc:
        raise _RowError("model", str(exc)) from None
    try:
        bench = catalog.benchmark(cell("benchmark"))
    except BenchclaimsError as exc:
        raise _RowError("benchmark", str(exc)) from None
    value = _number(cell("score"), "score")
    if value < 0:
        raise _RowError("score", f"must not be negative, got {cell('score')}")
    if bench.metric_kind in _PERCENT_KINDS and value > 100:
        raise _RowError("score", f"is a percentage for {bench.name}, got {cell('score')} (over 100)")
    if bench.max_score is not None and value > bench.max_score:
        raise _RowError("score", f"is over the maximum {bench.max_score:g} for {bench.name}")
    stderr = _number(cell("stderr"), "stderr") if cell("stderr") else None
    if stderr is not None and stderr < 0:
        raise _RowError("stderr", "must not be negative")
    if stderr is None and (cell("ci_low") or cell("ci_high")):
        # a published 95% interval is turned into the SE it implies
        if not (cell("ci_low") and cell("ci_high")):
            raise _RowError("ci_low" if not cell("ci_low") else "ci_high", "give both ci_low and ci_high")
        low, high = _number(cell("ci_low"), "ci_low"), _number(cell("ci_high"), "ci_high")
        if not low <= value <= high or low == high:
            raise _RowError("ci_low", f"interval {low:g}-{high:g} must contain the score {value:g}")
        stderr = (high - low) / (2 * Z95)
    n = None
    if cell("n"):
        if not cell("n").isdigit() or int(cell("n")) == 0:
            raise _RowError("n", f"must be a positive whole number, got {cell('n')!r}")
        n = int(cell("n"))
    urls = [u.strip() for u in cell("source_url").split(";") if u.strip()]
    if not urls or not all(_URL.match(u) for u in urls):
        raise _RowError("source_url", f"must be http(s) URL(s) separated by ';', got {cell('source_url')[:80]!r}")
    try:
        as_of = date.fromisoformat(cell("as_of_date"))
    except ValueError:
        raise _RowError("as_of_date", f"must be a date YYYY-MM-DD, got {cell('as_of_date')[:40]!r}") from None
    return ScoreRecord(
        origin=origin,
        model=model.id,
        benchmark=bench.id,
        metric=cell("metric"),
        setting=_setting(row, cell),
        value=value,
        reported_by=cell("reported_by"),
        source_url=" ; ".join(urls),
        source_locator=cell("source_locator"),
        as_of=as_of,
        model_name=cell("model"),
        benchmark_name=cell("benchmark"),
        setting_text=cell("setting"),
        stderr=stderr,
        n=n,
        first_party=first_party(catalog, cell("reported_by"), model.id),
        notes=cell("notes"),
    )


def _number(text: str, field: str) -> float:
    try:
        # thousands separators only in their proper places: "2,701" yes, "1,2,3" no
        value = float(text.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", text) else text)
    except ValueError:
        raise _RowError(field, f"must be a number, got {text[:40]!r}") from None
    if not math.isfinite(value):
        raise _RowError(field, f"must be a finite number, got {text[:40]!r}")
    return value


def _setting(row: dict, cell) -> Setting:
    """Structured columns win; the free text fills what they leave blank."""
    parsed = parse_setting(cell("setting"), cell("metric"), cell("benchmark"))
    try:
        tools = parse_bool(cell("tools"))
    except ValueError as exc:
        raise _RowError("tools", str(exc)) from None
    shots = None
    if cell("shots"):
        if not cell("shots").isdigit():
            raise _RowError("shots", f"must be a whole number, got {cell('shots')!r}")
        shots = int(cell("shots"))
    return Setting(
        tools=parsed.tools if tools is None else tools,
        aggregation=cell("aggregation").lower() or parsed.aggregation,
        shots=parsed.shots if shots is None else shots,
        harness=cell("harness") or parsed.harness,
        subset=cell("subset") or parsed.subset,
        prompt=cell("prompt") or parsed.prompt,
    )
