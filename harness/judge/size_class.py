"""A `ranks` cohort with a size class (`min_parameters_b`, `max_parameters_b`): which models the class held, which
it left out by their recorded size, and which for lacking one.

A model whose size the catalog does not record is in no class, but it may be in the one the claim means: leaving
it out without a word would rank the subject among the models that happen to have a recorded size. So the verdict
names them, and where one of them has a score the assertion is judged again with them counted in. Adding members
can only lower the subject's place (or give a benchmark with no other member scored a rank), so the two
judgements are the two ends: where they agree, no size those models could have changes the verdict; where they
differ, the verdict rests on sizes the catalog does not record and is insufficient evidence until one is."""

from __future__ import annotations

from harness.claims.cohort import Cohort
from harness.claims.spec import Ranks
from harness.counting import counted
from harness.judge.cohort_cells import cohort_cache, scored_members
from harness.judge.comparisons import Context
from harness.judge.results import AssertionResult
from harness.judge.verdicts import INSUFFICIENT

SHOWN = 5  # members named in a caveat, then "and N more"
DECIDING = 12  # the most scored models of unknown size judged one by one (each is a judgement of the whole rank)


def size_split(ctx: Context, cohort: Cohort) -> tuple[list[str], list[str], list[str]]:
    """`Cohort.size_split` for this catalog and store, worked out once per cohort spec."""
    cache = cohort_cache(ctx.evidence)
    key = ("size split", id(ctx.catalog), cohort.model_dump_json())
    found = cache.get(key)
    if found is None or found[0] is not ctx.catalog:
        split = cohort.size_split(ctx.catalog, ctx.evidence.models_in_source)
        found = cache[key] = (ctx.catalog, split)  # the catalog kept: its id not reused
    return found[1]


def with_size_class(a: Ranks, ctx: Context, result: AssertionResult, evaluate) -> AssertionResult:
    """`result` with what its size class held and left out said, and judged again with the members of unknown size
    counted in (by `evaluate`) where one has a score; insufficient evidence where that changes the verdict."""
    if not a.cohort.sized():
        return result
    held, outside, unsized = ([m for m in part if m != ctx.subject] for part in size_split(ctx, a.cohort))
    caveat = f"Size class{a.cohort.size_words()}: {counted(len(held), 'other model')} in it by the catalog's sizes"
    caveat += _listed(ctx, held)
    if outside:
        # "at": a name may hold a size of its own ("Phi-3 14B at 14B", not "Phi-3 14B 14B")
        sizes = [f"{ctx.name(m)} at {ctx.catalog.model(m).parameters_b:g}B" for m in outside]
        caveat += f"; {len(outside)} outside it" + _shown(sizes)
    if not unsized:
        result.caveats.append(caveat + ".")
        return result
    them = "it" if len(unsized) == 1 else "them"
    caveat += f"; {len(unsized)} left out as the catalog records no size for {them}" + _listed(ctx, unsized)
    scored = [m for m in unsized if scored_members(ctx, (m,))]
    if not scored:
        result.caveats.append(caveat + ", none of them with a score.")
        return result
    counted_in = _counted_in(a, ctx, evaluate, held, unsized)
    names = _plain(ctx, scored)
    which = names if len(scored) == len(unsized) else f"the {len(scored)} of them with a score ({names})"
    if counted_in.verdict == result.verdict:
        result.caveats.append(f"{caveat}. Counted in the class, {which} would leave the verdict as it is.")
        return result
    outcome = counted_in.verdict.replace("_", " ")
    result.caveats.append(
        f"{caveat}. Counted in the class, {which} would make it {outcome}: the verdict rests on sizes the catalog "
        "does not record, so it is insufficient evidence until they are recorded."
        + _deciding(a, ctx, evaluate, held, scored, result.verdict)
    )
    result.summary += f"; rests on sizes the catalog does not record: with {names} in the class, {outcome}"
    result.verdict, result.group_verdicts, result.strength = INSUFFICIENT, {"cohort": INSUFFICIENT}, None
    return result


def _counted_in(a: Ranks, ctx: Context, evaluate, held: list[str], extra: list[str]) -> AssertionResult:
    """The assertion judged with the models `extra` counted in the class: every other field's selection, in its
    order."""
    everyone = set(held) | set(extra) | {ctx.subject}
    anysize = a.cohort.model_copy(update={"min_parameters_b": None, "max_parameters_b": None})
    listed = [m for m in anysize.members(ctx.catalog, ctx.evidence.models_in_source) if m in everyone]
    wider = anysize.model_copy(update={"models": listed})
    return evaluate(a.model_copy(update={"cohort": wider}), ctx)


def _deciding(a: Ranks, ctx: Context, evaluate, held: list[str], scored: list[str], verdict: str) -> str:
    """Of several scored models of unknown size that together change the verdict, which would change it counted in
    alone: the sizes a fact-checker must look up first (the caveat named them all, as if each one mattered)."""
    if not 1 < len(scored) <= DECIDING:
        return ""
    alone = [m for m in scored if _counted_in(a, ctx, evaluate, held, [m]).verdict != verdict]
    rest = [m for m in scored if m not in alone]
    if not alone:
        return " No one of them alone would change it: only together."
    if not rest:
        return " Each of them alone would change it."
    return f" Alone, {_plain(ctx, alone)} would change it; {_plain(ctx, rest)} would not."


def _plain(ctx: Context, members: list[str]) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C, D, E and 3 more'."""
    names = [ctx.name(m) for m in members]
    if len(names) > SHOWN:
        return ", ".join(names[:SHOWN]) + f" and {len(names) - SHOWN} more"
    return " and ".join(filter(None, (", ".join(names[:-1]), names[-1])))


def _listed(ctx: Context, members: list[str]) -> str:
    return f" ({_plain(ctx, members)})" if members else ""


def _shown(names: list[str]) -> str:
    more = f" and {len(names) - SHOWN} more" if len(names) > SHOWN else ""
    return " (" + ", ".join(names[:SHOWN]) + more + ")"
