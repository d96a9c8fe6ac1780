import math
from dataclasses import replace

import pytest
from conftest import CLAIM
from scipy import stats as sps

from harness.judge import intervals, intervals_batch, stats
from harness.judge.intervals import WILSON, Score
from harness.judge.verdicts import FAIL, PASS, UNKNOWN, Unit, strength
from tests.reference_intervals import newcombe_method_11, wilson_cc_formula


def test_binomial_se_by_hand():
    # p = 0.96, n = 30: sqrt(0.96 * 0.04 / 30) = 0.035777 -> 3.5777 points
    assert stats.binomial_se(96.0, 30) == pytest.approx(3.577709, abs=1e-6)
    assert stats.binomial_se(50.0, 100) == pytest.approx(5.0)


def test_unpaired_test_matches_normal_tail():
    r = stats.unpaired_test(4.0, 1.5, 2.0)
    assert r.stderr == pytest.approx(2.5)
    assert r.p_value == pytest.approx(2 * sps.norm.sf(1.6), rel=1e-9)
    assert stats.unpaired_test(1.0, None, 2.0).p_value is None


def test_z_critical():
    assert stats.z_critical(0.05) == pytest.approx(sps.norm.isf(0.025), abs=1e-9)


@pytest.mark.parametrize("b,c", [(0, 0), (3, 0), (10, 4), (25, 30), (400, 350)])
def test_mcnemar_exact_matches_scipy_binomtest(b, c):
    expected = 1.0 if b + c == 0 else sps.binomtest(b, b + c, 0.5).pvalue
    assert stats.mcnemar_exact(b, c) == pytest.approx(expected, rel=1e-9)


def test_paired_bootstrap_is_reproducible_and_sensible():
    import numpy as np

    rng = np.random.default_rng(1)
    a = rng.normal(0.6, 0.2, 500)
    b = a - 0.05 + rng.normal(0, 0.05, 500)
    one = stats.paired_bootstrap(a, b, iters=2000, seed=7)
    two = stats.paired_bootstrap(a, b, iters=2000, seed=7)
    assert one == two
    mean, se, p = one
    assert mean == pytest.approx(float(np.mean(a - b)))
    assert se == pytest.approx(float(np.std(a - b, ddof=1) / math.sqrt(500)), rel=0.1)
    # no resample of the mean difference (0.05, some 25 SEs) crosses zero: p is the least 2,000 resample
    # resolve, one of them doubled, never 0.0
    assert p == 0.001


def test_tests_never_give_a_p_of_zero():
    """A p too small for a float is the smallest positive float, a bound: zero would say the difference could
    not arise by chance at all (a z of 40 underflowed erfc; 1,100 discordant items all one way, exp)."""
    assert stats.normal_two_sided_p(40.0) == stats.normal_two_sided_p(float("inf")) == 5e-324
    assert stats.mcnemar_exact(1100, 0) == 5e-324
    # a share's interval search stops at z 40 (99 % against 1 % of 100,000 items), one by one or batched
    a, b = Score(99.0, WILSON, n=100_000), Score(1.0, WILSON, n=100_000)
    assert intervals.difference_p(a, b) == intervals_batch.difference_p_many([(a, replace(b, n=99_999))])[0] == 5e-324
    assert stats.normal_two_sided_p(30.0) == pytest.approx(sps.norm.sf(30.0) * 2, rel=1e-9)  # above it, as before


def test_round_p_keeps_three_significant_digits_where_six_decimals_keep_fewer():
    # six decimals wrote the seed's 1.85e-37 (a z-test of two arena ratings) as 0.0 and 1.36e-06 as 1e-06
    ps = [1.854906123672319e-37, 1.3568602175651678e-06, 7.736753297431272e-05, 0.00011908437239192258, 0.0536]
    assert [stats.round_p(p) for p in ps] == [1.85e-37, 1.36e-06, 7.74e-05, 0.000119, 0.0536]
    assert [stats.round_p(p) for p in (0.0, 1.0, 5e-324, 0.12345678)] == [0.0, 1.0, 5e-324, 0.123457]


def test_paired_test_picks_mcnemar_for_binary_items():
    a = {f"d{i}": 1.0 for i in range(20)}
    b = {f"d{i}": (1.0 if i < 10 else 0.0) for i in range(20)}
    r = stats.paired_test(a, b)
    assert r.test == "exact McNemar (paired, 20 items)"
    assert r.p_value == pytest.approx(sps.binomtest(0, 10, 0.5).pvalue)
    assert stats.paired_test({"x": 1.0}, {"y": 1.0}) is None


def test_paired_test_uses_bootstrap_for_continuous_items():
    a = {f"d{i}": 0.5 + i / 100 for i in range(30)}
    b = {f"d{i}": 0.5 for i in range(30)}
    assert stats.paired_test(a, b).test == "paired bootstrap (10,000 resamples, 30 items)"


