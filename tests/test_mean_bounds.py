"""`aggregate: mean` on outperforms and matches with a competitor lacking a score on some of the benchmarks: settled
where any score the scale allows there gives the means one outcome, else undecided with why (`judge.mean_bounds`)."""

import pytest

from harness.judge.mean_bounds import bounded_outcome
from harness.judge.significance import match_judge, outperform_judge
from tests.test_claim_forms import pairs

THREE = "[BigBench, MidBench, SmallBench]"
MEAN = "  - kind: {kind}\n    competitors: [Beta-2]\n    benchmarks: " + THREE + "\n    aggregate: mean\n"


def test_a_competitor_below_whatever_it_scores_where_it_has_none_is_outperformed(proj):
    # Beta-2 lacks MidBench: its mean over the three is (10 + 20 + 0..100) / 3, 10.00 to 43.33, below 86.67
    pairs(proj, {"BigBench": 80.0, "MidBench": 90.0, "SmallBench": 90.0}, {"BigBench": 10.0, "SmallBench": 20.0})
    r = proj.one_claim(MEAN.format(kind="outperforms"))
    assert r.verdict == "supported"
    assert r.reason == (
        "mean over 3 vs Beta-2: win whatever Beta-2 would score on MidBench, where it has none (its mean 10.00 to "
        "43.33 with any score the scale allows there, against 86.67)"
    )
    [mean] = r.assertions[0].means
    assert (mean["outcome"], mean["subject_mean"], mean["competitor_mean"], mean["delta"]) == (
        "win",
        pytest.approx(86.666667),
        None,
        None,
    )
    # the report's line, and the chart's row: passed by the bounds, with no bar (no delta) and a note saying so
    from harness.claims.catalog import load_catalog
    from harness.report.charts import chart_spec
    from harness.report.markdown import mean_texts

    catalog = load_catalog(proj.root / "catalog", proj.root)
    assert mean_texts(r.assertions[0], catalog) == [f"Mean over 3 benchmarks vs Beta-2: {mean['note']}"]
    row = chart_spec(r, catalog)["panels"][-1]["rows"][-1]
    assert (row["label"], row["value"], row["status"], row["note"]) == (
        "Mean of 3 vs Beta-2",
        None,
        "pass",
        "by the scale's bounds",
    )


def test_a_competitor_above_whatever_it_scores_where_it_has_none_refutes_it(proj):
    # Beta-2's mean is 60.00 to 93.33 whatever its MidBench: above Alpha-1's 20
    pairs(proj, {"BigBench": 20.0, "MidBench": 20.0, "SmallBench": 20.0}, {"BigBench": 90.0, "SmallBench": 90.0})
    r = proj.one_claim(MEAN.format(kind="outperforms"))
    assert r.verdict == "refuted"
    assert r.reason == (
        "mean over 3 vs Beta-2: loss whatever Beta-2 would score on MidBench, where it has none (its mean 60.00 to "
        "93.33 with any score the scale allows there, against 20.00)"
    )


def test_a_competitor_the_score_it_lacks_could_put_either_side_stays_undecided(proj):
    # Beta-2's mean is 35.00 to 85.00: Alpha-1's 70.00 is inside it
    pairs(proj, {"BigBench": 80.0, "MidBench": 60.0}, {"BigBench": 70.0})
    text = (
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench, MidBench]\n    aggregate: mean\n"
    )
    r = proj.one_claim(text)
    assert r.verdict == "insufficient_evidence"
    assert r.reason == (
        "mean over 2 vs Beta-2: not computed: Beta-2 has no score on MidBench, and the outcome depends on the score "
        "it lacks (its mean 35.00 to 85.00 with any score the scale allows there, against 70.00)"
    )
    # a competitor with no score on any of them has no mean to bound: not computed, as before
    pairs(proj, {"BigBench": 80.0, "MidBench": 60.0}, {"SmallBench": 70.0})
    assert proj.one_claim(text, "c2").reason == (
        "mean over 2 vs Beta-2: not computed: no single value on each side for BigBench, MidBench"
    )


def test_a_match_by_the_mean_is_settled_where_every_score_it_lacks_gives_one_outcome(proj):
    # within 5 points: Beta-2's mean 6.67 to 40.00 is below Alpha-1's 95 by far more, whatever its MidBench
    pairs(proj, {"BigBench": 95.0, "MidBench": 95.0, "SmallBench": 95.0}, {"BigBench": 10.0, "SmallBench": 10.0})
    r = proj.one_claim(MEAN.format(kind="matches") + "    tolerance: 5\n")
    assert r.verdict == "refuted"
    assert r.reason.startswith("mean over 3 vs Beta-2: differs whatever Beta-2 would score on MidBench")
    # a band the range straddles: 33.33 to 66.67 against 50, undecided
    pairs(proj, {"BigBench": 50.0, "MidBench": 50.0, "SmallBench": 50.0}, {"BigBench": 50.0, "SmallBench": 50.0})
    r = proj.one_claim(MEAN.format(kind="matches") + "    tolerance: 5\n", "c2")
    assert r.verdict == "insufficient_evidence"
    assert "and the outcome depends on the score it lacks (its mean 33.33 to 66.67" in r.reason


