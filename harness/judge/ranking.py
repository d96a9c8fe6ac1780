"""The `ranks` assertion: the subject's place in a cohort, with rank uncertainty."""

from __future__ import annotations

from harness.claims.catalog import BenchmarkEntry
from harness.claims.spec import Ranks
from harness.judge import stats
from harness.judge.comparisons import (
    AssertionResult,
    Comparison,
    Context,
    RankRow,
    benchmark_set,
    compare,
    outperform_judge,
    record_se,
    set_significance,
)
from harness.judge.verdicts import FAIL, PASS, REFUTED, UNKNOWN, Unit, decide, quantifier_words, strength


def evaluate_ranks(a: Ranks, ctx: Context) -> AssertionResult:
    members = [m for m in a.cohort.members(ctx.catalog, ctx.evidence.models_in_source) if m != ctx.subject]
    benches, caveats = benchmark_set(a.benchmarks, ctx, members)
    comparisons, units, rank_rows = [], [], []
    for b in benches:
        bench = ctx.bench(b)
        cmps = [compare(ctx, b, m, outperform_judge(0.0)) for m in members]
        present = [c for c in cmps if c.outcome not in {"missing", "setting_mismatch"}]
        set_significance(present, "all", ctx.alpha)
        comparisons.extend(present)
        row = _rank_row(ctx, a, bench, present, [ctx.name(c.competitor) for c in cmps if c not in present])
        rank_rows.append(row)
        units.append(Unit(b, row.status, _rank_significance(row, ctx.alpha), frozenset()))
    verdict = decide(units, a.quantifier)
    if a.strict and any(u.status == FAIL for u in units):
        verdict = REFUTED
    cohort_words = (
        "open-weight models"
        if a.cohort.open_weights
        else "closed models"
        if a.cohort.open_weights is False
        else "the listed models"
        if a.cohort.models
        else "every model"
    )
    if a.cohort.source is not None:
        table = f", table {a.cohort.locator!r}" if a.cohort.locator else ""
        cohort_words += f" with a score from {a.cohort.source!r}{table}"
    if a.cohort.variant:
        cohort_words += " (variant " + ", ".join(f"{k}={v}" for k, v in a.cohort.variant.items()) + ")"
    if a.cohort.exclude:
        cohort_words += " (excluding " + ", ".join(ctx.name(ctx.catalog.model(m).id) for m in a.cohort.exclude) + ")"
    scope = (
        "the benchmarks listed"
        if isinstance(a.benchmarks, list)
        else "benchmarks with evidence for it and at least one other cohort member"
    )
    rule = (
        f"Supported if {ctx.name(ctx.subject)} ranks in the top {a.top} of {cohort_words} on "
        f"{quantifier_words(a.quantifier, len(units)) if units else 'the'} {scope}; rank = 1 + members scoring "
        f"strictly higher; conflicting sources give a best and worst rank. Uncertainty: P(top {a.top}) from "
        f"{20_000:,} normal draws per score, and tie-group rank at {100 * (1 - ctx.alpha):g}%."
    )
    passes = sum(u.status == PASS for u in units)
    summary = (
        f"in the top {a.top} on {passes} of {len(units)} benchmarks (needs {quantifier_words(a.quantifier, len(units))})"
        if units
        else "no benchmark to rank on"
    )
    misses = [ctx.bench(r.benchmark).name for r in rank_rows if r.status == FAIL]
    if misses:
        summary += "; not on " + ", ".join(misses[:5]) + (" …" if len(misses) > 5 else "")
    return AssertionResult(
        a.kind,
        verdict,
        rule,
        comparisons,
        {"cohort": units},
        {"cohort": verdict},
        caveats,
        strength(units, a.quantifier, verdict),
        False,
        rank_rows,
        summary,
    )


def _rank_row(ctx: Context, a: Ranks, bench: BenchmarkEntry, cmps: list[Comparison], missing: list[str]) -> RankRow:
    if not cmps:
        if not ctx.rows(ctx.subject, bench.id):
            return RankRow(bench.id, None, None, 0, UNKNOWN, missing_members=missing)
        return RankRow(bench.id, 1, 1, 1, PASS, missing_members=missing)
    # rank from the pairwise outcomes, so each pair used its own best-matching setting
    beaten_by = sum(c.outcome == "loss" for c in cmps)
    maybe = sum(c.outcome in {"conflict", "depends_on_setting"} and "loss" in c.alternatives for c in cmps)
    best, worst = 1 + beaten_by, 1 + beaten_by + maybe
    status = PASS if worst <= a.top else FAIL if best > a.top else UNKNOWN
    row = RankRow(bench.id, best, worst, len(cmps) + 1, status, missing_members=missing)
    if len({c.subject_value for c in cmps}) > 1:
        return row
    s_rec = next(r for r in cmps[0].subject_rows if r.value == cmps[0].subject_value)
    s_se = record_se(s_rec, bench)
    others = []
    for c in cmps:
        rec = next(r for r in c.competitor_rows if r.value == c.competitor_value)
        others.append((c.competitor_value, record_se(rec, bench)))
    if s_se is not None and all(se is not None for _, se in others):
        row.top_k_probability = stats.top_k_probability(
            (cmps[0].subject_value, s_se), others, a.top, bench.higher_is_better
        )
        row.tie_group_rank = stats.tie_group_rank(
            (cmps[0].subject_value, s_se), others, ctx.alpha, bench.higher_is_better
        )
    return row


def _rank_significance(row: RankRow, alpha: float) -> bool | None:
    if row.top_k_probability is None:
        return None
    if row.status == PASS:
        return row.top_k_probability >= 1 - alpha
    if row.status == FAIL:
        return row.top_k_probability <= alpha
    return None
