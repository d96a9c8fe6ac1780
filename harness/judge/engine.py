"""Turn one claim and the evidence into assertion results and a verdict."""

from __future__ import annotations

from dataclasses import dataclass, field

from harness.claims.catalog import Catalog
from harness.claims.spec import BenchmarkSelector, Claim, EvidenceSpec, Matches, Outperforms, Ranks, ScoreClaim
from harness.evidence.records import EvidenceFilter
from harness.evidence.store import EvidenceStore
from harness.judge import corroboration, stats
from harness.judge.cohort import forget_prepared
from harness.judge.comparisons import BATCH_FROM, Context, benchmark_set, compare, dedupe, pick, plain_pairs
from harness.judge.ranking import evaluate_ranks, prepare_ranks
from harness.judge.results import AssertionResult, Comparison
from harness.judge.significance import (
    EPS,
    boundary_p,
    know_tests,
    match_judge,
    outperform_judge,
    set_significance,
    sign,
)
from harness.judge.verdicts import (
    FAIL,
    INSUFFICIENT,
    PARTIAL,
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


@dataclass
class ClaimResult:
    claim: Claim
    label: str
    verdict: str
    assertions: list[AssertionResult]
    reason: str
    strength: str | None
    subject_id: str = ""
    independent: corroboration.Corroboration | None = None  # first-party vs independent rows
    variants: list[ClaimResult] = field(default_factory=list)  # subject_variants: each checkpoint's result


def verify_claim(
    claim: Claim,
    label: str,
    catalog: Catalog,
    evidence: EvidenceStore,
    alpha: float = stats.DEFAULT_ALPHA,
    multiplicity: str = "holm",
    full: bool = True,
) -> ClaimResult:
    """Verify every assertion of a claim and combine their verdicts.

    Without `full`, a rank unit keeps only the comparisons that decide it (the verdict is the same).

    A subject that names several checkpoints (`subject_variants`) is verified as each of them;
    `variants_rule: any` keeps the checkpoint that supports the claim best, `all` needs each one.
    """
    subjects = [catalog.model(claim.subject).id] + [catalog.model(v).id for v in claim.subject_variants]
    runs = [
        _verify_subject(claim, label, catalog, evidence, alpha, s, multiplicity, full) for s in dict.fromkeys(subjects)
    ]
    if len(runs) == 1:
        return runs[0]
    verdicts = [r.verdict for r in runs]
    if claim.variants_rule == "all":
        verdict = combine(verdicts)
        shown = min(runs, key=lambda r: _RANK[r.verdict])
    else:
        # a checkpoint the evidence decides (either way) says more than one it cannot judge
        shown = max(runs, key=lambda r: (r.verdict != INSUFFICIENT, _RANK[r.verdict]))
        verdict = shown.verdict
    parts = "; ".join(f"as {catalog.model(r.subject_id).name}: {r.verdict.replace('_', ' ')}" for r in runs)
    rule = "any one of them" if claim.variants_rule == "any" else "each of them"
    reason = f"{parts} (the claim names {len(runs)} checkpoints; it must hold for {rule}). Shown: {shown.reason}"
    return ClaimResult(
        claim, label, verdict, shown.assertions, reason, shown.strength, shown.subject_id, shown.independent, runs
    )


def know_claims(
    claims: list[Claim],
    catalog: Catalog,
    evidence: EvidenceStore,
    alpha: float = stats.DEFAULT_ALPHA,
    full: bool = True,
) -> None:
    """Search, in one batch for all these claims, the p-values and fragilities their outperforms and
    matches assertions' plain comparisons will need (on all rows, as the subject named first), and
    those of the comparisons their rank units keep (the units worked out here, read by the claims:
    `prepare_ranks`).

    Only what later calls read from the searches' caches: each answer is the one-by-one search's, so
    verifying the claims afterwards gives the same results. A claim's own batch is 8-48 pairs, where
    numpy's per-call cost dominates; a worker's chunk of claims spreads it over thousands.
    """
    plain = []
    for claim in claims:
        try:
            plain += _claim_plain_pairs(claim, catalog, evidence, alpha, full)
        except Exception:  # noqa: BLE001 - the claim's own verification meets the same problem and says it
            continue
    if plain:
        know_tests(plain, alpha)


def _claim_plain_pairs(
    claim: Claim, catalog: Catalog, evidence: EvidenceStore, alpha: float, full: bool = True
) -> list[tuple]:
    """`know_claims`' pairs of one claim."""
    plain = []
    subject = catalog.model(claim.subject).id
    for a in claim.assertions:
        if not isinstance(a, (Outperforms, Matches, Ranks)):
            continue
        spec = _merge(claim.evidence, a.evidence)
        flt, other = evidence_filter(spec, "subject"), evidence_filter(spec, "competitor")
        # the context `_verify_as` gives the assertion on all rows (the units prepared are keyed by it)
        ctx = Context(catalog, evidence, flt, subject, alpha, other, claim.source.date, full=full)
        if isinstance(a, Ranks):
            plain += prepare_ranks(a, ctx)
            continue
        if isinstance(a, Outperforms):
            judge = outperform_judge(a.margin)
        else:
            judge = match_judge(a.tolerance, a.tolerance_unit, a.direction)
        competitors = [catalog.model(c).id for c in a.competitors]
        cells = [(b, comp) for comp in competitors for b in benchmark_set(a.benchmarks, ctx, [comp])[0]]
        plain += plain_pairs(ctx, cells, judge)
        _GATHERED.add(_gathered_key(a, ctx))
    return plain


# outperforms/matches assertions (with the context they are verified in on all rows) whose plain
# comparisons `know_claims` searched: `_pairwise` does not gather and search them again
_GATHERED: set[tuple] = set()


def _gathered_key(a, ctx: Context) -> tuple:
    return (id(a), ctx.subject, ctx.flt, ctx.flt_other, ctx.alpha)


def forget_chunk() -> None:
    """Forget what `know_claims` prepared for a chunk's claims (once they are verified)."""
    _GATHERED.clear()
    forget_prepared()


# how well a verdict supports the claim, for picking the checkpoint to show
_RANK = {REFUTED: 0, "partially_supported": 1, INSUFFICIENT: 2, SUPPORTED: 3}


def evidence_filter(spec: EvidenceSpec, side: str | None = None) -> EvidenceFilter:
    """The rows a claim's evidence spec allows; `side` ('subject' or 'competitor') adds that side's own setting."""
    pairs = dict(spec.setting.pairs()) if spec.setting else {}
    extra = {"subject": spec.subject_setting, "competitor": spec.competitor_setting}.get(side or "")
    if extra is not None:
        pairs.update(extra.pairs())
    return EvidenceFilter(
        reported_by=tuple(spec.reported_by),
        sources=tuple(spec.sources),
        setting=tuple(pairs.items()),
        as_of=spec.as_of,
        kinds=tuple(spec.kinds),
        snapshots=tuple(spec.snapshots),
        independent=spec.independent,
        locators=tuple(spec.locators),
    )


def _verify_subject(
    claim: Claim,
    label: str,
    catalog: Catalog,
    evidence: EvidenceStore,
    alpha: float,
    subject: str,
    multiplicity: str = "holm",
    full: bool = True,
) -> ClaimResult:
    """The claim on all rows, then on first-party and on independent rows alone, and how they relate.

    When independent rows contradict what the first-party rows support, the claim is not
    `supported`: at most `partially_supported`, with the contradiction first in its reason.
    """
    pooled = _verify_as(claim, label, catalog, evidence, alpha, subject, multiplicity=multiplicity, full=full)
    reporters = corroboration.subject_reporters(catalog, evidence, subject)
    models = [subject] + [catalog.model(a.model).id for a in claim.assertions if getattr(a, "model", None)]
    sides = {}
    for party in (corroboration.FIRST_PARTY, corroboration.INDEPENDENT):
        if not corroboration.has_rows(evidence, models, party, reporters):
            continue
        off = corroboration.off_side(evidence, party, reporters)
        if not off or off.isdisjoint(_involved(claim, catalog, evidence, subject)):
            sides[party] = pooled  # every row the claim could use is on this side: the same result
        else:
            sides[party] = _verify_as(
                claim, label, catalog, evidence, alpha, subject, party, reporters, multiplicity, full
            )
    pooled.independent = corroboration.relate(
        sides.get(corroboration.FIRST_PARTY), sides.get(corroboration.INDEPENDENT), catalog, alpha, reporters
    )
    if pooled.independent.status == "contradicted":
        said = "; ".join(pooled.independent.contradictions[:2])
        more = len(pooled.independent.contradictions) - 2
        said += f" (and {more} more)" if more > 0 else ""
        if pooled.verdict == SUPPORTED:
            pooled.verdict = PARTIAL
        pooled.reason = f"contradicted by {said}; {pooled.reason}"
    return pooled


def _involved(claim: Claim, catalog: Catalog, evidence: EvidenceStore, subject: str) -> list[str]:
    """Every model whose rows the claim's assertions may read."""
    out = {subject}
    for a in claim.assertions:
        if isinstance(a, (Outperforms, Matches)):
            out |= {catalog.model(c).id for c in a.competitors}
        elif isinstance(a, Ranks):
            out |= set(a.cohort.members(catalog, evidence.models_in_source))
        elif a.model:
            out.add(catalog.model(a.model).id)
    return sorted(out)


def _verify_as(
    claim: Claim,
    label: str,
    catalog: Catalog,
    evidence: EvidenceStore,
    alpha: float,
    subject: str,
    party: str = "",
    reporters: tuple[str, ...] = (),
    multiplicity: str = "holm",
    full: bool = True,
):
    results = []
    for a in claim.assertions:
        spec = _merge(claim.evidence, a.evidence)
        ctx = Context(
            catalog,
            evidence,
            corroboration.view(evidence_filter(spec, "subject"), party, reporters),
            subject,
            alpha,
            corroboration.view(evidence_filter(spec, "competitor"), party, reporters),
            claim.source.date,
            multiplicity,
            full,
        )
        if isinstance(a, Ranks):
            results.append(evaluate_ranks(a, ctx))
        elif isinstance(a, ScoreClaim):
            results.append(_score(a, ctx))
        else:
            results.append(_pairwise(a, ctx))
    verdict = combine([r.verdict for r in results])
    refuted = [str(i) for i, r in enumerate(results, 1) if r.verdict == REFUTED]
    reason = "; ".join(_reason(claim, i, a, r) for i, (a, r) in enumerate(zip(claim.assertions, results)) if r.summary)
    if claim.strict and refuted and verdict != REFUTED:
        verdict = REFUTED  # an emphatic claim: one refuted assertion is enough
        which = f"assertion {refuted[0]} is" if len(refuted) == 1 else f"assertions {', '.join(refuted)} are"
        reason += f"; strict claim: refuted, as {which} refuted"
    # the default goes unsaid; another control is named in every reason whose p-values it adjusted
    # (an 'all' assertion tests each comparison on its own, and a rank is not adjusted: no tag)
    control = stats.MULTIPLICITY[multiplicity]
    if multiplicity != "holm" and any(f"{control}-adjusted" in (r.rule or "") for r in results):
        reason += f" [p-values {control}-adjusted]"
    return ClaimResult(claim, label, verdict, results, reason, combine_strength([r.strength for r in results]), subject)


def _reason(claim: Claim, i: int, assertion, result) -> str:
    """A result's summary, saying which assertion it is and under which setting, when that is not plain."""
    spec = _merge(claim.evidence, getattr(assertion, "evidence", None))
    setting = spec.setting.pairs() if spec.setting else ()
    where = f" under {', '.join(f'{k}={v}' for k, v in setting)}" if setting else ""
    if len(claim.assertions) > 1:
        return f"assertion {i + 1} ({assertion.kind}{where}): {result.summary}"
    return f"{result.summary}{' (' + where.strip() + ')' if where else ''}"


def _merge(claim_level: EvidenceSpec, assertion_level: EvidenceSpec | None) -> EvidenceSpec:
    if assertion_level is None:
        return claim_level
    data = claim_level.model_dump()
    data.update({k: getattr(assertion_level, k) for k in assertion_level.model_fields_set})
    return EvidenceSpec.model_validate(data)


def _pairwise(a: Outperforms | Matches, ctx: Context) -> AssertionResult:
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
    sets = [(comp, *benchmark_set(a.benchmarks, ctx, [comp])) for comp in competitors]
    # the searched statistics of every plain comparison (one row a side) in one batch, unless the
    # chunk's batch had them
    if _gathered_key(a, ctx) not in _GATHERED:
        plain = plain_pairs(ctx, [(b, comp) for comp, benches, _ in sets for b in benches], judge)
        if len(plain) >= BATCH_FROM:
            know_tests(plain, ctx.alpha)
    for comp, benches, cov in sets:
        caveats.extend(cov)
        cmps = [compare(ctx, b, comp, judge) for b in benches]
        sig_rule = set_significance(cmps, a.quantifier, ctx.alpha, ctx.multiplicity)
        units = [_unit(c, status_of) for c in cmps]
        quantifier = a.quantifier
        if a.aggregate == "mean":
            mean = _mean(ctx, comp, cmps, judge)
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
            _mean_summary(ctx, comp, means[-1]) if a.aggregate == "mean" else _pair_summary(ctx, a, comp, cmps, units)
        )
    verdict = _over_competitors(list(verdicts.values()), a.competitors_quantifier)
    if a.competitors_quantifier != "all":
        passed = sum(v == SUPPORTED for v in verdicts.values())
        summaries.append(
            f"holds against {passed} of {len(verdicts)} competitors "
            f"(needs {quantifier_words(a.competitors_quantifier, len(verdicts))})"
        )
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
        dedupe(caveats),
        combine_strength(strengths),
        depends,
        summary="; ".join(summaries),
        means=means,
    )


