"""Turn one claim and the evidence into comparisons, units and verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product

from harness import stats
from harness.catalog import BenchmarkEntry, Catalog
from harness.claims import BenchmarkSelector, Claim, EvidenceSpec, Matches, Outperforms, Ranks, ScoreClaim
from harness.evidence import Evidence, EvidenceFilter, ScoreRecord
from harness.verdicts import (
    FAIL,
    PASS,
    UNKNOWN,
    Unit,
    combine,
    combine_strength,
    decide,
    decide_resolved,
    quantifier_words,
    strength,
)

EPS = 1e-9


@dataclass
class Comparison:
    """Subject vs one competitor on one benchmark, with the rows that decided it."""

    benchmark: str
    competitor: str | None
    subject_value: float | None
    competitor_value: float | None
    outcome: str
    subject_rows: list[ScoreRecord] = field(default_factory=list)
    competitor_rows: list[ScoreRecord] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stderr: float | None = None
    p_value: float | None = None
    p_adjusted: float | None = None
    significant: bool | None = None
    test: str | None = None
    mdd: float | None = None

    @property
    def delta(self) -> float | None:
        if self.subject_value is None or self.competitor_value is None:
            return None
        return round(self.subject_value - self.competitor_value, 6)

    @property
    def conflict(self) -> bool:
        return len({r.value for r in self.subject_rows}) > 1 or len({r.value for r in self.competitor_rows}) > 1


@dataclass
class RankRow:
    """The subject's place in the cohort on one benchmark."""

    benchmark: str
    rank_best: int | None
    rank_worst: int | None
    cohort_size: int
    status: str
    top_k_probability: float | None = None
    tie_group_rank: int | None = None
    missing_members: list[str] = field(default_factory=list)


@dataclass
class AssertionResult:
    kind: str
    verdict: str
    rule: str
    comparisons: list[Comparison]
    groups: dict[str, list[Unit]]
    group_verdicts: dict[str, str]
    caveats: list[str]
    strength: str | None
    depends_on_conflict: bool
    ranks: list[RankRow] = field(default_factory=list)
    summary: str = ""


@dataclass
class ClaimResult:
    claim: Claim
    label: str
    verdict: str
    assertions: list[AssertionResult]
    reason: str
    strength: str | None


def verify_claim(
    claim: Claim, label: str, catalog: Catalog, evidence: Evidence, alpha: float = stats.DEFAULT_ALPHA
) -> ClaimResult:
    """Verify every assertion of a claim and combine their verdicts."""
    subject = catalog.model(claim.subject).id
    results = []
    for a in claim.assertions:
        flt = _merge(claim.evidence, a.evidence).to_filter()
        ctx = _Ctx(catalog, evidence, flt, subject, alpha)
        if isinstance(a, Ranks):
            results.append(_ranks(a, ctx))
        elif isinstance(a, ScoreClaim):
            results.append(_score(a, ctx))
        else:
            results.append(_pairwise(a, ctx))
    verdict = combine([r.verdict for r in results])
    reason = "; ".join(r.summary for r in results if r.summary)
    return ClaimResult(claim, label, verdict, results, reason, combine_strength([r.strength for r in results]))


@dataclass
class _Ctx:
    catalog: Catalog
    evidence: Evidence
    flt: EvidenceFilter
    subject: str
    alpha: float

    def name(self, model_id: str) -> str:
        return self.catalog.model(model_id).name

    def bench(self, bench_id: str) -> BenchmarkEntry:
        return self.catalog.benchmark(bench_id)

    def rows(self, model: str, bench: str) -> list[ScoreRecord]:
        return self.evidence.select(self.flt, model=model, benchmark=bench)


def _merge(claim_level: EvidenceSpec, assertion_level: EvidenceSpec | None) -> EvidenceSpec:
    if assertion_level is None:
        return claim_level
    data = claim_level.model_dump()
    data.update({k: getattr(assertion_level, k) for k in assertion_level.model_fields_set})
    return EvidenceSpec.model_validate(data)


