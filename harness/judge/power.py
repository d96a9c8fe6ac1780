"""Power and "what would decide this": detectable gaps and the items or runs that would settle it.

- The minimum detectable difference (MDD) at 50 % power is z·SE: a true gap of exactly that size is
  found significant half the time. At 80 % power it is (z + z₀.₈)·SE, the figure a study is sized by.
- For a comparison within noise: the number of items per model (same scores, more items) at which
  the observed difference would be significant on its own at α; for shares of n items the search
  runs the engine's own Newcombe/MOVER test, otherwise the SE is scaled by 1/√n.
- When the items are the benchmark's whole fixed set (more items cannot be had), the runs needed
  too: k runs of the same n items are at best as informative as k·n independent items (only the
  within-item noise averages out, not which items are hard), so at least the items-needed factor,
  rounded up, is a lower bound on the runs ("≥ 63 runs").
- The fragility of the result (the fewest answers that would flip it) comes from `fragility`.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from statistics import NormalDist

from harness.judge import intervals, stats
from harness.judge.fragility import fragility, share_fragility
from harness.judge.intervals import WILSON, Score

POWER = 0.80
_MAX_FACTOR = 1e6  # beyond a million times the items the answer is "no realistic number"


@dataclass(frozen=True)
class Power:
    """What would decide one comparison."""

    mdd_50: float | None  # z·SE
    mdd_80: float | None  # (z + z_0.8)·SE
    items_now: int | None = None  # items per model behind the SE, when known
    items_needed: int | None = None  # per model, for a comparison within noise
    factor_needed: float | None = None  # items needed / items now (when the count is unknown)
    at_boundary: bool = False  # the observed difference sits on the boundary: no number of items decides it
    discordant: tuple[int, int] | None = None  # (subject only right, competitor only right)
    fragility: int | None = None  # items changing answer that flip the test's significance
    fragility_to: str | None = None  # "not significant" or "significant"
    runs_needed: int | None = None  # a lower bound on runs of the same items, when they are the whole benchmark

    def as_json(self) -> dict:
        def r(x, d=3):
            return None if x is None else round(x, d)

        return {
            "mdd_50": r(self.mdd_50),
            "mdd_80": r(self.mdd_80),
            "items_now": self.items_now,
            "items_needed": self.items_needed,
            "factor_needed": r(self.factor_needed),
            "at_boundary": self.at_boundary,
            "discordant": None
            if self.discordant is None
            else {"subject_only": self.discordant[0], "competitor_only": self.discordant[1]},
            "fragility": self.fragility,
            "fragility_to": self.fragility_to,
            "runs_needed_at_least": self.runs_needed,
        }


def mdd(se: float | None, alpha: float = stats.DEFAULT_ALPHA, power: float = 0.5) -> float | None:
    """The true gap found significant with probability `power` (two-sided test at alpha)."""
    if se is None:
        return None
    return (stats.z_critical(alpha) + _z_of(power)) * se


@functools.lru_cache(maxsize=16)
def _z_of(power: float) -> float:
    return NormalDist().inv_cdf(power)


def assess(
    se: float | None,
    signed_delta: float,
    boundary: float,
    p_value: float | None,
    alpha: float,
    items_now: int | None,
    shares: tuple[Score, Score] | None = None,
    discordant: tuple[int, int] | None = None,
    concordant: int | None = None,
    fixed_items: bool = False,
) -> Power:
    """Power figures for one comparison; `shares` (first minus second, signed) when the test is MOVER's.

    `fixed_items`: the items are the benchmark's whole set, so more data means more runs of them.
    """
    mdds = (mdd(se, alpha), mdd(se, alpha, POWER), items_now)
    if discordant is not None:
        flips, to = fragility(*discordant, concordant or 0, alpha)
        out = Power(*mdds, discordant=discordant, fragility=flips, fragility_to=to)
    elif shares is not None and shares[0].method == WILSON and shares[1].method == WILSON:
        flips, to = share_fragility(shares[0], shares[1], boundary, alpha)
        out = Power(*mdds, fragility=flips, fragility_to=to)  # built once: dataclasses.replace costs more
    else:
        out = Power(*mdds)
    if p_value is None or p_value < alpha or se is None:
        return out
    if abs(signed_delta - boundary) < 1e-9:
        return replace(out, at_boundary=True)
    if shares is not None:
        factor = factor_for_shares(shares[0], shares[1], boundary, alpha)
    elif se > 0:
        try:
            factor = (stats.z_critical(alpha) * se / abs(signed_delta - boundary)) ** 2
        except OverflowError:  # a stated stderr of 1e200: no number of items would settle it
            return out
    else:
        return out
    if factor is None or not math.isfinite(factor * (items_now or 1)):
        return out
    needed = None if items_now is None else math.ceil(items_now * factor - 1e-9)
    runs = math.ceil(factor - 1e-9) if fixed_items and items_now else None
    return replace(out, factor_needed=factor, items_needed=needed, runs_needed=runs)


def _scaled(s: Score, m: float) -> Score:
    if s.method == WILSON:
        return Score(s.value, WILSON, s.n * m, s.se, s.scale, s.low_bound, s.high_bound)
    return Score(s.value, s.method, s.n, s.se / math.sqrt(m), s.scale, s.low_bound, s.high_bound)


def factor_for_shares(a: Score, b: Score, boundary: float, alpha: float) -> float | None:
    """`_factor_for_shares`, searched once per (a, b, boundary, alpha), one by one or in a batch
    (`power_batch.know_factors`): a board's scores recur."""
    key = (a, b, boundary, alpha)
    found = FACTORS.get(key, FACTORS)
    if found is FACTORS:  # (None is an answer: no realistic number)
        found = intervals.remember(FACTORS, key, _factor_for_shares(a, b, boundary, alpha))
    return found


# every factor searched, one by one or in a batch
FACTORS: dict[tuple[Score, Score, float, float], float | None] = {}


def _factor_for_shares(a: Score, b: Score, boundary: float, alpha: float) -> float | None:
    """The smallest factor on both sides' items at which the MOVER interval leaves the boundary out.

    Searched over whole item counts of the first side (the factor is items / items now), so the
    answer is exact to one item; each step is one interval at the critical z, not a p-value.
    """
    z = stats.z_critical(alpha)
    base = a.n if a.method == WILSON else b.n if b.method == WILSON else None
    if not base:
        return None

    def significant(items: int) -> bool:
        m = items / base
        return intervals.excludes(_scaled(a, m), _scaled(b, m), boundary, z)

    hi = max(int(base) + 1, 2)
    while not significant(hi):
        hi *= 2
        if hi > base * _MAX_FACTOR:
            return None
    lo = hi // 2 if hi // 2 > base else int(base)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if significant(mid):
            hi = mid
        else:
            lo = mid
    return hi / base
