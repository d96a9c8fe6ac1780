"""Outperforms and matches assertions: each competitor's comparisons, their units and verdict, and the
verdict over the competitors."""

from __future__ import annotations

import math

from harness import printed
from harness.claims.spec import BenchmarkSelector, Matches, Outperforms
from harness.counting import counted
from harness.judge.benchmark_sets import counted_set
from harness.judge.comparisons import BATCH_FROM, Context, compare, dedupe, plain_pairs
from harness.judge.means import mean_summary, means_compared
from harness.judge.results import AssertionResult, Comparison
from harness.judge.significance import (
    know_tests,
    match_judge,
    outperform_judge,
    set_significance,
)
from harness.judge.verdicts import (
    FAIL,
    INSUFFICIENT,
    PASS,
    REFUTED,
    SUPPORTED,
    UNKNOWN,
    Unit,
    combine,
    combine_strength,
    decide,
    decide_resolved,
    quantifier_words,
    strength,
)

# outperforms/matches assertions (with the context they are verified in on all rows) whose plain
# comparisons `know_claims` searched, with the benchmark set it worked out per competitor:
# `verify_pairwise` neither works the sets out nor gathers and searches the comparisons again
GATHERED: dict[tuple, list[tuple[str, list[str], list[str]]]] = {}


def gathered_key(a, ctx: Context) -> tuple:
    return (id(a), ctx.subject, ctx.flt, ctx.flt_other, ctx.alpha)


def competitor_sets(a: Outperforms | Matches, ctx: Context) -> list[tuple[str, list[str], list[str], int]]:
    """(competitor, benchmarks to judge, coverage caveats, benchmarks selected) for each of the assertion's
    competitors; with several, each one's caveats name it, or "the other side" would read as every competitor."""
    several = len(a.competitors) > 1
    return [
        (comp, *counted_set(a.benchmarks, ctx, [comp], None, ctx.name(comp) if several else ""))
        for comp in (ctx.catalog.model(c).id for c in a.competitors)
    ]


def verify_pairwise(a: Outperforms | Matches, ctx: Context) -> AssertionResult:
    """Judge an outperforms or matches assertion against each competitor and over the competitors."""
    competitors = [ctx.catalog.model(c).id for c in a.competitors]
    if isinstance(a, Outperforms):
        judge = outperform_judge(a.margin)
        status_of = {"win": PASS, "tie": FAIL, "loss": FAIL, "short_of_margin": FAIL}
    else:
        judge = match_judge(a.tolerance, a.tolerance_unit, a.direction)
        status_of = {"match": PASS, "differs": FAIL}
    comparisons, groups, verdicts, caveats, depends, strengths, summaries = [], {}, {}, [], False, [], []
    means: list[dict] = []
    sig_rule = ""
    sets = GATHERED.get(gathered_key(a, ctx))
    # the searched statistics of every plain comparison (one row a side) in one batch, unless the
    # chunk's batch had them
    if sets is None:
        sets = competitor_sets(a, ctx)
        plain = plain_pairs(ctx, [(b, comp) for comp, benches, _, _ in sets for b in benches], judge)
        if len(plain) >= BATCH_FROM:
            know_tests(plain, ctx.alpha)
    for comp, benches, cov, selected in sets:
        caveats.extend(cov)
        cmps = [compare(ctx, b, comp, judge) for b in benches]
        sig_rule = set_significance(cmps, a.quantifier, ctx.alpha, ctx.multiplicity)
        units = [_unit(c, status_of) for c in cmps]
        quantifier = a.quantifier
        if a.aggregate == "mean":
            mean = means_compared(ctx, comp, cmps, judge, bounds=True)
            means.append(mean)
            units = [Unit("mean", status_of.get(mean["outcome"], UNKNOWN), mean["significant"])]
            quantifier = "all"
        verdict = decide(units, quantifier)
        if a.strict and any(u.status == FAIL for u in units):
            verdict = REFUTED  # an emphatic universal: one counterexample is enough
        if decide_resolved(units, quantifier, True) != decide_resolved(units, quantifier, False):
            depends = True
        groups[comp], verdicts[comp] = units, verdict
        strengths.append(strength(units, quantifier, verdict))
        comparisons.extend(cmps)
        summaries.append(
            mean_summary(ctx, comp, means[-1])
            if a.aggregate == "mean"
            else _pair_summary(ctx, a, comp, cmps, units, selected)
        )
    verdict = _over_competitors(list(verdicts.values()), a.competitors_quantifier)
    if a.competitors_quantifier != "all":
        passed = sum(v == SUPPORTED for v in verdicts.values())
        summaries.append(
            f"holds against {passed} of {counted(len(verdicts), 'competitor')} "
            f"(needs {quantifier_words(a.competitors_quantifier, len(verdicts))})"
        )
    if any(r.partial for c in comparisons for r in c.subject_rows + c.competitor_rows):
        caveats.append("Rests on partial local runs (--limit): it does not speak for the full benchmark.")
    if depends:
        caveats.append("The verdict depends on which of the conflicting sources is used.")
    if isinstance(a, Matches) and a.tolerance_unit == "points":
        caveats.extend(_narrow_scales(a.tolerance, dict.fromkeys(c.benchmark for c in comparisons), ctx))
    rule = _pair_rule(a, ctx, competitors, sig_rule)
    return AssertionResult(
        a.kind,
        verdict,
        rule,
        comparisons,
        groups,
        verdicts,
        dedupe(caveats),
        combine_strength(strengths),
        depends,
        summary="; ".join(summaries),
        means=means,
    )


