"""Check an import's table against the evidence loader before it is written.

The table is read back by the loader `verify` uses; a row it refuses, and two scores it would take for one
result, are left out with their reasons, so an imported table always loads and never holds one of two
scores the source gives for one result as if it were the only one.
"""

from __future__ import annotations

from pathlib import Path

from harness.claims.catalog import Catalog
from harness.errors import InputError, InputWarning
from harness.evidence.adapters.base import ImportedRow, ImportOptions
from harness.evidence.fetching import Fetched
from harness.evidence.import_table import at_place, place, write_table


def checked_table(kept, catalog: Catalog, sha: str, src: Fetched, opts: ImportOptions, out: Path, items_out=None):
    """The table `write_table` writes, less every row the evidence loader would refuse, and those rows.

    The table is read back by the loader itself (the same adapter `verify` uses, so the same
    rules); a row it refuses (a `javascript:` link, a negative stderr or count) is left out and
    returned as (row, (field, reason)), so an import never stops the next `verify`. The table is
    written again without them and checked again, until the loader takes every row.
    """
    dropped: set[int] = set()
    left_out = []
    while True:
        live = [i for i in range(len(kept)) if i not in dropped]
        order: list[int] = []
        repeated: dict[int, int] = {}
        items: list = []
        table, rows, twice = write_table([kept[i] for i in live], catalog, sha, src, opts, out, items, order, repeated)
        refused, pairs = _loader_refusals(table, catalog, src.label)
        now = {live[order[line - 2]]: why for line, why in refused.items()}
        rows_now = [kept[i][0] for i in live]
        for a, b, differ in pairs:
            if not differ:  # the same score under two spellings the loader reads as one: the later is left out
                at = place(rows_now[order[b - 2]])
                now.setdefault(
                    live[order[a - 2]], ("score", f"the same score is stated again{at_place(at) if at else ''}")
                )
        clashes = [(order[a - 2], order[b - 2]) for a, b, differ in pairs if differ]
        for k, why in _conflicts(rows_now, clashes, repeated).items():
            now.setdefault(live[k], ("score", why))
        if not now:  # rare to be otherwise: most files have no such row
            break
        left_out += [(kept[i][0], now[i]) for i in sorted(now)]
        dropped |= set(now)
    if items_out is not None:
        items_out.extend(items)
    return table, rows, twice, left_out


def _conflicts(rows: list[ImportedRow], clashes: list[tuple[int, int]], repeated: dict[int, int]) -> dict[int, str]:
    """{row: why} for each row of a score the loader takes for another's (clashes: (row, the row it is taken
    for)): neither is
    imported, since which one the source means cannot be told. So is a row `write_table` left out as the same score
    stated again (repeated: {row: the row it repeats}) of one of them: 71.5, 71.5 and 72 in one table imported
    the second 71.5 once the other two were refused, as if the file gave only it."""
    group = list(range(len(rows)))

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    for a, b in clashes:
        group[root(a)] = root(b)
    members: dict[int, list[int]] = {}
    for i in sorted({i for pair in clashes for i in pair}):
        members.setdefault(root(i), []).append(i)
    for again, of in sorted(repeated.items()):
        if root(of) in members:
            members[root(of)].append(again)
    out = {}
    for rows_of in members.values():
        rows_of.sort()
        for i in rows_of:
            others = "; ".join(
                f"{rows[j].value:g} at {place(rows[j])}" if place(rows[j]) else f"{rows[j].value:g}"
                for j in rows_of
                if j != i
            )
            many = len(rows_of) > 2
            out[i] = (
                f"the file gives {'other scores' if many else 'another score'} for the same model, benchmark, metric "
                f"and setting ({others}), with nothing to tell them apart; {'none' if many else 'neither'} is "
                "imported, since which one it means cannot be told"
            )
    return out


def _loader_refusals(table: bytes, catalog: Catalog, label: str):
    """{line: (field, reason)} for each row of an imported table that the evidence loader refuses, and (line,
    first line, whether their scores differ) for each row it takes for an earlier one."""
    import tempfile

    from harness.evidence.adapters.published_csv import PublishedCsvAdapter
    from harness.evidence.store import EvidenceStore

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "imported.csv"
        path.write_bytes(table)
        batches, problems = PublishedCsvAdapter().load(path, "imported.csv", catalog)
    out: dict[int, tuple[str, str]] = {}
    for p in problems:
        if isinstance(p, InputWarning):
            continue  # read, with a warning: `verify` takes the row, so the import keeps it
        if p.line is None or p.line < 2:  # a fault of the whole table would be ours, not the source's
            raise InputError(label, f"the imported table would not load ({p.message})")
        out.setdefault(p.line, (p.field or "row", p.message))
    # two rows `verify` would take for one (same model, benchmark, metric, setting, reporter, URL and locator)
    # with different scores: it refused the second at every run
    store = EvidenceStore()
    for batch in batches:
        store.add(batch)
    pairs = [(line, int(first.rsplit(":", 1)[1]), two is not None) for _, line, first, two in store.finalize()]
    return out, [(a, b, differ) for a, b, differ in pairs if a not in out and b not in out]
