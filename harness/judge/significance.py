"""The test of each difference: its standard error, p at the boundary that would flip it, the
interval and power, significance across a claim's benchmarks, and the rules a difference is judged by."""

from __future__ import annotations

from dataclasses import dataclass

from harness.claims.catalog_entries import BenchmarkEntry
from harness.evidence.records import ScoreRecord
from harness.judge import fragility_batch, intervals, intervals_batch, power_batch, stats, tests_batch, uncertainty
from harness.judge.intervals import WILSON
from harness.judge.results import Comparison

EPS = 1e-9


def sign(bench: BenchmarkEntry) -> float:
    return 1.0 if bench.higher_is_better else -1.0


def record_se(r: ScoreRecord, bench: BenchmarkEntry) -> float | None:
    """Published stderr first; else binomial over the item count (a percent, or a count of those items); else
    unknown. A published stderr of 0 is none (`uncertainty.record_score`)."""
    if r.stderr:
        return r.stderr
    score = uncertainty.record_score(r, bench)
    return score.se if score is not None else None


def attach_test(
    cmp: Comparison,
    bench: BenchmarkEntry,
    boundaries=None,
    memo: dict | None = None,
    alpha: float = stats.DEFAULT_ALPHA,
) -> None:
    """Set the comparison's SE, p-value against the rule's boundaries, interval, test name and power."""
    if cmp.outcome in {"missing", "setting_mismatch"}:
        return
    s = next(r for r in cmp.subject_rows if r.value == cmp.subject_value)
    c = next(r for r in cmp.competitor_rows if r.value == cmp.competitor_value)
    bounds = boundaries(cmp.competitor_value) if boundaries else (0.0,)
    result = None
    if s.items and c.items:
        # a claim is judged on all rows and on each side's rows: read and test each pair of runs once
        memo = {} if memo is None else memo
        key = ("paired", id(s), id(c))
        if key not in memo:
            memo[key] = uncertainty.paired_test(s, c)
        result = memo[key]
    if result is None:
        # the same rows (the store builds each row's record once) on the same benchmark read the entry
        # by the objects' ids, without working their scores and key out again
        mark = (id(s), id(c), id(bench), bounds, alpha)
        seen = _BY_ID.get(mark)
        if seen is not None and seen[0] is s and seen[1] is c and seen[2] is bench:
            cmp.stderr, cmp.p_value, cmp.interval, cmp.test, cmp.mdd, cmp.power = seen[3]
            return
        pair = uncertainty.signed_scores(s, c, bench)  # worked out here once, for the test below too
        key = _share_key(s, c, bench, bounds, alpha, pair)
        if key is not None:
            known = _TESTED.get(key)
            if known is None:
                if intervals.full(_TESTED):
                    _BY_ID.clear()  # emptied with _TESTED: it reads nothing _TESTED no longer holds
                known = _share_statistics(cmp, s, c, bench, bounds, alpha, pair)
                intervals.remember(_TESTED, key, known)
            intervals.remember(_BY_ID, mark, (s, c, bench, known))  # the objects kept: their ids not reused
            cmp.stderr, cmp.p_value, cmp.interval, cmp.test, cmp.mdd, cmp.power = known
            return
    _attach(cmp, s, c, bench, bounds, alpha, result)


def _share_key(s: ScoreRecord, c: ScoreRecord, bench: BenchmarkEntry, bounds, alpha: float, pair):
    """What an unpaired share test's statistics depend on (None when the pair keeps the z-test): the two
    scores (value, items, bounds) as `signed_scores` gives them (`pair`), which side is better, the
    boundaries, alpha, each side's item count and the benchmark's fixed item set (for the power figures)."""
    if pair is None:
        return None
    whole = bench.items if bench.items_status == "exact" else None
    return (*pair, bench.higher_is_better, bounds, alpha, s.n or bench.items, c.n or bench.items, whole)


def _share_statistics(cmp: Comparison, s, c, bench, bounds, alpha, pair) -> tuple:
    """`attach_test`'s statistics of an unpaired share test of the signed scores `pair`: (stderr, p,
    interval, test, mdd, power)."""
    _attach(cmp, s, c, bench, bounds, alpha, None, pair)
    return cmp.stderr, cmp.p_value, cmp.interval, cmp.test, cmp.mdd, cmp.power