_UNDECIDED = {"missing", "setting_mismatch", "conflict", "depends_on_setting"}


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


def _mean(ctx: Context, comp: str, cmps: list[Comparison], judge) -> dict:
    """The subject's and the competitor's mean over the benchmarks, and the outcome of the means.

    Every benchmark must have one value on each side and all must be percents scored the same way
    round; otherwise the mean is not computed (unknown), never taken over the benchmarks that happen
    to have numbers. SE of the mean difference: sqrt(sum of the per-benchmark SEs squared) / n.
    """
    n = len(cmps)
    out = {"competitor": comp, "n": n, "subject_mean": None, "competitor_mean": None, "delta": None,
           "stderr": None, "p_value": None, "significant": None, "outcome": "missing", "note": ""}  # fmt: skip
    benches = [ctx.bench(c.benchmark) for c in cmps]
    if not cmps:
        out["note"] = "no benchmark with evidence for both"
        return out
    undecided = [ctx.bench(c.benchmark).name for c in cmps if c.outcome in _UNDECIDED or c.delta is None]
    if undecided:
        out["note"] = "not computed: no single value on each side for " + ", ".join(undecided)
        return out
    if {b.metric_kind for b in benches} != {"percent"} or len({b.higher_is_better for b in benches}) > 1:
        out["note"] = "not computed: an average needs percent benchmarks scored the same way round"
        return out
    sm = sum(c.subject_value for c in cmps) / n
    cm = sum(c.competitor_value for c in cmps) / n
    se = None if any(c.stderr is None for c in cmps) else stats.root_sum_squares(c.stderr for c in cmps) / n
    outcome = judge(sm, cm, benches[0])
    # with no p of its own, the test at each boundary (0, a margin, a band's edges) is a z-test on the SE
    result = stats.TestResult(se, None, "z-test on the mean difference")
    p = boundary_p((sm - cm) * sign(benches[0]), result, judge.boundaries(cm))
    out.update(
        subject_mean=round(sm, 6),
        competitor_mean=round(cm, 6),
        delta=round(sm - cm, 6),
        stderr=None if se is None else round(se, 6),
        p_value=None if p is None else round(p, 6),
        significant=None if p is None else p < ctx.alpha,
        outcome=outcome,
    )
    return out


