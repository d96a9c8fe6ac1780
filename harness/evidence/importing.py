"""`benchclaims import`: read a published file, keep a snapshot, and write its rows as evidence.

The rows go to results/imported/<format>/<snapshot>.csv in the published-CSV layout (so `verify`
reads them like any hand-typed table), per-item results beside them in Parquet, and the raw
content under results/snapshots/. Names the catalog does not know are listed, not guessed; with
`add_unmapped` they become catalog entries marked imported and unreviewed.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from harness.claims.catalog import Catalog, catalog_files, load_catalog
from harness.counting import counted
from harness.errors import InputError, InputWarning, UsageError
from harness.evidence import identity, snapshots
from harness.evidence.adapters import IMPORTERS, unknown_format
from harness.evidence.adapters.base import ImportedRow, ImportOptions
from harness.evidence.fetching import IMPORT_MAX_BYTES, Fetched, fetch, refuse_stand_in
from harness.evidence.import_check import checked_table
from harness.evidence.import_table import scale_rows, skipped_entry
from harness.evidence.metrics import classify, load_vocabulary
from harness.evidence.newentries import CATALOG_FILE, add_to_catalog
from harness.evidence.placing import SourceNames, resolve_rows
from harness.evidence.reimport import older_importer, rows_differ
from harness.inputs import open_regular, read_bytes, relative_label
from harness.outputs import Staged, project_lock, same_bytes

FOLDER = "imported"


@dataclass
class ImportReport:
    """What one import did: the rows it wrote, the snapshot it kept, the names it could not place."""

    rows: list[dict] = field(default_factory=list)
    snapshot: dict = field(default_factory=dict)
    unmapped: list[dict] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    catalog_added: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)  # each value read and not imported, with why
    read: int = 0  # values the importer read from the file

    def counts(self) -> dict:
        """Every value read is imported, skipped (with a reason) or left out under an unmapped name."""
        return {
            "read": self.read,
            "imported": len(self.rows),
            "skipped": len(self.skipped),
            "unmapped_rows": self.read - len(self.rows) - len(self.skipped),
            "unmapped_names": len(self.unmapped),
            "notes": len(self.notes) + sum(1 for r in self.rows if r.get("notes")),
        }

    def as_json(self) -> dict:
        return {
            "rows": self.rows,
            "snapshot": self.snapshot,
            "unmapped": self.unmapped,
            "notes": self.notes,
            "skipped": self.skipped,
            "counts": self.counts(),
        }


class NothingImported(InputError):
    "An import whose every value was skipped (each with its reason in `report.skipped`): refused, nothing written."

    def __init__(self, label: str, report: ImportReport):
        self.report = report
        first = report.skipped[0]
        named = " on ".join(part for part in (first["model"], first["benchmark"]) if part)
        n = len(report.skipped)
        super().__init__(
            label,
            f"nothing imported: {counted(n, 'value')} read, {'it was' if n == 1 else 'each'} skipped "
            f"({named}: {first['reason']})",
        )


def import_source(
    root: Path, fmt: str, source: str, opts: ImportOptions, add_unmapped: bool = False, fetched: Fetched | None = None
) -> ImportReport:
    """Import one file or URL in format `fmt` into the project at `root`; nothing is written on failure."""
    importer = IMPORTERS.get(fmt)
    if importer is None:
        raise UsageError(unknown_format(fmt))
    unread_option(fmt, importer, opts)
    # outside a project: say so before a download, and before the lock leaves its file in the folder
    catalog_files(root / "catalog")
    src = fetched or fetch(source)
    rows = read_rows(importer, src, opts)  # a malformed file stops here, before anything is written
    if not rows:
        raise InputError(src.label, f"no scores found; expected {importer.summary}")
    unused_maps(src.label, rows, opts)
    report = ImportReport(read=len(rows))
    rows, not_scores = classify(rows, load_vocabulary(root))
    report.skipped += [skipped_entry(row, why) for row, why in not_scores]
    if not rows:
        raise InputError(
            src.label, f"no scores found: {counted(len(not_scores), 'value')}, none a score ({not_scores[0][1]})"
        )
    empty = next((r for r in rows if not r.skip and (not r.model.strip() or not r.benchmark.strip())), None)
    if empty is not None:
        which = "model" if not empty.model.strip() else "benchmark"
        raise InputError(src.label, f"a score has no {which} name ({empty.locator})")
    with project_lock(root), Staged(root) as staged:
        _import_locked(root, fmt, importer, src, rows, opts, add_unmapped, staged, report)
        if report.skipped and not report.rows and not report.unmapped:  # every value skipped, none left to place
            report.snapshot, report.written, report.catalog_added = {}, [], []  # nothing is written
            raise NothingImported(src.label, report)
        staged.commit()  # every file of the import renamed into place together, the index of a snapshot first
    return report


# the options some importers do not read, and what a file of a format that does not read one names itself
# (every row of the other formats carries its own locator: a line, record or JSON path of the file)
_OWN = {"model": "models", "metric": "metrics", "columns": "columns", "locator": "locators"}


def unread_option(fmt: str, importer, opts: ImportOptions) -> None:
    """Refuse an option the format's importer does not read: given, it would do nothing, unseen."""
    for option, what in _OWN.items():
        if getattr(opts, option) and option not in importer.reads:
            readers = sorted(name for name, imp in IMPORTERS.items() if option in imp.reads)
            some = (
                f"{', '.join(readers[:-1])} and {readers[-1]} formats" if len(readers) > 1 else f"{readers[0]} format"
            )
            raise UsageError(f"--{option} is read by the {some} only; {fmt} files name their own {what}")


