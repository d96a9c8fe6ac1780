"""A chunk's unpaired share tests worked out in one batch (`tests_batch`) are, to the last bit, what each
comparison's own test (`significance._share_statistics`) gives, and what `attach_test` then sets."""

import itertools
import random

from harness.claims.catalog_entries import BenchmarkEntry
from harness.evidence.records import ScoreRecord
from harness.evidence.settings import Setting
from harness.judge import fragility, intervals, power, significance, tests_batch, uncertainty
from harness.judge.results import Comparison
from harness.judge.significance import match_judge, outperform_judge

FIELDS = ("stderr", "p_value", "interval", "test", "mdd", "power")


def _row(model: str, value: float, n: int | None, stderr: float | None = None) -> ScoreRecord:
    return ScoreRecord(
        "published", model, "b", "acc", Setting(), value, "lab", "https://x.example", "table 1", None,
        stderr=stderr, n=n,
    )  # fmt: skip


def _bench(items: int | None = None, exact: bool = False, higher: bool = True) -> BenchmarkEntry:
    status = "exact" if exact and items else "unknown"
    return BenchmarkEntry(id="b", name="B", items=items, items_status=status, higher_is_better=higher)


# (name, subject row, competitor row, benchmark, boundaries, alpha): the edges a batch could get wrong
EDGES = [
    ("win, both shares", _row("m", 61.3, 200), _row("r", 50.0, 200), _bench(), (0.0,), 0.05),
    ("within noise, same items", _row("m", 52.0, 200), _row("r", 50.0, 200), _bench(), (0.0,), 0.05),
    ("whole fixed set: runs", _row("m", 52.0, 200), _row("r", 50.0, 200), _bench(200, True), (0.0,), 0.05),
    ("items differ: no count", _row("m", 52.0, 200), _row("r", 50.0, 1000), _bench(), (0.0,), 0.05),
    ("n missing, the benchmark's", _row("m", 52.0, None), _row("r", 49.5, None), _bench(500, True), (0.0,), 0.05),
    ("a published SE", _row("m", 70.0, None, 1.5), _row("r", 66.0, 300), _bench(), (0.0,), 0.05),
    ("a published SE of 0", _row("m", 70.0, None, 0.0), _row("r", 66.0, 300), _bench(), (0.0,), 0.05),
    ("tie", _row("m", 50.0, 200), _row("r", 50.0, 200), _bench(), (0.0,), 0.05),
    ("lower is better", _row("m", 12.5, 400), _row("r", 15.0, 400), _bench(higher=False), (0.0,), 0.05),
    ("lower is better, band", _row("m", 61.3, 200), _row("r", 50.0, 200), _bench(higher=False), (-2.0, 2.0), 0.05),
    ("on the grid", _row("m", 50.5, 200), _row("r", 49.0, 200), _bench(200, True), (0.0,), 0.05),
    ("off the grid", _row("m", 50.1, 200), _row("r", 49.3, 200), _bench(200, True), (0.0,), 0.05),
    ("on the margin", _row("m", 51.5, 200), _row("r", 50.0, 200), _bench(), (1.5,), 0.05),
    ("within 1e-9 of the edge", _row("m", 78.0, 500), _row("r", 80.0, 500), _bench(), (-2.0000000000000004,), 0.05),
    ("non-inferiority", _row("m", 48.0, 500), _row("r", 50.0, 500), _bench(), (-3.0,), 0.05),
    ("alpha 0.01", _row("m", 55.0, 300), _row("r", 50.0, 300), _bench(), (0.0,), 0.01),
    ("a zero: one by one", _row("m", 0.0, 30), _row("r", 3.3, 30), _bench(), (0.0,), 0.05),
    ("a share of 100", _row("m", 100.0, 30), _row("r", 90.0, 30), _bench(), (0.0,), 0.05),
]


def _forget() -> None:
    significance.forget_tests(), intervals.forget_ps(), fragility.forget_fragility(), power.FACTORS.clear()


def _one_by_one(s, c, bench, bounds, alpha) -> tuple:
    _forget()
    cmp = Comparison("b", "r", s.value, c.value, "win", [s], [c])
    significance.attach_test(cmp, bench, lambda _: bounds, None, alpha)
    return tuple(getattr(cmp, f) for f in FIELDS)


def _attached(cases) -> list[str]:
    """Each case's test as a comparison gets it, one by one after the batch: its fields, as text."""
    got = []
    for _, s, c, bench, bounds, alpha in cases:
        cmp = Comparison("b", "r", s.value, c.value, "win", [s], [c])
        significance.attach_test(cmp, bench, lambda _, b=bounds: b, None, alpha)
        got.append(repr(tuple(getattr(cmp, f) for f in FIELDS)))
    return got