def _narrow_scales(tolerance: float, benches, ctx: Context) -> list[str]:
    """A tolerance in points set for percents is looser on a narrower scale: 2 points is 2% of a percent
    benchmark's range but 20% of a 0-10 rating's (MiniCPM3's "rivals" read on MT-Bench and AlignBench, where
    6.74 "matches" 7.10 and would match 5.2); say so, once for each range, naming the benchmarks."""
    by_range: dict[tuple[float, float], list[str]] = {}
    for b in benches:
        bench = ctx.bench(b)
        low = bench.min_score if bench.min_score is not None else 0.0
        high = bench.max_score if bench.max_score is not None else (100.0 if bench.metric_kind == "percent" else None)
        if high is not None and math.isfinite(low) and math.isfinite(high) and 0 < high - low < 100:
            by_range.setdefault((low, high), []).append(bench.name)
    return [
        f"A tolerance of {tolerance:g} points is {printed.fixed(100 * tolerance / (high - low), 0)}% of the "
        f"{low:g}-{high:g} range of {' and '.join(sorted(names))}, not {tolerance:g}% as on a percent benchmark: a "
        "match there is looser (tolerance_unit: percent reads alike on every scale)."
        for (low, high), names in by_range.items()
    ]


def _unit(c: Comparison, status_of: dict) -> Unit:
    if c.outcome == "depends_on_setting":
        # each setting has evidence and their outcomes differ: a mixed result, which does not pass
        passed = all(status_of.get(o) == PASS for o in c.alternatives)
        return Unit(c.benchmark, PASS if passed else FAIL, None, frozenset())
    return Unit(
        c.benchmark,
        status_of.get(c.outcome, UNKNOWN),
        c.significant if c.outcome in status_of else None,
        frozenset(status_of.get(o, UNKNOWN) for o in c.alternatives),
    )


def _over_competitors(verdicts: list[str], quantifier) -> str:
    """Each competitor's verdict, combined: all of them by default; else the quantifier over them."""
    if quantifier == "all":
        return combine(verdicts)
    status = {SUPPORTED: PASS, INSUFFICIENT: UNKNOWN}
    return decide([Unit(str(i), status.get(v, FAIL)) for i, v in enumerate(verdicts)], quantifier)


def _pair_rule(a, ctx: Context, competitors: list[str], sig_rule: str) -> str:
    names = ", ".join(ctx.name(c) for c in competitors)
    scope = "the benchmarks listed" if isinstance(a.benchmarks, list) else "the benchmarks both have evidence for"
    if isinstance(a.benchmarks, BenchmarkSelector) and a.benchmarks.tags:
        scope += f" tagged {', '.join(a.benchmarks.tags)}"
    q = (
        {"all": "all", "most": "more than half", "any": "at least one"}.get(a.quantifier)
        if isinstance(a.quantifier, str)
        else f"at least {a.quantifier.at_least}"
    )
    each = "each of" if a.competitors_quantifier == "all" else f"{_q(a.competitors_quantifier)} of"
    if isinstance(a, Outperforms):
        margin = f" by at least {a.margin:g} points" if a.margin else ""
        what = f"scores higher{margin} than {each} {names} (a tie is not a win)"
    else:
        unit = "points" if a.tolerance_unit == "points" else "% of the competitor's score"
        above = ", or above," if a.direction == "at_least" else ""
        what = f"is within {a.tolerance:g} {unit}{above} of {each} {names}"
    strict = " Strict: any benchmark that fails refutes it." if a.strict else ""
    return (
        f"Supported if {ctx.name(ctx.subject)} {what} on {q} of {scope}, comparing only rows whose settings "
        f"agree. Significance at {100 * (1 - ctx.alpha):g}%: {sig_rule}.{strict}"
    )


def _q(quantifier) -> str:
    if isinstance(quantifier, str):
        return {"all": "all", "most": "more than half", "any": "at least one"}[quantifier]
    return f"at least {quantifier.at_least}"


def _pair_summary(ctx: Context, a, comp: str, cmps: list[Comparison], units: list[Unit], selected: int) -> str:
    n = len(units)
    if n == 0:
        by = f" by the as_of date {ctx.flt.as_of}" if ctx.flt.as_of else ""  # later rows exist maybe: caveats
        return f"no benchmark with evidence for both {ctx.name(ctx.subject)} and {ctx.name(comp)}{by}"
    passes = sum(u.status == PASS for u in units)
    verb = "wins" if isinstance(a, Outperforms) else "matches"
    # what the count leaves out: "wins 3 of 3 (needs all 3)" read as the whole claim checked where 3 more of the
    # benchmarks it selects (a whole area it names) have no score on one side; the caveats name them
    left = selected - n
    unjudged = f"; {left} of the {selected} benchmarks selected {'lacks' if left == 1 else 'lack'} a score on one side"
    unjudged = unjudged if left > 0 else ""
    text = f"{verb} {passes} of {n} vs {ctx.name(comp)} (needs {quantifier_words(a.quantifier, n)}{unjudged})"
    others = [
        # a side the claim's own filters left out is not "missing": the evidence exists, the claim set it aside
        f"excluded by {c.excluded_by} on {ctx.bench(c.benchmark).name}"
        if c.excluded_by
        else f"{c.outcome.replace('_', ' ')} on {ctx.bench(c.benchmark).name}"
        for c in cmps
        if c.outcome not in {"win", "match"}
    ]
    if others:
        text += ": " + ", ".join(others[:4]) + (" …" if len(others) > 4 else "")
    return text
