"""Rank units in arrays give what the pairwise path gives: the same rank rows, comparisons and P(top k)."""

import random

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from harness.evidence.records import EvidenceFilter
from harness.judge import cohort, cohort_order, rank_draws, rank_kept, stats
from harness.judge.comparisons import Context
from tests.conftest import load_scores

N_MODELS = 24


def _project(root):
    """24 open models on four benchmarks whose cells are plain, tied, conflicting, in other settings, or missing."""
    rng = random.Random(7)
    models = [f"  - {{id: m{i:02d}, name: M{i:02d}, developer: lab, open_weights: true}}" for i in range(N_MODELS)]
    (root / "catalog").mkdir(parents=True)
    (root / "catalog" / "catalog.yaml").write_text(
        "organisations:\n  - {id: lab, name: Lab}\n  - {id: board, name: Board}\nmodels:\n"
        + "\n".join(models)
        + "\nbenchmarks:\n"
        "  - {id: hi, name: Hi, items: 500, items_status: exact}\n"
        "  - {id: lo, name: Lo, items: 200, items_status: exact, higher_is_better: false}\n"
        "  - {id: rating, name: Rating, metric_kind: rating}\n"
        "  - {id: mixed, name: Mixed, items: 300, items_status: exact}\n"
    )
    rows = []
    for i in range(N_MODELS):
        for bench in ("Hi", "Lo", "Rating", "Mixed"):
            if (i + len(bench)) % 9 == 0:
                continue  # no score: a missing member
            value = rng.choice([60.0, 61.5, 70.0, 70.0, 72.3, 80.0]) + rng.randrange(0, 3)
            if bench == "Rating":
                value = 1200 + 10 * rng.randrange(0, 8)
            setting = "pass@1" if bench != "Mixed" or i % 5 else "pass@8"  # another setting: not plain
            rows.append(f"M{i:02d},{bench},acc,{setting},{value},Lab,https://lab.example,T1,2025-01-01,")
            if bench == "Mixed" and i % 7 == 3:  # a second source that disagrees: a conflict
                rows.append(f"M{i:02d},{bench},acc,{setting},{value - 12},Board,https://board.example,B,2025-01-02,")
            if bench == "Hi" and i % 6 == 1:  # a second source that agrees: corroborates, not plain
                rows.append(f"M{i:02d},{bench},acc,{setting},{value},Board,https://board.example,B,2025-01-02,")
    return load_scores(root, rows)


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    return _project(tmp_path_factory.mktemp("board"))


@pytest.mark.parametrize("top", [1, 2, 5])
def test_the_array_path_gives_the_pairwise_path_rank_rows_and_comparisons(board, top):
    ids = tuple(f"m{i:02d}" for i in range(N_MODELS))
    fast = slow = 0
    for subject in ids + ("m03",):
        ctx = Context(board.catalog, board.evidence, EvidenceFilter(), subject, 0.05, EvidenceFilter(), True)
        for bench_id in ("hi", "lo", "rating", "mixed"):
            bench = board.catalog.benchmark(bench_id)
            members = [m for m in ids if m != subject]
            want_row, want = cohort._pairwise_unit(ctx, top, bench, members, True)
            got_row, got = cohort.rank_unit(ctx, top, bench, ids, True)
            assert got_row == want_row, (subject, bench_id)
            assert got_row.tables == want_row.tables, (subject, bench_id)  # not part of ==: the tables compared
            assert got == want, (subject, bench_id)
            # compact: the same row, and only the comparisons of the members that decide it
            compact_row, kept = cohort.rank_unit(ctx, top, bench, ids, False)
            assert compact_row == want_row
            assert kept == [c for c in want if c.competitor in want_row.deciding]
            plain = len(ctx.rows(subject, bench_id)) == 1
            fast, slow = fast + plain, slow + (not plain)
    assert fast > 50 and slow > 5  # both paths were taken


