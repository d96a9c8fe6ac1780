"""`aggregate: mean`: a side's mean over the benchmarks against another's, and where sources disagree on a part,
whether every choice of their values gives the mean the same outcome."""

from __future__ import annotations

from harness.judge import stats
from harness.judge.comparisons import Context
from harness.judge.mean_bounds import bounded_outcome, lacks, mean_ranges, values
from harness.judge.results import Comparison
from harness.judge.significance import EPS, boundary_p, sign

# a comparison with no single value on each side: no mean can be taken over it
UNDECIDED = {"missing", "setting_mismatch", "conflict", "depends_on_setting"}


def means_compared(ctx: Context, comp: str, cmps: list[Comparison], judge, bounds: bool = False) -> dict:
    """The subject's and the competitor's mean over the benchmarks, and the outcome of the means.

    Every benchmark must have one value on each side and all must be percents scored the same way
    round; otherwise the mean is not computed (unknown), never taken over the benchmarks that happen
    to have numbers. SE of the mean difference: sqrt(sum of the per-benchmark SEs squared) / n.
    Sources that disagree on a benchmark, even where each of their values gives that benchmark the
    same outcome, move the mean: it is computed only where the least and the greatest difference their
    values allow give the mean the same outcome, and says so. With `bounds`, a competitor lacking a score on
    some benchmarks is judged by the scale's ends there (`mean_bounds`): an outcome where every score it could
    have gives one, else undecided, saying why (a rank by the mean places such a member itself: `mean_gaps`).
    """
    n = len(cmps)
    out = {"competitor": comp, "n": n, "subject_mean": None, "competitor_mean": None, "delta": None,
           "stderr": None, "p_value": None, "significant": None, "outcome": "missing", "note": ""}  # fmt: skip
    benches = [ctx.bench(c.benchmark) for c in cmps]
    if not cmps:
        out["note"] = "no benchmark with evidence for both"
        return out
    undecided = [ctx.bench(c.benchmark).name for c in cmps if c.outcome in UNDECIDED or c.delta is None]
    percents = {b.metric_kind for b in benches} == {"percent"} and len({b.higher_is_better for b in benches}) == 1
    if undecided and bounds and percents and _gaps_only(cmps):
        return _bounded(ctx, comp, cmps, benches, judge, out)
    if undecided:
        out["note"] = "not computed: no single value on each side for " + ", ".join(undecided)
        return out
    if not percents:
        out["note"] = "not computed: an average needs percent benchmarks scored the same way round"
        return out
    sm = sum(c.subject_value for c in cmps) / n
    cm = sum(c.competitor_value for c in cmps) / n
    outcome = judge(sm, cm, benches[0])
    disputed = [c for c in cmps if c.conflict]
    if disputed:
        names = ", ".join(ctx.bench(c.benchmark).name for c in disputed)
        low, high = _delta_range(cmps, n)
        span = f"Δ from {low:.2f} to {high:.2f} with the values they give"
        if not _same_outcome(judge, low, high, cm, benches[0]):
            out["note"] = (
                f"not computed: sources disagree on {names}, and the mean's outcome depends on which is used ({span})"
            )
            return out
        out["note"] = f"sources disagree on {names}; every choice gives the mean the same outcome ({span})"
    se = None if any(c.stderr is None for c in cmps) else stats.root_sum_squares(c.stderr for c in cmps) / n
    # with no p of its own, the test at each boundary (0, a margin, a band's edges) is a z-test on the SE
    result = stats.TestResult(se, None, "z-test on the mean difference")
    p = boundary_p((sm - cm) * sign(benches[0]), result, judge.boundaries(cm))
    out.update(
        subject_mean=round(sm, 6),
        competitor_mean=round(cm, 6),
        delta=round(sm - cm, 6),
        stderr=None if se is None else round(se, 6),
        p_value=None if p is None else stats.round_p(p),
        significant=None if p is None else p < ctx.alpha,
        outcome=outcome,
    )
    return out