# each unpaired share test's statistics, by what they depend on: a board's scores recur (the same
# values over the same items), so most comparisons of a large run read them instead of testing again
_TESTED: dict = {}
# the same entries by (id(s), id(c), id(bench), bounds, alpha) of the rows and benchmark that read them
_BY_ID: dict = {}


def forget_tests() -> None:
    """Forget every unpaired share test's statistics worked out so far."""
    intervals.forget(_TESTED)
    intervals.forget(_BY_ID)


def _missing(bench: BenchmarkEntry) -> str:
    """Why a score's SE is unknown: its item count gives one only for a percent or a count of those items (a
    rating over 30 items has its items known and still no SE)."""
    if bench.items and not bench.share_of_items and bench.metric_kind == "percent":
        return f"stderr missing; its {bench.items:,} items give no SE for a rate that can pass 100 %"
    if bench.items and bench.metric_kind not in ("percent", "count"):
        return (
            f"stderr missing; its {bench.items:,} items give an SE only for a percent score or a count of them, "
            f"not a {bench.metric_kind}"
        )
    return "item count or stderr missing"


def _attach(
    cmp: Comparison, s: ScoreRecord, c: ScoreRecord, bench: BenchmarkEntry, bounds, alpha, result, pair=None
) -> None:
    # `pair`: the signed scores, where the caller has worked them out (else worked out here, as needed)
    shares = None if result is not None else uncertainty.share_test(s, c, bench, bounds, alpha, pair)
    if shares is not None:
        result, cmp.p_value, cmp.interval = shares
    else:
        if result is None:
            result = stats.unpaired_test(cmp.delta or 0.0, record_se(s, bench), record_se(c, bench), _missing(bench))
        cmp.p_value = boundary_p((cmp.delta or 0.0) * sign(bench), result, bounds)
        cmp.interval = uncertainty.normal_interval(cmp.delta, result.stderr, alpha)
    cmp.stderr, cmp.test = result.stderr, result.test + tests_batch.boundary_words(bounds)
    cmp.mdd = stats.minimum_detectable_difference(result.stderr, alpha)
    signed = (cmp.delta or 0.0) * sign(bench)
    cmp.power = uncertainty.comparison_power(s, c, bench, signed, bounds, result, cmp.p_value, alpha, pair)


def know_tests(plain: list[tuple[ScoreRecord, ScoreRecord, BenchmarkEntry, tuple[float, ...]]], alpha: float) -> None:
    """Work out, in one batch, the searched statistics `attach_test` will need for these (subject row,
    competitor row, benchmark, boundaries): each unpaired share test's p at its boundaries and 0, and
    its fragility at the boundary nearest the difference (those not known yet). The answers are those
    of the one-by-one search, kept for the calls that follow."""
    ps, frail, shares, tests, marks = [], [], [], {}, []
    for s, c, bench, bounds in plain:
        if s.items and c.items:
            continue  # a paired test: read from the items, nothing searched
        pair = uncertainty.signed_scores(s, c, bench)
        if pair is None:
            continue
        ps += [(*pair, bound) for bound in dict.fromkeys((*bounds, 0.0))]
        signed = round(s.value - c.value, 6) * sign(bench)  # as `attach_test`: the comparison's delta
        edge = min(bounds, key=lambda x: abs(signed - x))  # as `uncertainty.comparison_power`
        shares.append((pair, bounds, signed, edge))
        if pair[0].method == WILSON and pair[1].method == WILSON:
            frail.append((*pair, edge, alpha))
        key = _share_key(s, c, bench, bounds, alpha, pair)
        marks.append(((id(s), id(c), id(bench), bounds, alpha), s, c, bench, key))
        if key not in tests and tests_batch.plain_scores(pair):
            tests[key] = (pair, bench.higher_is_better, bounds, round(s.value - c.value, 6), *key[-3:])
    intervals_batch.know_ps_at(ps)
    fragility_batch.know_fragility(frail)
    # the items that would settle each comparison within noise (`power.assess`, with the p `share_test` gives)
    power_batch.know_factors(
        [
            (*pair, edge, alpha)
            for pair, bounds, signed, edge in shares
            if max(intervals.difference_p(*pair, bound) for bound in bounds) >= alpha and abs(signed - edge) >= 1e-9
        ]
    )
    # and each new test's statistics from those answers, for `attach_test` to read
    held = len(_TESTED)
    new = intervals.room_for(_TESTED, tests)
    if len(_TESTED) < held:
        intervals.forget(_BY_ID)  # as `attach_test`: emptied with _TESTED
    for key, known in zip(new, tests_batch.statistics_many([tests[key] for key in new], alpha)):
        _TESTED[key] = known
    # and every comparison's entry by its rows' and benchmark's ids, as `attach_test` keeps it once read
    intervals.room_for(_BY_ID, dict.fromkeys(mark for mark, *_ in marks))
    for mark, s, c, bench, key in marks:
        known = _TESTED.get(key)
        if known is not None:
            _BY_ID[mark] = (s, c, bench, known)  # the objects kept: their ids not reused


