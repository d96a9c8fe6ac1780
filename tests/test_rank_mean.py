"""A rank claim by the mean over the benchmarks (`ranks` with `aggregate: mean`)."""

import json

import pytest

from harness.judge.verdicts import FAIL, PASS

RANK = (
    "  - kind: ranks\n    cohort: {{models: [Beta-2, Gamma-3, Delta-4]}}\n    top: {top}\n    benchmarks: {benches}\n"
)
THREE = "[BigBench, MidBench, SmallBench]"


def scores(proj, table: dict[str, dict[str, float]], extra: str = "") -> None:
    """One pass@1 row per model and benchmark, each from its own page."""
    rows = [
        f"{model},{bench},pass@1,,{value},Board,https://board.example/{model},T,2025-01-01,"
        for model, values in table.items()
        for bench, value in values.items()
    ]
    proj.scores("\n".join(rows) + extra)


SPREAD = {
    # Alpha-1 is first on SmallBench alone, but first by the mean (76.67 vs 71.67 and 70.00)
    "Alpha-1": {"BigBench": 80, "MidBench": 60, "SmallBench": 90},
    "Beta-2": {"BigBench": 85, "MidBench": 50, "SmallBench": 80},
    "Gamma-3": {"BigBench": 70, "MidBench": 70, "SmallBench": 70},
    "Delta-4": {"BigBench": 10, "MidBench": 20},  # below by the mean whatever it scores on SmallBench
}


def test_a_rank_by_the_mean_ranks_the_means_not_each_benchmark(proj):
    scores(proj, SPREAD)
    each = proj.one_claim(RANK.format(top=1, benches=THREE))
    assert each.verdict == "partially_supported"  # first on one benchmark of three
    r = proj.one_claim(RANK.format(top=1, benches=THREE) + "    aggregate: mean\n", "c2")
    a = r.assertions[0]
    assert r.verdict == "supported"
    assert a.summary == (
        "rank 1 by the mean over 3 benchmarks (76.67) among 3 cohort members with a score on each (needs top 1); "
        "P(top 1) 0.92; 1 member lacking some scores ranks below it whatever they are"
    )
    assert [(m["competitor"], m["competitor_mean"], m["outcome"]) for m in a.means] == [("beta-2", 71.666667, "win")]
    # Delta-4 lacks SmallBench: (10 + 20 + 100) / 3 = 43.33 at best, below 76.67: placed, not left out unsaid
    assert a.caveats == []
    # P(top 1): SEs from the items (2000, 500, 30), √(Σ SE²)/3 = 1.99, 2.56, 2.89; 400,000 numpy draws give 0.916
    # every number shown traces to its rows: the kept member's comparisons, one per benchmark
    assert [(c.benchmark, c.competitor) for c in a.comparisons] == [
        ("big-bench", "beta-2"),
        ("mid-bench", "beta-2"),
        ("small-bench", "beta-2"),
    ]
    assert a.groups["cohort"][0].status == PASS
    assert a.rule.startswith(
        "Supported if Alpha-1 ranks in the top 1 of the listed models by the mean over the 3 benchmarks"
    )


def test_members_above_the_subject_refute_it_and_are_named(proj):
    table = {**SPREAD, "Gamma-3": {"BigBench": 95, "MidBench": 90, "SmallBench": 85}}
    scores(proj, table)
    r = proj.one_claim(RANK.format(top=1, benches=THREE) + "    aggregate: mean\n")
    a = r.assertions[0]
    assert r.verdict == "refuted"
    assert a.summary.startswith(
        "rank 2 by the mean over 3 benchmarks (76.67) among 3 cohort members with a score on each (needs top 1); "
        "above it: Gamma-3 90.00; P(top 1) 0.00"
    )
    assert [m["competitor"] for m in a.means] == ["gamma-3", "beta-2"]  # those above, then the nearest below
    assert a.groups["cohort"][0].status == FAIL
    top2 = proj.one_claim(RANK.format(top=2, benches=THREE) + "    aggregate: mean\n", "c2")
    assert top2.verdict == "supported"


def test_a_subject_without_every_score_is_not_ranked_by_a_mean(proj):
    table = {**SPREAD, "Alpha-1": {"BigBench": 80, "MidBench": 60}}
    scores(proj, table)
    r = proj.one_claim(RANK.format(top=1, benches=THREE) + "    aggregate: mean\n")
    assert r.verdict == "insufficient_evidence"
    assert r.assertions[0].summary == "no score for Alpha-1 itself on SmallBench"


