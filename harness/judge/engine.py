"""Turn one claim and the evidence into assertion results and a verdict."""

from __future__ import annotations

from dataclasses import dataclass, field

from harness.claims.catalog import Catalog
from harness.claims.spec import Claim, EvidenceSpec, Matches, Outperforms, Ranks, ScoreClaim
from harness.evidence.records import EvidenceFilter, canonical
from harness.evidence.store import EvidenceStore
from harness.judge import corroboration, stats
from harness.judge.benchmark_sets import forget_selectors, remember_selectors
from harness.judge.cohort import forget_prepared
from harness.judge.comparisons import Context, plain_pairs
from harness.judge.exclusions import given_setting
from harness.judge.pairwise import GATHERED, competitor_sets, gathered_key, verify_pairwise
from harness.judge.quoted import judge_score
from harness.judge.ranking import evaluate_ranks, forget_prepared_ranks, prepare_ranks
from harness.judge.results import AssertionResult
from harness.judge.significance import (
    know_tests,
    match_judge,
    outperform_judge,
)
from harness.judge.verdicts import (
    INSUFFICIENT,
    PARTIAL,
    REFUTED,
    SUPPORTED,
    combine,
    combine_strength,
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
    # the detail that follows is one checkpoint's: name it, or "wins 5 of 5" reads as every checkpoint's
    shown_as = catalog.model(shown.subject_id).name
    reason = f"{parts} (the claim names {len(runs)} checkpoints; it must hold for {rule}). Shown, as {shown_as}: {shown.reason}"
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
    remember_selectors()  # the catalog is the chunk's until forget_chunk
    plain, asked = [], []
    for claim in claims:
        try:
            plain += _claim_plain_pairs(claim, catalog, evidence, alpha, full, asked)
        except Exception:  # noqa: BLE001 - the claim's own verification meets the same problem and says it
            continue
    # every cell the outperforms and matches assertions compare, looked up in one batch
    evidence.select_cells(
        [(m, b, ctx.filter_for(m)) for ctx, cells, _ in asked for b, c in cells for m in (ctx.subject, c)]
    )
    for ctx, cells, judge in asked:
        plain += plain_pairs(ctx, cells, judge)
    if plain:
        know_tests(plain, alpha)


def _claim_plain_pairs(
    claim: Claim, catalog: Catalog, evidence: EvidenceStore, alpha: float, full: bool, asked: list
) -> list[tuple]:
    """`know_claims`' pairs of one claim's rank units; its outperforms and matches assertions' cells (with
    their context and judge) are added to `asked`, for `plain_pairs` once they are looked up."""
    plain, cells = [], []
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
        sets = competitor_sets(a, ctx)
        cells.append((ctx, [(b, comp) for comp, benches, _, _ in sets for b in benches], judge))
        GATHERED[gathered_key(a, ctx)] = sets
    asked += cells  # the claim's cells, once all its assertions' sets are worked out
    return plain


def forget_chunk() -> None:
    """Forget what `know_claims` prepared for a chunk's claims (once they are verified)."""
    GATHERED.clear()
    forget_prepared()
    forget_prepared_ranks()
    forget_selectors()


# how well a verdict supports the claim, for picking the checkpoint to show
_RANK = {REFUTED: 0, "partially_supported": 1, INSUFFICIENT: 2, SUPPORTED: 3}


def evidence_filter(spec: EvidenceSpec, side: str | None = None) -> EvidenceFilter:
    """The rows a claim's evidence spec allows; `side` ('subject' or 'competitor') adds that side's own setting."""
    pairs = dict(spec.setting.pairs()) if spec.setting else {}
    extra = {"subject": spec.subject_setting, "competitor": spec.competitor_setting}.get(side or "")
    if extra is not None:
        pairs.update(extra.pairs())
    return canonical(
        EvidenceFilter(
            reported_by=tuple(spec.reported_by),
            sources=tuple(spec.sources),
            setting=tuple(pairs.items()),
            as_of=spec.as_of,
            kinds=tuple(spec.kinds),
            snapshots=tuple(spec.snapshots),
            independent=spec.independent,
            locators=tuple(spec.locators),
        )
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
    # the reporters of the subject's rows where none is on either side: the catalog knows none of them
    unknown = () if sides else tuple(sorted({r.reported_by for m in models for r in evidence.every_row(m)}))
    pooled.independent = corroboration.relate(
        sides.get(corroboration.FIRST_PARTY), sides.get(corroboration.INDEPENDENT), catalog, alpha, reporters, unknown
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
            results.append(judge_score(a, ctx))
        else:
            results.append(verify_pairwise(a, ctx))
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
    # as the claim writes it, and as the note of the rows it left out says it: 'tools=true', not Python's 'True'
    where = f" under {given_setting(setting)}" if setting else ""
    if len(claim.assertions) > 1:
        return f"assertion {i + 1} ({assertion.kind}{where}): {result.summary}"
    return f"{result.summary}{' (' + where.strip() + ')' if where else ''}"


def _merge(claim_level: EvidenceSpec, assertion_level: EvidenceSpec | None) -> EvidenceSpec:
    if assertion_level is None:
        return claim_level
    data = claim_level.model_dump()
    data.update({k: getattr(assertion_level, k) for k in assertion_level.model_fields_set})
    return EvidenceSpec.model_validate(data)
