"""Charts that answer the claim: differences with their intervals, ranks, quoted scores; byte-stable PNGs.

One row per unit (benchmark x competitor), so many benchmarks grow the chart downwards and it stays
readable at 800 px wide. Each row is coloured and shaped by its outcome (pass, fail, unknown) with
colours that survive colour-blindness and greyscale (Okabe-Ito, plus distinct marker shapes). A
difference whose uncertainty is unknown is drawn as a hollow marker labelled "SE unknown", never
as an exact point; a unit within noise (its test not significant) is hollow too, a significant one
filled, in every panel. Ratings, points and counts get their own panel, never mixed with percents.
"""

from __future__ import annotations

import textwrap

from harness.claims.catalog import Catalog
from harness.judge.engine import ClaimResult
from harness.judge.stats import DEFAULT_ALPHA, z_critical
from harness.judge.uncertainty import value_interval

PASS, FAIL, UNKNOWN = "pass", "fail", "unknown"
STYLE = {  # colour (Okabe-Ito), marker, legend text
    PASS: ("#009E73", "o", "passes"),
    FAIL: ("#D55E00", "X", "fails"),
    UNKNOWN: ("#6E6E6E", "s", "unknown"),
}
_OUTCOME = {"win": PASS, "match": PASS, "loss": FAIL, "tie": FAIL, "differs": FAIL}
UNITS = {
    "percent": "percentage points",
    "rating": "rating points",
    "elo": "Elo points",
    "points": "points",
    "count": "count",
}
VERDICT_WORDS = {
    "supported": "Supported",
    "partially_supported": "Partly supported",
    "refuted": "Refuted",
    "insufficient_evidence": "Not enough evidence",
}


def chart_spec(result: ClaimResult, catalog: Catalog) -> dict | None:
    """What the chart shows, as plain data (its hash decides whether the PNG must be redrawn)."""
    z = z_critical(DEFAULT_ALPHA)
    subject = catalog.model(result.subject_id or result.claim.subject).name
    panels = []
    for spec_a, a in zip(result.claim.assertions, result.assertions):
        if a.kind == "ranks":
            panels += _rank_panel(a, spec_a, catalog)
        elif a.kind == "score":
            panels += _score_panel(a, spec_a, catalog, z)
        else:
            panels += _difference_panels(a, spec_a, catalog, z, subject)
    ind = result.independent
    if ind is not None and ind.status not in ("vendor_only", "party_unknown"):  # both sides: say which each row is
        sides = _sides(result, ind, catalog)
        for panel in panels:
            for row in panel["rows"]:
                if row["label"] in sides:
                    row["label"] += f" ({sides[row['label']]})"
    if not panels:
        return None
    title = f"{VERDICT_WORDS[result.verdict]}: \u201c{result.claim.statement}\u201d"
    return {"title": textwrap.fill(title, 90), "panels": panels}


def _sides(result: ClaimResult, ind, catalog: Catalog) -> dict[str, str]:
    """Each chart row's label -> the side of the evidence its rows are on."""
    rows: dict[str, list] = {}
    for a in result.assertions:
        for c in a.comparisons:
            label = catalog.benchmark(c.benchmark).name
            if a.kind in {"outperforms", "matches"}:
                label += f" vs {catalog.model(c.competitor).name}"
            rows.setdefault(label, []).extend(c.subject_rows + c.competitor_rows)
    return {k: ind.side_of(v) for k, v in rows.items()}