@pytest.mark.parametrize(
    "judge,subject,competitor,outcome",
    [
        (outperform_judge(0.0), (70.0, 70.0), (35.0, 85.0), None),  # either side of the subject
        (outperform_judge(0.0), (86.0, 88.0), (10.0, 43.0), "win"),
        (outperform_judge(10.0), (50.0, 50.0), (41.0, 45.0), "short_of_margin"),  # never a win: told nearest one
        (outperform_judge(10.0), (50.0, 50.0), (38.0, 45.0), None),  # a win at 38, short of it at 45
        (match_judge(5.0, "points"), (50.0, 50.0), (46.0, 54.0), "match"),
        (match_judge(5.0, "points"), (50.0, 50.0), (20.0, 80.0), None),  # below, inside and above the band
        (match_judge(5.0, "points", "at_least"), (50.0, 50.0), (0.0, 55.0), "match"),  # above the band passes too
        (match_judge(10.0, "percent"), (50.0, 50.0), (46.0, 54.0), "match"),  # 10% of 46 to 54: 4.6 to 5.4
        (match_judge(10.0, "percent"), (50.0, 50.0), (44.0, 46.0), None),  # 10% of 44 is 4.4: 50 is out of it
    ],
)
def test_the_four_corners_of_the_two_means_ranges_decide_the_outcome(judge, subject, competitor, outcome):
    from harness.claims.catalog_entries import BenchmarkEntry

    bench = BenchmarkEntry(id="b", name="B")
    assert bounded_outcome(judge, subject, competitor, bench) == outcome


def test_sources_that_disagree_on_the_subjects_side_are_bounded_with_the_score_the_competitor_lacks(proj):
    # Alpha-1's BigBench is 80 by one source and 5 by another (a win and a loss against Beta-2's 10): its mean is
    # (5 + 100 + 100) / 3 to (80 + 100 + 100) / 3, 68.33 to 93.33; Beta-2's, lacking MidBench, 3.33 to 36.67
    pairs(proj, {"BigBench": 80.0, "MidBench": 100.0, "SmallBench": 100.0}, {"BigBench": 10.0, "SmallBench": 0.0})
    proj.scores(
        (proj.root / "results" / "published" / "scores.csv").read_text().split("\n", 1)[1]
        + "Alpha-1,BigBench,pass@1,,5.0,Other Lab,https://o.example,T,2025-01-01,\n"
    )
    r = proj.one_claim(MEAN.format(kind="outperforms"))
    assert [c.outcome for c in r.assertions[0].comparisons if c.benchmark == "big-bench"] == ["conflict"]
    assert r.verdict == "supported"
    assert r.reason == (
        "mean over 3 vs Beta-2: win whatever Beta-2 would score on MidBench, where it has none (its mean 3.33 to "
        "36.67 with any score the scale allows there, against 68.33 to 93.33)"
    )


def test_a_score_the_claims_own_date_left_out_is_named_as_excluded_not_as_none(proj):
    # Beta-2 has a MidBench row, dated after the claim's as_of: the note names the filter that left it out (a
    # fact-checker can undo that), where "where it has none" would say no such score was ever published
    rows = [
        f"Alpha-1,{b},pass@1,,{v},Alpha Lab,https://a.example,T,2025-01-01,"
        for b, v in (("BigBench", 80.0), ("MidBench", 90.0), ("SmallBench", 90.0))
    ]
    rows += ["Beta-2,BigBench,pass@1,,10.0,Beta Corp,https://b.example,T,2025-01-01,",
             "Beta-2,SmallBench,pass@1,,20.0,Beta Corp,https://b.example,T,2025-01-01,",
             "Beta-2,MidBench,pass@1,,95.0,Beta Corp,https://b.example/later,T,2025-06-01,"]  # fmt: skip
    proj.scores("\n".join(rows))
    r = proj.one_claim(MEAN.format(kind="outperforms") + "evidence:\n  as_of: 2025-03-01\n")
    assert r.verdict == "supported"
    assert r.reason == (
        "mean over 3 vs Beta-2: win whatever Beta-2 would score on MidBench (its rows excluded by the as_of date), "
        "where the evidence the claim uses has none (its mean 10.00 to 43.33 with any score the scale allows there, "
        "against 86.67)"
    )
    # undecided, the same words: its score is one the claim does not use, not one never published
    proj.scores("\n".join(r.replace(",10.0,", ",90.0,").replace(",20.0,", ",90.0,") for r in rows))
    r = proj.one_claim(MEAN.format(kind="outperforms") + "evidence:\n  as_of: 2025-03-01\n", "c2")
    assert r.verdict == "insufficient_evidence"
    assert r.reason == (
        "mean over 3 vs Beta-2: not computed: Beta-2 has no score the claim uses on MidBench (its rows excluded by "
        "the as_of date), and the outcome depends on the score it lacks (its mean 60.00 to 93.33 with any score the "
        "scale allows there, against 86.67)"
    )