def _batched(cases, monkeypatch) -> tuple[list[tuple], list[str]]:
    """Each case's statistics as `attach_test` sets them after the chunk's batch, and the cases tested one
    by one all the same."""
    _forget()
    by_alpha: dict[float, list] = {}
    for _, s, c, bench, bounds, alpha in cases:
        by_alpha.setdefault(alpha, []).append((s, c, bench, bounds))
    for alpha, plain in by_alpha.items():
        significance.know_tests(plain, alpha)
    alone = []
    real = significance._share_statistics
    monkeypatch.setattr(
        significance, "_share_statistics", lambda cmp, *a: alone.append(cmp.subject_value) or real(cmp, *a)
    )
    out = []
    for _, s, c, bench, bounds, alpha in cases:
        cmp = Comparison("b", "r", s.value, c.value, "win", [s], [c])
        significance.attach_test(cmp, bench, lambda _, b=bounds: b, None, alpha)
        out.append(tuple(getattr(cmp, f) for f in FIELDS))
    monkeypatch.undo()
    return out, alone


def test_the_batch_gives_each_edge_what_its_own_test_gives(monkeypatch):
    """repr, not ==: 0.0 and -0.0 are equal and written differently."""
    want = [repr(_one_by_one(*case[1:])) for case in EDGES]
    got, alone = _batched(EDGES, monkeypatch)
    for case, w, g in zip(EDGES, want, map(repr, got)):
        assert g == w, case[0]
    assert alone == [0.0]  # only the zero is left to the one-by-one test


def test_the_power_figures_of_the_edges():
    got = {case[0]: _one_by_one(*case[1:])[5] for case in EDGES}
    figures = {
        name: (
            p.items_now,
            p.items_needed,
            round(p.factor_needed or 0, 3),
            p.at_boundary,
            p.fragility,
            p.fragility_to,
            p.runs_needed,
        )  # fmt: skip
        for name, p in got.items()
    }
    assert figures == {
        "win, both shares": (200, None, 0, False, 3, "not significant", None),
        "within noise, same items": (200, 4871, 24.355, False, 17, "significant", None),
        "whole fixed set: runs": (200, 4871, 24.355, False, 17, "significant", 25),
        "items differ: no count": (None, None, 14.655, False, 12, "significant", None),
        "n missing, the benchmark's": (500, 3129, 6.258, False, 20, "significant", 7),
        "a published SE": (None, None, 2.31, False, None, None, None),
        "a published SE of 0": (None, None, 0, False, None, None, None),  # read as none: no items, so no SE
        "tie": (200, None, 0, True, 21, "significant", None),
        "lower is better": (400, 1516, 3.79, False, 10, "significant", None),
        "lower is better, band": (200, 235, 1.175, False, 2, "significant", None),
        "on the grid": (200, 8631, 43.155, False, 18, "significant", 44),
        "off the grid": (200, 30187, 150.935, False, 19, "significant", 151),
        "on the margin": (200, None, 0, True, 21, "significant", None),
        "within 1e-9 of the edge": (500, None, 0, True, 25, "significant", None),
        "non-inferiority": (500, 19319, 38.638, False, 27, "significant", None),
        "alpha 0.01": (300, 1352, 4.507, False, 18, "significant", None),
        "a zero: one by one": (30, 178, 5.933, False, 5, "significant", None),
        "a share of 100": (30, 57, 1.9, False, 3, "significant", None),
    }


def test_a_grid_of_pairs_gets_in_one_batch_what_each_gets_alone(monkeypatch):
    """Every mix of values (on and off the grid, a tie, 0 and 100), item counts (missing, the benchmark's,
    unequal), a published SE, direction, rule and alpha."""
    cases = [
        ("", _row("m", sv, sn, se), _row("r", cv, cn), _bench(items, exact, higher), bounds, alpha)
        for sv, cv in [(61.3, 50.0), (50.0, 50.0), (49.5, 50.5), (0.0, 12.5), (100.0, 99.7), (88.0, 86.0)]
        for sn, cn, se in [(200, 200, None), (None, None, None), (30, 1000, None), (None, 200, 2.5)]
        for items, exact, higher in [(200, True, True), (None, False, False)]
        for bounds, alpha in itertools.product([(0.0,), (1.5,), (-2.0,), (-2.0, 2.0)], [0.05, 0.01])
    ]
    cases = [case for case in cases if uncertainty.signed_scores(case[1], case[2], case[3]) is not None]
    want = [repr(_one_by_one(*case[1:])) for case in cases]
    got, alone = _batched(cases, monkeypatch)
    assert [repr(g) for g in got] == want
    assert len(cases) == 336 and len(alone) == 48  # the zeros, one by one


def test_rules_give_the_boundaries_the_batch_names():
    assert [tests_batch.boundary_words(b) for b in [(0.0,), (-0.0,), (1.5,), (-2.0,), (-2.0, 2.0)]] == [
        "",
        "",
        "; against the margin 1.5",
        "; against the lower edge -2 (non-inferiority)",
        "; against the band ±2 (equivalence)",
    ]
    assert outperform_judge(0.0).boundaries(50.0) == (0.0,)
    assert match_judge(2.0, "points").boundaries(50.0) == (-2.0, 2.0)


