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
from harness.judge.rank_uncertainty import paired_ranks, rank_rule_note
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
        # members without a (comparable) score; when the subject has none, the others are not the missing ones
        missing = [c for c in cmps if c not in present and (c.outcome == "setting_mismatch" or not c.competitor_rows)]
        row = _rank_row(ctx, a, bench, present, [ctx.name(c.competitor) for c in missing])
        rank_rows.append(row)
        units.append(Unit(b, row.status, _rank_significance(row, ctx.alpha), frozenset()))
    verdict = decide(units, a.quantifier)
    if a.strict and any(u.status == FAIL for u in units):
        verdict = REFUTED
    noun = _cohort_noun(a)
    cohort_words = {"listed models": "the listed models", "models": "every model"}.get(noun, noun)
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
        f"strictly higher; conflicting sources give a best and worst rank; a benchmark with no other member "
        f"scored is unknown, never a pass. Uncertainty: P(top {a.top}) from "
        f"{20_000:,} normal draws per score, and tie-group rank at {100 * (1 - ctx.alpha):g}%."
    )
    rule += rank_rule_note(rank_rows)
    passes = sum(u.status == PASS for u in units)
    summary = (
        f"in the top {a.top} on {passes} of {len(units)} benchmarks (needs {quantifier_words(a.quantifier, len(units))})"
        if units
        else "no benchmark with a score for it and another cohort member"
    )
    misses = [ctx.bench(r.benchmark).name for r in rank_rows if r.status == FAIL]
    if misses:
        summary += "; not on " + ", ".join(misses[:5]) + (" …" if len(misses) > 5 else "")
    absent = [ctx.bench(r.benchmark).name for r in rank_rows if r.subject_missing]
    if absent:
        summary += f"; no score for {ctx.name(ctx.subject)} itself on " + ", ".join(absent[:5])
        summary += " …" if len(absent) > 5 else ""
    alone = [ctx.bench(r.benchmark).name for r in rank_rows if r.status == UNKNOWN and r.cohort_size == 1]
    alone = [name for name in alone if name not in absent]
    if alone:
        summary += "; no other cohort member scored on " + ", ".join(alone[:5]) + (" …" if len(alone) > 5 else "")
    coverage = _coverage(ctx, members, comparisons, noun)
    if coverage["low"]:
        summary += f"; {coverage['text']}"
    caveats.append("Cohort coverage: " + coverage["text"] + ".")
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
        coverage=coverage,
    )


def _rank_row(ctx: Context, a: Ranks, bench: BenchmarkEntry, cmps: list[Comparison], missing: list[str]) -> RankRow:
    if not cmps:
        # nobody to rank against is no evidence of a rank: unknown, never a pass
        if not ctx.rows(ctx.subject, bench.id):
            return RankRow(bench.id, None, None, 0, UNKNOWN, missing_members=missing, subject_missing=True)
        return RankRow(bench.id, None, None, 1, UNKNOWN, missing_members=missing)
    # rank from the pairwise outcomes, so each pair used its own best-matching setting
    beaten_by = sum(c.outcome == "loss" for c in cmps)
    maybe = sum(c.outcome == "conflict" and "loss" in c.alternatives for c in cmps)
    by_setting = sum(c.outcome == "depends_on_setting" and "loss" in c.alternatives for c in cmps)
    best, worst = 1 + beaten_by, 1 + beaten_by + maybe + by_setting
    status = PASS if worst <= a.top else FAIL if best > a.top else UNKNOWN
    if status == UNKNOWN and 1 + beaten_by + maybe <= a.top:
        status = FAIL  # out of the top k under some setting that has evidence: mixed, which does not pass
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
        row.rank_method = "independent normal draws (no per-item results for every member)"
    paired_ranks(row, ctx, cmps, bench, a.top)
    return row


def _rank_significance(row: RankRow, alpha: float) -> bool | None:
    if row.top_k_probability is None:
        return None
    if row.status == PASS:
        return row.top_k_probability >= 1 - alpha
    if row.status == FAIL:
        return row.top_k_probability <= alpha
    return None


# fewer others than this, or under half of those with a score, is said in the verdict's reason
LOW_COVERAGE = 5


def _cohort_noun(a: Ranks) -> str:
    if a.cohort.open_weights:
        return "open-weight models"
    if a.cohort.open_weights is False:
        return "closed models"
    return "listed models" if a.cohort.models else "models"


def _coverage(ctx: Context, members: list[str], comparisons: list[Comparison], noun: str) -> dict:
    """How many cohort members the rank rests on, of how many the catalog and the evidence know.

    Known: cohort members released by the claim's date (or with no release date), and of those the
    ones with a score on any benchmark in the evidence the claim may use. Compared: the most other
    members the subject was ranked against on one benchmark.
    """
    known = [
        m
        for m in members
        if ctx.claim_date is None
        or ctx.catalog.model(m).release_date is None
        or ctx.catalog.model(m).release_date <= ctx.claim_date
    ]
    scored = [m for m in known if ctx.evidence.benchmarks_of(m, ctx.filter_for(m))]
    per_bench: dict[str, set[str]] = {}
    for c in comparisons:
        per_bench.setdefault(c.benchmark, set()).add(c.competitor)
    compared = max((len(x) for x in per_bench.values()), default=0)
    rows = [r for c in comparisons for r in c.subject_rows + c.competitor_rows]
    reporters = sorted({r.reported_by for r in rows})
    tables = {(r.reported_by, r.source_locator) for r in rows}
    if len(reporters) == 1:
        where = f"on {reporters[0]}'s table{'s' if len(tables) > 1 else ''}"
    elif reporters:
        where = f"from {len(reporters)} sources"
    else:
        where = "on no table"  # nobody compared
    others = noun if compared != 1 else noun[:-1]
    by = f" by {ctx.claim_date.isoformat()}" if ctx.claim_date else ""
    text = f"ranked {where} against {compared} other {others} (the evidence scores {len(scored)} of the catalog's {len(known)}{by})"
    low = compared < LOW_COVERAGE or 2 * compared < len(scored)
    return {
        "compared": compared,
        "with_score": len(scored),
        "in_catalog": len(known),
        "reporters": reporters,
        "low": low,
        "text": text,
    }