def unused_maps(label: str, rows: list[ImportedRow], opts: ImportOptions) -> None:
    """Refuse a --map whose TASK the file has no score for, as --columns refuses a column it lacks: it did nothing.

    A task is a row's benchmark as the file spells it, or the table a column of several scores belongs to
    (Epoch's `aider_polyglot` for `aider_polyglot (Percent correct)`), which a --map also reads.
    """
    if not opts.task_map:
        return
    tasks = {r.benchmark for r in rows}
    tasks |= {r.benchmark[: -len(f" ({r.metric})")] for r in rows if r.benchmark.endswith(f" ({r.metric})")}
    unused = [task for task in opts.task_map if task not in tasks]
    if unused:
        given = ", ".join(f"{task}={opts.task_map[task]}" for task in unused)
        listed = ", ".join(sorted({r.benchmark for r in rows}))
        raise UsageError(
            f"--map {given}: {label} has no task {', '.join(map(repr, unused))} (its tasks: {listed[:200]})"
        )


def one_task_a_benchmark(label: str, rows: list[ImportedRow], opts: ImportOptions, catalog: Catalog) -> None:
    """Refuse a --map that files a second task of the file under a benchmark another task already goes to.

    Two tasks are two measurements (a perturbed and a rephrased MATH, a chain-of-thought and a plain GSM8K):
    filed under one benchmark, one model had two numbers for it from one file, and a claim read them as
    sources that disagree. Only tasks with a score for one same model, one of them placed by --map.
    """
    if not opts.task_map:
        return
    tasks: dict[str, set[str]] = {}
    for r in rows:
        if not r.skip:
            tasks.setdefault(r.benchmark, set()).add(r.model)
    under: dict[str, list[str]] = {}
    for task in tasks:
        found = identity.resolve_benchmark(catalog, task, opts.task_map)
        if found is not None:
            under.setdefault(found.id, []).append(task)
    for bench_id, named in under.items():
        mapped = [t for t in named if t in opts.task_map]
        both = sorted(set.intersection(*(tasks[t] for t in named))) if len(named) > 1 else []
        if mapped and both:
            given = ", ".join(f"{t}={opts.task_map[t]}" for t in mapped)
            said = [repr(t) + ("" if t in opts.task_map else " (by its name)") for t in named]
            listed = f"{', '.join(said[:-1])} and {said[-1]}"
            raise UsageError(
                f"--map {given}: {label} tasks {listed} would {'both' if len(said) == 2 else 'all'} be filed under "
                f"{catalog.benchmark(bench_id).name}, two numbers for {both[0]} from one file; only one task may "
                "be filed under a benchmark"
            )


