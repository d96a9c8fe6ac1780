"""The `ranks` assertion: the subject's place in a cohort, with rank uncertainty."""

from __future__ import annotations

from harness.claims.spec import Ranks
from harness.counting import counted
from harness.judge.benchmark_sets import benchmark_set
from harness.judge.cohort import prepare_rank_units, rank_units
from harness.judge.cohort_cells import cohort_benchmarks, cohort_cache, cohort_members, scored_members
from harness.judge.comparisons import Context
from harness.judge.rank_kept import KeptComparison
from harness.judge.rank_mean import evaluate_mean_rank
from harness.judge.rank_uncertainty import rank_rule_note
from harness.judge.results import AssertionResult, RankRow
from harness.judge.significance import EPS, set_significance
from harness.judge.size_class import with_size_class
from harness.judge.verdicts import FAIL, PASS, REFUTED, UNKNOWN, Unit, decide, over_units, quantifier_words, strength


def prepare_ranks(a: Ranks, ctx: Context) -> list[tuple]:
    """`prepare_rank_units` for the units `evaluate_ranks` will work out: their plain comparisons, to search."""
    if a.aggregate == "mean":
        return []  # one unit over the means, worked out by `evaluate_mean_rank`
    cohort, benches, caveats = _cohort_and_benchmarks(a, ctx)
    _PREPARED[_prepared_key(a, ctx)] = (a, cohort, benches, caveats)
    return prepare_rank_units(ctx, a.top, [ctx.bench(b) for b in benches], cohort, ctx.full)


# the cohort and benchmark set `prepare_ranks` worked out, each read (and dropped) by the claim's
# `evaluate_ranks`: the same assertion (kept, so its id is not reused) in a context of the same filters
_PREPARED: dict[tuple, tuple] = {}


def forget_prepared_ranks() -> None:
    _PREPARED.clear()


def _prepared_key(a: Ranks, ctx: Context) -> tuple:
    return (id(a), id(ctx.catalog), id(ctx.evidence), ctx.subject, ctx.flt, ctx.flt_other)


def _cohort_and_benchmarks(a: Ranks, ctx: Context):
    cohort = cohort_members(ctx, a.cohort)
    # the other members' benchmarks given (counted once per cohort): no list of the members is read
    benches, caveats = benchmark_set(a.benchmarks, ctx, [], cohort_benchmarks(ctx, cohort))
    return cohort, benches, caveats


def evaluate_ranks(a: Ranks, ctx: Context) -> AssertionResult:
    """The rank verdict; with a size class, what it held and left out said (`size_class`)."""
    return with_size_class(a, ctx, _evaluate_ranks(a, ctx), _evaluate_ranks)


