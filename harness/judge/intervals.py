"""Intervals that keep their coverage: continuity-corrected Wilson for a share, MOVER (Newcombe) for a difference.

A share of n items gets the continuity-corrected Wilson score interval (Newcombe 1998, "Two-sided
confidence intervals for the single proportion", method 4), which stays inside [0, 100] and keeps
its nominal coverage at every true share where value ± z·SE does not (29/30 on AIME gives an upper
end past 100 %) and plain Wilson dips below it (0.919 at 30 items). A score with a published SE
keeps value ± z·SE, cut at the metric's range. A difference of two independent scores gets the
MOVER interval built from the two sides' own intervals (Newcombe's method 11 when both are shares:
"Interval estimation for the difference between independent proportions", 1998; the plain
z-interval when both are normal), and its p-value at any boundary is the level at which that
boundary touches the interval's edge, so the p, the interval and the verdict always agree.

`wilson` and `newcombe` (without the correction) are kept for reference: `bench/coverage.py`
prints their coverage beside the method used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from harness.judge.stats import DEFAULT_ALPHA, P_FLOOR, normal_two_sided_p, z_critical

WILSON, NORMAL = "wilson", "normal"
_Z_MAX = 40.0  # a boundary beyond the interval at this z has p below 1e-300


def wilson(p: float, n: float, z: float) -> tuple[float, float]:
    """Wilson score interval for a share p (0-1) of n items, at critical value z."""
    p = min(max(p, 0.0), 1.0)
    z2 = z * z
    denom = 1.0 + z2 / n
    centre = (p + z2 / (2.0 * n)) / denom
    half = z * math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def _cc_lower(p: float, n: float, z: float) -> float:
    """Lower end of the continuity-corrected score interval: the smallest share π with
    p - 1/(2n) - π <= z·sqrt(π(1-π)/n); 0 when p is within the correction of 0."""
    a = p - 0.5 / n
    if a <= 0.0:
        return 0.0
    z2 = z * z
    # the smaller root of (a - π)² = z²π(1-π)/n; 0 < a < 1 keeps the discriminant positive
    return max(0.0, (2.0 * n * a + z2 - z * math.sqrt(4.0 * n * a * (1.0 - a) + z2)) / (2.0 * (n + z2)))


def wilson_cc(p: float, n: float, z: float) -> tuple[float, float]:
    """Continuity-corrected Wilson interval for a share p (0-1) of n items, at critical value z.

    The closed form of Newcombe (1998), method 4; the upper end mirrors the lower (1 - lower(1 - p)).
    """
    p = min(max(p, 0.0), 1.0)
    return _cc_lower(p, n, z), 1.0 - _cc_lower(1.0 - p, n, z)


def wilson_cc_array(p, n, z):
    """`wilson_cc` over arrays of shares p (and item counts n, critical values z): (lower, upper) arrays.

    Both ends come from one pass of `lower` over p and 1 - p side by side (elementwise, so each is
    what a pass of its own gives)."""
    import numpy as np

    p = np.minimum(np.maximum(np.asarray(p, dtype=np.float64), 0.0), 1.0)  # np.clip's result, without its cost
    n = np.asarray(n, dtype=np.float64)
    z = np.asarray(z, dtype=np.float64)
    if p.ndim != 1 or n.ndim > 1 or z.ndim > 1:
        return _cc_lower_array(p, n, z), 1.0 - _cc_lower_array(1.0 - p, n, z)
    m = len(p)
    both = _cc_lower_array(
        np.concatenate((p, 1.0 - p)),
        np.concatenate((n, n)) if n.ndim else n,
        np.concatenate((z, z)) if z.ndim else z,
    )
    return both[:m], 1.0 - both[m:]


def wilson_cc_end_array(p, n, z, lower):
    """One end of `wilson_cc_array`'s interval per share: the lower where `lower`, else the upper (half
    the work of both ends, for a search that reads one)."""
    import numpy as np

    p = np.minimum(np.maximum(np.asarray(p, dtype=np.float64), 0.0), 1.0)
    low = _cc_lower_array(np.where(lower, p, 1.0 - p), np.asarray(n, dtype=np.float64), z)
    np.subtract(1.0, low, out=low, where=~lower)
    return low


def _cc_lower_array(q, n, z):
    """`_cc_lower` elementwise (the same operations in the same order, in place where they can be)."""
    import numpy as np

    z2 = z * z
    if np.ndim(q) == 0 and np.ndim(n) == 0:  # one share: numpy gives scalars, which have no place to write
        a = q - 0.5 / n
        root = np.sqrt(np.maximum(4.0 * n * a * (1.0 - a) + z2, 0.0))
        return np.where(a > 0.0, np.maximum((2.0 * n * a + z2 - z * root) / (2.0 * (n + z2)), 0.0), 0.0)
    a = q - 0.5 / n
    t = a * (4.0 * n)  # 4.0 * n * a * (1.0 - a) + z2
    t *= 1.0 - a
    t += z2
    np.maximum(t, 0.0, out=t)
    np.sqrt(t, out=t)
    t *= z  # z * root
    r = a * (2.0 * n)  # (2.0 * n * a + z2 - z * root) / (2.0 * (n + z2))
    r += z2
    r -= t
    r /= 2.0 * (n + z2)
    np.maximum(r, 0.0, out=r)
    r[~(a > 0.0)] = 0.0
    return r


def newcombe(p1: float, n1: float, p2: float, n2: float, z: float) -> tuple[float, float]:
    """Newcombe's hybrid score interval for p1 - p2 of two independent shares (0-1 scale), method 10."""
    return mover(p1, wilson(p1, n1, z), p2, wilson(p2, n2, z))