def _benchmark_set(spec, ctx: _Ctx, others: list[str]) -> tuple[list[str], list[str]]:
    """Return (benchmarks to judge, caveats about coverage)."""
    if isinstance(spec, list):
        return [ctx.bench(b).id for b in spec], []
    selector = spec if isinstance(spec, BenchmarkSelector) else BenchmarkSelector()
    mine = ctx.evidence.benchmarks_of(ctx.subject, ctx.flt)
    theirs: set[str] = set()
    for o in others:
        theirs |= ctx.evidence.benchmarks_of(o, ctx.flt)

    def keep(b: str) -> bool:
        entry = ctx.bench(b)
        if selector.tags and not set(selector.tags) & set(entry.tags):
            return False
        if selector.include and b not in {ctx.bench(x).id for x in selector.include}:
            return False
        return b not in {ctx.bench(x).id for x in selector.exclude}

    shared = sorted(b for b in mine & theirs if keep(b))
    only_subject = sorted(b for b in mine - theirs if keep(b))
    only_others = sorted(b for b in theirs - mine if keep(b))
    caveats = []
    total = len(shared) + len(only_subject) + len(only_others)
    scope = f" tagged {', '.join(selector.tags)}" if selector.tags else ""
    if only_others or only_subject:
        caveats.append(
            f"Coverage: judged on the {len(shared)} of {total} benchmarks{scope} that both sides have evidence for."
        )
    if only_others:
        names = ", ".join(ctx.bench(b).name for b in only_others)
        caveats.append(f"No evidence for {ctx.name(ctx.subject)} on: {names}.")
    if only_subject:
        names = ", ".join(ctx.bench(b).name for b in only_subject)
        caveats.append(f"No evidence for the other side on: {names}.")
    return shared, caveats


def _sign(bench: BenchmarkEntry) -> float:
    return 1.0 if bench.higher_is_better else -1.0


def _compare(ctx: _Ctx, bench_id: str, competitor: str, judge) -> Comparison:
    """Pair compatible rows; every pairing gives an outcome, and they must agree."""
    bench = ctx.bench(bench_id)
    s_rows, c_rows = ctx.rows(ctx.subject, bench_id), ctx.rows(competitor, bench_id)
    if not s_rows or not c_rows:
        who = ctx.name(ctx.subject) if not s_rows else ctx.name(competitor)
        cmp = Comparison(bench_id, competitor, _first(s_rows), _first(c_rows), "missing", s_rows, c_rows)
        cmp.notes.append(f"no {bench.name} score for {who} in the evidence used")
        return cmp
    compatible = [(s, c) for s, c in product(s_rows, c_rows) if not s.setting.differences(c.setting)]
    if not compatible:
        diffs = sorted({d for s, c in product(s_rows, c_rows) for d in s.setting.differences(c.setting)})
        cmp = Comparison(bench_id, competitor, _first(s_rows), _first(c_rows), "setting_mismatch", s_rows, c_rows)
        cmp.notes.append("not compared, settings differ (" + "; ".join(diffs) + ")")
        return cmp
    # Prefer the pairings whose settings are stated alike; a row that only matches because one
    # side left a field blank is a weaker match than one that states the same thing.
    closest = min(len(s.setting.unknown_against(c.setting)) for s, c in compatible)
    pairs = [(s, c) for s, c in compatible if len(s.setting.unknown_against(c.setting)) == closest]
    used_s, used_c = _unique([s for s, _ in pairs]), _unique([c for _, c in pairs])
    notes = []
    for rows, used in ((s_rows, used_s), (c_rows, used_c)):
        values = {r.value for r in used}
        for r in rows:
            if r in used:
                continue
            if r.value in values:
                used.append(r)  # corroborates a used value: listed as a source, changes nothing
            elif any(r in pair for pair in compatible):
                notes.append(
                    f"{r.reported_by} {r.value:g} ({r.setting.label()}) not used: its setting matches less closely"
                )
            else:
                notes.append(f"{r.reported_by} {r.value:g} ({r.setting.label()}) not used: setting differs")
    outcomes = sorted({judge(s.value, c.value, bench) for s, c in pairs})
    outcome = outcomes[0] if len(outcomes) == 1 else "conflict"
    cmp = Comparison(
        bench_id,
        competitor,
        _pick(used_s),
        _pick(used_c),
        outcome,
        used_s,
        used_c,
        outcomes if len(outcomes) > 1 else [],
        notes,
    )
    if cmp.conflict:
        values = _conflict_text(ctx, used_s) + _conflict_text(ctx, used_c)
        depends = "changes" if len(outcomes) > 1 else "does not change"
        cmp.notes.append(f"sources disagree ({'; '.join(values)}); the choice {depends} the outcome")
    partial = [r for r in used_s + used_c if r.partial]
    if partial:
        cmp.notes.append(
            "partial run (--limit): "
            + ", ".join(f"{r.n} items for {ctx.name(r.model)}" for r in partial)
            + "; not the full benchmark"
        )
    if closest:
        unknown = sorted({f for s, c in pairs for f in s.setting.unknown_against(c.setting)})
        cmp.notes.append("setting stated on one side only: " + ", ".join(unknown))
    _attach_test(cmp, bench)
    return cmp


