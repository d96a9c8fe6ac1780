"""`aggregate: mean` against a competitor lacking a score on some of the benchmarks. Its mean is unknown, but the
scale bounds it, as in a rank by the mean (`mean_gaps`): the comparison is settled where every score the scale
allows on the benchmarks it lacks (0 to 100 on a percent) gives the two means the same outcome, and is left
undecided, saying so, where some would give another.

Each side's mean lies in a range (the competitor's from the scale's ends where it lacks a score, either side's from
its sources' least and greatest values where they disagree), so the pair of means lies in a box. An outcome's
region is convex in the pair (a win: the difference at least the margin; a match: inside the band; a difference
above the band, or below it), and a box lies inside a convex region when its four corners do: the four corners
decide it."""

from __future__ import annotations

import math

from harness.judge.significance import sign


def scale_ends(bench) -> tuple[float, float] | None:
    """The least and greatest score the benchmark's scale allows (a percent: 0 to 100); None if unbounded."""
    low = bench.min_score if bench.min_score is not None else 0.0
    high = bench.max_score if bench.max_score is not None else 100.0
    if math.isinf(low) or math.isinf(high):
        return None
    return low, high


def lacks(c) -> bool:
    """The competitor has no score on the comparison's benchmark (none published, or none the claim's filters kept)."""
    return c.competitor_value is None and not c.competitor_rows


def values(rows, value) -> list[float]:
    return [r.value for r in rows] or ([value] if value is not None else [])


def mean_ranges(cmps, benches) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The least and greatest mean of the subject and of the competitor: its sources' values on each side, the
    scale's ends where the competitor lacks a score; None where a side has no value the scale bounds."""
    low = [0.0, 0.0]
    high = [0.0, 0.0]
    for c, bench in zip(cmps, benches):
        mine, theirs = values(c.subject_rows, c.subject_value), values(c.competitor_rows, c.competitor_value)
        if not theirs and (ends := scale_ends(bench)) is not None:
            theirs = list(ends)
        if not mine or not theirs:
            return None
        for side, found in enumerate((mine, theirs)):
            low[side] += min(found)
            high[side] += max(found)
    n = len(cmps)
    return (low[0] / n, high[0] / n), (low[1] / n, high[1] / n)


def bounded_outcome(judge, subject: tuple[float, float], competitor: tuple[float, float], bench) -> str | None:
    """The outcome every pair of means in the ranges gives, or None where two pairs give two outcomes.

    Of the corners' outcomes, a pass is the same at each; a failed outperforms is told at the corner nearest a win
    ('short of margin' where one corner is, not 'loss')."""
    corners = [(s, c) for s in subject for c in competitor]
    regions = {_region(judge, s, c, bench) for s, c in corners}
    if len(regions) != 1:
        return None
    best = max(corners, key=lambda sc: (sc[0] - sc[1]) * sign(bench))
    return judge(*best, bench)


def _region(judge, s: float, c: float, bench):
    """The convex region of (s, c) an outcome is read in: a win or not (the not-win side is one half-plane); a
    match, or a difference above or below the band (two half-planes)."""
    outcome = judge(s, c, bench)
    if judge.kind == "outperforms":
        return outcome == "win"
    return "match" if outcome == "match" else (s - c) * sign(bench) > 0
