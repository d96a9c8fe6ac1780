"""The JSON contract of `benchclaims verify --json`."""

from __future__ import annotations

import json

from harness import __version__
from harness.comparisons import AssertionResult, Comparison, RankRow
from harness.engine import ClaimResult

SCHEMA_VERSION = 1


def _num(x: float | None, digits: int = 6) -> float | None:
    return None if x is None else round(float(x), digits)


def comparison_dict(c: Comparison) -> dict:
    sources = [r.source_dict() | {"side": "subject"} for r in c.subject_rows]
    sources += [r.source_dict() | {"side": "competitor"} for r in c.competitor_rows]
    return {
        "benchmark": c.benchmark,
        "competitor": c.competitor,
        "subject_value": c.subject_value,
        "competitor_value": c.competitor_value,
        "delta": c.delta,
        "outcome": c.outcome,
        "alternatives": c.alternatives,
        "conflict": c.conflict,
        "stderr": _num(c.stderr),
        "p_value": _num(c.p_value),
        "p_adjusted": _num(c.p_adjusted),
        "significant": c.significant,
        "test": c.test,
        "min_detectable_difference": _num(c.mdd, 3),
        "notes": c.notes,
        "sources": sources,
    }


def rank_dict(r: RankRow) -> dict:
    return {
        "benchmark": r.benchmark,
        "rank_best": r.rank_best,
        "rank_worst": r.rank_worst,
        "cohort_size": r.cohort_size,
        "status": r.status,
        "top_k_probability": _num(r.top_k_probability, 4),
        "tie_group_rank": r.tie_group_rank,
        "missing_members": r.missing_members,
    }


def assertion_dict(a: AssertionResult) -> dict:
    return {
        "kind": a.kind,
        "verdict": a.verdict,
        "strength": a.strength,
        "rule": a.rule,
        "summary": a.summary,
        "depends_on_conflict": a.depends_on_conflict,
        "group_verdicts": a.group_verdicts,
        "caveats": a.caveats,
        "comparisons": [comparison_dict(c) for c in a.comparisons],
        "ranks": [rank_dict(r) for r in a.ranks],
    }


def claim_dict(r: ClaimResult) -> dict:
    return {
        "id": r.claim.id,
        "file": r.label,
        "statement": r.claim.statement,
        "subject": r.claim.subject,
        "subject_id": r.subject_id,
        "source": r.claim.source.model_dump(mode="json"),
        "verdict": r.verdict,
        "strength": r.strength,
        "reason": r.reason,
        "assertions": [assertion_dict(a) for a in r.assertions],
    }


def rerun_dict(c) -> dict:
    return {
        "model": c.model,
        "benchmark": c.benchmark,
        "published_value": c.published.value,
        "published_by": c.published.reported_by,
        "published_row": c.published.origin,
        "rerun_value": c.rerun.value,
        "rerun_row": c.rerun.origin,
        "rerun_partial": c.rerun.partial,
        "ci_low": _num(c.low, 4),
        "ci_high": _num(c.high, 4),
        "inside_ci": c.inside,
    }


def run_dict(results: list[ClaimResult], problems: list, alpha: float, reruns: list | None = None) -> dict:
    return {
        "rerun_checks": [rerun_dict(c) for c in reruns or []],
        "benchclaims_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "alpha": alpha,
        "claims": [claim_dict(r) for r in results],
        "problems": [str(p) for p in problems],
    }


def dumps(data: dict) -> str:
    """Deterministic JSON: sorted keys, fixed indentation, trailing newline."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