def test_the_deciding_members_are_the_best_ones_and_the_undecided(board):
    ids = tuple(f"m{i:02d}" for i in range(N_MODELS))
    bench = board.catalog.benchmark("mixed")
    seen_undecided = 0
    for subject in ids:
        ctx = Context(board.catalog, board.evidence, EvidenceFilter(), subject, 0.05, EvidenceFilter(), False)
        row, kept = cohort.rank_unit(ctx, 2, bench, ids, False)
        every = cohort._pairwise_unit(ctx, 2, bench, [m for m in ids if m != subject], True)[1]
        if not every:
            continue
        cut = sorted((c.competitor_value for c in every), reverse=True)[:2][-1]
        best = {c.competitor for c in every if c.competitor_value >= cut}
        undecided = {c.competitor for c in every if c.outcome in ("conflict", "depends_on_setting")}
        assert {c.competitor for c in kept} == best | undecided
        assert row.deciding == [c.competitor for c in kept]
        seen_undecided += bool(undecided - best)
    assert seen_undecided


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([50.0, 60.0, 60.5, 61.0, 70.0, 90.0]), st.sampled_from([0.0, 0.5, 1.0, 2.0, 8.0])),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from([50.0, 60.0, 61.0, 70.0]),
    st.sampled_from([0.0, 0.5, 2.0]),
    st.integers(1, 4),
    st.booleans(),
)
def test_top_k_probability_without_the_sure_members_is_the_full_simulation(others, sv, s_se, k, higher):
    values = np.array([v for v, _ in others])
    ses = np.array([se for _, se in others])
    want = stats.top_k_probability((sv, s_se), others, k, higher)
    assert rank_draws.top_k_probability(sv, s_se, values, ses, k, higher) == want
    assert rank_draws.tie_group_rank(sv, s_se, values, ses, 0.05, higher) == stats.tie_group_rank(
        (sv, s_se), others, 0.05, higher
    )


def test_a_plain_pair_compares_as_the_general_pairing_does(board):
    from harness.judge.comparisons import _pair_settings, _plain_pair, compare
    from harness.judge.significance import match_judge, outperform_judge

    plain = 0
    for judge in (outperform_judge(0.0), outperform_judge(1.5), match_judge(2.0, "points"), match_judge(3, "percent")):
        for subject, other in [("m01", f"m{i:02d}") for i in range(2, N_MODELS)]:
            ctx = Context(board.catalog, board.evidence, EvidenceFilter(), subject, 0.05)
            for bench_id in ("hi", "lo", "rating", "mixed"):
                s_rows, c_rows = ctx.rows(subject, bench_id), ctx.rows(other, bench_id)
                if not s_rows or not c_rows:
                    continue
                bench = board.catalog.benchmark(bench_id)
                got = compare(ctx, bench_id, other, judge)
                assert got == _pair_settings(ctx, bench, other, s_rows, c_rows, judge)
                plain += _plain_pair(s_rows, c_rows, bench)
    assert plain > 100


@pytest.mark.parametrize("full", [True, False])
def test_the_tests_searched_in_one_batch_are_those_searched_one_by_one(board, monkeypatch, full):
    from harness.judge import fragility, intervals, significance

    ids = tuple(f"m{i:02d}" for i in range(N_MODELS))
    benches = [board.catalog.benchmark(b) for b in ("hi", "lo", "rating", "mixed")]
    batches = []
    know = cohort.know_tests
    monkeypatch.setattr(cohort, "know_tests", lambda plain, alpha: batches.append(len(plain)) or know(plain, alpha))
    for subject in ids:
        ctx = Context(board.catalog, board.evidence, EvidenceFilter(), subject, 0.05, EvidenceFilter(), True)
        # (the kept comparisons' prototypes too, keyed by their numbers: an earlier test's left the batch fewer to
        # search, and the count of batches below short, when this file ran after the JSON tests)
        intervals.forget_ps(), fragility.forget_fragility(), significance.forget_tests(), rank_kept.forget_prototypes()
        monkeypatch.setattr(cohort, "BATCH_FROM", 1)
        batched = cohort.rank_units(ctx, 2, benches, ids, full)
        intervals.forget_ps(), fragility.forget_fragility(), significance.forget_tests()  # searched again, one by one
        monkeypatch.setattr(cohort, "BATCH_FROM", 10**9)
        one_by_one = [cohort.rank_unit(ctx, 2, bench, ids, full) for bench in benches]
        assert batched == one_by_one, subject
        assert [[(c.p_value, c.interval, c.power) for c in kept] for _, kept in batched] == [
            [(c.p_value, c.interval, c.power) for c in kept] for _, kept in one_by_one
        ]
    assert len(batches) == len(ids) and min(batches) >= 1


def _pairwise_claims(ids):
    from harness.claims.spec import Matches, Outperforms

    others = list(ids[1:])
    return [
        Outperforms(kind="outperforms", competitors=others),
        Outperforms(kind="outperforms", competitors=others, margin=1.5, quantifier="most"),
        Matches(kind="matches", competitors=others, tolerance=2),
        Matches(kind="matches", competitors=others, tolerance=3, tolerance_unit="percent", direction="at_least"),
    ]


