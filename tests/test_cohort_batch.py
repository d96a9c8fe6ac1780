"""A claim's rank units counted together (`cohort_batch`) are the units `cohort._rank_unit` works out one by one:
the same rank rows, tables and kept comparisons, over ties, SEs of 0 (a score of 100 %), rows without an item
count, lower-is-better benchmarks, members without a score, a top k at the cohort's size and conflicting sources."""

import random

import numpy as np
import pytest

from harness.evidence.records import EvidenceFilter
from harness.judge import cohort, cohort_batch, cohort_order, rank_draws
from harness.judge.cohort_cells import cells_by_benchmark, draw_bounds, tie_bounds
from harness.judge.comparisons import Context
from tests.conftest import load_scores

N_MODELS = 30
HEADER = "model,benchmark,metric,setting,score,stderr,n,reported_by,source_url,source_locator,as_of_date,notes\n"
BENCHES = ("hi", "lo", "noitems", "se", "rating", "mixed", "sparse")


def _load(root, catalog: str, rows: list[str]):
    (root / "catalog").mkdir(parents=True)
    (root / "catalog" / "catalog.yaml").write_text(catalog)
    return load_scores(root, rows, HEADER)


def _catalog(n: int) -> str:
    models = [f"  - {{id: m{i:02d}, name: M{i:02d}, developer: lab, open_weights: true}}" for i in range(n)]
    return (
        "organisations:\n  - {id: lab, name: Lab}\n  - {id: board, name: Board}\nmodels:\n"
        + "\n".join(models)
        + "\nbenchmarks:\n"
        "  - {id: hi, name: Hi, items: 400, items_status: exact}\n"
        "  - {id: lo, name: Lo, items: 250, items_status: exact, higher_is_better: false}\n"
        "  - {id: noitems, name: NoItems}\n"
        "  - {id: se, name: Se, items: 300, items_status: exact}\n"
        "  - {id: rating, name: Rating, metric_kind: rating}\n"
        "  - {id: mixed, name: Mixed, items: 300, items_status: exact}\n"
        "  - {id: sparse, name: Sparse, items: 100, items_status: exact}\n"
    )


def _board(root, seed: int):
    """30 models on seven benchmarks: values from a short list (ties), SEs of 0 published, rows with and without
    their own item count, members without a score (most of them on Sparse), a second source that disagrees and
    another setting on Mixed, and the subject with two rows now and then."""
    rng = random.Random(seed)
    rows = []
    for i in range(N_MODELS):
        for bench in ("Hi", "Lo", "NoItems", "Se", "Rating", "Mixed", "Sparse"):
            if rng.random() < (0.8 if bench == "Sparse" else 0.1):
                continue  # no score: a member without one
            value = rng.choice([60.0, 60.0, 61.5, 70.0, 70.0, 72.3, 80.0, 85.5, 100.0])  # 100 %: a binomial SE of 0
            if bench == "Rating":
                value = 1200 + 10 * rng.randrange(0, 6)
            stderr = rng.choice(["", "0.0", "0.5", "1.5"]) if bench in ("Se", "Rating") else ""
            n = rng.choice(["", "", "200"]) if bench in ("Hi", "Lo", "Mixed") else ""
            setting = "pass@8" if bench == "Mixed" and rng.random() < 0.15 else "pass@1"
            rows.append(f"M{i:02d},{bench},acc,{setting},{value},{stderr},{n},Lab,https://lab.example,T1,2025-01-01,")
            if bench == "Mixed" and rng.random() < 0.1:  # a second source that disagrees: a conflict
                rows.append(f"M{i:02d},{bench},acc,{setting},{value - 12},,,Board,https://board.example,B,2025-01-02,")
    return _load(root, _catalog(N_MODELS), rows)


@pytest.fixture(scope="module", params=[3, 8])
def board(request, tmp_path_factory):
    return _board(tmp_path_factory.mktemp(f"board{request.param}"), request.param)


def _units(monkeypatch, together: bool, *args):
    monkeypatch.setattr(cohort, "TOGETHER", together)
    return cohort._units(*args)