def _conflict_text(ctx: _Ctx, rows: list[ScoreRecord]) -> list[str]:
    if len({r.value for r in rows}) < 2:
        return []
    return [f"{ctx.name(rows[0].model)}: " + ", ".join(f"{r.value:g} per {r.reported_by}" for r in rows)]


def _unique(rows: list[ScoreRecord]) -> list[ScoreRecord]:
    out: list[ScoreRecord] = []
    for r in rows:
        if r not in out:
            out.append(r)
    return out


def _first(rows: list[ScoreRecord]) -> float | None:
    return rows[0].value if rows else None


def _pick(rows: list[ScoreRecord]) -> float:
    """The value to display: the first-party one if any, else the first; conflicts are flagged separately."""
    for r in rows:
        if r.first_party:
            return r.value
    return rows[0].value


def record_se(r: ScoreRecord, bench: BenchmarkEntry) -> float | None:
    """Published stderr first; else binomial over the item count; else unknown."""
    if r.stderr is not None:
        return r.stderr
    n = r.n or bench.items
    if bench.metric_kind == "percent" and n:
        return stats.binomial_se(r.value, n)
    return None


def _attach_test(cmp: Comparison, bench: BenchmarkEntry) -> None:
    if cmp.outcome in {"missing", "setting_mismatch"}:
        return
    s = next(r for r in cmp.subject_rows if r.value == cmp.subject_value)
    c = next(r for r in cmp.competitor_rows if r.value == cmp.competitor_value)
    result = None
    if s.items and c.items:
        result = stats.paired_test(s.items, c.items)
    if result is None:
        result = stats.unpaired_test(cmp.delta or 0.0, record_se(s, bench), record_se(c, bench))
    cmp.stderr, cmp.p_value, cmp.test = result.stderr, result.p_value, result.test
    cmp.mdd = stats.minimum_detectable_difference(result.stderr)


def _set_significance(comparisons: list[Comparison], quantifier, alpha: float) -> str:
    """Mark significance; 'all' is an intersection-union test, others get Holm."""
    if quantifier == "all":
        for c in comparisons:
            c.p_adjusted = c.p_value
        rule = "each comparison tested on its own (intersection-union test: 'all' needs every one)"
    else:
        for c, p in zip(comparisons, stats.holm([c.p_value for c in comparisons])):
            c.p_adjusted = p
        rule = "p-values Holm-adjusted across the benchmarks"
    for c in comparisons:
        c.significant = None if c.p_adjusted is None else c.p_adjusted < alpha
    return rule


