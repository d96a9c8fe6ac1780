"""Markdown pages: an index of verdicts and one page per claim, with sources as links."""

from __future__ import annotations

from harness.claims.catalog import Catalog
from harness.counting import counted
from harness.evidence.adapters.base import first_party
from harness.evidence.records import ScoreRecord
from harness.judge.engine import ClaimResult
from harness.judge.ranking import tie_words
from harness.judge.results import AssertionResult, Comparison
from harness.judge.verdicts import STRENGTH_MEANINGS
from harness.report.mdtext import code, esc, link
from harness.report.numbers import delta_text, interval_text, num, pval, score, share, whole
from harness.report.power_text import chart_caption, decide_cell, decide_texts, mdd_cell, rank_set_cells
from harness.report.sources import source_rows, url_label
from harness.report.unscored import unscored

ICONS = {
    "supported": "✅ supported",
    "partially_supported": "🟡 partially supported",
    "refuted": "❌ refuted",
    "insufficient_evidence": "❔ insufficient evidence",
}


def party(r: ScoreRecord, catalog: Catalog, subject: str | None) -> str:
    """Who reported a row, as a reader needs it: a competitor's row from the subject's own developer
    is the vendor's table, not independent evidence, though it is third-party to the model it scores."""
    if r.first_party is None:
        return "party unknown"
    if r.first_party:
        return "1st-party"
    if subject and r.model != subject and first_party(catalog, r.reported_by, subject):
        return "the subject's developer"
    return "3rd-party"


def _sources(rows: list[ScoreRecord], catalog: Catalog, subject: str | None) -> str:
    out = []
    for r in rows:
        first_url = r.source_url.split(" ; ")[0]
        tag = party(r, catalog, subject)
        partial = ", partial run" if r.partial else ""
        value = score(r.value, whole(catalog.benchmark(r.benchmark)))
        out.append(f"{link(r.reported_by, first_url)} {value} ({tag}{partial})")
    return "; ".join(out) or "–"


def _outcome(c: Comparison) -> str:
    text = c.outcome.replace("_", " ")
    if c.significant is False and c.outcome in {"win", "loss"}:
        text += " (within noise)"
    return text


