import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as sps

from harness.judge import intervals, intervals_batch
from harness.judge.intervals import NORMAL, WILSON, Score
from harness.judge.stats import z_critical
from tests.reference_intervals import newcombe_method_11, wilson_cc_formula, wilson_cc_scipy

Z = z_critical(0.05)
CASES = [(0, 30), (1, 30), (29, 30), (30, 30), (15, 30), (170, 198), (1, 500), (412, 500), (0, 1), (1, 1), (1, 2)]


@pytest.mark.parametrize("k,n", [(0, 30), (1, 30), (29, 30), (30, 30), (15, 30), (170, 198), (1, 500), (412, 500)])
def test_wilson_matches_statsmodels(k, n):
    from statsmodels.stats.proportion import proportion_confint

    low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
    assert intervals.wilson(k / n, n, Z) == pytest.approx((low, high), abs=1e-12)


@pytest.mark.parametrize("k,n", CASES)
@pytest.mark.parametrize("alpha", [0.05, 0.01, 0.32])
def test_continuity_corrected_wilson_matches_newcombes_formula_and_scipy(k, n, alpha):
    mine = intervals.wilson_cc(k / n, n, z_critical(alpha))
    assert mine == pytest.approx(wilson_cc_formula(k, n, alpha), abs=1e-12)
    assert mine == pytest.approx(wilson_cc_scipy(k, n, alpha), abs=1e-12)
    lo, hi = intervals.wilson_cc_array([k / n], [n], z_critical(alpha))
    assert (lo[0], hi[0]) == pytest.approx(mine, abs=1e-15)


def test_wilson_keeps_29_of_30_inside_the_range():
    # the normal approximation gives 96.7 ± 6.4, past 100; the continuity-corrected Wilson stays inside
    low, high = intervals.score_interval(Score(100 * 29 / 30, WILSON, n=30))
    assert (round(low, 4), round(high, 4)) == (80.9470, 99.8258)  # scipy's wilsoncc: 0.809470, 0.998258
    assert (low / 100, high / 100) == pytest.approx(wilson_cc_scipy(29, 30), abs=1e-12)


@pytest.mark.parametrize(
    "k1,n1,k2,n2", [(29, 30, 26, 30), (0, 30, 3, 30), (30, 30, 28, 30), (170, 198, 160, 198), (250, 500, 120, 400)]
)
def test_newcombe_matches_statsmodels(k1, n1, k2, n2):
    from statsmodels.stats.proportion import confint_proportions_2indep

    low, high = confint_proportions_2indep(k1, n1, k2, n2, method="newcomb", compare="diff", alpha=0.05)
    assert intervals.newcombe(k1 / n1, n1, k2 / n2, n2, Z) == pytest.approx((low, high), abs=1e-12)


@pytest.mark.parametrize(
    "k1,n1,k2,n2",
    [(29, 30, 26, 30), (0, 30, 3, 30), (30, 30, 28, 30), (170, 198, 160, 198), (250, 500, 120, 400), (56, 70, 48, 80)],
)
@pytest.mark.parametrize("alpha", [0.05, 0.01])
def test_newcombe_method_11_matches_the_reference(k1, n1, k2, n2, alpha):
    got = intervals.newcombe_cc(k1 / n1, n1, k2 / n2, n2, z_critical(alpha))
    assert got == pytest.approx(newcombe_method_11(k1, n1, k2, n2, alpha), abs=1e-12)
    # the correction only widens: method 10 (statsmodels' "newcomb") lies inside it
    from statsmodels.stats.proportion import confint_proportions_2indep

    low, high = confint_proportions_2indep(k1, n1, k2, n2, method="newcomb", alpha=alpha)
    assert got[0] <= low + 1e-12 and high - 1e-12 <= got[1]


