"""Turn an import's kept rows into the published-CSV table it writes.

Reconcile each row's scale with its catalog benchmark, drop scores nothing tells apart, and refuse
before writing what the evidence loader itself would refuse, so an imported table always loads.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.counting import counted
from harness.errors import UsageError
from harness.evidence.adapters.base import ImportedRow, ImportOptions
from harness.evidence.adapters.published_cells import inert_cell
from harness.evidence.adapters.published_row import (
    OPTIONAL,
    REQUIRED,
    score_cap,
    score_floor,
)
from harness.evidence.fetching import Fetched, public_url
from harness.evidence.itemstore import SUFFIX, items_bytes
from harness.evidence.metrics import span_text
from harness.inputs import controls_escaped

# the published-CSV layout, less the columns an import never fills (an interval: it writes the SE)
COLUMNS = REQUIRED + [c for c in OPTIONAL if c not in {"ci_low", "ci_high", "tools", "items_dataset"}]
_PERCENT = "percent"


def scale_rows(kept, catalog: Catalog, opts: ImportOptions, label: str):
    """Put fractions on the percent scale, decided per metric and benchmark; skip what a benchmark cannot hold.

    Returns the rows kept, notes, and the skipped rows with their reasons (a lower-is-better metric
    on a higher-is-better benchmark, a score on its own scale filed under a percent benchmark, a
    value outside the benchmark's range): one bad row is reported, the others import.
    """
    notes, skipped, out = [], [], []
    # decided per metric, from every value the file gives for it: one BLEU of 18.13 says nothing
    # about pass@1, but accuracies of 36.1 and 0.53 in one card are both percents
    groups: dict[tuple[str, str], list] = {}
    for row, _, b in kept:
        if row.scale in ("unknown", "fraction?", "either?") and catalog.benchmark(b.id).metric_kind == _PERCENT:
            # a metric whose scale is its task's own code's ("either?") is decided per task: one task's
            # BLEU above 1 says nothing of another's
            key = row.benchmark if row.scale == "either?" else ""
            groups.setdefault((row.metric.split(",", 1)[0].strip().casefold(), key), []).append(row)
    for group in groups.values():
        choice = opts.scale
        if choice == "auto" and all(_undecidable(row) and row.value <= 1.0 for row in group):
            # 0.61 is a BLEU of 61 on 0-1 or of 0.61 on 0-100, a WER of 0.09 one of 9 % or of 0.09 %: nothing
            # in the file says which, so none is imported until the user says (never guessed: a weak model's
            # 0-100 BLEU is often under 1, and so is a strong model's 0-100 error rate)
            first = group[0]
            why = (
                f"the task computes it with its own code; every {first.metric!r} score of {first.benchmark} is at most 1"
                if first.scale == "either?"
                else f"lower is better, so a small value fits both; every {first.metric!r} score in the file is at most 1"
            )
            for row in group:
                skipped.append(
                    skipped_entry(
                        row,
                        f"{row.metric!r} {row.value:g} may be on 0-1 or on 0-100, and the file does not say which "
                        f"({why}): pass --scale fraction (multiplied by 100) or --scale percent (kept as written)",
                    )
                )
                row.scale = "refused"
            continue
        if choice == "auto":
            if not all(row.value <= 1.0 for row in group):
                choice = "percent"
                small = [row for row in group if 0 < row.value <= 1.0]
                for row in small:  # written "0.648%" for the loader, so its warning about such a cell is not given
                    row.notes = _join(row.notes, f"{row.value:g} read as a percent, as the file's other scores")
                if small:
                    row = small[0]
                    more = f" (and {len(small) - 1} more such rows)" if len(small) > 1 else ""
                    notes.append(
                        f"{row.model} on {row.benchmark}: {row.value:g} read as {row.value:g} %{more}, since the "
                        f"file's other {group[0].metric!r} scores are above 1; if the source means a fraction of 1 "
                        f"({row.value * 100:g} %), it is 100 times larger: check it"
                    )
            elif all(row.scale == "fraction?" for row in group):
                choice = "fraction"  # a 0-1 metric, and no value of it in the file above 1
            elif len(group) < 2:
                row = group[0]
                at = f" ({row.locator})" if row.locator else ""
                raise UsageError(
                    f"{label}: {row.model} on {row.benchmark}{at}: {row.metric!r} {row.value:g} could be a fraction "
                    f"or a percent, and no other {row.metric!r} value in the file says which; pass --scale fraction "
                    "(multiplied by 100) or --scale percent (kept as it is)"
                )
            else:
                choice = "fraction"
                notes.append(
                    f"every {group[0].metric} score in the file is at most 1, so they were read as fractions and "
                    f"multiplied by 100 ({counted(len(group), 'row')}); pass --scale percent if they are percents"
                )
        for row in group:
            row.scale = choice
    for row, m, b in kept:
        if row.scale == "refused":
            continue
        bench = catalog.benchmark(b.id)
        why = ""
        if row.higher_is_better is False and bench.higher_is_better:
            why = f"{row.metric!r} is lower-is-better, but {bench.name} is scored higher-is-better"
        elif row.scale == "as-is" and bench.metric_kind == _PERCENT:
            scale = f"0-{row.max_score:g}" if row.max_score is not None else "its own scale"
            why = f"{row.metric!r} is on {scale}, not a percent, but {bench.name} is scored in percent"
        elif _undecidable(row):
            # only a percent benchmark decides 0-1 or 0-100 with the file's other values: kept as written on
            # another (an entry an earlier import made "points"), a WER of 0.09 sat beside one of 8.49
            why = (
                f"{row.metric!r} is written 0-1 or 0-100, but {bench.name} is scored in {bench.metric_kind}, where "
                "nothing says which: give the benchmark metric_kind: percent"
            )
        if why:
            skipped.append(skipped_entry(row, why))
            continue
        if row.scale == "fraction" and bench.metric_kind == _PERCENT:
            row.notes = _join(row.notes, f"converted from the fraction {row.value:g}")
            row.value = round(row.value * 100, 10)
            row.stderr = None if row.stderr is None else round(row.stderr * 100, 10)
        row.scale = "done"
        cap, floor = score_cap(bench), score_floor(bench)
        if row.value < floor:  # a correlation or BLEURT can be, where the benchmark's min_score allows it
            why = f"score {row.value:g} is under {floor:g}, the lowest {bench.name} allows"
            if bench.min_score is None and row.min_score < 0:
                why += (
                    f" ({row.metric!r} ranges over {span_text(row.min_score, row.max_score)}: "
                    f"a min_score in {bench.name}'s catalog entry lets such scores in)"
                )
            skipped.append(skipped_entry(row, why))
            continue
        if not row.value <= cap or not math.isfinite(row.value):
            why = f"score {row.value:g} is outside {span_text(floor, cap)} for {bench.name}"
            if row.above_100 and bench.metric_kind == _PERCENT and bench.max_score is None and math.isfinite(row.value):
                # the rate is right and the benchmark is not: a percent benchmark is read as a share of items
                why = (
                    f"score {row.value:g} is over 100, and {bench.name} is a percent benchmark with no max_score, read "
                    f"as a share of items (at most 100); {row.metric!r} is an error rate that can pass 100 (insertions "
                    f"are errors too): give {bench.name}'s catalog entry max_score: .inf"
                )
            skipped.append(skipped_entry(row, why))
            continue
        out.append((row, m, b))
    return out, notes, skipped


def _undecidable(row: ImportedRow) -> bool:
    """A score that may be on 0-1 or 0-100 where a value at most 1 does not settle which.

    A task's own BLEU ("either?"), and a lower-is-better share (an error rate): 0.09 is as likely a
    9 % word error rate as a 0.09 % one, where an accuracy of 0.09 on 0-100 would be near zero.
    """
    return row.scale == "either?" or (row.scale == "unknown" and row.higher_is_better is False)


def skipped_entry(row: ImportedRow, why: str) -> dict:
    return {"model": row.model, "benchmark": row.benchmark, "metric": row.metric, "locator": place(row), "reason": why}


def place(row: ImportedRow) -> str:
    """Where a row is stated: its locator, and its line where the locator is the whole table's ('Table 2, board.csv
    line 4'); a csv table's duplicates were named by the file alone, so which rows they were had to be searched."""
    return ", ".join(x for x in (row.locator, row.at) if x)


def write_table(
    kept,
    catalog: Catalog,
    sha: str,
    src: Fetched,
    opts: ImportOptions,
    out: Path,
    items_out: list | None = None,
    written_from: list | None = None,
    repeated: dict[int, int] | None = None,
) -> tuple[bytes, list[dict], list[dict]]:
    """The imported rows as published-CSV bytes; per-item files to write beside `out` go to `items_out`.

    Cells are written inert for spreadsheets, and URLs without credentials; `written_from` gets,
    for each row written, the index in `kept` it came from.
    """
    # a percent under 1 says so ("0.53%"), or the loader would take it for a fraction of 1
    small_ok = {b.id for _, _, b in kept if catalog.benchmark(b.id).metric_kind == _PERCENT}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    rows_json, seen, seen_at, seen_row, seen_k, twice = [], {}, {}, {}, {}, []
    written: list[tuple[dict, dict]] = []  # each row's cells and its JSON record, written once all are known
    for k, (row, m, b) in enumerate(kept):
        url = public_url(row.source_url or opts.source_url or src.url or f"snapshot:{sha}")
        notes = row.notes
        if m.how:
            notes = _join(notes, f"source name {row.model!r} read as {m.name!r} ({m.how})")
        when = row.as_of or opts.as_of
        if when is None:
            # the day of the import is not a date the source gives: the row stays undated, and says so; where the
            # importer said the source's date is written in a way it does not read, the source is not "undated"
            unread = "is no date this reads" in notes
            notes = _join(
                notes,
                f"{'left undated' if unread else 'undated by the source'} (this copy was retrieved {src.retrieved_at[:10]})",
            )
        items = ["", "", ""]
        if row.items:
            key = hashlib.sha1(f"{row.model}|{row.benchmark}|{row.metric}|{row.subset}".encode()).hexdigest()[:10]
            path = out.with_name(f"{out.stem}-{key}{SUFFIX}")
            data = items_bytes(row.items, row.clusters)
            items = [path.name, hashlib.sha256(data).hexdigest(), str(len(row.items))]
        cells = {
            "model": m.name,
            "benchmark": b.name,
            "metric": row.metric,
            "setting": row.setting,
            # a percent under 1 says so, or the loader would take it for a fraction of 1
            "score": _num(row.value) + ("%" if b.id in small_ok and 0 < row.value <= 1 else ""),
            "stderr": "" if row.stderr is None else _num(row.stderr),
            "n": "" if row.n is None else str(row.n),
            "shots": "" if row.shots is None else str(row.shots),
            "aggregation": row.aggregation,
            "harness": row.harness,
            "subset": row.subset,
            "prompt": row.prompt,
            "reported_by": row.reported_by or opts.reported_by,
            "source_url": url,
            "source_locator": row.locator or opts.locator or src.name,
            "as_of_date": "" if when is None else when.isoformat(),
            # a source's free text in the notes is quoted with its control characters escaped (`\x07`): the loader
            # refuses them raw, and a score was skipped for a bell in its note
            "notes": controls_escaped(notes, spaces=False),
            "snapshot": sha,
            "partial": "true" if row.partial else "",
            "model_as_written": row.model if row.model != m.name else "",
            "benchmark_as_written": row.benchmark if row.benchmark != b.name else "",
            "items_file": items[0],
            "items_sha256": items[1],
            "items_count": items[2],
        }
        # what tells two results apart: every setting column too (a 0-shot and a 5-shot score are no conflict)
        ident = tuple(
            cells[c]
            for c in (
                "model",
                "benchmark",
                "metric",
                "setting",
                "shots",
                "aggregation",
                "harness",
                "subset",
                "prompt",
                "source_url",
                "model_as_written",
            )
        )
        if ident in seen:
            if seen[ident] == cells["score"]:  # one score stated twice: one row, and the skip says so
                twice.append(skipped_entry(row, f"the same score is stated again{at_place(seen_at[ident])}"))
                if repeated is not None:
                    repeated[k] = seen_k[ident]
                continue
            # two different scores for one model, benchmark, metric and setting: both rows stay, a conflict, and
            # each says so (only the later one did: the first read as the file's only score)
            cells["notes"] = _clean(
                _join(cells["notes"], f"the file states another score for this{at_place(seen_at[ident])}")
            )
            first_cells, first_json = written[seen_row[ident]]
            first_cells["notes"] = first_json["notes"] = _clean(
                _join(
                    first_cells["notes"],
                    f"the file states another score for this{at_place(place(row) or cells['source_locator'])}",
                )
            )
        else:
            seen[ident], seen_at[ident], seen_row[ident] = (
                cells["score"],
                place(row) or cells["source_locator"],
                len(written),
            )
            seen_k[ident] = k
        if row.items and items_out is not None:
            items_out.append((path, data))
        if written_from is not None:
            written_from.append(k)
        written.append((cells, {
                "model": m.id,
                "model_as_written": row.model,
                "benchmark": b.id,
                "benchmark_as_written": row.benchmark,
                "metric": row.metric,
                "value": row.value,
                "stderr": row.stderr,
                "n": row.n,
                "setting": row.setting,
                "harness": row.harness,
                "source": url,
                "reported_by": cells["reported_by"],
                "as_of": cells["as_of_date"] or None,
                "notes": cells["notes"],
                "per_item": int(items[2]) if items[2] else 0,
                "partial": row.partial,
            }))  # fmt: skip
    for cells, json_row in written:
        writer.writerow([inert_cell(_clean(cells[c])) for c in COLUMNS])
        rows_json.append(json_row)
    return buf.getvalue().encode(), rows_json, twice


def _num(x: float) -> str:
    return repr(float(x)) if not float(x).is_integer() else f"{x:.1f}"


def at_place(locator: str) -> str:
    """A row's locator after "stated again": "at line 3", but ", as collected by Epoch AI (…)", never "at as"."""
    return f", {locator}" if locator.startswith("as ") else f" at {locator}"


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b


def _clean(text: str) -> str:
    """One line per cell: a newline inside a source's text must not split a row in a reader's eyes."""
    return " ".join(str(text).split())
