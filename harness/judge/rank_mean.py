"""A `ranks` assertion with `aggregate: mean`: the subject's place in the cohort by its mean over the
benchmarks ("ranked 3rd overall across 12 benchmarks"), not its place on each benchmark."""

from __future__ import annotations

import math

from harness.claims.spec import Ranks
from harness.counting import counted
from harness.judge import stats
from harness.judge.benchmark_sets import benchmark_set
from harness.judge.cohort_cells import cohort_benchmarks, cohort_members
from harness.judge.comparisons import Context, compare
from harness.judge.mean_gaps import gap_caveats, gap_summary, placed_by_bounds
from harness.judge.means import means_compared
from harness.judge.results import AssertionResult, Comparison
from harness.judge.significance import outperform_judge
from harness.judge.uncertainty import record_score
from harness.judge.verdicts import FAIL, PASS, UNKNOWN, Unit, decide, strength

SIMS = 20_000  # normal draws per mean for P(top k), as for a rank on one benchmark
SHOWN_BELOW = 1  # members below the subject kept in the result (the nearest): those above decide the rank


def evaluate_mean_rank(a: Ranks, ctx: Context, cohort_words: str) -> AssertionResult:
    """Rank the subject among the cohort by each member's mean over the benchmarks.

    A member is ranked by its mean only with one value on every benchmark, as `aggregate: mean` asks of a
    competitor: a mean over the benchmarks that happen to have numbers would compare unlike averages. One
    lacking a score on some is placed above or below only where any score the scale allows there would
    leave it so; else, like a member whose sources conflict, it widens the rank (best and worst).
    """
    cohort = cohort_members(ctx, a.cohort)
    benches, caveats = benchmark_set(a.benchmarks, ctx, [], cohort_benchmarks(ctx, cohort))
    judge = outperform_judge(0.0)
    rule = _rule(a, ctx, cohort_words, len(benches))
    own = [ctx.bench(b) for b in benches]
    problem = _no_mean(ctx, own, benches)
    if problem:
        unit = Unit("mean", UNKNOWN, None, frozenset())
        return _result(a, rule, [], [unit], caveats, problem, [], False)
    above, tied, below, open_, unranked = [], [], [], [], []
    # members lacking a score on some benchmark: placed by the scale's ends there, or open (`placed_by_bounds`)
    gaps: dict[str, list] = {"loss": [], "win": [], "open": []}
    for m in (m for m in cohort if m != ctx.subject):
        cmps = [compare(ctx, b, m, judge) for b in benches]
        mean = means_compared(ctx, m, cmps, judge)
        if mean["delta"] is not None:
            {"loss": above, "tie": tied}.get(mean["outcome"], below).append((mean, cmps))
        elif all(c.competitor_value is None and not c.competitor_rows for c in cmps):
            unranked.append(m)  # no score at all: no evidence, as a member without one on a benchmark's board
        elif any(c.competitor_value is None and not c.competitor_rows for c in cmps):
            # its mean's note says what the scale's ends give it (it read "no single value on each side", as if the
            # member were left out, beside a summary that places it)
            bounded = means_compared(ctx, m, cmps, judge, bounds=True)
            gaps[placed_by_bounds(cmps, own, judge)].append((bounded, cmps))
        else:
            open_.append((mean, cmps))
    rank_best = 1 + len(above) + len(gaps["loss"])
    rank_worst = rank_best + len(open_) + len(gaps["open"])
    too_few = 1 + len(above) + len(tied) + len(below) + len(open_) + sum(map(len, gaps.values())) <= a.top
    if too_few:
        status = UNKNOWN  # no mean could put the subject out of the top k
    elif rank_worst <= a.top:
        status = PASS
    elif rank_best > a.top:
        status = FAIL
    else:
        status = UNKNOWN
    ranked = sorted(above + tied + below, key=lambda x: -x[0]["competitor_mean"] * _sign(own[0]))
    # a member whose sources disagree could be anywhere: a probability over the others alone would overstate it
    # nor is a probability worth giving where no mean could fail the top k (it reads 1.00)
    # nor from the means alone where a member with a gap is placed above it (it has no mean to draw)
    p_top = None if open_ or gaps["open"] or gaps["loss"] or too_few else _top_k(ctx, own, benches, ranked, a.top)
    significant = None
    if p_top is not None and status in (PASS, FAIL):
        significant = p_top >= 1 - ctx.alpha if status == PASS else p_top <= ctx.alpha
    kept = [x for x in ranked if x[0]["outcome"] != "win"] + [x for x in ranked if x[0]["outcome"] == "win"][
        :SHOWN_BELOW
    ]
    kept += open_ + gaps["loss"] + gaps["open"]
    summary = _summary(a, ctx, len(benches), ranked, open_, gaps, too_few, (rank_best, rank_worst), p_top)
    summary += gap_summary(ctx, gaps)
    if unranked:
        summary += f"; {counted(len(unranked), 'other member')} not ranked (no score on any of the benchmarks)"
        caveats.append(
            f"Cohort coverage: {counted(len(unranked), 'other member')} without a score on any of the "
            f"{counted(len(benches), 'benchmark')} {'is' if len(unranked) == 1 else 'are'} not ranked "
            f"({_names(ctx, unranked)})."
        )
    caveats += gap_caveats(ctx, gaps, len(benches))
    if open_:
        caveats.append("The rank depends on which of the conflicting sources is used.")
    unit = Unit("mean", status, significant, frozenset())
    comparisons = [c for _, cmps in kept for c in cmps]
    return _result(a, rule, comparisons, [unit], caveats, summary, [m for m, _ in kept], bool(open_))