def test_mover_of_two_normal_scores_is_the_z_test():
    a, b = Score(60.0, NORMAL, se=1.5), Score(56.0, NORMAL, se=2.0)
    assert intervals.difference_interval(a, b) == pytest.approx((4 - Z * 2.5, 4 + Z * 2.5), abs=1e-12)
    assert intervals.difference_p(a, b) == pytest.approx(2 * sps.norm.sf(4 / 2.5), rel=1e-9)
    assert intervals.difference_p(a, b, 1.0) == pytest.approx(2 * sps.norm.sf(3 / 2.5), rel=1e-9)


def test_difference_p_puts_the_boundary_on_the_interval_edge():
    a, b = Score(100 * 29 / 30, WILSON, n=30), Score(100 * 22 / 30, WILSON, n=30)
    p = intervals.difference_p(a, b)
    z = sps.norm.isf(p / 2)
    low, _ = intervals.mover(a.value, a.interval(z), b.value, b.interval(z))
    assert low == pytest.approx(0.0, abs=1e-9)
    assert round(p, 6) == 0.028066
    # the reference method 11 interval at that level starts at 0 too
    assert newcombe_method_11(29, 30, 22, 30, alpha=p)[0] == pytest.approx(0.0, abs=1e-9)
    assert intervals.difference_p(a, a) == 1.0
    # at 95 % the interval excludes 0 exactly when p < 0.05
    assert (intervals.difference_interval(a, b)[0] > 0) == (p < 0.05)


def test_normal_interval_is_cut_at_the_range():
    s = Score(99.0, NORMAL, se=2.0, low_bound=0.0, high_bound=100.0)
    assert intervals.score_interval(s) == pytest.approx((99.0 - Z * 2.0, 100.0))


@settings(max_examples=200, deadline=None)
@given(k=st.integers(0, 2000), n=st.integers(1, 2000), alpha=st.sampled_from([0.01, 0.05, 0.1, 0.32]))
def test_wilson_inside_the_range_and_contains_the_estimate(k, n, alpha):
    k = min(k, n)
    for method in (intervals.wilson, intervals.wilson_cc):
        low, high = method(k / n, n, z_critical(alpha))
        assert 0.0 <= low <= k / n + 1e-12 and k / n - 1e-12 <= high <= 1.0
    # the correction only widens
    assert intervals.wilson_cc(k / n, n, z_critical(alpha))[0] <= intervals.wilson(k / n, n, z_critical(alpha))[0]


@settings(max_examples=200, deadline=None)
@given(p=st.floats(0.0, 1.0), n=st.floats(1.0, 5000.0), z=st.floats(0.0, 8.0))
def test_continuity_corrected_wilson_at_any_share_and_level(p, n, z):
    # published percents are not always k/n, and the p-value search runs z from 0 upwards
    low, high = intervals.wilson_cc(p, n, z)
    assert 0.0 <= low <= p <= high <= 1.0 and not math.isnan(low + high)
    wider = intervals.wilson_cc(p, n, z + 0.5)
    assert wider[0] <= low + 1e-12 and high - 1e-12 <= wider[1]


@settings(max_examples=200, deadline=None)
@given(p=st.floats(0.0, 1.0), n=st.integers(1, 5000))
def test_wilson_width_shrinks_as_n_grows(p, n):
    for method in (intervals.wilson, intervals.wilson_cc):
        w1 = method(p, n, Z)
        w2 = method(p, n + 1, Z)
        assert w2[1] - w2[0] <= w1[1] - w1[0] + 1e-12


@settings(max_examples=200, deadline=None)
@given(p1=st.floats(0.0, 1.0), p2=st.floats(0.0, 1.0), n1=st.integers(1, 3000), n2=st.integers(1, 3000))
def test_newcombe_inside_the_range_of_a_difference_and_contains_it(p1, p2, n1, n2):
    for method in (intervals.newcombe, intervals.newcombe_cc):
        low, high = method(p1, n1, p2, n2, Z)
        assert -1.0 - 1e-12 <= low <= p1 - p2 + 1e-12 and p1 - p2 - 1e-12 <= high <= 1.0 + 1e-12
        # one more item on either side never widens it
        low2, high2 = method(p1, n1 + 1, p2, n2 + 1, Z)
        assert high2 - low2 <= high - low + 1e-12