def _gaps_only(cmps: list[Comparison]) -> bool:
    """No single value on some benchmark only because the competitor lacks a score there (or sources disagree),
    with a score of its own on at least one: a competitor with none has no mean to bound, as a cohort member with
    no score is not ranked."""
    gaps = [c for c in cmps if lacks(c)]
    if not gaps or len(gaps) == len(cmps) or not all(values(c.subject_rows, c.subject_value) for c in cmps):
        return False
    return all(lacks(c) or c.outcome not in UNDECIDED or c.outcome == "conflict" for c in cmps)


def _bounded(ctx: Context, comp: str, cmps: list[Comparison], benches, judge, out: dict) -> dict:
    """The outcome of the means where the competitor lacks some scores: settled where any score the scale allows
    there gives one, and the note says so with the range of its mean; else undecided, the note saying why."""
    ranges = mean_ranges(cmps, benches)
    # a side whose rows the claim's own filters left out is not one with no score: said so
    lacking = ", ".join(
        ctx.bench(c.benchmark).name + (f" (its rows excluded by {c.excluded_by})" if c.excluded_by else "")
        for c in cmps
        if lacks(c)
    )
    # "it has none" would say no such score was published: where a filter of the claim left it out, the words
    # are of the evidence the claim uses
    excluded = any(c.excluded_by for c in cmps if lacks(c))
    has_no = "has no score the claim uses on" if excluded else "has no score on"
    where = "where the evidence the claim uses has none" if excluded else "where it has none"
    if ranges is None:  # a benchmark with no end to its scale
        out["note"] = f"not computed: {ctx.name(comp)} {has_no} {lacking}, whose scale has no bound"
        return out
    (sl, sh), (cl, ch) = ranges
    own = f"{sl:.2f}" if abs(sh - sl) < EPS else f"{sl:.2f} to {sh:.2f}"
    span = f"its mean {cl:.2f} to {ch:.2f} with any score the scale allows there, against {own}"
    outcome = bounded_outcome(judge, (sl, sh), (cl, ch), benches[0])
    if outcome is None:
        out["note"] = (
            f"not computed: {ctx.name(comp)} {has_no} {lacking}, and the outcome depends on the score it lacks ({span})"
        )
        return out
    out.update(outcome=outcome, subject_mean=round(sl, 6) if abs(sh - sl) < EPS else None)
    out["note"] = f"{outcome.replace('_', ' ')} whatever {ctx.name(comp)} would score on {lacking}, {where} ({span})"
    return out


def mean_summary(ctx: Context, comp: str, mean: dict) -> str:
    if mean["delta"] is None:
        return f"mean over {mean['n']} vs {ctx.name(comp)}: {mean['note']}"
    se = f", SE {mean['stderr']:.2f}" if mean["stderr"] is not None else ""
    return (
        f"mean over {mean['n']} benchmarks {mean['subject_mean']:.1f} vs {ctx.name(comp)} "
        f"{mean['competitor_mean']:.1f} (Δ {mean['delta']:.1f}{se}): {mean['outcome'].replace('_', ' ')}"
        + (f" ({mean['note']})" if mean["note"] else "")
    )


def _delta_range(cmps: list[Comparison], n: int) -> tuple[float, float]:
    """The least and greatest mean difference (subject - competitor) the rows of each side allow."""
    low = high = 0.0
    for c in cmps:
        s = [r.value for r in c.subject_rows] or [c.subject_value]
        o = [r.value for r in c.competitor_rows] or [c.competitor_value]
        low += min(s) - max(o)
        high += max(s) - min(o)
    return low / n, high / n


def _same_outcome(judge, low: float, high: float, cm: float, bench) -> bool:
    """Whether every difference from `low` to `high` gets one outcome: the judge's outcome changes at its
    boundaries only, so the two ends decide it unless a band lies between them ("differs" on both sides)."""
    at_low, at_high = judge(cm + low, cm, bench), judge(cm + high, cm, bench)
    if at_low != at_high:
        return False
    signed = sorted((low * sign(bench), high * sign(bench)))
    return not any(signed[0] - EPS < b < signed[1] + EPS for b in judge.boundaries(cm))