def test_a_score_with_a_zero_or_no_finite_value_is_left_to_its_own_test():
    from harness.judge.intervals import NORMAL, WILSON, Score

    share = Score(50.0, WILSON, n=100, se=5.0, low_bound=0.0, high_bound=100.0)
    assert tests_batch.plain_scores((share, share))
    for odd in (0.0, -0.0, float("nan"), float("inf")):
        assert not tests_batch.plain_scores((share, Score(odd, WILSON, n=100, se=5.0)))
    assert not tests_batch.plain_scores((share, Score(3.0, NORMAL, se=1.0, low_bound=-0.0)))
    assert tests_batch.plain_scores((share, Score(3.0, NORMAL, se=0.0, low_bound=None)))


def test_drawn_pairs_get_in_one_batch_what_each_gets_alone(monkeypatch):
    """600 drawn pairs: the interval ends' last bits too (numpy's hypot differs from the math module's in
    about one pair of numbers in 160; `tests_batch` takes the math module's)."""
    rng = random.Random(18)
    cases = []
    for _ in range(600):
        n1, n2 = rng.choice([30, 198, 500, 2_150]), rng.choice([30, 500, 2_150])
        sv = round(100 * rng.randrange(1, n1) / n1 + rng.choice([0.0, 0.0, 0.04]), rng.choice([1, 2]))
        cv = round(100 * rng.randrange(1, n2) / n2, rng.choice([1, 2]))
        se = rng.choice([None, None, None, 0.5, 2.0])
        bench = _bench(rng.choice([None, n1]), rng.random() < 0.5, rng.random() < 0.7)
        bounds = rng.choice([(0.0,), (1.5,), (-2.0,), (-2.0, 2.0), (-0.05 * cv, 0.05 * cv)])
        cases.append(("", _row("m", sv, n1, se), _row("r", cv, n2), bench, bounds, rng.choice([0.05, 0.01])))
    want = [repr(_one_by_one(*case[1:])) for case in cases]
    got, alone = _batched(cases, monkeypatch)
    assert [repr(g) for g in got] == want
    assert alone == []


def test_after_the_batch_each_comparison_reads_its_statistics_by_its_rows(monkeypatch):
    """The chunk's batch leaves each plain comparison's entry under its rows' and benchmark's ids, as
    `attach_test` keeps it once read: the comparisons that follow neither sign their scores nor build a key."""
    # (a pair with no SE on a side, as a published SE of 0 with no items, has nothing to search or keep)
    cases = [case for case in EDGES if case[1].value and uncertainty.signed_scores(*case[1:4]) is not None]
    want = [repr(_one_by_one(*case[1:])) for case in cases]
    _forget()
    for _, s, c, bench, bounds, alpha in cases:
        significance.know_tests([(s, c, bench, bounds)], alpha)

    def signed_again(*args):
        raise AssertionError("signed again")

    monkeypatch.setattr(significance.uncertainty, "signed_scores", signed_again)
    assert _attached(cases) == want


def test_a_chunk_past_the_caches_bound_searches_nothing_again(monkeypatch):
    """A chunk whose batch holds more answers than a cache keeps (10,000 cohort claims in one chunk: 173,000
    p-values) keeps them all for its claims: none is searched or tested again one by one, even after a
    comparison left to its own test (a zero, first) has put a new answer in."""
    rng = random.Random(19)
    cases = [EDGES[-2]]
    for _ in range(60):
        n1, n2 = rng.choice([30, 200, 500]), rng.choice([30, 200, 500])
        sv, cv = round(100 * rng.randrange(1, n1) / n1, 1), round(100 * rng.randrange(1, n2) / n2, 1)
        bounds = rng.choice([(0.0,), (1.5,), (-2.0, 2.0)])
        cases.append(("", _row("m", sv, n1), _row("r", cv, n2), _bench(rng.choice([None, n1]), True), bounds, 0.05))
    want = [repr(_one_by_one(*case[1:])) for case in cases]
    monkeypatch.setattr(intervals, "CACHED", 16)
    _forget()
    significance.know_tests([case[1:5] for case in cases], 0.05)
    assert len(intervals._KNOWN) > 16 and len(fragility._KNOWN) > 16 and len(significance._TESTED) > 16
    zero = EDGES[-2][1].value
    real = significance._share_statistics

    def only_the_zero(cmp, *a):
        assert cmp.subject_value == zero, "tested again"
        return real(cmp, *a)

    monkeypatch.setattr(significance, "_share_statistics", only_the_zero)
    for module, name in ((intervals, "_searched_p"), (fragility, "_share_fragility"), (power, "_factor_for_shares")):
        searched = getattr(module, name)
        monkeypatch.setattr(module, name, lambda a, *r, f=searched: f(a, *r) if not a.value else 1 / 0)
    assert _attached(cases) == want
