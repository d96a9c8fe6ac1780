import math

import pytest
from scipy import stats as sps

from harness.judge import intervals, power, stats
from harness.judge.intervals import WILSON, Score
from tests.reference_intervals import newcombe_method_11, wilson_cc_formula
from tests.test_fragility import _brute_share_fragility

Z = stats.z_critical(0.05)


def _z_power(gap: float, se: float) -> float:
    """Power of the two-sided z-test at 5 % when the true gap is `gap` (scipy's normal)."""
    return sps.norm.sf(Z - gap / se) + sps.norm.cdf(-Z - gap / se)


def test_mdd_at_50_and_80_percent_power():
    assert power.mdd(2.0) == pytest.approx(Z * 2.0)
    assert power.mdd(2.0, power=0.8) == pytest.approx((Z + sps.norm.ppf(0.8)) * 2.0)
    assert _z_power(power.mdd(2.0), 2.0) == pytest.approx(0.5, abs=1e-3)
    assert _z_power(power.mdd(2.0, power=0.8), 2.0) == pytest.approx(0.8, abs=1e-3)
    assert power.mdd(None) is None


def test_items_needed_for_a_z_test_is_the_first_count_that_is_significant():
    # a gap of 3 with SE 4 on 100 items: SE on m items is 4·sqrt(100/m)
    p = power.assess(4.0, 3.0, 0.0, 2 * sps.norm.sf(3 / 4), 0.05, 100)
    assert p.items_needed == 683
    for m, significant in ((683, True), (682, False)):
        assert (2 * sps.norm.sf(3 / (4 * math.sqrt(100 / m))) < 0.05) == significant
    assert p.mdd_80 == pytest.approx((Z + sps.norm.ppf(0.8)) * 4.0)


def test_items_needed_for_two_shares_uses_newcombe():
    # 28/30 vs 25/30: within noise on 30 items; the search runs the Newcombe test itself
    a, b = Score(100 * 28 / 30, WILSON, n=30), Score(100 * 25 / 30, WILSON, n=30)
    p0 = intervals.difference_p(a, b)
    out = power.assess(math.hypot(a.se or 0, b.se or 0) or 1.0, a.value - b.value, 0.0, p0, 0.05, 30, (a, b))
    m = out.items_needed
    assert m == 96
    # the reference method 11 interval on that many items (same shares) excludes 0; one item fewer holds it
    low, _ = newcombe_method_11(28 / 30 * m, m, 25 / 30 * m, m, single=wilson_cc_formula)
    low_before, _ = newcombe_method_11(28 / 30 * (m - 1), m - 1, 25 / 30 * (m - 1), m - 1, single=wilson_cc_formula)
    assert low > 0 >= low_before


def test_no_items_decide_a_difference_on_the_boundary():
    p = power.assess(3.0, 0.0, 0.0, 1.0, 0.05, 198)
    assert p.at_boundary and p.items_needed is None
    assert power.assess(3.0, 5.0, 0.0, 0.01, 0.05, 198).items_needed is None  # already significant


def test_within_noise_comparison_says_what_would_decide_it_in_table_json_and_caption(proj):
    from harness.report.jsonrecords import comparison_dict
    from harness.report.markdown import claim_page
    from harness.report.power_text import chart_caption, decide_cell, mdd_cell

    proj.pair_scores(alpha={"SmallBench": 70}, beta={"SmallBench": 60})
    result = proj.one_claim("  - {kind: outperforms, competitors: [Beta-2], benchmarks: [SmallBench]}\n")
    cmp = result.assertions[0].comparisons[0]
    a, b = Score(70.0, WILSON, n=30), Score(60.0, WILSON, n=30)
    m = cmp.power.items_needed
    # the first item count at which the Newcombe test of 70 % vs 60 % is significant
    grown = [intervals.difference_p(Score(70.0, WILSON, n=k), Score(60.0, WILSON, n=k)) for k in (m - 1, m)]
    assert grown[0] >= 0.05 > grown[1] and intervals.difference_p(a, b) == pytest.approx(cmp.p_value)
    assert m == 189
    # SmallBench's 30 items are its whole set: 189 / 30 = 6.3 times the items, so at least 7 runs;
    # 5 items changing answer make it significant (brute force below)
    assert decide_cell(cmp) == "≈189 items (now 30) or ≥ 7 runs; fragility 5"
    assert _brute_share_fragility(21, 30, 18, 30, 0.0) == 5
    assert mdd_cell(cmp) == f"{Z * cmp.stderr:.1f} / {(Z + sps.norm.ppf(0.8)) * cmp.stderr:.1f}"
    data = comparison_dict(cmp)["power"]
    assert (data["items_needed"], data["items_now"], data["runs_needed_at_least"]) == (189, 30, 7)
    assert (data["fragility"], data["fragility_to"]) == (5, "significant")
    assert data["mdd_80"] == round((Z + sps.norm.ppf(0.8)) * cmp.stderr, 3)
    catalog = proj.verify().catalog
    assert "SmallBench vs Beta-2 ≈189 (now 30; ≥ 7 runs)" in chart_caption(result, catalog)
    page = claim_page(result, catalog, "c.png")
    assert "### What would decide this" in page and "with about 189 items per model \\(now 30\\)" in page
    assert "so that means at least 7 runs of them \\(a lower bound" in page
    assert "5 items changing answer would make the test significant \\(fragility\\)" in page


def test_runs_needed_only_when_the_items_are_the_whole_benchmark():
    # a gap of 3 with SE 4 on 100 items needs 683 items: 6.83 times, so at least 7 runs of the 100
    p = power.assess(4.0, 3.0, 0.0, 2 * sps.norm.sf(3 / 4), 0.05, 100, fixed_items=True)
    assert (p.items_needed, p.runs_needed) == (683, 7)
    assert power.assess(4.0, 3.0, 0.0, 2 * sps.norm.sf(3 / 4), 0.05, 100).runs_needed is None
    # already significant: nothing is needed
    assert power.assess(4.0, 9.0, 0.0, 0.024, 0.05, 100, fixed_items=True).runs_needed is None


def test_a_ranks_chart_gets_no_difference_caption(proj):
    from harness.report.power_text import chart_caption

    result = proj.one_claim("  - kind: ranks\n    cohort: {models: [Beta-2, Gamma-3]}\n    top: 1\n")
    assert result.assertions[0].kind == "ranks" and chart_caption(result, proj.verify().catalog) == ""