def newcombe_cc(p1: float, n1: float, p2: float, n2: float, z: float) -> tuple[float, float]:
    """Newcombe's method 11: the hybrid interval from continuity-corrected Wilson intervals."""
    return mover(p1, wilson_cc(p1, n1, z), p2, wilson_cc(p2, n2, z))


def mover(e1: float, i1: tuple[float, float], e2: float, i2: tuple[float, float]) -> tuple[float, float]:
    """MOVER interval for e1 - e2 from each estimate's own interval (Zou & Donner 2008)."""
    low = e1 - e2 - math.hypot(e1 - i1[0], i2[1] - e2)
    high = e1 - e2 + math.hypot(i1[1] - e1, e2 - i2[0])
    return low, high


@dataclass(frozen=True)
class Score:
    """One score and how its interval is made: continuity-corrected Wilson over n items, or normal with a known SE."""

    value: float
    method: str  # WILSON or NORMAL
    n: int | None = None
    se: float | None = None
    scale: float = 100.0  # a percent is a share times 100
    low_bound: float | None = None  # the metric's range, None when unbounded
    high_bound: float | None = None

    def __hash__(self) -> int:
        # worked out once and kept: a Score is part of the key of every search's cache (p, fragility, items
        # needed, each test's statistics), hashed a dozen times per comparison
        found = self.__dict__.get("_hash")
        if found is None:
            found = hash((self.value, self.method, self.n, self.se, self.scale, self.low_bound, self.high_bound))
            object.__setattr__(self, "_hash", found)
        return found

    def __getstate__(self) -> dict:
        # never pickled with its hash: another process (a Ray worker) hashes the method's name differently
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

    def interval(self, z: float) -> tuple[float, float]:
        if self.method == WILSON:
            lo, hi = wilson_cc(self.value / self.scale, self.n, z)
            return lo * self.scale, hi * self.scale
        lo, hi = self.value - z * self.se, self.value + z * self.se
        if self.low_bound is not None:
            lo = max(lo, self.low_bound)
        if self.high_bound is not None:
            hi = min(hi, self.high_bound)
        return lo, hi


def score_interval(score: Score, alpha: float = DEFAULT_ALPHA) -> tuple[float, float]:
    return score.interval(z_critical(alpha))


def difference_interval(a: Score, b: Score, alpha: float = DEFAULT_ALPHA) -> tuple[float, float]:
    """Interval of a.value - b.value (MOVER from each side's own interval)."""
    z = z_critical(alpha)
    return mover(a.value, a.interval(z), b.value, b.interval(z))