def test_a_mean_over_unlike_scales_is_not_taken(proj):
    scores(proj, {m: {**v, "RatingBench": 7.0} for m, v in SPREAD.items()})
    r = proj.one_claim(RANK.format(top=1, benches="[BigBench, RatingBench]") + "    aggregate: mean\n")
    assert r.verdict == "insufficient_evidence"
    assert r.assertions[0].summary == "not computed: an average needs percent benchmarks scored the same way round"


def test_conflicting_sources_give_a_best_and_worst_rank(proj):
    # a second page gives Gamma-3 another MidBench score: its mean is 70.00 or 78.33, below or above the subject's
    # 76.67 (on MidBench alone both are above the subject's 60: the benchmark's outcome agrees, the mean does not)
    scores(proj, SPREAD, "\nGamma-3,MidBench,pass@1,,95,Other,https://other.example,T2,2025-01-01,")
    r = proj.one_claim(RANK.format(top=1, benches=THREE) + "    aggregate: mean\n")
    a = r.assertions[0]
    assert r.verdict == "insufficient_evidence"
    assert a.summary.startswith("rank 1 to 2 (conflicting sources) by the mean over 3 benchmarks (76.67)")
    assert a.depends_on_conflict is True
    assert "The rank depends on which of the conflicting sources is used." in a.caveats


def test_too_few_ranked_members_cannot_fail_a_top_k(proj):
    scores(proj, {m: v for m, v in SPREAD.items() if m != "Delta-4"})
    r = proj.one_claim(RANK.format(top=3, benches=THREE) + "    aggregate: mean\n")
    assert r.verdict == "insufficient_evidence"  # three members with a mean: no mean puts it out of the top 3
    # the reason says why, not only "rank 1 ... (needs top 3)", which reads as a pass; no "P(top 3) 1.00" beside it
    # Delta-4, with no score on any of them, is not ranked, as a member without a score on one benchmark's board
    assert r.assertions[0].summary == (
        "rank 1 by the mean over 3 benchmarks (76.67) among 3 cohort members with a score on each (needs top 3); "
        "too few ranked for a top 3 (no mean could fail it); "
        "1 other member not ranked (no score on any of the benchmarks)"
    )
    assert r.assertions[0].caveats == [
        "Cohort coverage: 1 other member without a score on any of the 3 benchmarks is not ranked (Delta-4)."
    ]


def test_the_json_keeps_the_means_and_their_rows(proj, capsys):
    from harness.cli.main import cli

    scores(proj, SPREAD)
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(
        "id: c1\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-02-01}\n"
        "subject: Alpha-1\nassertions:\n" + RANK.format(top=1, benches=THREE) + "    aggregate: mean\n",
        "c1.yaml",
    )
    with pytest.raises(SystemExit) as done:
        cli.main(["verify", "--project", str(proj.root), "--no-report", "--json"], standalone_mode=True)
    assert done.value.code == 0
    out = json.loads(capsys.readouterr().out)
    [a] = out["claims"][0]["assertions"]
    assert a["verdict"] == "supported"
    assert [m["competitor"] for m in a["means"]] == ["beta-2"]
    assert len(a["comparisons"]) == 3
    assert a["ranks"] == []


def test_a_subject_whose_own_sources_disagree_gives_an_open_rank(proj):
    # Alpha-1's MidBench is 60 or 95: against Gamma-3's 70 the benchmark's outcome depends on the source, so no mean
    # is computed beside any member and the subject's own mean is not printed (it raised a TypeError)
    scores(proj, SPREAD, "\nAlpha-1,MidBench,pass@1,,95,Other,https://other.example,T2,2025-01-01,")
    r = proj.one_claim("  - kind: ranks\n    cohort: {open_weights: true}\n    top: 1\n    aggregate: mean\n")
    assert r.verdict == "insufficient_evidence"
    assert r.assertions[0].summary == (
        "rank 1 to 2 (conflicting sources) by the mean over 3 benchmarks among 2 cohort members with a score on each "
        "(needs top 1); 1 member lacking some scores ranks below it whatever they are"
    )
    assert [(m["competitor"], m["note"]) for m in r.assertions[0].means] == [
        ("gamma-3", "not computed: no single value on each side for MidBench")
    ]