def _evaluate_ranks(a: Ranks, ctx: Context) -> AssertionResult:
    if a.aggregate == "mean":
        result = evaluate_mean_rank(a, ctx, _cohort_words(a, ctx))
        result.caveats += _membership_caveats(ctx, a, cohort_members(ctx, a.cohort))
        return result
    found = _PREPARED.pop(_prepared_key(a, ctx), None)
    if found is not None and found[0] is a:
        cohort, benches, caveats = found[1], found[2], list(found[3])
    else:
        cohort, benches, caveats = _cohort_and_benchmarks(a, ctx)
    comparisons, units, rank_rows = [], [], []
    # the cohort in arrays; the comparisons kept are those that decide the rank (all of them with ctx.full)
    done = rank_units(ctx, a.top, [ctx.bench(b) for b in benches], cohort, ctx.full)
    for b, (row, kept) in zip(benches, done):
        # each tested on its own (a kept comparison sets its significance once made: `KeptComparison`)
        set_significance([c for c in kept if not isinstance(c, KeptComparison)], "all", ctx.alpha)
        for c in kept:
            if isinstance(c, KeptComparison):
                c.test_alone()
        comparisons.extend(kept)
        row.tie_at_cut = _tie_at_cut(row, kept, a.top)
        rank_rows.append(row)
        units.append(Unit(b, row.status, _rank_significance(row, ctx.alpha), frozenset()))
    verdict = decide(units, a.quantifier)
    if a.strict and any(u.status == FAIL for u in units):
        verdict = REFUTED
    noun = _cohort_noun(a)
    cohort_words = _cohort_words(a, ctx)
    scope = (
        "benchmarks listed"
        if isinstance(a.benchmarks, list)
        else "benchmarks with evidence for it and at least one other cohort member"
    )
    rule = (
        f"Supported if {ctx.name(ctx.subject)} ranks in the top {a.top} of {cohort_words} on "
        f"{over_units(a.quantifier, len(units), scope)}; rank = 1 + members scoring "
        f"strictly higher; conflicting sources give a best and worst rank; a benchmark with no other member "
        f"scored is unknown, never a pass. Uncertainty: P(top {a.top}) from "
        f"{20_000:,} normal draws per score, and tie-group rank at {100 * (1 - ctx.alpha):g}%."
    )
    rule += rank_rule_note(rank_rows)
    passes = sum(u.status == PASS for u in units)
    summary = (
        f"in the top {a.top} on {passes} of {counted(len(units), 'benchmark')} "
        f"(needs {quantifier_words(a.quantifier, len(units))})"
        if units
        else "no benchmark with a score for it and another cohort member"
    )
    tied = [r for r in rank_rows if r.tie_at_cut]
    if tied:
        summary += "; " + "; ".join(f"{ctx.bench(r.benchmark).name}: {tie_words(r, ctx.name)}" for r in tied[:3])
        summary += " …" if len(tied) > 3 else ""
    misses = [ctx.bench(r.benchmark).name for r in rank_rows if r.status == FAIL]
    if misses:
        summary += "; not on " + ", ".join(misses[:5]) + (" …" if len(misses) > 5 else "")
    gone = [r for r in rank_rows if r.subject_missing]
    # the subject's rows the claim's own filters left out are not "no score"
    out = {r.benchmark: ctx.excluded(ctx.subject, r.benchmark) for r in gone}
    absent = [ctx.bench(r.benchmark).name for r in gone if not out[r.benchmark]]
    if absent:
        summary += f"; no score for {ctx.name(ctx.subject)} itself on " + ", ".join(absent[:5])
        summary += " …" if len(absent) > 5 else ""
    for by in dict.fromkeys(x.by for x in out.values() if x):
        names = [ctx.bench(b).name for b, x in out.items() if x and x.by == by]
        date = f" {ctx.flt.as_of}" if by == "the as_of date" else ""
        summary += f"; {ctx.name(ctx.subject)}'s own scores excluded by {by}{date} on "
        summary += ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
    absent = [ctx.bench(r.benchmark).name for r in gone]
    alone = [ctx.bench(r.benchmark).name for r in rank_rows if r.status == UNKNOWN and r.cohort_size == 1]
    alone = [name for name in alone if name not in absent]
    if alone:
        summary += "; no other cohort member scored on " + ", ".join(alone[:5]) + (" …" if len(alone) > 5 else "")
    few = [r for r in rank_rows if r.status == UNKNOWN and 1 < r.cohort_size <= a.top and r.rank_best is not None]
    if few:
        names = ", ".join(f"{ctx.bench(r.benchmark).name} ({r.cohort_size} scored)" for r in few[:5])
        summary += f"; too few scored for a top {a.top} (no score could fail it) on {names}" + (
            " …" if len(few) > 5 else ""
        )
    coverage = _coverage(ctx, cohort, rank_rows, noun, bool(a.cohort.models))
    if coverage["low"]:
        summary += f"; {coverage['text']}"
    caveats.append("Cohort coverage: " + coverage["text"] + ".")
    # members whose rows the claim's own filters left out are not "without a score": what each filter left out
    caveats += dict.fromkeys(f"{why[0].upper()}{why[1:]}." for r in rank_rows for why in r.excluded)
    caveats += _membership_caveats(ctx, a, cohort)
    return AssertionResult(
        a.kind,
        verdict,
        rule,
        comparisons,
        {"cohort": units},
        {"cohort": verdict},
        caveats,
        strength(units, a.quantifier, verdict),
        False,
        rank_rows,
        summary,
        coverage=coverage,
    )


