"""A comparison's test: an unpaired share test's statistics read from what earlier comparisons worked out
are those its own test gives."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from harness.claims.catalog_entries import BenchmarkEntry
from harness.evidence.records import ScoreRecord
from harness.evidence.settings import Setting
from harness.judge import fragility, intervals, significance
from harness.judge.results import Comparison

FIELDS = ("stderr", "p_value", "interval", "test", "mdd", "power")


def _row(model: str, value: float, n: int | None, stderr: float | None) -> ScoreRecord:
    return ScoreRecord(
        "published", model, "b", "acc", Setting(), value, "lab", "https://x.example", "table 1", None,
        stderr=stderr, n=n,
    )  # fmt: skip


_value = st.sampled_from([0.0, 12.5, 49.9, 50.0, 50.1, 61.3, 88.0, 99.7, 100.0])
_config = st.fixed_dictionaries(
    {
        "s": _value,
        "c": _value,
        "s_n": st.sampled_from([None, 30, 200]),
        "c_n": st.sampled_from([None, 30, 200, 1000]),
        "s_se": st.sampled_from([None, None, 1.5]),
        "items": st.sampled_from([None, 30, 200]),
        "exact": st.booleans(),
        "higher": st.booleans(),
        "bounds": st.sampled_from([(0.0,), (1.5,), (-2.0,), (-2.0, 2.0)]),
        "alpha": st.sampled_from([0.05, 0.01]),
    }
)


def _bench(cfg: dict) -> BenchmarkEntry:
    """The benchmark a drawn configuration describes: its items, exact or not, and its direction."""
    items = cfg["items"]
    return BenchmarkEntry(
        id="b", name="B", items=items, items_status="exact" if cfg["exact"] and items else "unknown",
        higher_is_better=cfg["higher"],
    )  # fmt: skip


def _tested(cfg: dict, model: str, read: bool) -> tuple:
    """The statistics `attach_test` sets on one comparison: read from earlier ones, or its own test."""
    bench = _bench(cfg)
    s, c = _row(model, cfg["s"], cfg["s_n"], cfg["s_se"]), _row("rival", cfg["c"], cfg["c_n"], None)
    cmp = Comparison("b", "rival", s.value, c.value, "win", [s], [c])
    if not read:
        significance.forget_tests(), intervals.forget_ps(), fragility.forget_fragility()
    significance.attach_test(cmp, bench, lambda _: cfg["bounds"], None, cfg["alpha"])
    return tuple(getattr(cmp, f) for f in FIELDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(_config, min_size=2, max_size=6))
def test_statistics_read_from_earlier_comparisons_are_those_tested_afresh(configs):
    significance.forget_tests()
    for i, cfg in enumerate(configs):
        _tested(cfg, f"m{i}", read=True)  # each leaves its statistics for the others
    for i, cfg in enumerate(reversed(configs)):
        assert _tested(cfg, f"other{i}", read=True) == _tested(cfg, f"other{i}", read=False), cfg


def test_a_pair_of_scores_seen_before_is_not_tested_again(monkeypatch):
    cfg = {"s": 61.3, "c": 50.0, "s_n": 200, "c_n": 200, "s_se": None, "items": None, "exact": False}
    cfg |= {"higher": True, "bounds": (0.0,), "alpha": 0.05}
    first = _tested(cfg, "m0", read=False)

    def tested_again(*args):
        raise AssertionError("tested again")

    monkeypatch.setattr(significance.uncertainty, "share_test", tested_again)
    assert _tested(cfg, "m1", read=True) == first
    assert first[3] == "Newcombe score interval, continuity-corrected (unpaired)"


def test_the_detectable_gap_is_at_the_runs_alpha():
    # the gap found significant at --alpha 0.01 is wider than at 0.05: z 2.576 vs 1.960 times the same SE
    cfg = {"s": 61.3, "c": 50.0, "s_n": 200, "c_n": 200, "s_se": None, "items": None, "exact": False,
           "higher": True, "bounds": (0.0,)}  # fmt: skip
    loose = dict(zip(FIELDS, _tested({**cfg, "alpha": 0.05}, "m", read=False)))
    strict = dict(zip(FIELDS, _tested({**cfg, "alpha": 0.01}, "m", read=False)))
    assert loose["stderr"] == strict["stderr"]
    assert round(loose["mdd"] / loose["stderr"], 3) == 1.960
    assert round(strict["mdd"] / strict["stderr"], 3) == 2.576


@settings(max_examples=200, deadline=None)
@given(_config, st.lists(st.tuples(_config.map(lambda c: (c["bounds"], c["alpha"]))), min_size=2, max_size=8))
def test_the_same_rows_read_by_their_ids_give_what_they_are_tested_afresh(cfg, reads):
    """The same row objects on the same benchmark (as the store hands them out), two rivals, against
    several rules and alphas, read again by the objects' ids: each time what a fresh test of equal
    rows gives."""
    other = 100.0 - cfg["c"] if cfg["c"] != 50.0 else 61.3
    want = {
        (value, bounds, alpha): _tested({**cfg, "c": value, "bounds": bounds, "alpha": alpha}, "x", read=False)
        for ((bounds, alpha),) in reads
        for value in (cfg["c"], other)
    }
    significance.forget_tests()
    bench = _bench(cfg)
    s = _row("m", cfg["s"], cfg["s_n"], cfg["s_se"])
    rivals = [_row("rival", value, cfg["c_n"], None) for value in (cfg["c"], other)]
    for _ in range(2):  # the second round reads every entry by the ids
        for ((bounds, alpha),), c in itertools.product(reads, rivals):
            cmp = Comparison("b", "rival", s.value, c.value, "win", [s], [c])
            significance.attach_test(cmp, bench, lambda _, b=bounds: b, None, alpha)
            assert tuple(getattr(cmp, f) for f in FIELDS) == want[c.value, bounds, alpha], (c.value, bounds, alpha)


def test_a_new_share_test_signs_its_scores_once(monkeypatch):
    """A comparison's unpaired share test works out its signed scores once (for its key, its test and its
    power figures), and gives what it gave before."""
    cfg = {"s": 61.3, "c": 50.0, "s_n": 200, "c_n": 200, "s_se": None, "items": None, "exact": False}
    cfg |= {"higher": False, "bounds": (-2.0, 2.0), "alpha": 0.05}
    calls = []
    signed = significance.uncertainty.signed_scores
    monkeypatch.setattr(significance.uncertainty, "signed_scores", lambda *a: calls.append(a) or signed(*a))
    stderr, p, interval, test, mdd, power = _tested(cfg, "m0", read=False)
    assert len(calls) == 1
    assert (round(stderr, 4), round(p, 4), [round(x, 4) for x in interval], round(mdd, 4)) == (
        4.9357,
        0.0717,
        [1.2132, 21.0785],
        9.6739,
    )
    assert test == "Newcombe score interval, continuity-corrected (unpaired); against the band ±2 (equivalence)"
    assert (power.fragility, power.fragility_to, power.items_needed) == (2, "significant", 235)


def test_a_count_of_known_items_is_tested_as_the_share_it_is(proj):
    # AIME 2024 printed as problems solved, "4/30" against "3/30": no test before ("item count or stderr missing",
    # the 30 items known); the count is the share 4/30 over 30 items, on its own scale
    cat = proj.root / "catalog" / "catalog.yaml"
    text = cat.read_text()
    assert "name: RatingBench, metric_kind: rating," in text
    cat.write_text(
        text.replace("name: RatingBench, metric_kind: rating,", "name: RatingBench, metric_kind: count, items: 30,")
    )
    proj.scores(
        """
        Alpha-1,RatingBench,solved,,4,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,RatingBench,solved,,3,Beta Corp,https://b.example,T,2025-01-01,
        Alpha-1,BigBench,pass@1,,13.333333333333334,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,10,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    cat.write_text(cat.read_text().replace("name: BigBench, items: 2000,", "name: BigBench, items: 30,"))
    result = proj.one_claim("  - {kind: outperforms, competitors: [Beta-2], benchmarks: [RatingBench, BigBench]}")
    count, share = sorted(result.assertions[0].comparisons, key=lambda c: c.benchmark != "rating-bench")
    assert count.test == share.test == "Newcombe score interval, continuity-corrected (unpaired)"
    # the same test as the percent 13.33 against 10 over 30 items: the same p, the interval in problems, not points
    assert round(count.p_value, 9) == round(share.p_value, 9)
    assert [round(x * 100 / 30, 6) for x in count.interval] == [round(x, 6) for x in share.interval]
    assert count.significant is False


def test_a_rating_of_known_items_says_why_it_has_no_test(proj):
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(
        cat.read_text().replace(
            "name: RatingBench, metric_kind: rating,", "name: RatingBench, metric_kind: rating, items: 30,"
        )
    )
    proj.scores(
        """
        Alpha-1,RatingBench,rating,,1204,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,RatingBench,rating,,1190,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    result = proj.one_claim("  - {kind: outperforms, competitors: [Beta-2], benchmarks: [RatingBench]}")
    assert [c.test for c in result.assertions[0].comparisons] == [
        "unknown (stderr missing; its 30 items give an SE only for a percent score or a count of them, not a rating)"
    ]