def test_a_rank_by_the_mean_says_what_its_cohort_leaves_open_as_a_rank_by_benchmark_does(proj):
    # the open-weight Alpha-1 ranked among closed models: the per-benchmark rank said so, the rank by the mean did not
    scores(proj, SPREAD)
    text = "  - kind: ranks\n    cohort: {open_weights: false}\n    top: 1\n    benchmarks: " + THREE + "\n"
    said = "Cohort: Alpha-1 has open weights (catalog), and is ranked among closed ones."
    assert said in proj.one_claim(text).assertions[0].caveats
    r = proj.one_claim(text + "    aggregate: mean\n", "c2")
    assert r.verdict == "supported"
    assert r.assertions[0].caveats[-1] == said


def test_a_member_lacking_some_scores_widens_the_rank_unless_the_scale_settles_it(proj):
    # Delta-4 has BigBench alone: (90 + 0 + 0) / 3 = 30.00 to (90 + 100 + 100) / 3 = 96.67 around Alpha-1's
    # 76.67: it could be above, so "first" is open, not supported among the members that happen to be scored
    scores(proj, {**SPREAD, "Delta-4": {"BigBench": 90}})
    r = proj.one_claim(RANK.format(top=1, benches=THREE) + "    aggregate: mean\n")
    a = r.assertions[0]
    assert r.verdict == "insufficient_evidence"
    assert a.summary == (
        "rank 1 to 2 (scores some members lack) by the mean over 3 benchmarks (76.67) among 3 cohort members with "
        "a score on each (needs top 1); 1 member lacking some scores could be above it (Delta-4)"
    )
    assert a.caveats == [
        "Cohort coverage: 1 other member without a score on every one of the 3 benchmarks could rank above or below "
        "the subject by the scores it lacks (Delta-4); a score for each on the benchmarks missing would settle the rank."
    ]
    # its one comparison is kept: the number it has traces to its row
    assert ("big-bench", "delta-4", 90.0) in [(c.benchmark, c.competitor, c.competitor_value) for c in a.comparisons]
    # with 100 and 95 on two of three, even 0 on the third gives 65.00 above a subject's 40.00: above whatever it is
    low = {"Alpha-1": {"BigBench": 40, "MidBench": 30, "SmallBench": 50}, "Delta-4": {"BigBench": 100, "MidBench": 95}}
    scores(proj, {**SPREAD, **low})
    r = proj.one_claim(RANK.format(top=1, benches=THREE) + "    aggregate: mean\n", "c2")
    assert r.verdict == "refuted"
    assert r.assertions[0].summary.endswith("; 1 member lacking some scores ranks above it whatever they are")
    assert r.assertions[0].summary.startswith("rank 4 by the mean over 3 benchmarks (40.00)")


def test_a_member_placed_or_left_open_by_the_scale_says_so_in_its_mean(proj):
    # a member lacking a score is placed by the scale's ends there: its mean's note said "no single value on each
    # side", as if it were left out, beside a summary that places it
    scores(proj, {**SPREAD, "Delta-4": {"BigBench": 90}})
    r = proj.one_claim(RANK.format(top=1, benches=THREE) + "    aggregate: mean\n")
    assert [(m["competitor"], m["outcome"], m["note"]) for m in r.assertions[0].means] == [
        ("beta-2", "win", ""),
        (
            "delta-4",
            "missing",
            "not computed: Delta-4 has no score on MidBench, SmallBench, and the outcome depends on the score it "
            "lacks (its mean 30.00 to 96.67 with any score the scale allows there, against 76.67)",
        ),
    ]
    low = {"Alpha-1": {"BigBench": 40, "MidBench": 30, "SmallBench": 50}, "Delta-4": {"BigBench": 100, "MidBench": 95}}
    scores(proj, {**SPREAD, **low})
    r = proj.one_claim(RANK.format(top=1, benches=THREE) + "    aggregate: mean\n", "c2")
    assert [(m["competitor"], m["outcome"], m["note"]) for m in r.assertions[0].means][-1] == (
        "delta-4",
        "loss",
        "loss whatever Delta-4 would score on SmallBench, where it has none (its mean 65.00 to 98.33 with any score "
        "the scale allows there, against 40.00)",
    )
