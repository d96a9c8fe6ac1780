"""Load every evidence file under results/ through the adapter registry into one store."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.errors import InputError, each_problem
from harness.evidence import snapshots
from harness.evidence.adapters import adapter_for
from harness.evidence.store import EvidenceStore
from harness.inputs import relative_label, unreadable_folders, within

_FOREIGN = {".json", ".jsonl", ".tsv", ".xlsx", ".eval"}
Reporter = Callable[[str, int], None]  # (what, how many so far): progress for long runs


def load_evidence(
    results_dir: Path, catalog: Catalog, root: Path, progress: Reporter | None = None
) -> tuple[EvidenceStore, list[InputError]]:
    """Load every evidence file under `results_dir`; bad rows become problems, not crashes."""
    store = EvidenceStore()
    if not results_dir.is_dir():
        if os.path.lexists(results_dir):  # a file (or a broken link) where the folder goes: not "no evidence yet"
            label = relative_label(results_dir, root)
            return store, [InputError(label, "is not a folder: evidence goes in results/published/*.csv")]
        return store, []  # a new project has no evidence yet: every claim is then insufficient_evidence
    per_file: dict[str, list[InputError]] = {}
    for problem in unreadable_folders(results_dir, root):
        per_file.setdefault(problem.file, []).append(problem)
    rows = 0
    # not only regular files: a FIFO or device named like evidence is reported, not skipped or read
    kept = results_dir / snapshots.FOLDER  # raw copies of imports, in their publishers' formats
    files = sorted(
        p
        for p in results_dir.rglob("*")
        if not p.is_dir() and not p.is_relative_to(kept) and "superseded" not in p.relative_to(results_dir).parts
    )
    for path in files:
        adapter = adapter_for(path)
        label = relative_label(path, root)
        if adapter is None:
            if path.suffix.lower() in _FOREIGN:
                # a publisher's file dropped in by hand: say how to bring it in, never skip it silently
                per_file.setdefault(label, []).append(
                    InputError(label, f"not read as evidence; bring it in with `benchclaims import FORMAT {label}`")
                )
            continue
        problems = per_file.setdefault(label, [])
        try:
            within(path, root, label)  # evidence symlinked out of the project is not read
            batches, row_problems = adapter.load(path, label, catalog)
        except InputError as exc:
            problems.extend(each_problem(exc))
            continue
        problems.extend(row_problems)
        for batch in batches:
            store.add(batch)
            rows += len(batch)
        if progress:
            progress("evidence rows", rows, "evidence row")
    index, bad = snapshots.load_index(results_dir, root)
    for problem in bad:
        per_file.setdefault(problem.file, []).append(problem)
    store.windows = {
        sha: (*window, index[sha].source, index[sha].retrieved) for sha, window in snapshots.windows(index).items()
    }
    for file, sha in store.cited_snapshots():
        if sha not in index:  # every imported row must trace to the raw copy it came from
            per_file.setdefault(file, []).append(
                InputError(file, f"cites snapshot {sha[:12]}…, which is not a readable snapshot in {snapshots.FOLDER}/")
            )
    # the row id names a row in drift reports, so two rows must never share one
    for file, line, first, scores in store.finalize():
        per_file[file].append(
            InputError(
                file,
                f"duplicates {first} (same model, benchmark, metric, setting, reporter, URL and locator)"
                if scores is None
                else f"gives the score {scores[1]:g} where {first} gives {scores[0]:g}, for the same model, benchmark, "
                "metric, setting, reporter, URL and locator: neither is read, since which one the source means "
                "cannot be told",
                line=line if line >= 0 else None,
            )
        )
    return store, [p for problems in per_file.values() for p in problems]