def _pairwise(a: Outperforms | Matches, ctx: _Ctx) -> AssertionResult:
    competitors = [ctx.catalog.model(c).id for c in a.competitors]
    if isinstance(a, Outperforms):
        judge = _outperform_judge(a.margin)
        status_of = {"win": PASS, "tie": FAIL, "loss": FAIL, "short_of_margin": FAIL}
    else:
        judge = _match_judge(a.tolerance, a.tolerance_unit)
        status_of = {"match": PASS, "differs": FAIL}
    comparisons, groups, verdicts, caveats, depends, strengths, summaries = [], {}, {}, [], False, [], []
    sig_rule = ""
    for comp in competitors:
        benches, cov = _benchmark_set(a.benchmarks, ctx, [comp])
        caveats.extend(cov)
        cmps = [_compare(ctx, b, comp, judge) for b in benches]
        sig_rule = _set_significance(cmps, a.quantifier, ctx.alpha)
        units = [
            Unit(
                c.benchmark,
                status_of.get(c.outcome, UNKNOWN),
                c.significant if c.outcome in status_of else None,
                frozenset(status_of.get(o, UNKNOWN) for o in c.alternatives),
            )
            for c in cmps
        ]
        verdict = decide(units, a.quantifier)
        if decide_resolved(units, a.quantifier, True) != decide_resolved(units, a.quantifier, False):
            depends = True
        groups[comp], verdicts[comp] = units, verdict
        strengths.append(strength(units, a.quantifier, verdict))
        comparisons.extend(cmps)
        summaries.append(_pair_summary(ctx, a, comp, cmps, units))
    verdict = combine(list(verdicts.values()))
    if any(r.partial for c in comparisons for r in c.subject_rows + c.competitor_rows):
        caveats.append("Rests on partial local runs (--limit): it does not speak for the full benchmark.")
    if depends:
        caveats.append("The verdict depends on which of the conflicting sources is used.")
    rule = _pair_rule(a, ctx, competitors, sig_rule)
    return AssertionResult(
        a.kind,
        verdict,
        rule,
        comparisons,
        groups,
        verdicts,
        _dedupe(caveats),
        combine_strength(strengths),
        depends,
        summary="; ".join(summaries),
    )


def _outperform_judge(margin: float):
    def judge(s: float, c: float, bench: BenchmarkEntry) -> str:
        d = (s - c) * _sign(bench)
        if abs(d) < EPS:
            return "tie"
        if d < 0:
            return "loss"
        return "win" if d >= margin - EPS or margin == 0 else "short_of_margin"

    return judge


def _match_judge(tolerance: float, unit: str):
    def judge(s: float, c: float, bench: BenchmarkEntry) -> str:
        limit = tolerance if unit == "points" else abs(c) * tolerance / 100.0
        return "match" if abs(s - c) <= limit + EPS else "differs"

    return judge


def _pair_rule(a, ctx: _Ctx, competitors: list[str], sig_rule: str) -> str:
    names = ", ".join(ctx.name(c) for c in competitors)
    scope = "the benchmarks listed" if isinstance(a.benchmarks, list) else "every benchmark both have evidence for"
    if isinstance(a.benchmarks, BenchmarkSelector) and a.benchmarks.tags:
        scope += f" tagged {', '.join(a.benchmarks.tags)}"
    q = (
        {"all": "all", "most": "more than half", "any": "at least one"}.get(a.quantifier)
        if isinstance(a.quantifier, str)
        else f"at least {a.quantifier.at_least}"
    )
    if isinstance(a, Outperforms):
        margin = f" by at least {a.margin:g} points" if a.margin else ""
        what = f"scores higher{margin} than each of {names} (a tie is not a win)"
    else:
        unit = "points" if a.tolerance_unit == "points" else "% of the competitor's score"
        what = f"is within {a.tolerance:g} {unit} of each of {names}"
    return (
        f"Supported if {ctx.name(ctx.subject)} {what} on {q} of {scope}, comparing only rows whose settings "
        f"agree. Significance at {100 * (1 - ctx.alpha):g}%: {sig_rule}."
    )


def _pair_summary(ctx: _Ctx, a, comp: str, cmps: list[Comparison], units: list[Unit]) -> str:
    n = len(units)
    if n == 0:
        return f"no benchmark with evidence for both {ctx.name(ctx.subject)} and {ctx.name(comp)}"
    passes = sum(u.status == PASS for u in units)
    verb = "wins" if isinstance(a, Outperforms) else "matches"
    text = f"{verb} {passes} of {n} vs {ctx.name(comp)} (needs {quantifier_words(a.quantifier, n)})"
    others = [f"{c.outcome} on {ctx.bench(c.benchmark).name}" for c in cmps if c.outcome not in {"win", "match"}]
    if others:
        text += ": " + ", ".join(others[:4]) + (" …" if len(others) > 4 else "")
    return text


def _cohort(a: Ranks, ctx: _Ctx) -> list[str]:
    excluded = {ctx.catalog.model(m).id for m in a.cohort.exclude}
    if a.cohort.models:
        members = [ctx.catalog.model(m).id for m in a.cohort.models]
    else:
        members = [m.id for m in ctx.catalog.all_models() if m.open_weights == a.cohort.open_weights]
    return [m for m in dict.fromkeys(members) if m not in excluded and m != ctx.subject]