@pytest.mark.parametrize("full", [False, True])
def test_the_units_counted_together_are_the_units_worked_out_one_by_one(board, monkeypatch, full):
    ids = tuple(f"m{i:02d}" for i in range(N_MODELS))
    cohorts = [ids, ids[1::2], ids[2:9]]  # the subject in its cohort or not; a small cohort (top at its size)
    benches = [board.catalog.benchmark(b) for b in BENCHES]
    together = alone = 0
    for subject in ids[::2]:
        ctx = Context(board.catalog, board.evidence, EvidenceFilter(), subject, 0.05, EvidenceFilter(), True)
        for members in cohorts:
            cells_of = cells_by_benchmark(ctx.evidence, ctx.flt, members)
            at = members.index(subject) if subject in members else -1
            planned = [cohort_batch.plan(ctx, bench, cells_of, at) for bench in benches]
            together += sum(u is not None for u in planned)
            alone += sum(u is None for u in planned)
            for top in (1, 3, len(members) - 1):
                args = (ctx, top, benches, members, full)
                got = _units(monkeypatch, True, *args, False)
                want = _units(monkeypatch, False, *args, False)
                assert got == want, (subject, members, top)
                assert [r.tables for r, _ in got] == [r.tables for r, _ in want]
                # a plain member's kept as the very rows (records), not equal ones
                pairs = [(p, q) for (_, a), (_, b) in zip(got, want) for p, q in zip(a, b) if isinstance(p, tuple)]
                assert all(x is y for p, q in pairs for x, y in zip(p, q))
                assert (_units(monkeypatch, True, *args, True) is None) == (
                    _units(monkeypatch, False, *args, True) is None
                )
    assert together > 150 and alone > 50, (together, alone)  # both ways taken


def test_each_units_counts_are_the_counts_over_its_own_arrays(board):
    """The subject's place, the losses and the tie-group rank are `cohort_order`'s and `rank_draws`' counts over the
    unit's own arrays; the members ahead in every draw are theirs where the subject has no place among the members,
    and never more than theirs where it has (they only spare `top_k_probability` a count it makes again)."""
    ids = tuple(f"m{i:02d}" for i in range(N_MODELS))
    benches = [board.catalog.benchmark(b) for b in BENCHES]
    seen = {"ahead": 0, "cut": 0, "lost": 0, "fewer": 0, "SE 0": 0}
    for subject in ids:
        ctx = Context(board.catalog, board.evidence, EvidenceFilter(), subject, 0.05, EvidenceFilter(), True)
        for members in (ids, ids[1::2]):
            at = members.index(subject) if subject in members else -1
            cells_of = cells_by_benchmark(ctx.evidence, ctx.flt, members)
            units = [u for u in (cohort_batch.plan(ctx, b, cells_of, at) for b in benches) if u is not None]
            for u, (cut, lost, ahead, tie) in zip(units, zip(*cohort_batch.numbers(ctx, units, at))):
                plain, hib = u.plain, u.bench.higher_is_better
                assert cut == (int(np.flatnonzero(plain.where == at)[0]) if at in plain.where.tolist() else -1)
                sv, sign = u.s_rec.value, 1.0 if hib else -1.0
                assert lost == cohort_order.losses(plain, sv, sign, cut)
                if u.s_se is None or not plain.finite:
                    continue
                every = rank_draws.ahead_in_every_draw(sv, u.s_se, draw_bounds(plain, hib), cut, hib)
                assert ahead == every if cut < 0 else ahead <= every
                assert tie == rank_draws.tie_group_rank_among(sv, u.s_se, tie_bounds(plain, 0.05, hib), cut, 0.05, hib)
                seen["ahead"] += ahead > 0
                seen["cut"] += cut >= 0
                seen["lost"] += lost > 0
                seen["fewer"] += ahead < every
                seen["SE 0"] += u.s_se == 0
    assert min(seen["ahead"], seen["cut"], seen["lost"]) > 50 and seen["SE 0"] > 5, seen