def test_a_pairwise_claims_tests_in_one_batch_are_those_searched_one_by_one(board, monkeypatch):
    """Outperforms and matches claims: p at each boundary, interval, fragility and items needed of every
    plain comparison worked out in one batch equal the one-by-one search's."""
    from harness.judge import fragility, intervals, pairwise, significance

    ids = tuple(f"m{i:02d}" for i in range(N_MODELS))
    batches = []
    know = pairwise.know_tests
    monkeypatch.setattr(pairwise, "know_tests", lambda plain, alpha: batches.append(len(plain)) or know(plain, alpha))
    searched = {"fragile": 0, "not": 0}
    for subject in ids[:8]:
        ctx = Context(board.catalog, board.evidence, EvidenceFilter(), subject, 0.05, EvidenceFilter(), True)
        for claim in _pairwise_claims((subject,) + tuple(m for m in ids if m != subject)):
            intervals.forget_ps(), fragility.forget_fragility(), significance.forget_tests()
            monkeypatch.setattr(pairwise, "BATCH_FROM", 1)
            batched = pairwise.verify_pairwise(claim, ctx)
            intervals.forget_ps(), fragility.forget_fragility(), significance.forget_tests()
            monkeypatch.setattr(pairwise, "BATCH_FROM", 10**9)
            one_by_one = pairwise.verify_pairwise(claim, ctx)
            assert batched == one_by_one, (subject, claim)
            got = [(c.p_value, c.interval, c.power, c.test) for c in batched.comparisons]
            assert got == [(c.p_value, c.interval, c.power, c.test) for c in one_by_one.comparisons]
            for c in batched.comparisons:
                if c.power is not None and c.power.fragility is not None:
                    searched["fragile" if c.significant else "not"] += 1
    assert len(batches) == 8 * 4 and min(batches) > 20
    assert min(searched.values()) > 50  # fragilities of significant and non-significant differences


def test_many_cells_at_once_are_those_selected_one_by_one(tmp_path):
    """`select_cells` (every cell found by one search of the index, filtered once per filter, the records
    built in one batch) leaves for `select` the very lists it builds one cell at a time, in load order:
    for five filters in one call, models and benchmarks with and without rows, cells asked twice."""
    filters = [
        EvidenceFilter(),
        EvidenceFilter(reported_by=("Board",)),
        EvidenceFilter(party="first_party", subject_reporters=("Lab",)),
        EvidenceFilter(party="independent", subject_reporters=("Lab",)),
        EvidenceFilter(locators=("T1",), independent=True),
    ]
    models = [f"m{i:02d}" for i in range(N_MODELS)] + ["no-such-model"]
    benches = ["hi", "lo", "rating", "mixed", "no-such-benchmark", "hi"]
    cells = [(m, b, flt) for flt in filters for m in reversed(models) for b in benches]
    store, alone = _project(tmp_path).evidence, _project(tmp_path / "again").evidence
    store.select_cells(cells)
    assert set(store._selected) == set(cells)
    seen = 0
    for m, b, flt in cells:
        want = alone._select(flt, m, b)
        got = store.select(flt, m, b)
        assert got == want and [r.row_id for r in got] == [r.row_id for r in want], (m, b, flt)
        assert [r.benchmark for r in got] == [b] * len(got)
        seen += len(got)
    assert seen == 243 and any(len(store.select(filters[0], m, "hi")) == 2 for m in models)
    assert any(store.select(f, m, "mixed") != store.select(filters[0], m, "mixed") for f in filters for m in models)
    # `cell_rows`: each cell's list as `select` gives it, in the order asked (cells selected or not yet)
    fresh = _project(tmp_path / "rows").evidence
    assert fresh.cell_rows(cells[::-1]) == [alone._select(flt, m, b) for m, b, flt in cells[::-1]]
    assert store.cell_rows(cells) == [store.select(flt, m, b) for m, b, flt in cells]


def test_the_cut_by_partition_is_the_cut_by_a_full_sort():
    """`at_and_above_cut` takes the top-th greatest score by np.partition: the members it keeps are those
    a full sort's cut keeps, with ties at the cut, NaN scores and a top past the cohort's size."""
    from harness.judge.significance import EPS

    rng = np.random.default_rng(11)
    for t in range(3000):
        n = int(rng.integers(1, 40))
        signed = rng.choice([1.0, 2.0, 2.0, 3.0, np.nan, 5.5, -1.0], n) if t % 2 else rng.random(n)
        index = rng.permutation(100)[:n]
        top = int(rng.integers(1, 45))
        cut = np.sort(signed)[::-1][min(top, n) - 1]
        assert cohort_order.at_and_above_cut(index, signed, top) == set(index[signed >= cut - EPS].tolist())
    assert cohort_order.at_and_above_cut(np.arange(3), np.array([1.0, 3.0, 3.0]), 1) == {1, 2}  # a tie at the cut


