"""What would decide a comparison, in words: detectable gaps at 50 % and 80 % power, items, runs, fragility."""

from __future__ import annotations

from harness.claims.catalog import Catalog
from harness.judge.results import AssertionResult, Comparison
from harness.report.numbers import num, times


def mdd_cell(c: Comparison) -> str:
    """`MDD at 50 % / 80 % power` as a table cell."""
    p = c.power
    if p is None or p.mdd_50 is None:
        return "–"
    return f"{num(p.mdd_50)} / {num(p.mdd_80)}"


def decide_cell(c: Comparison) -> str:
    """What would decide it, short enough for a table cell."""
    p = c.power
    if p is None:
        return "–"
    parts = []
    if p.at_boundary:
        parts.append("no number of items (Δ is on the boundary)")
    elif p.items_needed is not None:
        runs = f" or ≥ {p.runs_needed:,} runs" if p.runs_needed is not None else ""
        parts.append(f"≈{p.items_needed:,} items (now {p.items_now:,}){runs}")
    elif p.factor_needed is not None:
        parts.append(f"≈{times(p.factor_needed)}× the items")
    elif c.p_value is not None and c.significant is False and p.mdd_50 is not None and c.delta is not None:
        parts.append("no realistic number of items")
    if p.discordant is not None:
        parts.append(f"discordant {p.discordant[0]}/{p.discordant[1]}")
    if p.fragility is not None:
        parts.append(f"fragility {p.fragility}")
    return "; ".join(parts) or "–"


def decide_texts(a: AssertionResult, catalog: Catalog) -> list[tuple[str, str]]:
    """(where, sentence) per comparison within noise or with paired items: the items that would decide it."""
    out = []
    for c in a.comparisons:
        p = c.power
        if p is None or p.mdd_50 is None:
            continue
        bench = catalog.benchmark(c.benchmark)
        who = f"{bench.name} vs {catalog.model(c.competitor).name}" if c.competitor else bench.name
        parts = []
        gap = abs(c.delta or 0.0)
        if p.at_boundary:
            parts.append("the observed difference sits on the boundary, so no number of items would decide it")
        elif p.items_needed is not None:
            parts.append(
                f"the observed {num(gap)} would be significant on its own at 95 % with about "
                f"{p.items_needed:,} items per model (now {p.items_now:,}), the same scores assumed"
            )
            if p.runs_needed is not None:
                parts.append(
                    f"the {p.items_now:,} items are the whole benchmark, so that means at least "
                    f"{p.runs_needed:,} runs of them (a lower bound: repeated runs share the items, so only "
                    "the noise within each item averages out)"
                )
        elif p.factor_needed is not None:
            parts.append(
                f"the observed {num(gap)} would be significant with about {times(p.factor_needed)} times the items"
            )
        if p.discordant is not None:
            parts.append(
                f"items only one model got right: {p.discordant[0]} for the subject, {p.discordant[1]} for the competitor"
            )
        if p.fragility is not None:
            s = "s" if p.fragility != 1 else ""
            test = "the paired test" if p.discordant is not None else "the test"
            parts.append(f"{p.fragility} item{s} changing answer would make {test} {p.fragility_to} (fragility)")
        if parts:
            out.append((who, "; ".join(parts) + "."))
    return out


def chart_caption(result, catalog: Catalog) -> str:
    """The chart's caption: what the bars are, and what would decide the differences within noise.

    Only for claims whose chart draws differences (outperforms, matches); "" for ranks and quoted scores.
    """
    drawn = [a for a in result.assertions if a.kind in ("outperforms", "matches")]
    if not drawn:
        return ""
    text = (
        "Bars: 95% intervals of each difference (Newcombe's continuity-corrected score interval for two shares "
        "of n items, else ±1.96 SE)."
    )
    within, fragile = [], []
    for a in drawn:
        for c in a.comparisons:
            p = c.power
            if p is None or not c.competitor:
                continue
            who = f"{catalog.benchmark(c.benchmark).name} vs {catalog.model(c.competitor).name}"
            if c.significant and p.fragility is not None:
                fragile.append(f"{who} {p.fragility}")
            if c.significant is not False or p.items_needed is None:
                continue
            runs = f"; ≥ {p.runs_needed:,} runs" if p.runs_needed is not None else ""
            within.append(f"{who} ≈{p.items_needed:,} (now {p.items_now:,}{runs})")

    def shown(parts: list[str]) -> str:
        return "; ".join(parts[:4]) + (f"; and {len(parts) - 4} more" if len(parts) > 4 else "")

    if within:
        text += f" Within noise, items per model at which the observed gap would be significant: {shown(within)}."
    if fragile:
        text += f" Significant, items changing answer that would make it not: {shown(fragile)}."
    return text


def rank_set_cells(r) -> tuple[str, str, str]:
    """(rank set at 95%, tie group, how the uncertainty was found) for a rank row."""
    ranks = (
        "–"
        if r.rank_set is None
        else str(r.rank_set[0])
        if r.rank_set[0] == r.rank_set[1]
        else "–".join(str(x) for x in r.rank_set)
    )
    ties = "–" if r.tie_group is None else ", ".join(r.tie_group) or "none"
    method = "–" if r.rank_method is None else r.rank_method
    return ranks, ties, method