def difference_p(a: Score, b: Score, boundary: float = 0.0) -> float:
    """Two-sided p of "a - b equals boundary": the alpha at which the boundary is on the interval's edge.

    MOVER intervals grow with z, so the edge facing the boundary moves monotonically towards it; the
    z where it arrives is found by regula falsi (Illinois), a few interval computations instead of a
    bisection's sixty. When both sides are normal and unclipped this is the z-test's p exactly.
    Each pair is searched once (a board's scores recur: the same values over the same items), one by
    one or in a batch (`know_ps`).
    """
    key = (a, b, boundary)
    found = _KNOWN.get(key)
    if found is None:
        found = remember(_KNOWN, key, _searched_p(a, b, boundary))
    return found


def _searched_p(a: Score, b: Score, boundary: float) -> float:
    """`difference_p`'s search."""
    d = a.value - b.value
    if abs(d - boundary) < 1e-12:
        return 1.0
    below = boundary < d  # the boundary is met by the lower edge

    def gap(z: float) -> float:
        """Signed distance from the facing edge to the boundary: > 0 while the interval excludes it."""
        lo, hi = mover(a.value, a.interval(z), b.value, b.interval(z))
        return lo - boundary if below else boundary - hi

    f_zero = gap(0.0)  # a share's interval keeps its continuity correction even at z = 0
    if f_zero <= 0:
        return 1.0
    z_lo, f_lo = 0.0, f_zero
    # start from a bracket around the z-test's z, which the MOVER z is close to
    wald = abs(d - boundary) / max(math.hypot(a.se or 0.0, b.se or 0.0), 1e-12)
    if wald < _Z_MAX:
        f_mid = gap(0.8 * wald)
        if f_mid > 0:
            z_lo, f_lo = 0.8 * wald, f_mid
    z_hi = min(_Z_MAX, 1.25 * wald if z_lo > 0 else 2.0 * wald)
    f_hi = gap(z_hi)
    while f_hi > 0:  # not reached yet: widen
        if z_hi >= _Z_MAX:
            return P_FLOOR  # beyond z 40: below any float
        z_lo, f_lo = z_hi, f_hi
        z_hi = min(_Z_MAX, 2.0 * z_hi)
        f_hi = gap(z_hi)
    side = 0
    for _ in range(100):
        z = (z_lo * f_hi - z_hi * f_lo) / (f_hi - f_lo) if f_hi != f_lo else (z_lo + z_hi) / 2.0
        f = gap(z)
        if f > 0:
            z_lo, f_lo = z, f
            if side == -1:
                f_hi /= 2.0
            side = -1
        else:
            z_hi, f_hi = z, f
            if side == 1:
                f_lo /= 2.0
            side = 1
        if z_hi - z_lo < 1e-9 or abs(f) < 1e-12:  # z to 1e-9: p to about 1e-10, past the 6 decimals shown
            break
    return normal_two_sided_p(z if abs(f) < 1e-12 else (z_lo + z_hi) / 2.0)


def excludes(a: Score, b: Score, boundary: float, z: float) -> bool:
    """Does the MOVER interval of a - b at critical value z leave the boundary out?"""
    lo, hi = mover(a.value, a.interval(z), b.value, b.interval(z))
    return not lo <= boundary <= hi


def method_words(a: Score, b: Score) -> str:
    """The name of the test a pair of scores gets."""
    kinds = {a.method, b.method}
    if kinds == {NORMAL}:
        return "unpaired z-test"
    if kinds == {WILSON}:
        return "Newcombe score interval, continuity-corrected (unpaired)"
    return "MOVER interval, continuity-corrected Wilson and published SE (unpaired)"


# every p searched, one by one or in a batch: a board's scores recur, the same values over the same items
_KNOWN: dict[tuple[Score, Score, float], float] = {}
CACHED = 1 << 17  # answers kept (a worker on the cohort workload adds about 20,000 per 1,000 claims); then afresh


# a cache's answers a chunk's batch put in past the bound, by the cache's id: the cache holds them and CACHED more
_HELD: dict[int, int] = {}


