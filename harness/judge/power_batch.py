"""The items-needed factor of many comparisons within noise at once: `power._factor_for_shares` in array lanes.

A comparison of shares that is not significant says how many times its items would make it so: a
search over whole item counts of the first side (doubling until the interval leaves the boundary
out, then a bisection), one MOVER interval per step. A chunk of claims asks it of thousands of
pairs, one pair at a time in Python; here every pair is a lane and each step is one array pass for
all of them. Each lane takes exactly the scalar search's steps and tests, with the same arithmetic
element by element (the intervals of `intervals._ScoreArrays`, math.hypot), so each pair gets the
same factor; `know_factors` fills the one-by-one search's cache with them.
"""

from __future__ import annotations

from harness.judge import intervals, power, stats
from harness.judge.intervals import WILSON, Score


def know_factors(keys: list[tuple[Score, Score, float, float]]) -> None:
    """Work out `power.factor_for_shares` of every (a, b, boundary, alpha) not yet known, for the calls
    that follow."""
    missing = intervals.room_for(power.FACTORS, dict.fromkeys(keys))
    for key, found in zip(missing, factors_many(missing)):
        power.FACTORS[key] = found


def factors_many(keys: list[tuple[Score, Score, float, float]]) -> list[float | None]:
    """`power._factor_for_shares` of each (a, b, boundary, alpha)."""
    out: list[float | None] = [None] * len(keys)
    by_alpha: dict[float, list[int]] = {}
    for k, (a, b, _, alpha) in enumerate(keys):
        if _base(a, b):  # else no count to search over: None, as one by one
            by_alpha.setdefault(alpha, []).append(k)
    for alpha, ks in by_alpha.items():
        for k, found in zip(ks, _factors(keys, ks, stats.z_critical(alpha))):
            out[k] = found
    return out


def _base(a: Score, b: Score):
    return a.n if a.method == WILSON else b.n if b.method == WILSON else None


def _factors(keys, ks: list[int], z: float) -> list[float | None]:
    import numpy as np

    a = intervals._ScoreArrays([keys[k][0] for k in ks])
    b = intervals._ScoreArrays([keys[k][1] for k in ks])
    boundary = np.array([keys[k][2] for k in ks], np.float64)
    bases = [_base(keys[k][0], keys[k][1]) for k in ks]
    base = np.array(bases, np.float64)
    a_n, b_n = np.array([_n(keys[k][0]) for k in ks]), np.array([_n(keys[k][1]) for k in ks])

    def significant(idx, items):
        """`intervals.excludes` of both sides scaled to `items` of the first (`power._scaled`), per lane."""
        m = items / base[idx]
        root = np.sqrt(m)
        lo, hi = _mover(a, b, idx, z, (a_n[idx] * m, a.se[idx] / root), (b_n[idx] * m, b.se[idx] / root))
        return ~((lo <= boundary[idx]) & (boundary[idx] <= hi))

    hi = np.array([max(int(x) + 1, 2) for x in bases], np.int64)
    lo = np.zeros(len(ks), np.int64)
    found = np.ones(len(ks), np.bool_)  # False: no realistic number (past a million times the items)
    open_ = np.arange(len(ks))
    while len(open_):  # doubling until significant
        yes = significant(open_, hi[open_])
        done = open_[yes]
        lo[done] = np.where(hi[done] // 2 > base[done], hi[done] // 2, base[done].astype(np.int64))
        open_ = open_[~yes]
        hi[open_] *= 2
        past = hi[open_] > base[open_] * power._MAX_FACTOR
        found[open_[past]] = False
        open_ = open_[~past]
    open_ = np.flatnonzero(found & (hi - lo > 1))
    while len(open_):  # then the bisection
        mid = (lo[open_] + hi[open_]) // 2
        yes = significant(open_, mid)
        hi[open_[yes]] = mid[yes]
        lo[open_[~yes]] = mid[~yes]
        open_ = open_[hi[open_] - lo[open_] > 1]
    return [h / x if ok else None for h, x, ok in zip(hi.tolist(), bases, found.tolist())]


def _n(s: Score) -> float:
    return s.n if s.method == WILSON else 1.0  # as `_ScoreArrays` (a normal side's n is not read)


def _mover(a, b, idx, z, a_scaled, b_scaled):
    """`intervals.mover` of a - b at `idx` with each side's (items, SE) scaled."""
    a_lo, a_hi = a.interval(idx, z, *a_scaled)
    b_lo, b_hi = b.interval(idx, z, *b_scaled)
    e1, e2 = a.value[idx], b.value[idx]
    low = e1 - e2 - intervals._hypot(e1 - a_lo, b_hi - e2)
    high = e1 - e2 + intervals._hypot(a_hi - e1, e2 - b_lo)
    return low, high
