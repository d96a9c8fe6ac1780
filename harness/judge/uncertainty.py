"""Each score's interval and an unpaired difference's test, from how the score's uncertainty is known."""

from __future__ import annotations

import functools
import math

from harness.claims.catalog_entries import BenchmarkEntry
from harness.evidence.records import ScoreRecord
from harness.judge import clusters, intervals, power, stats
from harness.judge.intervals import NORMAL, WILSON, Score


def record_score(r: ScoreRecord, bench: BenchmarkEntry) -> Score | None:
    """A published stderr gives a normal interval; else a percent over n items a Wilson one; else None."""
    # by the row's id first: the store builds each row's record once, and both are frozen, so the same
    # pair gives the same Score; a row is read on its own benchmark's entry (another entry is worked out
    # afresh and kept instead: one int hashed, not a pair built and hashed); the entry holds them, so
    # their ids are not reused meanwhile
    seen = _BY_ID.get(id(r))
    if seen is not None and seen[0] is r and seen[1] is bench:
        return seen[2]
    score = _score(r.value, r.stderr, r.n or bench.items, bench.metric_kind, bench.min_score, bench.max_score)
    intervals.remember(_BY_ID, id(r), (r, bench, score))
    return score


_BY_ID: dict[int, tuple] = {}


@functools.lru_cache(maxsize=1 << 16, typed=True)
def _score(value, stderr, n, kind: str, min_score, max_score) -> Score | None:
    """`record_score` from the numbers it reads (a Score is immutable: equal rows share one)."""
    high = max_score if max_score is not None else 100.0 if kind == "percent" else None
    low = min_score if min_score is not None else 0.0 if kind in ("percent", "count") else None
    low = None if low is not None and math.isinf(low) else low
    # a stated stderr of 0 claims no sampling error at all: two such scores 80.5 and 80.0 over 2,000 items were a
    # significant difference (p 0); it is read as not given, so the item count gives the SE where it can
    if stderr:
        return Score(value, NORMAL, se=stderr, low_bound=low, high_bound=high)
    if kind == "percent" and n and (max_score is None or max_score <= 100):  # a share of items (`share_of_items`)
        return Score(value, WILSON, n=n, se=stats.binomial_se(value, n), low_bound=0.0, high_bound=100.0)
    if kind == "count" and n and max_score in (None, n) and 0 <= value <= n:
        # items solved of n ("4/30" of AIME): the share value/n over n items, on the count's own scale
        se = stats.binomial_se(100.0 * value / n, n) * n / 100.0
        return Score(value, WILSON, n=n, se=se, scale=float(n), low_bound=0.0, high_bound=float(n))
    return None


def paired_test(s: ScoreRecord, c: ScoreRecord) -> stats.TestResult | None:
    """Paired test on the items both share: cluster-robust when either side's items carry clusters."""
    a, b = s.per_item(), c.per_item()
    groups = s.item_clusters() or c.item_clusters()
    if groups:
        return clusters.paired_clustered_test(a, b, groups)
    return stats.paired_test(a, b)


def value_interval(r: ScoreRecord, bench: BenchmarkEntry, alpha: float = stats.DEFAULT_ALPHA):
    """The 95 % interval of one score, inside the metric's range; (None, None) when its SE is unknown."""
    score = record_score(r, bench)
    if score is None:
        return None, None
    return intervals.score_interval(score, alpha)


def share_test(
    s: ScoreRecord,
    c: ScoreRecord,
    bench: BenchmarkEntry,
    boundaries: tuple[float, ...],
    alpha: float,
    pair: tuple[Score, Score] | None = None,
) -> tuple[stats.TestResult, float, tuple[float, float]] | None:
    """Unpaired test of s - c when a side is a share of n items: (result, p at the boundaries, interval).

    None when neither side is a Wilson share (both have published SEs, or an SE is unknown): those keep
    the z-test. The SE returned is the normal one (it sizes the minimum detectable difference); the p
    and the interval are MOVER's (Newcombe's when both are shares), so they agree with each other.
    `pair`: `signed_scores(s, c, bench)` where the caller has it (None: worked out here).
    """
    pair = pair or signed_scores(s, c, bench)
    if pair is None:
        return None
    first, second = pair
    a, b = (first, second) if bench.higher_is_better else (second, first)
    se = math.hypot(a.se, b.se)
    at = {bound: intervals.difference_p(first, second, bound) for bound in dict.fromkeys((*boundaries, 0.0))}
    p = max(at[bound] for bound in boundaries)
    result = stats.TestResult(se, at[0.0], intervals.method_words(a, b))
    return result, p, intervals.difference_interval(a, b, alpha)


def signed_scores(s: ScoreRecord, c: ScoreRecord, bench: BenchmarkEntry) -> tuple[Score, Score] | None:
    """(better-side-first) scores of a pair when a side is a Wilson share, so first - second is signed
    like the boundaries (higher is better); None when the pair keeps the z-test."""
    a, b = record_score(s, bench), record_score(c, bench)
    if a is None or b is None or WILSON not in (a.method, b.method):
        return None
    return (a, b) if bench.higher_is_better else (b, a)


def comparison_power(
    s: ScoreRecord,
    c: ScoreRecord,
    bench: BenchmarkEntry,
    signed_delta: float,
    bounds: tuple[float, ...],
    result: stats.TestResult,
    p_value: float | None,
    alpha: float,
    shares: tuple[Score, Score] | None = None,
) -> power.Power:
    """What would decide a comparison, from the test it got (`shares`: `signed_scores(s, c, bench)` where
    the caller has it)."""
    boundary = min(bounds, key=lambda x: abs(signed_delta - x))  # the edge the outcome would flip at
    whole = bench.items if bench.items_status == "exact" else None  # the benchmark's fixed item set
    if result.items is not None:  # a paired test: its items, and the discordant counts for 0/1 items
        concordant = None if result.discordant is None else result.items - sum(result.discordant)
        disc = result.discordant
        return power.assess(
            result.stderr, signed_delta, boundary, p_value, alpha, result.items, None, disc, concordant,
            fixed_items=result.items == whole,
        )  # fmt: skip
    shares = shares or signed_scores(s, c, bench)
    n_s, n_c = s.n or bench.items, c.n or bench.items
    items = n_s if n_s == n_c else None
    fixed = items is not None and items == whole
    return power.assess(result.stderr, signed_delta, boundary, p_value, alpha, items, shares, fixed_items=fixed)


def normal_interval(delta: float | None, se: float | None, alpha: float = stats.DEFAULT_ALPHA):
    """delta ± z·SE, or None when either is unknown."""
    if delta is None or se is None:
        return None
    z = stats.z_critical(alpha)
    return delta - z * se, delta + z * se