def _sign(bench) -> float:
    return 1.0 if bench.higher_is_better else -1.0


def _no_mean(ctx: Context, own, benches: list[str]) -> str:
    """Why no mean can rank the subject: no benchmark, unlike scales, or the subject's own scores missing."""
    if not benches:
        return "no benchmark with a score for it and another cohort member"
    if {b.metric_kind for b in own} != {"percent"} or len({b.higher_is_better for b in own}) > 1:
        return "not computed: an average needs percent benchmarks scored the same way round"
    missing = [ctx.bench(b).name for b in benches if not ctx.rows(ctx.subject, b)]
    if missing:
        more = " …" if len(missing) > 5 else ""
        return f"no score for {ctx.name(ctx.subject)} itself on " + ", ".join(missing[:5]) + more
    return ""


def _side_se(cmps: list[Comparison], own, subject: bool) -> float | None:
    """SE of one side's mean, √(Σ SE²)/n, from the rows its values came from; None if one is unknown."""
    ses = []
    for c, bench in zip(cmps, own):
        value = c.subject_value if subject else c.competitor_value
        rows = c.subject_rows if subject else c.competitor_rows
        row = next((r for r in rows if r.value == value), None)
        score = None if row is None else record_score(row, bench)
        if score is None or score.se is None:
            return None
        ses.append(score.se)
    return stats.root_sum_squares(ses) / len(ses)


def _top_k(ctx: Context, own, benches: list[str], ranked: list, k: int) -> float | None:
    """P(top k) over normal draws of every ranked member's mean and the subject's; None where an SE is unknown."""
    if not ranked:
        return None
    subject_se = _side_se(ranked[0][1], own, True)
    others = [(m["competitor_mean"], _side_se(cmps, own, False)) for m, cmps in ranked]
    if subject_se is None or any(se is None for _, se in others):
        return None
    subject = (ranked[0][0]["subject_mean"], subject_se)
    return stats.top_k_probability(subject, others, k, own[0].higher_is_better, SIMS)


def _summary(a, ctx, n, ranked, open_, gaps, too_few, place, p_top) -> str:
    best, worst = place
    if not ranked and not open_ and not any(gaps.values()):
        return f"no other cohort member with a score on every one of the {counted(n, 'benchmark')}"
    # the subject's mean as computed beside a member (none where every member's is open)
    mean = next((m["subject_mean"] for m, _ in ranked + open_ if m["subject_mean"] is not None), None)
    why = " and ".join(w for w, x in (("conflicting sources", open_), ("scores some members lack", gaps["open"])) if x)
    place = f"rank {best}" if best == worst else f"rank {best} to {worst} ({why})"
    shown = "" if mean is None else f" ({mean:.2f})"
    ranked_n = 1 + len(ranked) + len(open_)
    text = (
        f"{place} by the mean over {counted(n, 'benchmark')}{shown} among "
        f"{counted(ranked_n, 'cohort member')} with a score on each (needs top {a.top})"
    )
    ahead = [m for m, _ in ranked if m["outcome"] == "loss"]
    if ahead:
        listed = ", ".join(f"{ctx.name(m['competitor'])} {m['competitor_mean']:.2f}" for m in ahead[:3])
        text += f"; above it: {listed}" + (f" and {len(ahead) - 3} more" if len(ahead) > 3 else "")
    tied = [m for m, _ in ranked if m["outcome"] == "tie"]
    if tied:
        text += "; tied with " + ", ".join(ctx.name(m["competitor"]) for m in tied[:3])
    if p_top is not None and not math.isnan(p_top):
        text += f"; P(top {a.top}) {p_top:.2f}"
    if too_few:
        # the verdict is insufficient evidence though the rank is inside the cut: the reason says why
        text += f"; too few ranked for a top {a.top} (no mean could fail it)"
    return text


def _names(ctx: Context, members: list[str]) -> str:
    return ", ".join(ctx.name(m) for m in members[:5]) + (" …" if len(members) > 5 else "")


def _rule(a: Ranks, ctx: Context, cohort_words: str, n: int) -> str:
    scope = "benchmarks listed" if isinstance(a.benchmarks, list) else "benchmarks it has a score on"
    return (
        f"Supported if {ctx.name(ctx.subject)} ranks in the top {a.top} of {cohort_words} by the mean over the "
        f"{counted(n, 'benchmark')} ({scope}); a member is ranked by its mean where it has one value on every one (percent "
        f"benchmarks scored the same way round); a member lacking a score on some is placed only where any score the "
        f"scale allows there leaves its mean on one side, else it widens the rank; rank = 1 + members whose mean is "
        f"strictly higher; a member whose sources conflict gives a best and worst rank. Uncertainty: P(top {a.top}) from {SIMS:,} normal draws "
        "per mean (SE of a mean √(Σ SE²)/n)."
    )


def _result(a, rule, comparisons, units, caveats, summary, means, depends: bool) -> AssertionResult:
    verdict = decide(units, "all")
    return AssertionResult(
        a.kind,
        verdict,
        rule,
        comparisons,
        {"cohort": units},
        {"cohort": verdict},
        caveats,
        strength(units, "all", verdict),
        depends,
        [],
        summary,
        means=means,
    )