@settings(max_examples=100, deadline=None)
@given(p1=st.floats(0.01, 0.99), p2=st.floats(0.01, 0.99), n=st.integers(5, 1000), b=st.floats(-0.5, 0.5))
def test_difference_p_is_a_probability_that_agrees_with_the_interval(p1, p2, n, b):
    a, c = Score(100 * p1, WILSON, n=n), Score(100 * p2, WILSON, n=n)
    p = intervals.difference_p(a, c, 100 * b)
    assert 0.0 <= p <= 1.0
    low, high = intervals.difference_interval(a, c)
    if p < 0.049:
        assert not low <= 100 * b <= high
    if p > 0.051:
        assert low <= 100 * b <= high
    assert not math.isnan(p)


@pytest.mark.parametrize("n", [30, 100, 198])
def test_exact_coverage_of_the_corrected_interval_is_at_least_nominal(n):
    # the binomial sum over every count whose interval holds p, on a grid of p in 0.02-0.98
    import numpy as np

    ps = np.linspace(0.02, 0.98, 193)
    shares = np.arange(n + 1) / n
    pmf = sps.binom.pmf(np.arange(n + 1)[None, :], n, ps[:, None])

    def coverage(low, high):
        return (pmf * ((low[None, :] <= ps[:, None] + 1e-12) & (ps[:, None] - 1e-12 <= high[None, :]))).sum(axis=1)

    used = coverage(*intervals.wilson_cc_array(shares, n, Z))
    plain = coverage(*np.array([intervals.wilson(x, n, Z) for x in shares]).T)
    assert used.min() >= 0.95
    assert plain.min() < 0.94  # what the correction is for


def _random_scores(seed: int, count: int) -> list[tuple[Score, Score]]:
    """Pairs of Wilson and normal scores: small and large n, bounded and unbounded, equal and far apart."""
    import random

    from harness.judge.stats import binomial_se

    rng = random.Random(seed)

    def one() -> Score:
        value = round(rng.uniform(0, 100), rng.choice([0, 1, 2]))
        if rng.random() < 0.6:
            n = rng.choice([1, 10, 30, 198, 500, 12_000])
            return Score(value, WILSON, n=n, se=binomial_se(value, n), low_bound=0.0, high_bound=100.0)
        se = rng.choice([0.0, 0.01, 0.5, 4.0, 20.0])
        return Score(value, NORMAL, se=se, low_bound=rng.choice([None, 0.0]), high_bound=rng.choice([None, 100.0]))

    pairs = [(one(), one()) for _ in range(count)]
    return (
        pairs
        + [(a, a) for a, _ in pairs[:20]]
        + [(Score(0.0, WILSON, n=10, se=0.0), Score(100.0, WILSON, n=10, se=0.0))]
    )


@pytest.mark.parametrize("boundary", [0.0, -2.0, 2.0, 0.5])
def test_the_batch_search_gives_each_pair_the_scalar_p_to_the_last_bit(boundary):
    pairs = _random_scores(11, 4_000)
    want = [intervals.difference_p(a, b, boundary) for a, b in pairs]
    assert intervals_batch.difference_p_many(pairs, boundary) == want  # ==, not approx: the same floats
    # the far (beyond z 40: the smallest float, a bound, never 0.0), the equal and the searched
    assert {5e-324, 1.0} <= set(want) and 0.0 not in want and len(set(want)) > 2_500


def test_ps_known_from_a_batch_are_returned_and_then_forgotten(monkeypatch):
    pairs = _random_scores(12, 50)
    intervals.forget_ps()
    want = intervals_batch.difference_p_many(pairs)
    intervals_batch.know_ps(pairs)

    def searched(z):
        raise AssertionError("searched again")

    monkeypatch.setattr(intervals, "normal_two_sided_p", searched)
    try:
        assert [intervals.difference_p(a, b) for a, b in pairs] == want
    finally:
        intervals.forget_ps()
    a, b = next((a, b) for (a, b), p in zip(pairs, want) if 0.0 < p < 1.0)
    with pytest.raises(AssertionError, match="searched again"):
        intervals.difference_p(a, b)


