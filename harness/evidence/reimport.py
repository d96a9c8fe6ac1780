"""What `validate` says of an imported table that an older version of its importer wrote.

A newer importer may file the same snapshot differently (the Open LLM Leaderboard's v1 columns now carry the
metric the leaderboard ran; its v2 raw scores are the leaderboard's own run, not the catalog's MMLU-Pro). The
table keeps the old rows until it is imported again, so the warning names the table, one row that changed,
and the command that re-imports its kept copy with the options it was imported with.
"""

from __future__ import annotations

import csv
import io
import shlex
from collections import Counter

from harness.evidence.adapters.base import ImportOptions
from harness.evidence.snapshots import Snapshot

# the cells a reader sees first when a row is filed differently, in that order (a date before the notes that say
# why it changed: a note cut at 60 characters hid it)
_SHOWN = ("benchmark", "benchmark_as_written", "metric", "score", "shots", "setting", "as_of_date", "notes")


def older_importer(
    snap: Snapshot, current: str, table: bytes, fresh: bytes, opts: ImportOptions, unmapped
) -> str | None:
    """One line: which version wrote the table, what the current one files differently, how to re-import.

    None when a row's score differs from the fresh import's: a newer importer files a score under another name,
    metric or setting, never another score, so that table was edited by hand (an error, as with one version).
    `unmapped` holds the names the current importer gives that the catalog lacks (placing.Unmapped): their rows
    are in no fresh table until the re-import adds them (--add-unmapped) or they are mapped.
    """
    old, new = _rows(table), _rows(fresh)
    changed = [(line, row, new[key][1]) for key, (line, row) in old.items() if key in new and new[key][1] != row]
    if any(was.get("score") != now.get("score") for _, was, now in changed):
        return None
    said = [f"{len(changed)} of {len(old)} rows filed differently"] if changed else []
    names = sorted(u.name for u in unmapped.values())
    if names:
        rows = sum(u.rows for u in unmapped.values())
        said.append(f"{rows} rows under names the catalog lacks, such as {names[0]!r}")
    if changed:
        line, was, now = changed[0]
        cell = next(c for c in (*_SHOWN, *was) if was.get(c) != now.get(c))
        said.append(f"line {line}'s {cell} {was.get(cell, '')[:60]!r} is now {now.get(cell, '')[:60]!r}")
    return (
        f"imported by version {snap.importer_version or 'unrecorded'} of the {snap.format} importer, and version "
        f"{current} files it differently ({'; '.join(said) or 'the same rows, written otherwise'}): re-import it "
        f"with `{command(snap, opts, add_unmapped=bool(names))}`"
    )


def rows_differ(snap: Snapshot, current: str, table: bytes, fresh: bytes, opts: ImportOptions, waiting) -> str | None:
    """One line when the table holds a row a fresh import does not give, or lacks one it gives; None otherwise.

    A newer importer files a number under another name, metric or setting; a row the table has and a fresh import
    lacks is a number added by hand (or one the newer importer no longer reads as a score), and a row only the
    fresh import has is one deleted by hand (or one the older importer could not place): either way the table
    does not state what its snapshot does, which is an error, not a table merely filed by an older version. The
    exception is a row the current importer files under a name the catalog lacks: `waiting` holds the locator of
    each, and they are in no fresh table until the re-import adds them or they are mapped.
    """
    old, new = _rows(table), _rows(fresh)
    allowed = Counter(waiting)
    extra, missing = [], [(line, row) for key, (line, row) in new.items() if key not in old]
    for key, (line, row) in old.items():
        if key in new:
            continue
        if allowed[key[0]] > 0:
            allowed[key[0]] -= 1
        else:
            extra.append((line, row))
    if not extra and not missing:
        return None
    said = []
    if extra:
        line, row = extra[0]
        said.append(f"holds {_count(len(extra))} no fresh import gives (such as line {line}: {_row(row)})")
    if missing:
        said.append(f"lacks {_count(len(missing))} a fresh import gives (such as {_row(missing[0][1])})")
    return (
        f"{' and '.join(said)}: added or deleted by hand, or version {snap.importer_version or 'unrecorded'} "
        f"of the {snap.format} importer read its snapshot otherwise than version {current}: re-import it with "
        f"`{command(snap, opts)}`"
    )


def _count(n: int) -> str:
    return "1 row" if n == 1 else f"{n} rows"


def _row(row: dict[str, str]) -> str:
    """A row as a reader finds it in the file: model, benchmark, score and where its source states it."""
    return (
        f"{row.get('model', '')[:60]!r} on {row.get('benchmark', '')[:60]!r}, {row.get('score', '')[:20]}, "
        f"at {row.get('source_locator', '')[:80]!r}"
    )


def command(snap: Snapshot, opts: ImportOptions, add_unmapped: bool = False) -> str:
    """`benchclaims import` of the snapshot's kept copy with the options it was imported with, run in the project.

    A copy fetched from a URL is given its URL as --source-url: read from the folder, it would cite none.
    """
    flags: list[str] = []
    if opts.model:
        flags += ["--model", opts.model]
    for key, value in opts.task_map.items():
        flags += ["--map", f"{key}={value}"]
    for key, value in opts.columns.items():
        flags += ["--columns", f"{key}={value}"]
    web = snap.source.startswith(("http://", "https://"))
    url = opts.source_url or (snap.source if web else "")
    for flag, value in (("--source-url", url), ("--reported-by", opts.reported_by), ("--locator", opts.locator),
                        ("--metric", opts.metric)):  # fmt: skip
        if value:
            flags += [flag, value]
    if opts.as_of:
        flags += ["--as-of", opts.as_of.isoformat()]
    if opts.scale != "auto":
        flags += ["--scale", opts.scale]
    if add_unmapped:
        flags.append("--add-unmapped")
    return shlex.join(["benchclaims", "import", snap.format, f"{snap.path}/{snap.main}", *flags])


def _rows(data: bytes) -> dict[tuple[str, int], tuple[int, dict[str, str]]]:
    """A table's rows with the line each starts on, keyed by where the source states it (and which of the rows
    with that locator it is): the key a re-import keeps while it files the row under another name or metric."""
    reader = csv.DictReader(io.StringIO(data.decode("utf-8", "replace"), newline=""))
    rows, seen, start = {}, {}, reader.line_num + 2
    for row in reader:
        locator = row.get("source_locator", "")
        seen[locator] = seen.get(locator, -1) + 1
        rows[(locator, seen[locator])] = (start, row)
        start = reader.line_num + 1
    return rows