def comparison_table(a: AssertionResult, catalog: Catalog) -> list[str]:
    lines = [
        "| Benchmark | Competitor | Subject's score | Competitor's score | Δ | SE of Δ | 95% interval of Δ | p "
        "| p adjusted | Test | Outcome | MDD at 50% / 80% power | What would decide it | Sources |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for c in a.comparisons:
        bench = catalog.benchmark(c.benchmark)
        comp = catalog.model(c.competitor).name if c.competitor else "(quoted)"
        subject = c.subject_rows[0].model if c.subject_rows else None
        sources = _sources(c.subject_rows + c.competitor_rows, catalog, subject)
        w = whole(bench)
        lines.append(
            f"| {esc(bench.name)} | {esc(comp)} | {score(c.subject_value, w)} | {score(c.competitor_value, w)} | "
            f"{delta_text(c, w)} | {num(c.stderr, 2)} | {interval_text(c)} | {pval(c.p_value)} | {pval(c.p_adjusted)} | {esc(c.test or '–')} | "
            f"{esc(_outcome(c))} | {mdd_cell(c)} | {esc(decide_cell(c))} | {sources} |"
        )
    return lines


def rank_table(a: AssertionResult, catalog: Catalog) -> list[str]:
    if not a.ranks:
        return []
    lines = [
        "| Benchmark | Rank | Cohort with scores | P(top k) | Tie-group rank | Rank set (95%) | Tie group | Result "
        "| Members without a score | Uncertainty from |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    cells, below = unscored(a.ranks, lambda b: catalog.benchmark(b).name)
    for r, missing in zip(a.ranks, cells):
        rank = (
            "–"
            if r.rank_best is None
            else str(r.rank_best)
            if r.rank_best == r.rank_worst
            else f"{r.rank_best}–{r.rank_worst}"
        )
        prob = share(r.top_k_probability)
        ranks, ties, method = rank_set_cells(r)
        lines.append(
            f"| {esc(catalog.benchmark(r.benchmark).name)} | {rank} | {r.cohort_size} | {prob} | "
            f"{r.tie_group_rank or '–'} | {ranks} | {esc(ties)} | {esc(rank_result(r, catalog))} | "
            f"{esc(missing)} | {esc(method)} |"
        )
    return lines + ([""] + [f"- {esc(x)}" for x in below] if below else [])


def rank_result(r, catalog: Catalog) -> str:
    """A rank row's result, and the tie it rests on where one straddles the cut: 'pass (first, tied with X at 95.3)'."""
    if not r.tie_at_cut:
        return r.status
    return f"{r.status} ({tie_words(r, lambda m: catalog.model(m).name)})"


def mean_texts(a: AssertionResult, catalog: Catalog) -> list[str]:
    """The means an `aggregate: mean` assertion was judged on, one line per competitor."""
    out = []
    for m in a.means:
        who = catalog.model(m["competitor"]).name
        if m["delta"] is None:
            out.append(f"Mean over {m['n']} benchmarks vs {who}: {m['note']}")
            continue
        out.append(
            f"Mean over {m['n']} benchmarks vs {who}: {num(m['subject_mean'])} vs {num(m['competitor_mean'])} "
            f"(Δ {num(m['delta'])}, SE {num(m['stderr'], 2)}, p {pval(m['p_value'])}): {m['outcome'].replace('_', ' ')}"
            + (f" ({m['note']})" if m["note"] else "")
        )
    return out


def noise_lines(a: AssertionResult, catalog: Catalog) -> list[str]:
    """Minimum detectable difference per benchmark, with how the item count is known."""
    return [f"- {esc(name)}: {text}" for name, text in noise_texts(a, catalog)]


def noise_texts(a: AssertionResult, catalog: Catalog) -> list[tuple[str, str]]:
    """(benchmark name, what gap its item count can resolve) per benchmark, as plain text."""
    out, seen = [], set()
    for c in a.comparisons:
        if c.benchmark in seen or c.mdd is None:
            continue
        seen.add(c.benchmark)
        bench = catalog.benchmark(c.benchmark)
        n = (
            f"{bench.items:,} items" + (" (derived count)" if bench.items_status == "derived" else "")
            if bench.items
            else "items unknown"
        )
        text = f"on {n}, a gap under {c.mdd:.1f} points cannot be told from noise at 95%"
        if c.power is not None and c.power.mdd_80 is not None:
            text += f" (the minimum detectable difference at 50% power; at 80% power it is {c.power.mdd_80:.1f})"
        out.append((bench.name, text + "."))
    return out


def claim_page(result: ClaimResult, catalog: Catalog, chart: str | None, changes: list[str] | None = None) -> str:
    c = result.claim
    lines = [
        f"# {esc(c.statement)}",
        "",
        f"**Verdict: {ICONS[result.verdict]}**"
        + (f" · strength: {result.strength.replace('_', ' ')}" if result.strength else ""),
        "",
        f"> {esc(c.source.quote or c.statement)}",
        "",
        f"Said by {link(c.source.publisher, c.source.url)} on {c.source.date.isoformat()}. "
        f"Subject: {esc(catalog.model(result.subject_id or c.subject).name)}. Claim file: {code(result.label)}.",
        "",
        f"Reason: {esc(result.reason)}",
        "",
    ]
    lines += [f"- {esc(x)}" for x in independent_lines(result)] + [""]
    if c.extraction is not None:
        x = c.extraction
        lines += (
            [
                f"**Extracted automatically** from {code(x.document)} ({esc(x.location)}) by the {esc(x.extractor)} "
                f"extractor, confidence {x.confidence:.2f}: check the claim against the quote before relying on it.",
                "",
            ]
            + [f"- Review: {esc(n)}" for n in x.review]
            + ([""] if x.review else [])
        )
    if changes:
        lines += ["## What changed since the baseline", ""] + [f"- {esc(x)}" for x in changes] + [""]
    if chart:
        caption = chart_caption(result, catalog)
        lines += [f"![Scores per benchmark]({chart})", ""] + ([f"*{esc(caption)}*", ""] if caption else [])
    for i, a in enumerate(result.assertions, 1):
        lines += _assertion_lines(i, a, c.assertions[i - 1], catalog, "##")
    others = [v for v in result.variants if v.subject_id != result.subject_id]
    if others:
        lines += ["## The other checkpoints", ""]
    for v in others:
        lines += [
            f"### As {esc(catalog.model(v.subject_id).name)}: {ICONS[v.verdict]}",
            "",
            f"Reason: {esc(v.reason)}",
            "",
        ]
        for i, a in enumerate(v.assertions, 1):
            lines += _assertion_lines(i, a, c.assertions[i - 1], catalog, "####")
    lines += source_lines(result, catalog)
    if c.notes:
        lines += ["## Notes", "", esc(c.notes), ""]
    return "\n".join(lines)


def source_lines(result: ClaimResult, catalog: Catalog) -> list[str]:
    """The section that traces every score on the page to its source, each row once."""
    rows = source_rows(result, catalog)
    if not rows:
        return []
    lines = [
        "## Sources of the scores",
        "",
        "| Row | Model | Benchmark | Score | Metric | Reported by | Date | Where in the source | Setting | Notes | File |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| `{r.row_id}` | {esc(r.model)} | {esc(r.benchmark)} | {esc(r.value)} | {esc(r.metric)} | {cited_cell(r)} | "
            f"{esc(r.date)} | {esc(r.locator)} | {esc(r.setting)} | {esc(r.notes)} | {esc(r.origin)} |"
        )
    return lines + [""]


def cited_cell(r) -> str:
    """The publisher linked to the row's first URL, and any further URL by its host."""
    if not r.urls:
        return esc(r.reported_by)
    more = [_linked(url_label(u), u) for u in r.urls[1:]]
    return _linked(r.reported_by, r.urls[0]) + (" (also " + ", ".join(more) + ")" if more else "")


def _linked(label: str, url: str) -> str:
    """A link for an http(s) URL; any other address stays on the page as text, never dropped."""
    shown = link(label, url)
    return shown if shown != esc(label) or label == url else f"{esc(label)} \\<{esc(url)}\\>"


def independent_status(result: ClaimResult) -> str:
    """The corroboration status as the index shows it."""
    return result.independent.status.replace("_", " ") if result.independent is not None else "–"


def independent_lines(result: ClaimResult) -> list[str]:
    """What the first-party rows alone and the independent rows alone say, as plain text."""
    ind = result.independent
    if ind is None:
        return []
    # a side whose reason is the verdict's own is not said twice
    first = "the same reason" if ind.first_party_reason == result.reason else ind.first_party_reason
    other = "the same reason" if ind.independent_reason == result.reason else ind.independent_reason
    out = [
        f"Independent evidence: {ind.status.replace('_', ' ')}",
        f"On first-party rows alone: {ind.first_party.replace('_', ' ')} ({first})",
        f"On independent rows alone: {ind.independent.replace('_', ' ')} ({other})",
    ]
    return out + [f"Contradicted by {x}" for x in ind.contradictions]


def _assertion_lines(i: int, a: AssertionResult, spec_a, catalog: Catalog, level: str) -> list[str]:
    """One assertion's heading, rule, tables, caveats and noise; `level` is its heading's '#'s."""
    lines: list[str] = []
    strength = a.strength.replace("_", " ") if a.strength else "unknown"
    lines += [
        f"{level} Assertion {i}: {a.kind} — {ICONS[a.verdict]} (strength: {strength})",
        "",
        f"Rule: {esc(a.rule)}",
        "",
    ]
    note = getattr(spec_a, "note", None)
    if note:
        lines += [f"Encoding note: {esc(note)}", ""]
    lines += rank_table(a, catalog) + ([""] if a.ranks else [])
    lines += comparison_table(a, catalog) + [""]
    lines += [f"- {esc(x)}" for x in mean_texts(a, catalog)] + ([""] if a.means else [])
    # a note belongs to one competitor's comparison: say which, or two notes seem to contradict
    notes = [esc(x) for x in comparison_notes(a.comparisons, catalog)]
    caveats = [esc(x) for x in a.caveats] + notes
    if caveats:
        lines += [f"{level}# Caveats, conflicts and settings", ""] + [f"- {x}" for x in dict.fromkeys(caveats)] + [""]
    noise = noise_lines(a, catalog)
    if noise:
        lines += [f"{level}# Noise", ""] + noise + [""]
    decide = decide_texts(a, catalog)
    if decide:
        lines += [f"{level}# What would decide this", ""] + [f"- {esc(w)}: {esc(t)}" for w, t in decide] + [""]
    return lines


def comparison_notes(comparisons: list[Comparison], catalog: Catalog) -> list[str]:
    """Each comparison's notes, saying which benchmark and competitor each is of; a note said of one
    competitor on several benchmarks ("setting stated on one side only: non-thinking for X", where a table's
    column states it) is one line naming them all, not one line per benchmark."""
    benches: dict[tuple, list[str]] = {}
    for c in comparisons:
        for n in c.notes:
            benches.setdefault((c.competitor, n), []).append(catalog.benchmark(c.benchmark).name)
    out = []
    for (competitor, note), names in benches.items():
        named = ", ".join(dict.fromkeys(names))
        out.append(f"{named} vs {catalog.model(competitor).name}: {note}" if competitor else f"{named}: {note}")
    return out


def where(c: Comparison, catalog: Catalog) -> str:
    bench = catalog.benchmark(c.benchmark).name
    return f"{bench} vs {catalog.model(c.competitor).name}" if c.competitor else bench


def rerun_rows(reruns, catalog: Catalog) -> list[dict]:
    """Published numbers vs local re-runs, as plain text cells (each page escapes them its own way)."""
    return [
        {
            "model": catalog.model(c.model).name,
            "benchmark": catalog.benchmark(c.benchmark).name,
            "published": score(c.published.value),
            "by": c.published.reported_by,
            "rerun": num(c.rerun.value),
            "interval": "–" if c.low is None else f"{c.low:.1f}–{c.high:.1f}",
            "inside": {True: "yes", False: "no", None: "unknown"}[c.inside]
            + (" (partial run)" if c.rerun.partial else ""),
        }
        for c in reruns
    ]


def rerun_lines(reruns, catalog: Catalog) -> list[str]:
    rows = rerun_rows(reruns, catalog)
    if not rows:
        return []
    lines = [
        "",
        "## Published numbers vs local re-runs",
        "",
        "| Model | Benchmark | Published | By | Re-run | 95% interval | Inside? |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {esc(r['model'])} | {esc(r['benchmark'])} | {r['published']} | {esc(r['by'])} | {r['rerun']} | "
            f"{r['interval']} | {r['inside']} |"
        )
    return lines


def index_page(
    results: list[ClaimResult],
    problems: list[str],
    reruns=(),
    catalog: Catalog | None = None,
    changes: dict[str, list[str]] | None = None,
) -> str:
    lines = ["# benchclaims report", ""]
    if changes is not None:
        changed = [r for r in results if r.claim.id in changes]
        lines += [
            f"Changed since the baseline: {len(changed)} of {counted(len(results), 'claim')}"
            + (" (" + ", ".join(f"[{esc(r.claim.id)}]({r.claim.id}.md)" for r in changed) + ")" if changed else "")
            + ".",
            "",
        ]
    lines += ["| Claim | Verdict | Strength | Independent | Reason |" + (" Changed |" if changes is not None else ""),
              "|---|---|---|---|---|" + ("---|" if changes is not None else "")]  # fmt: skip
    for r in results:
        changed = (" yes |" if r.claim.id in changes else " no |") if changes is not None else ""
        lines.append(
            f"| [{esc(r.claim.statement)}]({r.claim.id}.md) | {ICONS[r.verdict]} | "
            f"{(r.strength or 'unknown').replace('_', ' ')} | {esc(independent_status(r))} | {esc(r.reason)} |{changed}"
        )
    lines += [
        "",
        "Strength: does the verdict survive the noise of the measurements? In the charts, filled markers are "
        "significant differences, hollow ones within noise.",
        "",
    ]
    lines += [f"- **{term}**: {meaning}" for term, meaning in STRENGTH_MEANINGS.items()]
    if catalog is not None:
        lines += rerun_lines(reruns, catalog)
    if problems:
        lines += ["", "## Input problems", ""] + [f"- {esc(p)}" for p in problems]
    return "\n".join(lines) + "\n"