def test_a_unit_counted_together_reads_its_rank_cut_and_ties(tmp_path, monkeypatch):
    """Four others on one benchmark, the subject tied with one of them: rank 2 of 5 (one member strictly higher),
    a tie-group rank of 1 (every SE 1e-12 but the best's: a published SE of 0 is read as none), the two best members
    and the tie kept for a top 2."""
    rows = [
        f"M{i:02d},Se,acc,pass@1,{v},{se},,Lab,https://lab.example,T1,2025-01-01,"
        for i, (v, se) in enumerate([(70.0, 1e-12), (80.0, 20.0), (70.0, 1e-12), (60.0, 1e-12), (50.0, 1e-12)])
    ]
    run = _load(tmp_path, _catalog(5), rows)
    members = tuple(f"m{i:02d}" for i in range(5))
    ctx = Context(run.catalog, run.evidence, EvidenceFilter(), "m00", 0.05, EvidenceFilter(), True)
    bench = run.catalog.benchmark("se")
    cells_of = cells_by_benchmark(ctx.evidence, ctx.flt, members)
    assert cohort_batch.plan(ctx, bench, cells_of, 0) is not None  # counted together
    [(row, kept)] = _units(monkeypatch, True, ctx, 2, [bench], members, False, False)
    assert (row.rank_best, row.rank_worst, row.cohort_size, row.status) == (2, 2, 5, "pass")
    assert (row.tie_group_rank, row.deciding, row.missing_members) == (1, ["m01", "m02"], [])
    assert [(c[2].model, c[3]) for c in kept] == [("m01", "m01"), ("m02", "m02")]
    # M01 (80 with an SE of 20) is ahead of it in about 69 % of draws and M02, tied at 70, in half of them: it is out
    # of the top 2 when both are, 1 - 0.69 x 0.5 = 0.66
    assert (row.rank_method, row.top_k_probability) == (cohort_batch.NORMAL_DRAWS, 0.6565)


def test_a_search_of_keyed_values_is_each_segments_own_search():
    """`_keyed`: values sorted within each segment and keyed by its number are searched, all segments at once, as
    each segment alone is (ties, 0.0 and -0.0, infinities)."""
    rng = np.random.default_rng(4)
    pool = [-1.0, -0.0, 0.0, 1e-9, 2.5, 2.5, 3.0, np.inf, -np.inf]
    for _ in range(500):
        lens = rng.integers(1, 20, int(rng.integers(1, 7)))
        segments = [np.sort(rng.choice(pool, n)) for n in lens]
        keys = cohort_batch._keyed(np.repeat(np.arange(len(lens), dtype=np.float64), lens), np.concatenate(segments))
        x = rng.choice(pool, len(lens))
        starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
        for side in ("left", "right"):
            got = np.searchsorted(keys, cohort_batch._keyed(np.arange(len(lens), dtype=np.float64), x), side) - starts
            assert got.tolist() == [s.searchsorted(v, side) for s, v in zip(segments, x)]


def test_units_where_the_subjects_own_member_row_differs_or_a_gap_is_within_rounding_of_eps(tmp_path, monkeypatch):
    """Subjects judged on Lab's rows against members' Board rows: a subject's own Board row (a member of the
    cohort, another score) is taken out of its losses and tie-group rank; and gaps of about 1e-9 (the tolerance
    a difference must pass) are counted exactly as one by one."""
    near = [75.0, 75.0 + 1e-9, 75.0 + 2e-9, 75.0 - 1e-9, 74.999999999, 75.000000001, 75.0000000015, 90.0, 60.0]
    near += [
        32.000000001,
        32.0,
    ]  # 32.0 + 1e-9 rounds to less than 1e-9 above 32.0: no loss, though the search finds one
    rows = []
    for i, v in enumerate(near):
        rows.append(f"M{i:02d},Se,acc,pass@1,{v!r},1e-12,,Board,https://board.example,B,2025-01-01,")
        rows.append(f"M{i:02d},Se,acc,pass@1,{near[-1 - i]!r},1e-12,,Lab,https://lab.example,T1,2025-01-01,")
    run = _load(tmp_path, _catalog(len(near)), rows)
    members = tuple(f"m{i:02d}" for i in range(len(near)))
    bench = run.catalog.benchmark("se")
    lab, board = EvidenceFilter(reported_by=("Lab",)), EvidenceFilter(reported_by=("Board",))
    ranks = []
    for subject in members:
        ctx = Context(run.catalog, run.evidence, lab, subject, 0.05, board, True)
        assert cohort_batch.plan(ctx, bench, cells_by_benchmark(run.evidence, board, members), members.index(subject))
        for top in (1, 3):
            got = _units(monkeypatch, True, ctx, top, [bench], members, False, False)
            assert got == _units(monkeypatch, False, ctx, top, [bench], members, False, False), subject
        ranks.append((got[0][0].rank_best, got[0][0].tie_group_rank))
    # M00 (Lab's 32.0) under eight Board rows, not under 32.000000001 (within 1e-9 once rounded), which is above
    # it for the tie-group rank all the same (every SE 1e-12, as a published 0 is read as none); M03 (Lab's 90.0)
    # first, its own Board 75 - 1e-9 left out; M10 (75.0) 6th: 75.000000001 is 1e-9 above it once rounded
    assert ranks == [(9, 10), (9, 9), (8, 8), (1, 1), (2, 3), (2, 4), (6, 6), (6, 6), (2, 2), (2, 4), (6, 6)]