def _ranks(a: Ranks, ctx: _Ctx) -> AssertionResult:
    members = _cohort(a, ctx)
    benches, caveats = _benchmark_set(a.benchmarks, ctx, members)
    comparisons, units, rank_rows = [], [], []
    for b in benches:
        bench = ctx.bench(b)
        cmps = [_compare(ctx, b, m, _outperform_judge(0.0)) for m in members]
        present = [c for c in cmps if c.outcome not in {"missing", "setting_mismatch"}]
        _set_significance(present, "all", ctx.alpha)
        comparisons.extend(present)
        row = _rank_row(ctx, a, bench, present, [ctx.name(c.competitor) for c in cmps if c not in present])
        rank_rows.append(row)
        units.append(Unit(b, row.status, _rank_significance(row, ctx.alpha), frozenset()))
    verdict = decide(units, a.quantifier)
    cohort_words = (
        "open-weight models"
        if a.cohort.open_weights
        else "closed models"
        if a.cohort.open_weights is False
        else "the listed models"
    )
    if a.cohort.exclude:
        cohort_words += " (excluding " + ", ".join(ctx.name(ctx.catalog.model(m).id) for m in a.cohort.exclude) + ")"
    scope = (
        "the benchmarks listed"
        if isinstance(a.benchmarks, list)
        else "every benchmark with evidence for it and at least one other cohort member"
    )
    rule = (
        f"Supported if {ctx.name(ctx.subject)} ranks in the top {a.top} of {cohort_words} on "
        f"{quantifier_words(a.quantifier, len(units)) if units else 'the'} of {scope}; rank = 1 + members scoring "
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


def _rank_row(ctx: _Ctx, a: Ranks, bench: BenchmarkEntry, cmps: list[Comparison], missing: list[str]) -> RankRow:
    if not cmps:
        if not ctx.rows(ctx.subject, bench.id):
            return RankRow(bench.id, None, None, 0, UNKNOWN, missing_members=missing)
        return RankRow(bench.id, 1, 1, 1, PASS, missing_members=missing)
    # rank from the pairwise outcomes, so each pair used its own best-matching setting
    beaten_by = sum(c.outcome == "loss" for c in cmps)
    maybe = sum(c.outcome == "conflict" and "loss" in c.alternatives for c in cmps)
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


def _score(a: ScoreClaim, ctx: _Ctx) -> AssertionResult:
    bench = ctx.bench(a.benchmark)
    rows = ctx.rows(ctx.subject, bench.id)
    statuses = set()
    for r in rows:
        ok = (
            abs(r.value - a.value) <= a.tolerance + EPS
            if a.op == "equals"
            else r.value * _sign(bench) >= a.value * _sign(bench) - EPS
        )
        statuses.add(PASS if ok else FAIL)
    status = UNKNOWN if not rows or len(statuses) > 1 else statuses.pop()
    value = _pick(rows) if rows else None
    outcome = {PASS: "match", FAIL: "differs"}.get(status, "missing" if not rows else "conflict")
    cmp = Comparison(bench.id, None, value, a.value, outcome, rows, [])
    if len({r.value for r in rows}) > 1:
        cmp.notes.append("sources disagree: " + ", ".join(f"{r.value:g} per {r.reported_by}" for r in rows))
    unit = Unit(bench.id, status, None, frozenset())
    verdict = decide([unit], "all")
    op = f"equals {a.value:g} (±{a.tolerance:g})" if a.op == "equals" else f"is at least {a.value:g}"
    rule = f"Supported if every source's {bench.name} score for {ctx.name(ctx.subject)} {op}."
    summary = f"{bench.name}: quoted {a.value:g}, evidence " + (", ".join(f"{r.value:g}" for r in rows) or "none")
    caveats = [] if rows else [f"No {bench.name} score for {ctx.name(ctx.subject)} in the evidence used."]
    return AssertionResult(
        a.kind,
        verdict,
        rule,
        [cmp],
        {"score": [unit]},
        {"score": verdict},
        caveats,
        None,
        False,
        summary=summary,
    )


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