def _difference_panels(a, spec_a, catalog: Catalog, z: float, subject: str) -> list[dict]:
    subject_rows: dict[str, list] = {}
    for c in a.comparisons:
        bench = catalog.benchmark(c.benchmark)
        if c.delta is None:
            status, low, high = UNKNOWN, None, None
        else:
            status = _OUTCOME.get(c.outcome, UNKNOWN)
            # the comparison's own interval: Newcombe's for two shares, inside the range a difference can take
            low = None if c.interval is None else round(c.interval[0], 6)
            high = None if c.interval is None else round(c.interval[1], 6)
        label = f"{bench.name} vs {catalog.model(c.competitor).name}"
        note = "" if c.delta is not None else c.outcome.replace("_", " ")
        row = {"label": label, "value": c.delta, "low": low, "high": high, "status": status, "note": note,
               "within_noise": c.significant is False}  # fmt: skip
        subject_rows.setdefault(bench.metric_kind, []).append(row)
    z_rows = []
    for m in a.means:  # the unit an `aggregate: mean` assertion is judged on
        # a mean the scale's bounds decide has an outcome and no delta (`mean_bounds`): its status, no bar
        status = _OUTCOME.get(m["outcome"], UNKNOWN)
        se = m["stderr"]
        z_rows.append(
            {
                "label": f"Mean of {m['n']} vs {catalog.model(m['competitor']).name}",
                "value": m["delta"],
                "low": None if se is None or m["delta"] is None else round(m["delta"] - z * se, 6),
                "high": None if se is None or m["delta"] is None else round(m["delta"] + z * se, 6),
                "status": status,
                "note": ""
                if m["delta"] is not None
                else "mean not computed"
                if status == UNKNOWN
                else "by the scale's bounds",
                "within_noise": m["significant"] is False,
            }
        )
    if z_rows:
        subject_rows.setdefault("percent", []).extend(z_rows)
    panels = []
    for kind, rows in subject_rows.items():
        band = None
        if a.kind == "matches" and getattr(spec_a, "tolerance_unit", "points") == "points":
            band = [-spec_a.tolerance, spec_a.tolerance]
        margin = getattr(spec_a, "margin", 0.0) if a.kind == "outperforms" else 0.0
        panels.append(
            {
                "kind": "difference",
                "axis": f"{subject} minus competitor ({UNITS.get(kind, kind)}), 95% interval",
                "rows": rows,
                "zero": 0.0,
                "margin": margin or None,
                "band": band,
            }
        )
    return panels


def _rank_panel(a, spec_a, catalog: Catalog) -> list[dict]:
    rows = []
    significant = {u.benchmark: u.significant for units in a.groups.values() for u in units}
    for r in a.ranks:
        status = {"pass": PASS, "fail": FAIL}.get(r.status, UNKNOWN)
        rows.append(
            {
                "label": catalog.benchmark(r.benchmark).name,
                "best": r.rank_best,
                "worst": r.rank_worst,
                "size": r.cohort_size,
                "status": status,
                "note": "" if r.rank_best is not None else r.status.replace("_", " "),
                "within_noise": significant.get(r.benchmark) is False,
                # a rank no uncertainty was worked out for (no item count or stderr): never drawn as significant
                "se_unknown": r.rank_best is not None and significant.get(r.benchmark) is None,
            }
        )
    if not rows:
        return []
    return [
        {
            "kind": "rank",
            "axis": "rank in the cohort (1 = best; a range where sources disagree)",
            "rows": rows,
            "top": spec_a.top,
        }
    ]


def _score_panel(a, spec_a, catalog: Catalog, z: float) -> list[dict]:
    rows = []
    for c in a.comparisons:
        bench = catalog.benchmark(c.benchmark)
        for r in c.subject_rows:
            low, high = value_interval(r, bench)  # Wilson for a share of n items, never past the range
            rows.append(
                {
                    "label": f"{bench.name} per {r.reported_by}",
                    "value": r.value,
                    "low": None if low is None else round(low, 6),
                    "high": None if high is None else round(high, 6),
                    "status": _OUTCOME.get(c.outcome, UNKNOWN),
                    "note": "",
                    "within_noise": c.significant is False,
                }
            )
    if not rows:
        return []
    band = [spec_a.value - spec_a.tolerance, spec_a.value + spec_a.tolerance] if spec_a.op == "equals" else None
    return [
        {
            "kind": "score",
            "axis": f"score, 95% interval; line: the quoted {spec_a.value:g}",
            "rows": rows,
            "quoted": spec_a.value,
            "band": band,
        }
    ]


def render_chart(spec: dict) -> bytes:
    """Draw the chart and return its PNG bytes (byte-stable: no Software/date metadata)."""

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # names come from data: "$x$" must stay two dollars and an x, never mathtext
    with matplotlib.rc_context({"text.parse_math": False, "font.size": 10}):
        return _draw(spec, plt)