def test_a_subjects_own_member_row_ahead_of_its_judged_row_is_not_counted_ahead_of_it(tmp_path, monkeypatch):
    """A subject judged on Lab's 50 (SE 1) whose own Board row, 99, is a member's: that row is taken out, so
    nobody is ahead in every draw and P(top 1) is drawn (the next best, 45 with an SE of 1, is some 3.5 SEs of
    the difference below), not 0 as with its own row counted ahead."""
    rows = ["M00,Se,acc,pass@1,50.0,1.0,,Lab,https://lab.example,T1,2025-01-01,"]
    rows += [
        f"M{i:02d},Se,acc,pass@1,{v},{se},,Board,https://board.example,B,2025-01-01,"
        for i, (v, se) in enumerate([(99.0, 1e-12), (45.0, 1.0), (40.0, 1.0), (30.0, 1.0)])
    ]
    run = _load(tmp_path, _catalog(4), rows)
    members = tuple(f"m{i:02d}" for i in range(4))
    lab, board = EvidenceFilter(reported_by=("Lab",)), EvidenceFilter(reported_by=("Board",))
    ctx = Context(run.catalog, run.evidence, lab, "m00", 0.05, board, True)
    bench = run.catalog.benchmark("se")
    unit = cohort_batch.plan(ctx, bench, cells_by_benchmark(run.evidence, board, members), 0)
    assert unit is not None  # counted together
    [(cut, lost, ahead, tie)] = zip(*cohort_batch.numbers(ctx, [unit], 0))
    assert (cut, lost, ahead, tie) == (0, 0, 0, 1)
    [(row, _)] = got = _units(monkeypatch, True, ctx, 1, [bench], members, False, False)
    assert got == _units(monkeypatch, False, ctx, 1, [bench], members, False, False)
    assert (row.rank_best, row.cohort_size, row.status, row.top_k_probability) == (1, 4, "pass", 0.9997)


def _accepted_rows_one_by_one(store, flt, bench_id, cohort):
    """The members' accepted rows on one benchmark as each benchmark's cells read them before: the index searched
    for each member's cell, its rows filtered."""
    bench = store._bench_code.get(bench_id)
    if bench is None:
        return [], []
    rows, owner = [], []
    for i, m in enumerate(cohort):
        code = store._model_code.get(m)
        if code is None:
            continue
        key = code * store._nb + bench
        cell = store._order[store._keys.searchsorted(key) : store._keys.searchsorted(key, "right")]
        kept = store._accepted(flt, cell).tolist()
        rows += kept
        owner += [i] * len(kept)
    return rows, owner


def test_a_cohorts_rows_read_for_every_benchmark_at_once_are_each_benchmarks_own(board):
    """The members' accepted rows, read for every benchmark in one pass, are those each benchmark's cells read on
    their own (member by member, each member's in load order): under filters by reporter, date and side, with
    members the store does not know, a member twice and a benchmark without rows."""
    from datetime import date

    from harness.judge.cohort_cells import _accepted_rows

    ids = tuple(f"m{i:02d}" for i in range(N_MODELS))
    cohorts = [ids, ids[::-3] + ("nobody",), ("m04", "nobody", "m04"), ()]
    filters = [
        EvidenceFilter(),
        EvidenceFilter(reported_by=("Board",)),
        EvidenceFilter(as_of=date(2025, 1, 1)),
        EvidenceFilter(party="independent", subject_reporters=("Lab",)),
    ]
    seen = [0] * len(filters)
    for flt in filters:
        for members in cohorts:
            for bench in BENCHES + ("nothing",):
                rows, owner = _accepted_rows(board.evidence, flt, bench, members)
                want = _accepted_rows_one_by_one(board.evidence, flt, bench, members)
                assert (rows.tolist(), owner.tolist()) == want, (flt, members, bench)
                seen[filters.index(flt)] += len(want[0])
    # every row is Lab's, dated 2025-01-01, or Board's (the disagreeing second source), dated 2025-01-02
    assert seen[0] == seen[1] + seen[2] and seen[3] == seen[1] > 0, seen
