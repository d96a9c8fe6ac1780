"""Granularity check: a share of n items is a multiple of 1/n, so a score that is not one says something.

A published percent on a benchmark whose item count is known exactly must be 100·k/n for some whole
k, within half a unit of its last printed decimal. One that is not implies an average over several
runs (avg@k, pass@1 over several samples) or a subset of the items: worth a note, because the
binomial SE over n items is then not the score's uncertainty. A score printed with no decimals (or
with ".0", which may have been written without them) is allowed half a point. The note says how
many runs averaged, at the fewest, could give the printed value (k runs give multiples of 1/(k·n)).
"""

from __future__ import annotations

import functools
import re

from harness import printed
from harness.claims.catalog_entries import BenchmarkEntry
from harness.evidence.records import ScoreRecord


def half_unit(value: float) -> float:
    """Half a unit of the value's last printed decimal (half a point when it prints as a whole number)."""
    text = repr(float(value))
    if "e" in text or "." not in text:
        return 0.5
    decimals = text.split(".")[1]
    return 0.5 if decimals == "0" else 0.5 * 10.0 ** -len(decimals)


_AVERAGING = re.compile(r"(avg|pass)@(\d+)")


def averaged_by_setting(r: ScoreRecord) -> bool:
    """The row's setting says the score averages several attempts (avg@k, pass@k with k > 1)."""
    return _averaging(r.setting.aggregation or "")


@functools.lru_cache(maxsize=1024)
def _averaging(agg: str) -> bool:
    m = _AVERAGING.fullmatch(agg)
    return bool(m and (m.group(1) == "avg" or int(m.group(2)) > 1))


def off_grid(r: ScoreRecord, bench: BenchmarkEntry) -> tuple[int, int] | None:
    """(nearest whole count, n) when a published percent is no whole number of n items; else None."""
    # by the row's id first (both frozen; the store builds each row's record once): a row is met in many
    # comparisons, always on its own benchmark's entry (another entry is worked out afresh and kept instead);
    # the entry holds them, so their ids are not reused meanwhile. One int hashed, not a pair built and hashed
    seen = _OFF_GRID.get(id(r))
    if seen is not None and seen[0] is r and seen[1] is bench:
        return seen[2]
    found = _off_grid_of(r, bench)
    if len(_OFF_GRID) >= 1 << 17:
        _OFF_GRID.clear()
    _OFF_GRID[id(r)] = (r, bench, found)
    return found


_OFF_GRID: dict[int, tuple] = {}


def _off_grid_of(r: ScoreRecord, bench: BenchmarkEntry) -> tuple[int, int] | None:
    if r.kind != "published" or not bench.share_of_items or averaged_by_setting(r):
        return None
    n = r.n or (bench.items if bench.items_status == "exact" else None)
    if not n:
        return None
    return _off_grid(r.value, n)


@functools.lru_cache(maxsize=1 << 16, typed=True)
def _off_grid(value: float, n: int) -> tuple[int, int] | None:
    """`off_grid` of a percent over n items (the same few values recur on every board)."""
    k = round(value * n / 100.0)
    near = [c for c in (k - 1, k, k + 1) if 0 <= c <= n]
    half = half_unit(value)
    if any(abs(100.0 * c / n - value) <= half + 1e-9 for c in near):
        return None
    return min(near, key=lambda c: abs(100.0 * c / n - value)), n


def fewest_runs(value: float, n: int) -> int:
    """The fewest runs of n items whose average can print as this percent (k runs give multiples of 1/(k·n)).

    Always found: once the grid 100/(k·n) is no coarser than the printed unit, a multiple lies within
    half a unit of any value.
    """
    half = half_unit(value)
    k = 1
    while True:
        k += 1
        m = round(value * k * n / 100.0)
        if any(abs(100.0 * c / (k * n) - value) <= half + 1e-9 for c in (m - 1, m, m + 1) if 0 <= c <= k * n):
            return k


def granularity_note(rows: list[ScoreRecord], bench: BenchmarkEntry, name_of) -> str | None:
    """One note for the rows of a comparison whose percents are no whole number of the items; else None."""
    if not bench.share_of_items:
        return None
    unique = {id(r): r for r in rows}.values()  # by identity: hashing a row hashes all its fields
    found = [(r, off) for r in unique if (off := off_grid(r, bench))]
    if not found:
        return None
    # the score as the comparison's table prints it ("86.0", not "86" beside it)
    parts = [f"{printed.score(r.value)} for {name_of(r.model)} per {r.reported_by} "
             f"(nearest {k}/{n} = {100.0 * k / n:.2f}; an average needs ≥ {fewest_runs(r.value, n)} runs)"
             for r, (k, n) in found]  # fmt: skip
    n = found[0][1][1]
    return (
        f"granularity: {'; '.join(parts)} {'is' if len(found) == 1 else 'are'} no whole number of the {n:,} items "
        "within the printed rounding: an average over several runs (at least as many as given, the fewest whose "
        "average can print so) or a subset of the items, so the binomial SE over the items is approximate"
    )
