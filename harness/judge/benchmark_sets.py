"""Which benchmarks a claim is judged on: the selector's benchmarks both sides have evidence for, and what coverage leaves out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from harness.claims.catalog import Catalog
from harness.claims.spec import BenchmarkSelector
from harness.counting import counted

if TYPE_CHECKING:
    from harness.judge.comparisons import Context


def benchmark_set(
    spec, ctx: Context, others: list[str], theirs: set[str] | None = None, other: str = ""
) -> tuple[list[str], list[str]]:
    """Return (benchmarks to judge, caveats about coverage); `theirs`: the others' benchmarks, when known;
    `other`: the one competitor's name, where an assertion has several and each has its own coverage."""
    shared, caveats, _ = counted_set(spec, ctx, others, theirs, other)
    return shared, caveats


def counted_set(
    spec, ctx: Context, others: list[str], theirs: set[str] | None = None, other: str = ""
) -> tuple[list[str], list[str], int]:
    """`benchmark_set`, and how many benchmarks the selector chose that either side has a score on (the judged
    ones among them): a reason can then say what the judgement left out, not only a caveat."""
    if isinstance(spec, list):
        return [ctx.bench(b).id for b in spec], [], len(spec)
    selector = spec if isinstance(spec, BenchmarkSelector) else BenchmarkSelector()
    mine = ctx.evidence.benchmarks_of(ctx.subject, ctx.flt)
    if theirs is None:
        theirs = set()
        for o in others:
            theirs |= ctx.evidence.benchmarks_of(o, ctx.filter_for(o))

    keep = _keeper(selector, ctx.catalog)
    kept_mine, kept_theirs = keep(mine), keep(theirs)  # (a tag's few of some 500 each)
    shared = sorted(kept_mine & theirs)
    only_subject = sorted(kept_mine - theirs)
    only_others = sorted(kept_theirs - mine)
    caveats = []
    total = len(shared) + len(only_subject) + len(only_others)
    scope = f" tagged {', '.join(selector.tags)}" if selector.tags else ""
    if only_others or only_subject:
        vs = f" vs {other}" if other else ""
        caveats.append(
            f"Coverage{vs}: judged on the {len(shared)} of {counted(total, 'benchmark')}{scope} that both sides "
            "have evidence for."
        )
    if only_others:
        # the claim's own filters may be what left the subject's rows out: say so, never "no evidence"
        out = {b: ctx.excluded(ctx.subject, b) for b in only_others}
        names = ", ".join(ctx.bench(b).name for b in only_others if not out[b])
        if names:
            caveats.append(f"No evidence for {ctx.name(ctx.subject)} on: {names}.")
        caveats += [f"{x.why[0].upper()}{x.why[1:]}." for x in out.values() if x]
    if only_subject:
        names = ", ".join(ctx.bench(b).name for b in only_subject)
        caveats.append(f"No evidence for {other or 'the other side'} on: {names}.")
    return shared, caveats, total


# A selector's answers, kept while a chunk of claims is verified (`remember_selectors` to
# `forget_selectors`, by engine.know_claims and forget_chunk), when the catalog does not change: a
# rank claim asks about each of its cohort's benchmarks (500 on the cohort workload), twice, and
# every rank claim of a tag asks the same. None outside a chunk: asked afresh each time. Each
# selector's answers are two sets, the benchmarks it accepts and those it was asked about, so that a
# claim's benchmarks are kept by set operations (one call a benchmark cost some 0.1 ms a rank claim).
_ACCEPTED: dict[tuple, tuple[set[str], set[str]]] | None = None


def remember_selectors() -> None:
    global _ACCEPTED
    _ACCEPTED = {}


def forget_selectors() -> None:
    global _ACCEPTED
    _ACCEPTED = None


def _keeper(selector: BenchmarkSelector, catalog: Catalog):
    """The benchmarks of a set that `selector.accepts` for `catalog` (a set), each asked once: for the
    keeper's life, or the chunk's."""
    if _ACCEPTED is None:
        accepted, asked = set(), set()
    else:
        key = (id(catalog), tuple(selector.tags), tuple(selector.include), tuple(selector.exclude))
        accepted, asked = _ACCEPTED.setdefault(key, (set(), set()))

    def keep(found: set[str]) -> set[str]:
        if not found <= asked:
            for b in found - asked:  # each asked once
                if selector.accepts(b, catalog):
                    accepted.add(b)
                asked.add(b)
        return found & accepted

    return keep