def _cohort_words(a: Ranks, ctx: Context) -> str:
    """The cohort as the rule names it: 'open-weight models with a score from X (excluding Y)'."""
    noun = _cohort_noun(a)
    words = {"listed models": "the listed models", "models": "every model"}.get(noun, noun)
    if a.cohort.source is not None:
        table = f", table {a.cohort.locator!r}" if a.cohort.locator else ""
        words += f" with a score from {a.cohort.source!r}{table}"
    if a.cohort.variant:
        words += " (variant " + ", ".join(f"{k}={v}" for k, v in a.cohort.variant.items()) + ")"
    if a.cohort.exclude:
        words += " (excluding " + ", ".join(ctx.name(ctx.catalog.model(m).id) for m in a.cohort.exclude) + ")"
    return words


def _tie_at_cut(row: RankRow, kept: list, top: int) -> tuple[float, list[str]] | None:
    """The subject's score and the members scoring the same, where together they straddle the top-k cut.

    Every member tied with a subject inside the top k is among the comparisons a unit keeps (those at
    and above the cut, ties included), so they are read there: a plain one's two rows, without making it.
    """
    if row.rank_best is None or row.rank_best > top:
        return None
    value, members = None, []
    for c in kept:
        if isinstance(c, KeptComparison):
            s, v = c.subject_row.value, c.row.value
            same = abs(s - v) < EPS
        else:
            s, same = c.subject_value, c.outcome == "tie"
        if same:
            value = s
            members.append(c.competitor)
    if not members or row.rank_best + len(members) <= top:
        return None  # no tie, or one the top k holds whole: the rule's reading of ties decides nothing
    return value, members


def tie_words(row: RankRow, name) -> str:
    """'first, tied with X at 95.3': the place a tie at the cut was counted as, and who shares it."""
    value, members = row.tie_at_cut
    names = [name(m) for m in members]
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    place = "first" if row.rank_best == 1 else f"rank {row.rank_best}"
    return f"{place}, tied with {shown} at {value:g}"


def _subject_kind(ctx: Context, a: Ranks) -> str:
    """A cohort of open or closed models ('the best closed model') says the subject is one: an open-weight subject
    ranked first among closed models was supported without a word."""
    wanted, own = a.cohort.open_weights, ctx.catalog.model(ctx.subject).open_weights
    if wanted is None or own == wanted:
        return ""
    kinds = ("open", "closed") if own else ("closed", "open")
    return f"Cohort: {ctx.name(ctx.subject)} has {kinds[0]} weights (catalog), and is ranked among {kinds[1]} ones."


def _subject_size(ctx: Context, a: Ranks) -> str:
    """A size class ('the best model under 10B') says the subject is in it: say so where the catalog cannot tell."""
    if not a.cohort.sized():
        return ""
    own = ctx.catalog.model(ctx.subject).parameters_b
    if own is None:
        return (
            f"Size class: {ctx.name(ctx.subject)}'s own size is not in the catalog (parameters_b), so that it is "
            f"a model{a.cohort.size_words()} is not checked."
        )
    if a.cohort.in_class(own):
        return ""
    low, high = a.cohort.min_parameters_b, a.cohort.max_parameters_b
    if low is not None and high is not None:
        where = f"outside the {low:g}B to {high:g}B"
    else:
        where = f"more than the {high:g}B" if high is not None else f"fewer than the {low:g}B"
    return f"Size class: {ctx.name(ctx.subject)} has {own:g}B parameters, {where} of the class it is ranked in."