def _mean_summary(ctx: Context, comp: str, mean: dict) -> str:
    if mean["delta"] is None:
        return f"mean over {mean['n']} vs {ctx.name(comp)}: {mean['note']}"
    se = f", SE {mean['stderr']:.2f}" if mean["stderr"] is not None else ""
    return (
        f"mean over {mean['n']} benchmarks {mean['subject_mean']:.1f} vs {ctx.name(comp)} "
        f"{mean['competitor_mean']:.1f} (Δ {mean['delta']:.1f}{se}): {mean['outcome'].replace('_', ' ')}"
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


def _pair_summary(ctx: Context, a, comp: str, cmps: list[Comparison], units: list[Unit]) -> str:
    n = len(units)
    if n == 0:
        by = f" by the as_of date {ctx.flt.as_of}" if ctx.flt.as_of else ""  # later rows exist maybe: caveats
        return f"no benchmark with evidence for both {ctx.name(ctx.subject)} and {ctx.name(comp)}{by}"
    passes = sum(u.status == PASS for u in units)
    verb = "wins" if isinstance(a, Outperforms) else "matches"
    text = f"{verb} {passes} of {n} vs {ctx.name(comp)} (needs {quantifier_words(a.quantifier, n)})"
    others = [
        # a side the claim's date left out is not "missing": the evidence exists, dated after the claim
        f"excluded by the as_of date on {ctx.bench(c.benchmark).name}"
        if c.excluded_by_date
        else f"{c.outcome.replace('_', ' ')} on {ctx.bench(c.benchmark).name}"
        for c in cmps
        if c.outcome not in {"win", "match"}
    ]
    if others:
        text += ": " + ", ".join(others[:4]) + (" …" if len(others) > 4 else "")
    return text


def _score(a: ScoreClaim, ctx: Context) -> AssertionResult:
    bench = ctx.bench(a.benchmark)
    model = ctx.catalog.model(a.model).id if a.model else ctx.subject
    rows = ctx.rows(model, bench.id)
    statuses = set()
    for r in rows:
        ok = (
            abs(r.value - a.value) <= a.tolerance + EPS
            if a.op == "equals"
            else r.value * sign(bench) >= a.value * sign(bench) - EPS
        )
        statuses.add(PASS if ok else FAIL)
    status = UNKNOWN if not rows or len(statuses) > 1 else statuses.pop()
    value = pick(rows) if rows else None
    outcome = {PASS: "match", FAIL: "differs"}.get(status, "missing" if not rows else "conflict")
    cmp = Comparison(bench.id, None, value, a.value, outcome, rows, [])
    if len({r.value for r in rows}) > 1:
        cmp.notes.append("sources disagree: " + ", ".join(f"{r.value:g} per {r.reported_by}" for r in rows))
    unit = Unit(bench.id, status, None, frozenset())
    verdict = decide([unit], "all")
    op = f"equals {a.value:g} (±{a.tolerance:g})" if a.op == "equals" else f"is at least {a.value:g}"
    rule = f"Supported if every source's {bench.name} score for {ctx.name(model)} {op}."
    whose = f" for {ctx.name(model)}" if model != ctx.subject else ""
    cmp.excluded_by_date = "" if rows else ctx.dated_out(model, bench.id)
    summary = f"{bench.name}{whose}: quoted {a.value:g}, evidence " + (
        ", ".join(f"{r.value:g}" for r in rows) or ("none by the as_of date" if cmp.excluded_by_date else "none")
    )
    caveats = (
        []
        if rows
        else [f"{cmp.excluded_by_date[0].upper()}{cmp.excluded_by_date[1:]}."]
        if cmp.excluded_by_date
        else [f"No {bench.name} score for {ctx.name(model)} in the evidence used."]
    )
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