def read_rows(importer, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
    """The importer's rows; a value of a shape it did not expect is a one-line error, never a traceback.

    Importers check what they know to check; a publisher's file can still hold a list where a
    number belongs, somewhere no check looked. That is the file's fault, said in one line.
    """
    refuse_stand_in(src, importer.name)
    try:
        return importer.read(src, opts)
    except (TypeError, ValueError, KeyError, IndexError, AttributeError, OverflowError, RecursionError) as exc:
        detail = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InputError(
            src.label, f"not a well-formed file for {importer.name} ({detail}); expected {importer.summary}"
        ) from None


def _import_locked(root, fmt, importer, src, rows, opts, add_unmapped, staged: Staged, report: ImportReport) -> None:
    """The part of an import that reads and stages project files: under the project lock."""
    results_dir = root / "results"
    catalog = load_catalog(root / "catalog", root)  # read under the lock: a concurrent import's entries are kept
    one_task_a_benchmark(src.label, rows, opts, catalog)
    sha = snapshots.content_sha256(src)
    out = results_dir / FOLDER / fmt / f"{sha[:16]}.csv"
    source = opts.source_url or snapshots.source_key(src, root)
    earlier = results_dir / snapshots.FOLDER / sha / snapshots.INDEX
    if earlier.is_file() and (was := snapshots.read_snapshot(earlier, root)).format != fmt:
        raise UsageError(f"{src.label}: this content was imported as {was.format!r}; import it as that format")
    placed = _Placed.of(root, fmt, src, rows, opts, catalog, add_unmapped, source, sha, out, set())
    if placed.kept and not placed.rows:  # nothing the loader would take: refused whole, nothing written
        row, (field, reason) = placed.refused[0]
        raise InputError(
            src.label, f"no row passes the evidence checks ({row.model} on {row.benchmark}: {field}: {reason})"
        )
    # an entry is added only for a name a row is imported under: one whose every row was skipped (a score off
    # its scale, a loader refusal) put an entry in the catalog that no evidence stands behind. Placed again
    # without it; its rows stay skipped, with the reasons they had under it, and a note says why it was not added
    left_out: set[tuple[str, str]] = set()
    carried: list[dict] = []
    while unused := placed.added_names - placed.used() - placed.waiting:
        left_out |= unused
        carried += [s for s in placed.skipped if {("model", s["model"]), ("benchmark", s["benchmark"])} & unused]
        placed = _Placed.of(root, fmt, src, rows, opts, catalog, add_unmapped, source, sha, out, left_out)
    for key in sorted(left_out):
        placed.notes.append(f"{key[0]} {key[1]!r} not added to the catalog: none of its rows was imported")
        u = placed.unmapped.get(key)
        if u is not None:
            u.rows -= sum(1 for s in carried if s[key[0]] == key[1])  # counted as skipped, with their reasons
            if u.rows <= 0:
                del placed.unmapped[key]
    report.catalog_added, report.unmapped = placed.added, [u.as_json() for u in placed.unmapped.values()]
    report.notes += placed.notes
    report.skipped += carried + placed.skipped
    if earlier.is_file() and json.loads(was.options) != opts.as_dict():
        report.notes.append(f"imported before with other options ({was.options}); the kept copy now records these")
    snap, new = snapshots.keep(src, results_dir, root, fmt, importer.version, opts.as_dict(), staged)
    if placed.catalog_text is not None:
        staged.add(root / "catalog" / CATALOG_FILE, placed.catalog_text.encode())
    report.snapshot = {
        "sha256": snap.sha256,
        "path": relative_label(results_dir / snapshots.FOLDER / snap.sha256, root),
        "source": snap.source,
        "retrieved_at": snap.retrieved_at,
        "new": new,
    }
    if placed.kept:
        report.rows = placed.rows
        for path, data in placed.items:
            if not same_bytes(path, data):
                staged.add(path, data)
        if not same_bytes(out, placed.table):
            staged.add(out, placed.table)
            report.written.append(relative_label(out, root))
    elif out.is_file() and not out.is_symlink():
        # the same content imported again with options that place none of its rows (a --model misspelt): the
        # table the earlier options wrote stayed beside a copy now recording these, and `validate` found it
        # "differs from a fresh import", which a re-import could never mend
        staged.remove(out)
        report.notes.append(f"removed {relative_label(out, root)}: with these options none of its rows is imported")


@dataclass
class _Placed:
    """The rows of an import placed in the catalog (with the entries --add-unmapped adds) and checked."""

    added: list[str]
    added_names: set[tuple[str, str]]  # (kind, name as the file writes it) of each name an added entry places
    # names with a row held back by the other name of the row, still unmapped (a model whose mode a link must
    # settle): not imported yet, but not for a fault of their own, so kept as added
    waiting: set[tuple[str, str]]
    catalog_text: str | None
    unmapped: dict
    notes: list[str]
    skipped: list[dict]
    kept: list
    table: bytes = b""
    rows: list[dict] = field(default_factory=list)
    refused: list = field(default_factory=list)
    items: list = field(default_factory=list)

    @classmethod
    def of(cls, root, fmt, src, rows, opts, catalog, add_unmapped, source, sha, out, left_out) -> _Placed:
        names = SourceNames.of(root, fmt, catalog)
        resolved, unmapped = resolve_rows(catalog, rows, opts, names)
        added, catalog_text, notes, added_names, waiting = [], None, [], set(), set()
        adding = {key: u for key, u in unmapped.items() if key not in left_out}
        if adding and add_unmapped:
            # the entries cite where the names came from: the publisher's page when given, else what the snapshot
            # records (a URL, a path inside the project, or `file:<name>`), never a folder of the importer's machine
            added, catalog_text, catalog = add_to_catalog(root, catalog, rows, adding, source, notes, fmt)
            resolved, unmapped = resolve_rows(catalog, rows, opts, SourceNames.of(root, fmt, catalog))
        added_names = {key for key in adding if key not in unmapped}
        for row in rows:
            model, bench = ("model", row.model), ("benchmark", row.benchmark)
            waiting |= {bench} if model in unmapped else {model} if bench in unmapped else set()
        kept = [(row, m, b) for row, (m, b) in zip(rows, resolved) if m is not None and b is not None]
        kept, scaled, skipped = scale_rows(kept, catalog, opts, src.label)
        placed = cls(added, added_names, waiting, catalog_text, unmapped, notes + scaled, skipped, kept)
        if kept:
            table, placed.rows, twice, placed.refused = checked_table(kept, catalog, sha, src, opts, out, placed.items)
            placed.table = table
            placed.skipped += twice + [skipped_entry(r, f"{field}: {why}") for r, (field, why) in placed.refused]
        return placed

    def used(self) -> set[tuple[str, str]]:
        """(kind, name as the file writes it) of each name an imported row is under."""
        return {("model", r["model_as_written"]) for r in self.rows} | {
            ("benchmark", r["benchmark_as_written"]) for r in self.rows
        }


def rederive(root: Path, table: Path, catalog: Catalog) -> InputError | None:
    """Import an imported table's snapshot again, writing nothing; say how the table on disk differs.

    Returns None when a fresh import of the kept raw copy gives the same bytes. A difference means the table was
    edited by hand, the catalog changed since, or (a warning) an older version of its importer wrote it.
    """
    label = relative_label(table, root)
    with open_regular(table, label) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as f:
        first = next(csv.DictReader(f), None)
    sha = (first or {}).get("snapshot", "")
    kept_copy = snapshot_source(root, sha) if sha else None
    if kept_copy is None:
        return InputError(label, "cites no readable snapshot, so it cannot be checked against its source")
    if isinstance(kept_copy, str):
        return InputError(label, kept_copy)
    fmt, src, opts = kept_copy
    importer = IMPORTERS[fmt]
    rows, _ = classify(read_rows(importer, src, opts), load_vocabulary(root))
    resolved, unmapped = resolve_rows(catalog, rows, opts, SourceNames.of(root, fmt, catalog))
    kept = [(row, m, b) for row, (m, b) in zip(rows, resolved) if m is not None and b is not None]
    kept, _, _ = scale_rows(kept, catalog, opts, src.label)
    fresh, _, _, _ = checked_table(kept, catalog, sha, src, opts, table)
    written = read_bytes(table, label, IMPORT_MAX_BYTES)
    if fresh == written:
        return None
    snap = snapshots.read_snapshot(root / "results" / snapshots.FOLDER / sha / snapshots.INDEX, root)
    if snap.importer_version != importer.version:
        waiting = [row.locator or opts.locator or src.name for row, (m, b) in zip(rows, resolved) if None in (m, b)]
        if said := rows_differ(snap, importer.version, written, fresh, opts, waiting):
            return InputError(label, said)
        if said := older_importer(snap, importer.version, written, fresh, opts, unmapped):
            return InputWarning(label, said)
    return InputError(
        label,
        f"differs from a fresh import of its snapshot {sha[:12]}… (edited by hand, or the catalog changed since: "
        f"`benchclaims import {fmt}` of the kept copy refreshes it)",
    )


def snapshot_source(root: Path, sha: str) -> tuple[str, Fetched, ImportOptions] | str | None:
    """A kept snapshot as its importer will read it again: (format, content, options).

    None when there is no such snapshot, or its index does not pass the checks `verify` makes
    (plain file names in its own folder, each file's hash, the metadata digest); a sentence when
    it does not say how it was imported. Only the snapshot's own plain files are read.
    """
    folder = root / "results" / snapshots.FOLDER / sha
    if not snapshots._SHA.match(sha) or not (folder / snapshots.INDEX).is_file():
        return None
    try:
        snap = snapshots.read_snapshot(folder / snapshots.INDEX, root)
    except InputError:
        return None
    if IMPORTERS.get(snap.format) is None:
        return "its snapshot does not say which importer or file produced it"
    web = snap.source.startswith(("http://", "https://"))
    opts_data = json.loads(snap.options)
    if opts_data.get("as_of"):
        opts_data["as_of"] = date.fromisoformat(opts_data["as_of"])
    try:
        opts = ImportOptions(**opts_data)
    except TypeError:
        return "its snapshot records options this importer does not take"
    src = Fetched(
        snapshots.read_member(snap, root, snap.main),
        snap.main,
        url=snap.source if web else None,
        path=None if web else folder / snap.main,
        retrieved_at=snap.retrieved_at,
        companions={n: snapshots.read_member(snap, root, n) for n in snap.files if n != snap.main},
    )
    return snap.format, src, opts