def test_holm_by_hand():
    assert stats.holm([0.01, 0.04, 0.03, None]) == [0.03, 0.06, 0.06, None]


def test_minimum_detectable_difference():
    assert stats.minimum_detectable_difference(5.0) == pytest.approx(1.959964 * 5, rel=1e-6)
    assert stats.minimum_detectable_difference(None) is None


def test_top_k_probability_and_tie_groups():
    assert stats.top_k_probability((90, 1), [(50, 1)], 1) == 1.0
    assert stats.top_k_probability((50, 5), [(50, 5)], 1) == pytest.approx(0.5, abs=0.02)
    assert stats.tie_group_rank((80, 1), [(90, 1), (81, 1)]) == 2


def U(status, sig):
    return Unit("b", status, sig)


@pytest.mark.parametrize(
    "units,quantifier,verdict,expected",
    [
        ([U(PASS, True), U(PASS, True)], "all", "supported", "significant"),
        ([U(PASS, True), U(PASS, False)], "all", "supported", "within_noise"),
        ([U(PASS, True), U(PASS, None)], "all", "supported", None),
        ([U(PASS, True), U(PASS, False), U(FAIL, False)], "any", "supported", "significant"),
        ([U(PASS, True), U(FAIL, True)], "all", "partially_supported", "significant"),
        ([U(PASS, True), U(FAIL, False)], "all", "partially_supported", "within_noise"),
        ([U(FAIL, None), U(FAIL, False)], "all", "refuted", None),
        ([U(PASS, True), U(UNKNOWN, None)], "all", "insufficient_evidence", None),
    ],
)
def test_strength_rules(units, quantifier, verdict, expected):
    assert strength(units, quantifier, verdict) == expected


def test_strength_on_crafted_evidence(proj):
    """A big win on 2,000 items is significant; a small one on 30 items is not; unknown n is unknown."""
    proj.pair_scores(
        alpha={"BigBench": 80, "SmallBench": 61, "OpenBench": 61},
        beta={"BigBench": 70, "SmallBench": 60, "OpenBench": 60},
    )
    results = {
        f"c{i}": proj.one_claim(f"  - {{kind: outperforms, competitors: [Beta-2], benchmarks: [{bench}]}}\n", f"c{i}")
        for i, bench in enumerate(["BigBench", "SmallBench", "OpenBench"])
    }
    assert [results[c].assertions[0].strength for c in ("c0", "c1", "c2")] == ["significant", "within_noise", None]
    big = results["c0"].assertions[0].comparisons[0]
    assert big.stderr == pytest.approx(math.hypot(stats.binomial_se(80, 2000), stats.binomial_se(70, 2000)))
    assert big.test == "Newcombe score interval, continuity-corrected (unpaired)"
    # the p is the level at which the reference method 11 interval of the two shares starts at 0
    # (Newcombe's formula: scipy loses digits computing z from 1 - alpha/2 at an alpha of 4e-13)
    low, high = newcombe_method_11(1600, 2000, 1400, 2000, alpha=big.p_value, single=wilson_cc_formula)
    assert low == pytest.approx(0.0, abs=1e-9)
    assert big.interval == pytest.approx([100 * x for x in newcombe_method_11(1600, 2000, 1400, 2000, alpha=0.05)])
    assert results["c2"].assertions[0].comparisons[0].test == "unknown (item count or stderr missing)"


def test_published_stderr_is_used_over_binomial(proj):
    path = proj.root / "results" / "published" / "scores.csv"
    path.write_text(
        "model,benchmark,metric,score,stderr,reported_by,source_url,source_locator,as_of_date\n"
        "Alpha-1,OpenBench,acc,61,0.3,Alpha Lab,https://a.example,T,2025-01-01\n"
        "Beta-2,OpenBench,acc,60,0.4,Beta Corp,https://b.example,T,2025-01-01\n"
    )
    (proj.root / "claims" / "alpha-beats-beta.yaml").write_text(
        (proj.root / "claims" / "alpha-beats-beta.yaml").read_text()
    )
    c = proj.verify().results[0].assertions[0].comparisons[0]
    assert c.stderr == pytest.approx(0.5)
    assert c.significant is True