def _membership_caveats(ctx: Context, a: Ranks, cohort: tuple[str, ...]) -> list[str]:
    """What the cohort's membership leaves open, whether the rank is by benchmark or by the mean: members the catalog
    cannot place, and a subject not of the cohort's kind or size class."""
    found = (_unchecked_membership(ctx, a, cohort), _subject_kind(ctx, a), _subject_size(ctx, a))
    return [c for c in found if c]


def _unchecked_membership(ctx: Context, a: Ranks, cohort: tuple[str, ...]) -> str:
    """Open or closed weights that put a scored model in or out of the cohort, where no person checked them.

    An entry `import --add-unmapped` wrote takes open weights from the model registry (or false when
    nothing says); until a review lists `open_weights` among the facts it checked, the cohort rests on it.
    """
    if a.cohort.open_weights is None or a.cohort.models:
        return ""
    excluded = {ctx.catalog.model(m).id for m in a.cohort.exclude}
    names = []
    unchecked = unchecked_open_weights(ctx)
    members = set(cohort) if unchecked else set()
    for model in unchecked:
        if model.id == ctx.subject or model.id in excluded:
            continue
        names.append(model.name if model.id in members else f"{model.name} (left out)")
    if not names:
        return ""
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return (
        f"Open weights not checked against a source for {len(names)} scored "
        f"{'entry' if len(names) == 1 else 'entries'} imported into the catalog ({shown}): "
        "in or out of the cohort on the model registry's word until reviewed."
    )


def unchecked_open_weights(ctx: Context) -> list:
    """The catalog's scored entries whose open weights no review checked, in catalog order: the same for
    every rank claim of a catalog and store (worked out once, where each claim read all 2,000 entries)."""
    cache = cohort_cache(ctx.evidence)
    found = cache.get(("unchecked", id(ctx.catalog)))
    if found is None or found[0] is not ctx.catalog:
        scored = set(ctx.evidence.values["model"])
        entries = [
            model
            for model in ctx.catalog.models.entries.values()
            if model.review is not None and "open_weights" not in model.review.checked and model.id in scored
        ]
        found = cache[("unchecked", id(ctx.catalog))] = (ctx.catalog, entries)  # the catalog kept: its id not reused
    return found[1]


def release_dates(ctx: Context) -> dict:
    """Each model's release date by the name a claim's cohort gives it, for one catalog (a rank claim reads
    its 667 members' dates; each model is looked up once)."""
    cache = cohort_cache(ctx.evidence)
    found = cache.get(("released", id(ctx.catalog)))
    if found is None or found[0] is not ctx.catalog:
        found = cache[("released", id(ctx.catalog))] = (ctx.catalog, {})  # the catalog kept: its id not reused
    return found[1]


def _known_and_scored(ctx: Context, cohort: tuple[str, ...]) -> tuple[int, int]:
    """`_coverage`'s known members (the cohort less the subject) and how many of them have a score: the
    whole cohort's counted once per catalog, cohort, claim date and filter, the subject's own part taken
    out per claim (every rank claim of a tag went over the same 667 members)."""
    cache = cohort_cache(ctx.evidence)
    key = ("known", id(ctx.catalog), ctx.claim_date, ctx.flt_other or ctx.flt, cohort)
    found = cache.get(key)
    if found is None or found[0] is not ctx.catalog:
        known = cohort
        if ctx.claim_date is not None:
            released = release_dates(ctx)
            for m in cohort:
                if m not in released:
                    released[m] = ctx.catalog.model(m).release_date
            known = tuple(m for m in cohort if released[m] is None or released[m] <= ctx.claim_date)
        # the catalog kept: its id not reused
        found = cache[key] = (ctx.catalog, len(known), scored_members(ctx, known), frozenset(known))
    n_known, scored = found[1], found[2]
    if ctx.subject in found[3]:  # a member once at most (Cohort.members)
        n_known -= 1
        scored -= scored_members(ctx, (ctx.subject,))
    return n_known, scored


