"""The statistics of many unpaired share tests at once: what `significance.attach_test` keeps for each
plain comparison (one row a side) of a chunk, worked out in one batch instead of one comparison at a time.

A chunk's outperforms and matches claims test some 16 comparisons each, nearly all of them new numbers
(each claim's subject and competitors on their own benchmarks). One by one, each test builds its result,
two intervals and a MOVER difference, the power figures and the comparison's fields through a chain of
calls. Here the difference intervals of the whole batch are one array pass (`intervals._mover_many`:
the same operations element by element, and the math module's hypot), the p-values, fragilities and
items-needed factors are read from the caches the chunk's searches just filled, and the power figures are
`power.assess`'s. Each entry is the one-by-one test's to the last bit (`tests/test_tests_batch.py`); a pair
whose scores hold a zero or a value that is no finite number is left to the one-by-one test, where a
signed zero could be written differently.
"""

from __future__ import annotations

import math

from harness.judge import intervals, power, stats
from harness.judge.intervals import _KNOWN, Score, _mover_many, _ScoreArrays, method_words


def boundary_words(bounds: tuple[float, ...]) -> str:
    """What the test's name adds for the rule's boundaries (nothing for 0 alone)."""
    if bounds == (0.0,):
        return ""
    if len(bounds) == 2:
        return f"; against the band ±{bounds[1]:g} (equivalence)"
    if bounds[0] < 0:
        return f"; against the lower edge {bounds[0]:g} (non-inferiority)"
    return f"; against the margin {bounds[0]:g}"


def plain_scores(pair: tuple[Score, Score]) -> bool:
    """Can the batch work this pair's statistics out? Not where a score is zero, is no finite number or has a
    range end of -0.0: equal keys may hold such scores written apart (0.0 and -0.0), and the one-by-one test
    keeps the first one met."""
    for s in pair:
        value = s.value
        if not value or value - value != 0.0:  # zero, or not finite
            return False
        for end in (s.low_bound, s.high_bound):
            if end is not None and end == 0 and math.copysign(1.0, end) < 0:
                return False
    return True


def statistics_many(entries: list[tuple], alpha: float) -> list[tuple]:
    """`significance._share_statistics` of each (pair, higher_is_better, bounds, delta, n_s, n_c, whole):
    (stderr, p, interval, test, mdd, power), read from the searches' caches where they hold the answer.

    `pair` is `uncertainty.signed_scores` of the two rows (the better side first), `delta` the comparison's
    (subject minus competitor, rounded as `Comparison.delta`), n_s and n_c the rows' item counts and
    `whole` the benchmark's fixed item set (or None)."""
    if not entries:
        return []
    import numpy as np

    z = stats.z_critical(alpha)
    # each side's score as the subject's minus the competitor's (first minus second when higher is better)
    subject = [pair[0] if hib else pair[1] for pair, hib, *_ in entries]
    other = [pair[1] if hib else pair[0] for pair, hib, *_ in entries]
    ends = _mover_many(_ScoreArrays(subject), _ScoreArrays(other), slice(None), np.full(len(entries), z))
    low, high = ends[0].tolist(), ends[1].tolist()  # floats, as the one-by-one interval's
    mdd_z = z  # stats.minimum_detectable_difference
    words: dict[tuple, str] = {}
    out = []
    for k, ((first, second), hib, bounds, delta, n_s, n_c, whole) in enumerate(entries):
        a, b = subject[k], other[k]
        se = math.hypot(a.se, b.se)
        at = {bound: _p(first, second, bound) for bound in dict.fromkeys((*bounds, 0.0))}
        p = max(at[bound] for bound in bounds)
        test = words.get((a.method, b.method, bounds))
        if test is None:
            test = words[a.method, b.method, bounds] = method_words(a, b) + boundary_words(bounds)
        signed = (delta or 0.0) * (1.0 if hib else -1.0)
        edge = min(bounds, key=lambda x: abs(signed - x))  # the edge the outcome would flip at
        items = n_s if n_s == n_c else None
        fixed = items is not None and items == whole
        figures = power.assess(se, signed, edge, p, alpha, items, (first, second), fixed_items=fixed)
        out.append((se, p, (low[k], high[k]), test, mdd_z * se, figures))
    return out


def _p(first: Score, second: Score, bound: float) -> float:
    found = _KNOWN.get((first, second, bound))
    return found if found is not None else intervals.difference_p(first, second, bound)