def remember(cache: dict, key, value):
    """Keep value under key in a bounded cache (emptied when full) and return it."""
    if len(cache) >= CACHED + _HELD.get(id(cache), 0):
        cache.clear()
        _HELD.pop(id(cache), None)
    cache[key] = value
    return value


def full(cache: dict) -> bool:
    """Will the next `remember` in this cache empty it first?"""
    return len(cache) >= CACHED + _HELD.get(id(cache), 0)


def room_for(cache: dict, keys) -> list:
    """The keys (distinct) of a batch that `cache` does not hold yet, with room made for their answers, which
    the caller puts in with `cache[key] = answer`.

    A cache the answers would overflow is emptied first, and then every key is the batch's to answer: the
    chunk's claims read those answers after the batch, so none may be dropped meanwhile. (Emptied as it
    filled, a batch past the bound lost its first answers, each searched again one by one when read: a
    chunk of 10,000 cohort claims searched 173,000 p-values in its batch and 290,000 again.) A batch larger
    than the bound holds the cache's bound above it by its size until the cache is next emptied."""
    missing = [key for key in keys if key not in cache]
    if len(cache) + len(missing) > CACHED + _HELD.get(id(cache), 0):
        cache.clear()
        missing = list(keys)
        _HELD[id(cache)] = len(missing) if len(missing) > CACHED else 0
    return missing


def forget(cache: dict) -> None:
    """Empty a cache `remember` bounds (and its bound with it)."""
    cache.clear()
    _HELD.pop(id(cache), None)


def forget_ps() -> None:
    """Forget every p worked out so far."""
    forget(_KNOWN)


class _ScoreArrays:
    """A list of scores as columns (an unbounded side is ±inf, a missing n or SE is NaN)."""

    def __init__(self, scores: list[Score]):
        import numpy as np

        self.value = np.array([s.value for s in scores], np.float64)
        self.wilson = np.array([s.method == WILSON for s in scores], np.bool_)
        self.n = np.array([s.n if s.method == WILSON else 1.0 for s in scores], np.float64)
        self.se = np.array([np.nan if s.se is None else s.se for s in scores], np.float64)
        self.scale = np.array([s.scale for s in scores], np.float64)
        self.low = np.array([-np.inf if s.low_bound is None else s.low_bound for s in scores], np.float64)
        self.high = np.array([np.inf if s.high_bound is None else s.high_bound for s in scores], np.float64)

    def interval(self, idx, z, n=None, se=None):
        """`Score.interval(z)` of the scores at `idx`, each at its own z (and, where given, with these item
        counts and SEs instead of their own)."""
        import numpy as np

        value, scale = self.value[idx], self.scale[idx]
        n = self.n[idx] if n is None else n
        with np.errstate(invalid="ignore", divide="ignore"):
            w_lo, w_hi = wilson_cc_array(value / scale, n, z)  # wilson_cc(value / scale, n, z)
            w_lo, w_hi = w_lo * scale, w_hi * scale
            se = self.se[idx] if se is None else se
            n_lo = np.maximum(value - z * se, self.low[idx])
            n_hi = np.minimum(value + z * se, self.high[idx])
        wilson_ = self.wilson[idx]
        return np.where(wilson_, w_lo, n_lo), np.where(wilson_, w_hi, n_hi)


def _hypot(x, y):
    """math.hypot elementwise (numpy's may differ from it in the last bit)."""
    import numpy as np

    return np.fromiter(map(math.hypot, x.tolist(), y.tolist()), np.float64, len(x))


def _mover_many(a: _ScoreArrays, b: _ScoreArrays, idx, z):
    """`mover` of a - b at `idx`, each side's interval at z."""
    a_lo, a_hi = a.interval(idx, z)
    b_lo, b_hi = b.interval(idx, z)
    e1, e2 = a.value[idx], b.value[idx]
    low = e1 - e2 - _hypot(e1 - a_lo, b_hi - e2)
    high = e1 - e2 + _hypot(a_hi - e1, e2 - b_lo)
    return low, high
