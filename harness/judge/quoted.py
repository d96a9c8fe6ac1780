"""Quoted scores ("X scores 54.6 on Y") against the evidence's rows for that model and benchmark."""

from __future__ import annotations

from harness.claims.spec import ScoreClaim
from harness.judge.comparisons import Context, pick
from harness.judge.results import AssertionResult, Comparison
from harness.judge.significance import EPS, sign
from harness.judge.verdicts import FAIL, PASS, UNKNOWN, Unit, decide
from harness.judge.versions import latest_versions, replaced_note
from harness.printed import score, whole


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
    # a number its publisher changed in a later version of the same document is quoted against its latest version
    rows, replaced = latest_versions(ctx.rows(model, bench.id))

    def shown(r) -> str:  # as the report's tables print it: 76.0 beside a table's 76.0, not "76"
        return score(r.value, whole(bench))

    def in_setting(group) -> str:
        return f'"{_setting(group[0])}" (' + ", ".join(f"{shown(r)} per {r.reported_by}" for r in group) + ")"

    held = [_holds(a, bench, r) for r in rows]
    status = UNKNOWN if not rows or len(set(held)) > 1 else PASS if held[0] else FAIL
    cmp = Comparison(bench.id, None, pick(rows) if rows else None, a.value, "", rows, [])
    cmp.notes += [replaced_note(ctx.name(model), old, new, lambda v: score(v, whole(bench))) for old, new in replaced]
    settings = _by_setting(rows)
    read_apart = len(settings) > 1 and not cmp.conflict
    caveats = []
    if read_apart:
        # one table's two settings (SWE-bench Verified "Agentless" 40.8 and "agentic" 54.6) are two numbers of
        # two settings, not two sources disagreeing: the quote is read against each setting's rows
        holding = [g for g in settings.values() if all(_holds(a, bench, r) for r in g)]
        status = PASS if holding else FAIL
        if holding:
            cmp.subject_value = pick([r for g in holding for r in g])
        cmp.notes.append("scored in several settings: " + ", ".join(in_setting(g) for g in settings.values()))
        if holding and len(holding) < len(settings):
            others = [g for g in settings.values() if g not in holding]
            caveats.append(
                f"The quote holds in the setting{'s' if len(holding) > 1 else ''} {' and '.join(in_setting(g) for g in holding)}, not in "
                f"{' and '.join(in_setting(g) for g in others)}: a reader should know which setting it is."
            )
    elif len({r.value for r in rows}) > 1:
        cmp.notes.append("sources disagree: " + ", ".join(f"{shown(r)} per {r.reported_by}" for r in rows))
    cmp.outcome = {PASS: "match", FAIL: "differs"}.get(status, "missing" if not rows else "conflict")
    # refuted only against rows that each state a setting in their own words, which the claim does not name: the
    # quote may be of another (GPT-5's HLE 41.7 "with tools" against xAI's 24.8 "no tools"); the reader is told so
    other_setting = status == FAIL and not ctx.filter_for(model).setting and all(r.setting_text.strip() for r in rows)
    if other_setting:
        caveats.append(
            "Refuted against rows that each state a setting the claim does not name: "
            f"{', '.join(in_setting(g) for g in settings.values())}. If the quote is of another setting (tools, "
            "thinking, effort, shots), these rows do not refute it: name its setting in the claim "
            "(evidence.setting) or add a row in that setting."
        )
    unit = Unit(bench.id, status, None, frozenset())
    verdict = decide([unit], "all")
    op = f"equals {a.value:g} (±{a.tolerance:g})" if a.op == "equals" else f"is at least {a.value:g}"
    rule = f"Supported if every source's {bench.name} score for {ctx.name(model)} {op}" + (
        " in at least one of the settings the evidence scores it in." if read_apart else "."
    )
    whose = f" for {ctx.name(model)}" if model != ctx.subject else ""
    out = None if rows else ctx.excluded(model, bench.id)
    if out:
        cmp.excluded_by, cmp.excluded_why = out.by, out.why
    listed = ", ".join(shown(r) + (f' in "{_setting(r)}"' if read_apart or other_setting else "") for r in rows)
    summary = f"{bench.name}{whose}: quoted {a.value:g}, evidence " + (listed or (_none_by(out) if out else "none"))
    if not rows:
        caveats = (
            [f"{out.why[0].upper()}{out.why[1:]}."]
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


def _holds(a: ScoreClaim, bench, r) -> bool:
    if a.op == "equals":
        return abs(r.value - a.value) <= a.tolerance + EPS
    return r.value * sign(bench) >= a.value * sign(bench) - EPS


def _by_setting(rows) -> dict:
    """Rows grouped by their setting as stated and as written, the key sources are told apart by."""
    groups: dict = {}
    for r in rows:
        groups.setdefault((r.setting, r.setting_text), []).append(r)
    return groups


def _setting(r) -> str:
    """A row's setting as its source wrote it ("agentic coding; single attempt", not only the "pass@1" read from it),
    else as read."""
    return " ".join(r.setting_text.split()) or r.setting.label()
