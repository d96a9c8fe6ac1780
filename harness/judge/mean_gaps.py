"""A rank by the mean: cohort members lacking a score on some of the benchmarks. Their mean is unknown, but
the scale bounds it: a member whose mean stays above the subject's with its least possible scores on the
benchmarks it lacks is above it whatever they are, and one below with its greatest possible scores is below.
Any other could be either side: leaving it out would rank the subject among the members that happen to be
scored everywhere, so it widens the rank instead."""

from __future__ import annotations

from harness.counting import counted
from harness.judge.comparisons import Context
from harness.judge.mean_bounds import scale_ends, values
from harness.judge.means import UNDECIDED
from harness.judge.results import Comparison


def placed_by_bounds(cmps: list[Comparison], own, judge) -> str:
    """'loss' (the member is above the subject), 'win' (below) or 'open', from the least and greatest
    mean difference the member's known values and the scale's ends on its missing benchmarks allow."""
    low = high = 0.0
    for c, bench in zip(cmps, own):
        mine = values(c.subject_rows, c.subject_value)
        theirs = values(c.competitor_rows, c.competitor_value)
        if not theirs:
            ends = scale_ends(bench)
            if ends is None:
                return "open"
            theirs = list(ends)
        elif c.outcome in UNDECIDED and c.outcome != "conflict":
            return "open"  # a value in another setting: not the member's score here, nor nothing
        if not mine:
            return "open"
        low += min(mine) - max(theirs)
        high += max(mine) - min(theirs)
    n = len(cmps)
    low, high = low / n, high / n
    at_low, at_high = judge(low, 0.0, own[0]), judge(high, 0.0, own[0])
    if at_low != at_high or at_low not in ("win", "loss"):
        return "open"
    return at_low


def gap_summary(ctx: Context, gaps: dict[str, list]) -> str:
    """The reason's words on the members with a gap: how many placed either side, and which stay open."""
    text = ""
    for outcome, side in (("loss", "above"), ("win", "below")):
        if gaps[outcome]:
            k = len(gaps[outcome])
            text += f"; {counted(k, 'member')} lacking some scores {'ranks' if k == 1 else 'rank'} {side} it whatever they are"
    if gaps["open"]:
        names = _names(ctx, gaps["open"])
        text += f"; {counted(len(gaps['open']), 'member')} lacking some scores could be above it ({names})"
    return text


def gap_caveats(ctx: Context, gaps: dict[str, list], n: int) -> list[str]:
    if not gaps["open"]:
        return []
    k = len(gaps["open"])
    return [
        f"Cohort coverage: {counted(k, 'other member')} without a score on every one of the "
        f"{counted(n, 'benchmark')} could rank above or below the subject by the scores {'it lacks' if k == 1 else 'they lack'} "
        f"({_names(ctx, gaps['open'])}); a score for each on the benchmarks missing would settle the rank."
    ]


def _names(ctx: Context, members: list) -> str:
    names = [ctx.name(mean["competitor"]) for mean, _ in members]
    return ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
