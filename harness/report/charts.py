"""Grouped bar charts with error bars, written as byte-stable PNGs."""

from __future__ import annotations

from harness.catalog import Catalog
from harness.comparisons import record_se
from harness.engine import ClaimResult


def chart_spec(result: ClaimResult, catalog: Catalog) -> dict | None:
    """What the chart shows, as plain data (its hash decides whether the PNG must be redrawn)."""
    series: dict[str, dict[str, tuple[float, float | None]]] = {}
    benches: list[str] = []
    noisy: set[str] = set()
    subject = catalog.model(result.claim.subject).name
    for a in result.assertions:
        for c in a.comparisons:
            bench = catalog.benchmark(c.benchmark)
            if bench.metric_kind != "percent" or c.subject_value is None:
                continue
            if bench.name not in benches:
                benches.append(bench.name)
            if c.significant is False:
                noisy.add(bench.name)
            s_row = next(r for r in c.subject_rows if r.value == c.subject_value)
            series.setdefault(subject, {})[bench.name] = (c.subject_value, record_se(s_row, bench))
            if c.competitor and c.competitor_value is not None:
                row = next(r for r in c.competitor_rows if r.value == c.competitor_value)
                name = catalog.model(c.competitor).name
                series.setdefault(name, {})[bench.name] = (c.competitor_value, record_se(row, bench))
    if not benches:
        return None
    benches.sort()
    names = [subject] + sorted(n for n in series if n != subject)
    return {
        "title": result.claim.id,
        "benchmarks": benches,
        "noisy": sorted(noisy),
        "series": [[name, [series[name].get(b) for b in benches]] for name in names],
    }


def render_chart(spec: dict) -> bytes:
    """Draw the chart and return its PNG bytes (byte-stable: no Software/date metadata)."""

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # names come from data: "$x$" must stay two dollars and an x, never mathtext
    with matplotlib.rc_context({"text.parse_math": False}):
        return _draw(spec, plt)


def _draw(spec: dict, plt) -> bytes:
    import io

    benches, names = spec["benchmarks"], [name for name, _ in spec["series"]]
    width = 0.8 / len(names)
    fig, ax = plt.subplots(figsize=(max(6.0, 1.1 * len(benches) + 2), 4.2), dpi=100)
    for i, (name, points) in enumerate(spec["series"]):
        xs, ys, errs = [], [], []
        for j, point in enumerate(points):
            if point is not None:
                value, se = point
                xs.append(j + (i - (len(names) - 1) / 2) * width)
                ys.append(value)
                errs.append(1.96 * se if se is not None else 0.0)
        ax.bar(xs, ys, width, yerr=errs, capsize=2, label=name)
    for j, b in enumerate(benches):
        if b in spec["noisy"]:
            ax.text(j, 101, "within noise", ha="center", fontsize=6, color="dimgray")
    ax.set_xticks(range(len(benches)))
    ax.set_xticklabels(benches, rotation=30, ha="right", fontsize=8)
    ax.set_ylabel("score (%), 95% interval where n is known", fontsize=8)
    ax.set_ylim(0, 105)
    ax.legend(fontsize=7, loc="lower right")
    ax.set_title(spec["title"], fontsize=9)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()