def test_published_95_interval_gives_the_se(proj):
    path = proj.root / "results" / "published" / "scores.csv"
    path.write_text(
        "model,benchmark,metric,score,ci_low,ci_high,reported_by,source_url,source_locator,as_of_date\n"
        "Alpha-1,RatingBench,elo,2100,2080.4,2119.6,Arena,https://a.example,T,2025-01-01\n"
        "Beta-2,RatingBench,elo,2000,1980.4,2019.6,Arena,https://a.example,T,2025-01-01\n"
        "Beta-2,BigBench,acc,50,55,60,Arena,https://a.example,T,2025-01-01\n"
    )
    run = proj.verify()
    assert [str(p) for p in run.problems] == [
        "results/published/scores.csv:4: ci_low: interval 55-60 must contain the score 50"
    ]
    c = next(c for c in run.results[0].assertions[0].comparisons if c.benchmark == "rating-bench")
    assert c.stderr == pytest.approx(math.hypot(10.0, 10.0), rel=1e-4)  # 39.2 / (2 * 1.96) = 10.0002
    assert c.significant is True


def _top_k_reference(subject, others, k, higher_is_better=True, sims=20_000, seed=0):
    """The simulation as first written: one draw per model, in turn, from one generator."""
    import numpy as np

    rng = np.random.default_rng(seed)
    sign = 1.0 if higher_is_better else -1.0
    s = rng.normal(subject[0], subject[1], size=sims) * sign
    better = np.zeros(sims, dtype=np.int64)
    for value, se in others:
        better += (rng.normal(value, se, size=sims) * sign) > s
    return float(np.mean(better < k))


def test_top_k_probability_is_the_same_simulation_in_one_array():
    import random

    rng = random.Random(7)
    for _ in range(200):
        subject = (rng.uniform(0, 100), rng.choice([0.0, 0.5, rng.uniform(0, 5)]))
        others = [(rng.uniform(0, 100), rng.choice([0.0, rng.uniform(0, 5)])) for _ in range(rng.randint(0, 9))]
        k, hib = rng.randint(1, 3), rng.random() < 0.5
        assert stats.top_k_probability(subject, others, k, hib) == _top_k_reference(subject, others, k, hib)


def test_z_critical_is_the_normal_quantile():
    from scipy.stats import norm

    for alpha in (0.001, 0.01, 0.05, 0.1, 0.5):
        assert stats.z_critical(alpha) == pytest.approx(norm.ppf(1 - alpha / 2), abs=1e-12)


@pytest.mark.parametrize(
    "ps", [[0.01, 0.04, 0.03, 0.2, None, 0.5], [0.001, 0.001, 0.9], [0.049], [0.3, 0.02, 0.02, 0.04]]
)
def test_holm_and_benjamini_hochberg_match_statsmodels(ps):
    from statsmodels.stats.multitest import multipletests

    known = [p for p in ps if p is not None]
    for ours, method in ((stats.holm(ps), "holm"), (stats.benjamini_hochberg(ps), "fdr_bh")):
        expected = iter(multipletests(known, method=method)[1])
        assert [None if p is None else pytest.approx(next(expected)) for p in ps] == ours


def test_bh_is_named_in_the_reason_and_the_rule(proj):
    proj.pair_scores(alpha={"BigBench": 80, "MidBench": 60}, beta={"BigBench": 70, "MidBench": 58})
    proj.claim(
        CLAIM.format(id="c1", assertions="  - {kind: outperforms, competitors: [Beta-2], quantifier: most}\n"),
        "c1.yaml",
    )
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    from harness.verify import Project, verify

    holm = verify(Project(proj.root), [proj.root / "claims"]).results[0]
    bh = verify(Project(proj.root), [proj.root / "claims"], multiplicity="bh").results[0]
    assert "Benjamini" not in holm.reason and "Holm-adjusted" in holm.assertions[0].rule
    assert bh.reason.endswith("[p-values Benjamini-Hochberg-adjusted]")
    assert "Benjamini-Hochberg-adjusted across the benchmarks (false discovery rate)" in bh.assertions[0].rule
    p = [c.p_value for c in bh.assertions[0].comparisons]
    assert [c.p_adjusted for c in bh.assertions[0].comparisons] == stats.benjamini_hochberg(p)


@pytest.mark.parametrize("assertion", ["{kind: outperforms, competitors: [Beta-2], quantifier: all}",
                                       "{kind: ranks, cohort: {open_weights: true}}"])  # fmt: skip
def test_bh_is_not_named_where_it_adjusted_nothing(proj, assertion):
    # 'all' tests each comparison on its own and a rank is not adjusted: a BH tag would misstate the rule
    proj.pair_scores(alpha={"BigBench": 80, "MidBench": 60}, beta={"BigBench": 70, "MidBench": 58})
    proj.claim(CLAIM.format(id="c1", assertions=f"  - {assertion}\n"), "c1.yaml")
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    from harness.verify import Project, verify

    bh = verify(Project(proj.root), [proj.root / "claims"], multiplicity="bh").results[0]
    assert "Benjamini" not in bh.reason and "Benjamini" not in bh.assertions[0].rule
