"""Where each score on a claim's page comes from: every row used, once, with its whole provenance.

The comparison tables name a row's publisher and value; a reader checking a number also needs the
page, table or section it stands in, the date, the setting as the source words it, the notes made
when it was entered, and the line of our own file that holds it. This module gathers those rows
and turns each into plain-text cells; markdown and HTML escape and link them their own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from harness.claims.catalog import Catalog
from harness.evidence.records import ScoreRecord
from harness.judge.engine import ClaimResult
from harness.report.numbers import num, score, whole


@dataclass
class SourceRow:
    """One evidence row as the page shows it: text cells, and the URLs to link."""

    row_id: str
    model: str
    benchmark: str
    value: str
    metric: str
    reported_by: str
    urls: list[str]
    date: str
    locator: str
    setting: str
    notes: str
    origin: str


def page_rows(result: ClaimResult) -> list[ScoreRecord]:
    """Every evidence row the claim's comparisons used, its checkpoints' included, each once, in the
    order the page first shows them."""
    rows: dict[str, ScoreRecord] = {}
    for res in [result, *result.variants]:
        for a in res.assertions:
            for c in a.comparisons:
                for r in c.subject_rows + c.competitor_rows:
                    rows.setdefault(r.row_id, r)
    return list(rows.values())


def source_rows(result: ClaimResult, catalog: Catalog) -> list[SourceRow]:
    """The cells of every row `page_rows` finds."""
    return [source_cells(r, catalog) for r in page_rows(result)]


def source_cells(r: ScoreRecord, catalog: Catalog) -> SourceRow:
    """One row's cells. A name the source wrote otherwise than the catalog is shown as written too,
    so a reader can find the row in the source; a row without a date says which snapshot it was read from."""
    model = _as_written(catalog.model(r.model).name, r.model_name)
    benchmark = _as_written(catalog.benchmark(r.benchmark).name, r.benchmark_name)
    value = score(r.value, whole(catalog.benchmark(r.benchmark))) + (
        f" ± {num(r.stderr, 2)}" if r.stderr is not None else ""
    )
    if r.n:
        value += f" (n = {r.n:,})"
    notes = [r.notes.strip()] if r.notes.strip() else []
    if r.partial:
        notes.append("Partial run.")
    if r.snapshot:
        notes.append(f"Read from snapshot sha256 {r.snapshot[:12]}.")
    return SourceRow(
        row_id=r.row_id,
        model=model,
        benchmark=benchmark,
        value=value,
        metric=r.metric or "–",
        reported_by=r.reported_by,
        urls=[u.strip() for u in r.source_url.split(" ; ") if u.strip()],
        date=r.as_of.isoformat() if r.as_of else "no date given",
        locator=r.source_locator or "–",
        setting=r.setting_text or r.setting.label() or "–",
        notes=" ".join([*(_sentence(n) for n in notes[:-1]), *notes[-1:]]) or "–",
        origin=r.origin,
    )


def _sentence(note: str) -> str:
    """A note ended as a sentence, so the one after it does not run on from it: a row's own notes "... as printed
    (bold)" and "Read from snapshot ..." were shown "as printed (bold) Read from snapshot"."""
    return note if note[-1:] in ".!?" else note + "."


def url_label(url: str) -> str:
    """A short label for a second or later URL of a row: its host, else the URL itself."""
    try:
        host = urlsplit(url).hostname if "://" in url else None
    except ValueError:  # a malformed URL ('http://[x') is shown as written
        host = None
    return host or url


def _as_written(name: str, written: str) -> str:
    w = " ".join(written.split())
    return f"{name} (written '{w}')" if w and w != name else name