def test_wilson_cc_array_in_one_pass_is_each_end_on_its_own():
    """Both ends from one pass over p and 1 - p side by side: the same bits as a pass for each end, for
    n and z given once or per share; near the scalar `wilson_cc`."""
    import numpy as np

    rng = np.random.default_rng(3)
    p = np.concatenate([rng.random(500), [0.0, 1.0, 1e-4, 1 - 1e-4], rng.random(50) * 1.2 - 0.1])
    n = rng.choice([1.0, 2.0, 6.0, 30.0, 198.0, 1000.0, 12_000.0], len(p))
    z = rng.choice([Z, z_critical(0.01), 0.0, 3.7], len(p))
    clipped = np.minimum(np.maximum(p, 0.0), 1.0)
    for nn, zz in ((n, z), (n, Z), (1000.0, z), (1000.0, Z)):
        lo, hi = intervals.wilson_cc_array(p, nn, zz)
        want_lo = intervals._cc_lower_array(clipped, np.asarray(nn, np.float64), np.asarray(zz, np.float64))
        want_hi = 1.0 - intervals._cc_lower_array(1.0 - clipped, np.asarray(nn, np.float64), np.asarray(zz, np.float64))
        assert np.array_equal(lo, want_lo) and np.array_equal(hi, want_hi)
        for k in range(0, len(p), 37):
            one = intervals.wilson_cc(
                float(p[k]), float(np.broadcast_to(nn, p.shape)[k]), float(np.broadcast_to(zz, p.shape)[k])
            )
            assert (lo[k], hi[k]) == pytest.approx(one, abs=1e-15)


def _cc_lower_reference(q, n, z):
    """`_cc_lower_array` as it was first written (one expression, a new array per step)."""
    import numpy as np

    z2 = z * z
    a = q - 0.5 / n
    root = np.sqrt(np.maximum(4.0 * n * a * (1.0 - a) + z2, 0.0))
    return np.where(a > 0.0, np.maximum((2.0 * n * a + z2 - z * root) / (2.0 * (n + z2)), 0.0), 0.0)