def _draw(spec: dict, plt) -> bytes:
    import io

    from matplotlib.lines import Line2D

    heights = [max(1.6, 0.34 * len(p["rows"]) + 0.9) for p in spec["panels"]]
    heights = [h + 0.75 for h in heights[:-1]] + heights[-1:]  # room for each x label but the last
    title_lines = spec["title"].count("\n") + 1
    top_in = 0.22 * title_lines + 0.45  # title and legend, in inches
    total = sum(heights) + top_in
    fig, axes = plt.subplots(
        len(heights),
        1,
        figsize=(8.0, total),
        dpi=100,
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
    )
    for ax, panel in zip(axes[:, 0], spec["panels"]):
        {"difference": _draw_values, "score": _draw_values, "rank": _draw_ranks}[panel["kind"]](ax, panel)
    handles = [Line2D([], [], color=c, marker=m, linestyle="", markersize=7, label=t) for c, m, t in STYLE.values()]
    handles += [
        Line2D([], [], color="#444444", marker="o", linestyle="", markersize=7, label="filled: significant"),
        Line2D(
            [],
            [],
            color="#444444",
            marker="o",
            linestyle="",
            markersize=7,
            markerfacecolor="white",
            label="hollow: within noise",
        ),  # fmt: skip
    ]
    fig.suptitle(spec["title"], x=0.01, y=1 - 0.08 / total, ha="left", va="top", fontsize=11)
    legend_y = 1 - (0.12 + 0.22 * title_lines) / total
    fig.legend(handles=handles, loc="upper left", ncol=5, fontsize=9, frameon=False, bbox_to_anchor=(0.0, legend_y))
    # margins from the text they hold (tight_layout would draw the figure once more to measure it)
    longest = max(len(r["label"]) for p in spec["panels"] for r in p["rows"])
    left = min(0.6, max(0.12, (7.0 * longest + 40) / 800))
    gap_in = 0.75  # an x-axis label between two panels
    fig.subplots_adjust(
        left=left,
        right=0.88,  # room for "SE unknown" beside a point at the right edge
        top=1 - top_in / total,
        bottom=0.6 / total,
        hspace=gap_in / (sum(heights) / len(heights)),
    )
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def _draw_values(ax, panel: dict) -> None:
    rows = panel["rows"]
    ys = list(range(len(rows)))[::-1]
    if panel.get("band"):
        ax.axvspan(*panel["band"], color="#56B4E9", alpha=0.18, lw=0)
    if panel["kind"] == "difference":
        ax.axvline(0.0, color="black", lw=1)
        if panel.get("margin"):
            ax.axvline(panel["margin"], color="black", lw=1, ls="--")
    else:
        ax.axvline(panel["quoted"], color="black", lw=1.2)
    for y, row in zip(ys, rows):
        color, marker, _ = STYLE[row["status"]]
        if row["value"] is None:
            ax.text(0.0, y, f"  {row['note'] or 'no value'}", va="center", fontsize=9, color=color)
            continue
        if row["low"] is not None:
            ax.plot([row["low"], row["high"]], [y, y], color=color, lw=2.2, solid_capstyle="butt")
            ax.plot(row["value"], y, marker=marker, color=color, markersize=8, linestyle="", **_fill(row))
        else:
            ax.plot(row["value"], y, marker=marker, markersize=8, linestyle="", markerfacecolor="white", color=color)
            ax.annotate("SE unknown", (row["value"], y), xytext=(7, 0), textcoords="offset points", va="center",
                        fontsize=8, color=color)  # fmt: skip
    ax.set_yticks(ys)
    ax.set_yticklabels([r["label"] for r in rows], fontsize=9)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_xlabel(textwrap.fill(panel["axis"], 70), fontsize=9)
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _fill(row: dict) -> dict:
    """Filled for a significant unit, hollow (white inside, thicker edge) for one within noise."""
    return {"markerfacecolor": "white", "markeredgewidth": 1.8} if row.get("within_noise") else {}


def _draw_ranks(ax, panel: dict) -> None:
    rows = panel["rows"]
    ys = list(range(len(rows)))[::-1]
    size = max([r["size"] for r in rows] + [panel["top"] + 1])
    ax.axvspan(0.5, panel["top"] + 0.5, color="#56B4E9", alpha=0.18, lw=0)
    for y, row in zip(ys, rows):
        color, marker, _ = STYLE[row["status"]]
        if row["best"] is None:
            ax.text(0.6, y, row["note"] or "no rank", va="center", fontsize=9, color=color)
            continue
        if row["worst"] != row["best"]:
            ax.plot([row["best"], row["worst"]], [y, y], color=color, lw=2.2)
        unknown = row.get("se_unknown")
        face = {"markerfacecolor": "white"} if unknown else _fill(row)
        ax.plot(row["best"], y, marker=marker, color=color, markersize=8, linestyle="", **face)
        size_text = f"of {row['size']}" + ("; SE unknown" if unknown else "")
        ax.annotate(size_text, (row["worst"], y), xytext=(7, 0), textcoords="offset points", va="center",
                    fontsize=8, color="#444444")  # fmt: skip
    ax.set_xlim(0.5, size + 1.0)
    ax.set_xticks(range(1, size + 1))
    ax.set_yticks(ys)
    ax.set_yticklabels([r["label"] for r in rows], fontsize=9)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_xlabel(textwrap.fill(f"{panel['axis']}; shaded: the top {panel['top']}", 70), fontsize=9)
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
