"""Quoted scores ("X scores 54.6 on Y") against the evidence's rows for that model and benchmark."""

from __future__ import annotations

from harness.claims.spec import ScoreClaim
from harness.judge.comparisons import Context, pick
from harness.judge.results import AssertionResult, Comparison
from harness.judge.significance import EPS, sign
from harness.judge.verdicts import FAIL, PASS, UNKNOWN, Unit, decide


def _none_by(out) -> str:
    # "none by the as_of date" reads as a date; a filter excludes, it is not a point in time
    return "none by the as_of date" if out.by == "the as_of date" else f"none, excluded by {out.by}"


def _as_fraction(a: ScoreClaim, bench, rows) -> bool:
    """A quote at most 1 on a percent benchmark that every row holds when read as a fraction of 1 (0.712 for 71.2)."""
    if bench.metric_kind != "percent" or not 0 < a.value <= 1 or not rows or any(r.value <= 1 for r in rows):
        return False
    value, tolerance = a.value * 100, a.tolerance * 100
    if a.op == "equals":
        return all(abs(r.value - value) <= tolerance + EPS for r in rows)
    return all(r.value * sign(bench) >= value * sign(bench) - EPS for r in rows)


def judge_score(a: ScoreClaim, ctx: Context) -> AssertionResult:
    """Judge a quoted score against every source's score for the model on the benchmark."""
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
    out = None if rows else ctx.excluded(model, bench.id)
    if out:
        cmp.excluded_by, cmp.excluded_why = out.by, out.why
    summary = f"{bench.name}{whose}: quoted {a.value:g}, evidence " + (
        ", ".join(f"{r.value:g}" for r in rows) or (_none_by(out) if out else "none")
    )
    caveats = (
        []
        if rows
        else [f"{out.why[0].upper()}{out.why[1:]}."]
        if out
        else [f"No {bench.name} score for {ctx.name(model)} in the evidence used."]
    )
    if status == FAIL and _as_fraction(a, bench, rows):
        # "quoted 0.712, evidence 71.2" was refuted with no word that the two are one number on two scales
        said = f"the quote reads as a fraction of 1: {a.value * 100:g} on {bench.name}'s percent scale"
        summary += f" ({said})"
        caveats.append(
            f"{said[0].upper()}{said[1:]}, where the evidence holds it; write {a.value * 100:g} if so meant."
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
