"""Self-contained HTML pages: an index of verdicts and one page per claim, charts embedded.

Templates are Jinja2 with autoescaping, so text from data (names, notes, URLs) is always text,
never markup; links are emitted only for plain http(s) URLs; a Content-Security-Policy allows no
network access, images only as data: URIs, and only the page's own sorting script (by hash).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re

from harness import __version__
from harness.claims.catalog import Catalog
from harness.judge.engine import ClaimResult
from harness.judge.verdicts import STRENGTH_MEANINGS
from harness.report.charts import VERDICT_WORDS
from harness.report.markdown import (
    comparison_notes,
    independent_lines,
    independent_status,
    mean_texts,
    noise_texts,
    party,
    rank_result,
    rerun_rows,
)
from harness.report.numbers import delta_text, interval_text, num, pval, score, share, whole
from harness.report.power_text import chart_caption, decide_cell, decide_texts, mdd_cell, rank_set_cells
from harness.report.sources import source_rows, url_label
from harness.report.unscored import unscored

_HTTP = re.compile(r"https?://[^\s<>\"'`\\]+")
# sorts the index table by a clicked header; kept tiny and inline so a page needs no network
SORT_SCRIPT = (
    "document.querySelectorAll('th[data-sort]').forEach(function(th){th.addEventListener('click',function(){"
    "var t=th.closest('table'),b=t.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th),"
    "d=th.dataset.dir==='asc'?'desc':'asc';th.dataset.dir=d;"
    "Array.from(b.rows).sort(function(x,y){var a=x.cells[i].textContent,c=y.cells[i].textContent;"
    "return d==='asc'?a.localeCompare(c):c.localeCompare(a);}).forEach(function(r){b.appendChild(r);});});});"
)


def href(url: object) -> str | None:
    """The URL, when it is one plain http(s) URL (the first of 'a ; b'); None for anything else."""
    first = str(url).split(" ; ")[0].strip()
    return first if _HTTP.fullmatch(first) else None


@functools.lru_cache(maxsize=1)
def _env():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("harness.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["href"] = href
    return env


def _script_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()


def claim_html(result: ClaimResult, catalog: Catalog, chart_png: bytes | None, changes: list[str] | None) -> str:
    """One claim's page: the verdict and its reason first, then the claim, chart, tables and caveats."""
    assertions = _assertion_views(result.claim.assertions, result.assertions, catalog)
    variants = [
        {
            "name": catalog.model(v.subject_id).name,
            "verdict": v.verdict,
            "reason": v.reason,
            "assertions": _assertion_views(result.claim.assertions, v.assertions, catalog),
        }
        for v in result.variants
        if v.subject_id != result.subject_id
    ]
    return (
        _env()
        .get_template("claim.html")
        .render(
            claim=result.claim,
            result=result,
            subject=catalog.model(result.subject_id or result.claim.subject).name,
            verdict_words=VERDICT_WORDS[result.verdict],
            words=VERDICT_WORDS,
            changes=changes or [],
            chart=base64.b64encode(chart_png).decode() if chart_png else None,
            caption=chart_caption(result, catalog),
            assertions=assertions,
            independent=independent_lines(result),
            variants=variants,
            sources=source_rows(result, catalog),
            url_label=url_label,
            version=__version__,
            script="",
            script_hash="none",
        )
    )


def _assertion_views(specs, results, catalog: Catalog) -> list[dict]:
    """What the page shows of each assertion: its rows, ranks, caveats, noise and means as text."""
    assertions = []
    for spec_a, a in zip(specs, results):
        rows = []
        for c in a.comparisons:
            w = whole(catalog.benchmark(c.benchmark))
            rows.append(
                {
                    "benchmark": catalog.benchmark(c.benchmark).name,
                    "competitor": catalog.model(c.competitor).name if c.competitor else "(quoted)",
                    "subject_value": score(c.subject_value, w),
                    "competitor_value": score(c.competitor_value, w),
                    "delta": delta_text(c, w),
                    "stderr": num(c.stderr, 2),
                    "interval": interval_text(c),
                    "mdd": mdd_cell(c),
                    "decide": decide_cell(c),
                    "p": pval(c.p_value),
                    "p_adjusted": pval(c.p_adjusted),
                    "outcome": c.outcome.replace("_", " ")
                    + (" (within noise)" if c.significant is False and c.outcome in {"win", "loss"} else ""),
                    "sources": [
                        {
                            "url": r.source_url,
                            "reported_by": r.reported_by,
                            "value": score(r.value, w),
                            "party": party(r, catalog, c.subject_rows[0].model if c.subject_rows else None),
                        }
                        for r in c.subject_rows + c.competitor_rows
                    ],
                }
            )
        missing, unscored_lines = unscored(a.ranks, lambda b: catalog.benchmark(b).name)
        ranks = [
            {
                "benchmark": catalog.benchmark(r.benchmark).name,
                "rank": "–" if r.rank_best is None else str(r.rank_best) if r.rank_best == r.rank_worst
                else f"{r.rank_best}–{r.rank_worst}",
                "size": r.cohort_size,
                "prob": share(r.top_k_probability),
                "tie": r.tie_group_rank or "–",
                "rank_set": rank_set_cells(r)[0],
                "tie_group": rank_set_cells(r)[1],
                "method": rank_set_cells(r)[2],
                "status": rank_result(r, catalog),
                "missing": cell,
            }
            for r, cell in zip(a.ranks, missing)
        ]  # fmt: skip
        notes = comparison_notes(a.comparisons, catalog)
        assertions.append(
            {
                "result": a,
                "note": getattr(spec_a, "note", None),
                "rows": rows,
                "ranks": ranks,
                "unscored": unscored_lines,
                "caveats": list(dict.fromkeys(list(a.caveats) + notes)),
                "noise": [f"{name}: {text}" for name, text in noise_texts(a, catalog)],
                "decide": [f"{w}: {t}" for w, t in decide_texts(a, catalog)],
                "means": mean_texts(a, catalog),
            }
        )
    return assertions


def index_html(
    results: list[ClaimResult],
    problems: list[str],
    reruns=(),
    catalog: Catalog | None = None,
    changes: dict[str, list[str]] | None = None,
) -> str:
    """The index: every claim with its verdict, strength and reason, sortable; what changed."""
    rows = [
        {
            "id": r.claim.id,
            "page": f"{r.claim.id}.html",
            "statement": r.claim.statement,
            "verdict": r.verdict,
            "verdict_words": VERDICT_WORDS[r.verdict],
            "strength": (r.strength or "unknown").replace("_", " "),
            "reason": r.reason,
            "independent": independent_status(r),
            "changed": changes is not None and r.claim.id in changes,
        }
        for r in results
    ]
    return (
        _env()
        .get_template("index.html")
        .render(
            rows=rows,
            changed=None if changes is None else [r for r in rows if r["changed"]],
            reruns=rerun_rows(reruns, catalog) if catalog is not None else [],
            problems=problems,
            strengths=STRENGTH_MEANINGS,
            version=__version__,
            script=SORT_SCRIPT,
            script_hash=_script_hash(SORT_SCRIPT),
        )
    )