def set_significance(comparisons: list[Comparison], quantifier, alpha: float, multiplicity: str = "holm") -> str:
    """Mark significance; 'all' is an intersection-union test, others get Holm (or Benjamini-Hochberg)."""
    if quantifier == "all":
        for c in comparisons:
            c.p_adjusted = c.p_value
        rule = "each comparison tested on its own (intersection-union test: 'all' needs every one)"
    elif multiplicity == "bh":
        for c, p in zip(comparisons, stats.benjamini_hochberg([c.p_value for c in comparisons])):
            c.p_adjusted = p
        rule = "p-values Benjamini-Hochberg-adjusted across the benchmarks (false discovery rate)"
    else:
        for c, p in zip(comparisons, stats.holm([c.p_value for c in comparisons])):
            c.p_adjusted = p
        rule = "p-values Holm-adjusted across the benchmarks"
    for c in comparisons:
        c.significant = None if c.p_adjusted is None else c.p_adjusted < alpha
    return rule


@dataclass(frozen=True)
class Rule:
    """How a pair of scores is judged, and the boundaries on the difference where the outcome flips.

    The difference is subject - competitor, signed so that higher is better. `outperforms` flips at
    its margin; `matches` at -tolerance and +tolerance (an equivalence test: a match is robust only
    when the whole interval of the difference lies inside the band).
    """

    kind: str
    margin: float = 0.0
    tolerance: float = 0.0
    unit: str = "points"
    direction: str = "both"  # matches: "at_least" passes any score above the band too (one-sided)

    def __call__(self, s: float, c: float, bench: BenchmarkEntry) -> str:
        if self.kind == "outperforms":
            d = (s - c) * sign(bench)
            if abs(d) < EPS:
                return "tie"
            if d < 0:
                return "loss"
            return "win" if d >= self.margin - EPS or self.margin == 0 else "short_of_margin"
        if self.direction == "at_least":
            return "match" if (s - c) * sign(bench) >= -self.limit(c) - EPS else "differs"
        return "match" if abs(s - c) <= self.limit(c) + EPS else "differs"

    def limit(self, c: float) -> float:
        return self.tolerance if self.unit == "points" else abs(c) * self.tolerance / 100.0

    def boundaries(self, c: float) -> tuple[float, ...]:
        if self.kind == "outperforms":
            return (self.margin,)
        if self.direction == "at_least":
            return (-self.limit(c),)  # a non-inferiority test: only the lower edge can flip it
        return (-self.limit(c), self.limit(c))


def outperform_judge(margin: float) -> Rule:
    return Rule("outperforms", margin=margin)


def match_judge(tolerance: float, unit: str, direction: str = "both") -> Rule:
    return Rule("matches", tolerance=tolerance, unit=unit, direction=direction)


def boundary_p(delta: float, result: stats.TestResult, boundaries: tuple[float, ...]) -> float | None:
    """p of the outcome against every boundary: the largest p of "the difference equals this boundary".

    Small means the difference's interval excludes every boundary, so the outcome cannot flip. At the
    boundary 0 the test's own p is used (exact McNemar, bootstrap); elsewhere a z-test on its SE.
    """
    ps = []
    for b in boundaries:
        if abs(b) < EPS and result.p_value is not None:
            ps.append(result.p_value)
        elif result.stderr is None:
            return None
        elif result.stderr == 0:
            ps.append(0.0 if abs(delta - b) > EPS else 1.0)
        else:
            ps.append(stats.normal_two_sided_p((delta - b) / result.stderr))
    return max(ps) if ps else None
