"""What rank claims read once per catalog and store is what each claim would read for itself."""

from datetime import date

from harness.claims.catalog import Catalog
from harness.evidence.records import EvidenceFilter
from harness.judge import ranking
from harness.judge.cohort_cells import cohort_cache
from harness.judge.comparisons import Context
from harness.verify import Project, load_inputs
from tests.conftest import REPO


def _unchecked(ctx):
    """The reference: every catalog entry read for the claim."""
    scored = set(ctx.evidence.values["model"])
    return [
        m
        for m in ctx.catalog.models.entries.values()
        if m.review is not None and "open_weights" not in m.review.checked and m.id in scored
    ]


def test_unchecked_entries_and_release_dates_are_read_per_catalog():
    run = load_inputs(Project(REPO))
    cohort_cache(run.evidence).clear()
    members = sorted(run.catalog.models.entries)
    for catalog in (run.catalog, Catalog(), run.catalog):  # another catalog on the same store reads its own
        ctx = Context(catalog, run.evidence, EvidenceFilter(), members[0], 0.05)
        for _ in range(2):
            assert ranking.unchecked_open_weights(ctx) == _unchecked(ctx)
    assert len(_unchecked(Context(run.catalog, run.evidence, EvidenceFilter(), members[0], 0.05))) >= 5
    for day in (None, date(2024, 6, 1), date(2025, 6, 1), date(2030, 1, 1)):  # dates kept across claims
        ctx = Context(run.catalog, run.evidence, EvidenceFilter(), members[0], 0.05, claim_date=day)
        released = [run.catalog.model(m).release_date for m in members]
        known = sum(day is None or d is None or d <= day for d in released[1:])  # the subject is no other
        for _ in range(2):
            assert ranking._coverage(ctx, tuple(members), [], "models")["in_catalog"] == known, day
    assert len({d for d in released if d is not None}) > 3 and 0 < known_by(run, members, date(2024, 6, 1)) < len(
        members
    )  # the dates tell members apart


def known_by(run, members, day):
    return sum(d is None or d <= day for d in (run.catalog.model(m).release_date for m in members))


def test_a_cohorts_known_and_scored_members_counted_once_are_each_claims_own():
    """Counted once per cohort, date and filter, the subject's part taken out per claim: the counts over the
    members less each subject, whether it is in the cohort or not, scored or not."""
    run = load_inputs(Project(REPO))
    cohort_cache(run.evidence).clear()
    reporter = run.evidence.values["reported_by"][0]
    flt = EvidenceFilter(reported_by=(reporter,))  # some models have no row from this one
    scored = {m for m in run.evidence.values["model"] if run.evidence.benchmarks_of(m, flt)}
    everyone = sorted(run.catalog.models.entries)
    unscored = next(m for m in everyone[1:] if m not in scored)
    cohort = tuple(everyone[:-1])  # the last one outside the cohort
    day = date(2025, 6, 1)
    for subject in (everyone[0], unscored, everyone[-1], sorted(scored)[0]):
        ctx = Context(run.catalog, run.evidence, flt, subject, 0.05, claim_date=day)
        released = {m: run.catalog.model(m).release_date for m in cohort}
        known = [m for m in cohort if m != subject and (released[m] is None or released[m] <= day)]
        got = ranking._coverage(ctx, cohort, [], "models")
        assert (got["in_catalog"], got["with_score"]) == (len(known), sum(m in scored for m in known)), subject
    assert 0 < len(scored & set(cohort)) < len(cohort)


def test_a_cohorts_benchmarks_are_those_scored_for_a_member_other_than_the_subject():
    """`cohort_benchmarks` (kept per cohort as the benchmarks scored for any member, for two or more, for one) is
    the definition: the benchmarks with an accepted row for a cohort member other than the subject, for every
    seed model as the subject, in a cohort that holds it or not, under two filters."""
    from harness.judge.cohort_cells import cohort_benchmarks

    run = load_inputs(Project(REPO))
    ids = [m.id for m in run.catalog.all_models()]
    alone = 0
    for flt in (EvidenceFilter(), EvidenceFilter(independent=True)):
        for subject in ids:
            ctx = Context(run.catalog, run.evidence, flt, subject, 0.05)
            for cohort in (tuple(ids), tuple(m for m in ids if m != subject), tuple(ids[::2])):
                want = set().union(*(run.evidence.benchmarks_of(m, flt) for m in cohort if m != subject))
                assert cohort_benchmarks(ctx, cohort) == want, (subject, flt)
            # the case the kept counts must get right: a benchmark only the subject is scored on
            own = run.evidence.benchmarks_of(subject, flt)
            alone += len(own - set().union(*(run.evidence.benchmarks_of(m, flt) for m in ids if m != subject)))
    assert alone > 0


def test_the_reporters_of_a_units_tables_are_read_once_per_set_and_say_what_the_union_says():
    """A setting's tables (reporter, locator) are every rank claim's there: their reporters are read once per
    set object; the coverage names the reporters of all a claim's units, and 'tables' where one has several."""
    from harness.judge.results import RankRow

    shared = frozenset({("Org 1", "Table 2"), ("Org 2", "Table 2"), ("Org 1", "Table 5")})
    assert ranking._reporters(shared) == {"Org 1", "Org 2"} and ranking._reporters(shared) is ranking._reporters(shared)
    equal = frozenset(shared)  # an equal set, another object: its own entry
    assert ranking._reporters(equal) == {"Org 1", "Org 2"}
    run = load_inputs(Project(REPO))
    ctx = Context(run.catalog, run.evidence, EvidenceFilter(), sorted(run.catalog.models.entries)[0], 0.05)

    def said(*tables):
        rows = [RankRow(f"b{i}", 1, 1, 3, "pass") for i in range(len(tables))]
        for row, t in zip(rows, tables):
            row.tables = t
        coverage = ranking._coverage(ctx, (), rows, "models")
        return coverage["reporters"], coverage["text"].split(" against")[0]

    one = frozenset({("Org 1", "Table 2")})
    assert said(one, one) == (["Org 1"], "ranked on Org 1's table")
    assert said(one, frozenset({("Org 1", "Table 5")})) == (["Org 1"], "ranked on Org 1's tables")
    assert said(shared, one, shared) == (["Org 1", "Org 2"], "ranked from 2 sources")
    assert said() == ([], "ranked on no table")