def test_top_k_probability_over_wide_close_cohorts_is_the_full_simulation():
    """Cohorts of up to 300 members close to the subject: several blocks of members are drawn, most of them
    after some draws are decided (each member's open draws taken one by one); the same probability as
    drawing every member in one array."""
    rng = np.random.default_rng(5)
    blocks = []
    for t in range(40):
        m = int(rng.integers(20, 300))
        values = np.round(rng.normal(60.0, 2.0, m), 1)
        ses = rng.choice([0.5, 1.0, 1.5, 3.0], m)
        sv, s_se, k = float(np.round(rng.normal(62.0, 2.0), 1)), float(rng.choice([0.5, 1.5])), int(rng.integers(1, 6))
        higher = bool(t % 3)
        want = stats.top_k_probability((sv, s_se), list(zip(values.tolist(), ses.tolist())), k, higher)
        assert rank_draws.top_k_probability(sv, s_se, values, ses, k, higher) == want
        blocks.append(0.0 < want < 1.0)
    assert sum(blocks) >= 10  # drawn, not decided by the bounds alone


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([50.0, 60.0, 60.0 + 1e-10, 60.5, 70.0, 70.0, 90.0]), min_size=1, max_size=30),
    st.integers(-1, 29),
    st.integers(0, 5),
    st.sampled_from([1.0, -1.0]),
)
def test_the_cut_among_a_settings_members_kept_in_order_is_the_cut_over_their_arrays(values, subject, top, sign):
    from harness.judge.cohort_cells import SettingCells

    where = np.arange(0, 3 * len(values), 3, dtype=np.int64)  # cohort positions, with gaps
    value = np.array(values)
    plain = SettingCells(value, np.ones(len(values)), where, [], True, {})
    cut_at = subject if 0 <= subject < len(values) else -1
    keep = np.arange(len(values)) != cut_at
    want = cohort_order.at_and_above_cut(where[keep], value[keep] * sign, top)
    assert cohort_order.cut_among(plain, sign, cut_at, top) == want


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([50.0, 60.0 - 1e-9, 60.0 - 2e-9, 60.0, 60.0 + 1e-9, 60.0 + 1e-10, 61.0, 70.0, 90.0]),
            st.sampled_from([0.0, 0.3, 1.0, 4.0]),
        ),
        min_size=1,
        max_size=40,
    ),
    st.integers(-1, 39),
    st.sampled_from([50.0, 60.0, 60.0 + 1e-9, 61.0, 89.0]),
    st.sampled_from([0.0, 0.5, 2.0]),
    st.booleans(),
)
# a member after the one taken out sits one block lower: its nearest draw at its own block would put it ahead of
# the subject here, wrongly (the draws' blocks differ by less than the strategy's values are apart, so the search
# rarely meets such a case by itself)
@example(members=[(50.0, 1.0), (60.0, 1.0), (70.0, 1.0)], subject=0, sv=55.8, s_se=0.0, higher=True)
@example(members=[(50.0, 1.0), (40.0, 1.0), (30.0, 1.0)], subject=0, sv=44.3, s_se=0.0, higher=False)
def test_a_settings_counts_kept_for_every_subject_are_those_over_its_arrays_less_the_subject(
    members, subject, sv, s_se, higher
):
    """The losses, the members ahead in every draw and the tie-group rank, counted from what a setting keeps
    for every subject ranked there (its members' order, draw bounds and lower bounds) with the subject's place
    taken out, are the counts over the arrays less the subject, as the rank unit worked them out before."""
    from harness.judge.cohort_cells import SettingCells, draw_bounds, tie_bounds

    value, se = np.array([v for v, _ in members]), np.array([s for _, s in members])
    plain = SettingCells(value, se, np.arange(len(members), dtype=np.int64) * 2, [], True, {})
    cut_at = subject if 0 <= subject < len(members) else -1
    keep = np.arange(len(members)) != cut_at
    values, ses = value[keep], se[keep]
    sign = 1.0 if higher else -1.0
    d = (sv - values) * sign
    assert cohort_order.losses(plain, sv, sign, cut_at) == int(
        np.count_nonzero(~(np.abs(d) < cohort_order.EPS) & (d < 0))
    )
    if len(values):
        # top_k_probability's first count: each member's nearest draw against the subject's farthest
        low, high = rank_draws._block_bounds(len(values) + 1)
        if higher:
            ahead = np.count_nonzero(values + ses * low[1:] > sv + s_se * high[0])
        else:
            ahead = np.count_nonzero(values + ses * high[1:] < sv + s_se * low[0])
        assert rank_draws.ahead_in_every_draw(sv, s_se, draw_bounds(plain, higher), cut_at, higher) == ahead
    rank = rank_draws.tie_group_rank_among(sv, s_se, tie_bounds(plain, 0.05, higher), cut_at, 0.05, higher)
    assert rank == rank_draws.tie_group_rank(sv, s_se, values, ses, 0.05, higher)