def _rank_significance(row: RankRow, alpha: float) -> bool | None:
    if row.top_k_probability is None:
        return None
    if row.status == PASS:
        return row.top_k_probability >= 1 - alpha
    if row.status == FAIL:
        return row.top_k_probability <= alpha
    return None


# fewer others than this, or under half of those with a score, is said in the verdict's reason
LOW_COVERAGE = 5


def _cohort_noun(a: Ranks) -> str:
    size = a.cohort.size_words()
    if a.cohort.open_weights:
        return "open-weight models" + size
    if a.cohort.open_weights is False:
        return "closed models" + size
    return ("listed models" if a.cohort.models else "models") + size


def _one(noun: str) -> str:
    """The cohort's noun for one member: 'open-weight model of at most 10B parameters', not '... parameter'."""
    return noun.replace("models", "model", 1)


def _reporters(tables: frozenset) -> frozenset:
    """The reporters of a unit's (reporter, locator) tables, worked out once per set: a setting's set (some
    600 tables of a cohort on one benchmark) is every rank claim's there, 50 a claim on a wide tag."""
    found = _REPORTERS.get(id(tables))
    if found is None or found[0] is not tables:
        if len(_REPORTERS) >= 1 << 12:
            _REPORTERS.clear()
        found = _REPORTERS[id(tables)] = (tables, frozenset(reporter for reporter, _ in tables))  # the set kept
    return found[1]


_REPORTERS: dict[int, tuple[frozenset, frozenset]] = {}


def _coverage(ctx: Context, cohort: tuple[str, ...], rank_rows: list[RankRow], noun: str, listed: bool = False) -> dict:
    """How many cohort members the rank rests on, of how many the catalog and the evidence know.

    Known: cohort members other than the subject released by the claim's date (or with no release
    date), and of those the ones with a score on any benchmark in the evidence the claim may use.
    Compared: the most other members the subject was ranked against on one benchmark.
    """
    n_known, scored = _known_and_scored(ctx, cohort)
    # every unit counts the members it compared and the tables their rows came from (kept or not)
    compared = max((r.cohort_size - 1 for r in rank_rows if r.rank_best is not None), default=0)
    every = list({id(r.tables): r.tables for r in rank_rows}.values())  # a setting's tables: one object per claim
    reporters = sorted(set().union(*map(_reporters, every)))
    if len(reporters) == 1:
        where = f"on {reporters[0]}'s table{'s' if len(set().union(*every)) > 1 else ''}"
    elif reporters:
        where = f"from {len(reporters)} sources"
    else:
        where = "on no table"  # nobody compared
    others = noun if compared != 1 else _one(noun)
    by = f" by {ctx.claim_date.isoformat()}" if ctx.claim_date else ""
    # a listed cohort's members are the claim's, not the catalog's ("3 of the catalog's 3" read as a catalog of 3)
    known = (
        f"the {counted(n_known, 'listed model')}{' released' if by else ''}" if listed else f"the catalog's {n_known}"
    )
    text = f"ranked {where} against {compared} other {others} (the evidence scores {scored} of {known}{by})"
    low = compared < LOW_COVERAGE or 2 * compared < scored
    # one wide board where the subject fails must not hide how thin the benchmarks it passes are
    passing = [r.cohort_size - 1 for r in rank_rows if r.status == PASS and r.rank_best is not None]
    if passing and max(passing) < compared:
        thin = max(passing)
        text += f"; on the benchmarks it passes, against at most {thin} other {noun if thin != 1 else _one(noun)}"
        low = low or thin < LOW_COVERAGE or 2 * thin < scored
    return {
        "compared": compared,
        "with_score": scored,
        "in_catalog": n_known,
        "reporters": reporters,
        "low": low,
        "text": text,
    }