_SHARES = st.lists(
    st.one_of(
        st.floats(-0.1, 1.1, allow_nan=False),
        st.sampled_from([0.0, -0.0, 1.0, 1e-300, 0.5, 1 - 1e-16]),
        st.integers(0, 30).map(lambda k: k / 30),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(q=_SHARES, n=st.sampled_from([1.0, 6.0, 30.0, 198.0, 2150.0, 1e6]), z=st.sampled_from([0.0, 1.0, Z, 40.0]))
def test_cc_lower_in_place_is_the_expression_bit_for_bit(q, n, z):
    """The in-place steps are the same operations in the same order: the same bits (signed zeros
    included) for n and z given once, per share, or as numpy scalars."""
    import numpy as np

    q = np.array(q, np.float64)
    ns = np.resize(np.array([n, 30.0, 1.0], np.float64), len(q))
    for nn, zz in ((n, z), (ns, z), (np.float64(n), np.float64(z)), (ns, np.full(len(q), z))):
        got, want = intervals._cc_lower_array(q, nn, zz), _cc_lower_reference(q, nn, zz)
        assert got.tobytes() == want.tobytes()
    one = intervals._cc_lower_array(np.float64(q[0]), np.float64(n), np.float64(z))
    assert np.asarray(one).tobytes() == np.asarray(_cc_lower_reference(np.float64(q[0]), n, z)).tobytes()


@settings(max_examples=300, deadline=None)
@given(p=_SHARES, n=st.sampled_from([1.0, 6.0, 30.0, 198.0, 2150.0]), z=st.sampled_from([0.0, Z, 3.7]), data=st.data())
def test_one_end_of_the_interval_is_that_end_of_both(p, n, z, data):
    """`wilson_cc_end_array` gives, share by share, the bits of the end of `wilson_cc_array` it is asked
    for (shares outside [0, 1] clipped alike)."""
    import numpy as np

    p = np.array(p, np.float64)
    lower = np.array(data.draw(st.lists(st.booleans(), min_size=len(p), max_size=len(p))), np.bool_)
    lo, hi = intervals.wilson_cc_array(p, n, z)
    got = intervals.wilson_cc_end_array(p, np.full(len(p), n), z, lower)
    assert got.tobytes() == np.where(lower, lo, hi).tobytes()


_READ_BACK = """
import pickle, sys
from harness.evidence.records import EvidenceFilter
from harness.judge.intervals import Score
score, flt = pickle.loads(sys.stdin.buffer.read())
kept = ["_hash" in vars(score), "_hash" in vars(flt)]  # before any lookup hashes them here
fresh = {Score(61.3, "wilson", n=200, se=3.44, low_bound=0.0, high_bound=100.0): 1,
         EvidenceFilter(reported_by=("Lab",), party="independent", subject_reporters=("Lab",)): 2}
print(fresh.get(score), fresh.get(flt), *kept)
"""


def test_a_score_and_a_filter_are_hashed_once_and_never_pickled_with_their_hash():
    """A Score and an EvidenceFilter keep their hash once worked out (they key every cache of a worker),
    equal to an equal one's; a pickle of them holds no hash, so another process, whose strings hash
    differently, finds them in its own dicts."""
    import os
    import pickle
    import subprocess
    import sys
    from pathlib import Path

    from harness.evidence.records import EvidenceFilter

    score = Score(61.3, WILSON, n=200, se=3.44, low_bound=0.0, high_bound=100.0)
    flt = EvidenceFilter(reported_by=("Lab",), party="independent", subject_reporters=("Lab",))
    for x, same in ((score, Score(61.3, WILSON, 200, 3.44, 100.0, 0.0, 100.0)), (flt, EvidenceFilter(**vars(flt)))):
        assert hash(x) == vars(x)["_hash"] == hash(same) and x == same and x is not same
        assert "_hash" not in vars(pickle.loads(pickle.dumps(x)))
    env = {**os.environ, "PYTHONHASHSEED": "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"}
    env["PYTHONPATH"] = str(Path(__file__).parent.parent)
    read = subprocess.run(
        [sys.executable, "-c", _READ_BACK], input=pickle.dumps((score, flt)), capture_output=True, env=env, check=True
    )
    assert read.stdout.decode().split() == ["1", "2", "False", "False"]


def test_a_batch_past_the_caches_bound_keeps_all_its_answers(monkeypatch):
    """A batch makes room for its answers before it starts: a cache they would overflow is emptied first (and
    then every key is the batch's), one past the bound holds them and the bound's worth more, and the bound is
    back where it was once the cache is next emptied."""
    monkeypatch.setattr(intervals, "CACHED", 4)
    cache: dict = {}
    intervals.remember(cache, "old", 0)
    assert intervals.room_for(cache, ["old", "a", "b"]) == ["a", "b"]  # 1 + 2 fit under 4: kept
    cache.update(a=1, b=2)
    assert intervals.room_for(cache, dict.fromkeys(["old", "c", "d"])) == ["old", "c", "d"]  # 3 + 2 do not
    assert cache == {}
    cache.update({k: 0 for k in "old cd"})
    assert intervals.room_for(cache, list("efghij")) == list("efghij")  # 6 past 4: held, 6 + 4 in all
    cache.update({k: 0 for k in "efghij"})
    for k in "wxyz":
        assert not intervals.full(cache)
        intervals.remember(cache, k, 0)
    assert len(cache) == 10 and intervals.full(cache)
    intervals.remember(cache, "next", 0)
    assert cache == {"next": 0}
    for k in "pqr":
        intervals.remember(cache, k, 0)
    assert intervals.full(cache)  # back to 4
    intervals.forget(cache)
    assert cache == {} and not intervals.full(cache)
