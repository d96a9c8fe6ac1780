import json

import pytest

from tests.conftest import CLAIM


def run_claim(proj, assertions: str, rows: str | None = None):
    if rows is not None:
        proj.scores(rows)
    return proj.one_claim(assertions)


def outcomes(result, i=0):
    return {(c.benchmark, c.competitor): c.outcome for c in result.assertions[i].comparisons}


@pytest.mark.parametrize(
    "quantifier,verdict",
    [
        ("all", "partially_supported"),
        ("most", "partially_supported"),
        ("any", "supported"),
        ("{at_least: 2}", "supported"),
        ("{at_least: 3}", "partially_supported"),
    ],
)
def test_outperforms_quantifiers_on_fixture(proj, quantifier, verdict):
    # fixture: BigBench win, SmallBench tie, MidBench loss, RatingBench win
    result = run_claim(proj, f"  - kind: outperforms\n    competitors: [Beta-2]\n    quantifier: {quantifier}\n")
    assert result.assertions[0].verdict == verdict
    assert outcomes(result) == {
        ("big-bench", "beta-2"): "win",
        ("small-bench", "beta-2"): "tie",
        ("mid-bench", "beta-2"): "loss",
        ("rating-bench", "beta-2"): "win",
    }


def test_tie_is_not_a_win_and_all_losses_refute(proj):
    proj.pair_scores(alpha={"BigBench": 50, "MidBench": 40}, beta={"BigBench": 50, "MidBench": 45})
    result = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n")
    assert result.verdict == "refuted"
    assert result.reason == "wins 0 of 2 vs Beta-2 (needs all 2): tie on BigBench, loss on MidBench"


def test_most_with_an_unknown_unit_is_insufficient(proj):
    proj.pair_scores(alpha={"BigBench": 90, "MidBench": 40, "SmallBench": 40}, beta={"BigBench": 50, "MidBench": 50})
    text = "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench, MidBench, SmallBench]\n"
    result = proj.one_claim(text + "    quantifier: most\n")
    assert result.verdict == "insufficient_evidence"  # 1 win, 1 loss, 1 missing: could still be 2 of 3


def test_missing_value_gives_insufficient_evidence(proj):
    proj.pair_scores(alpha={"BigBench": 90, "MidBench": 40}, beta={"BigBench": 50})
    result = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench, MidBench]\n")
    assert outcomes(result) == {("big-bench", "beta-2"): "win", ("mid-bench", "beta-2"): "missing"}
    assert result.verdict == "insufficient_evidence"
    assert result.assertions[0].strength is None


def test_shared_set_lists_benchmarks_only_one_side_has(proj):
    proj.pair_scores(alpha={"BigBench": 90, "MidBench": 40}, beta={"BigBench": 50, "SmallBench": 40})
    result = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n")
    assert result.verdict == "supported"
    assert result.assertions[0].caveats == [
        "Coverage: judged on the 1 of 3 benchmarks that both sides have evidence for.",
        "No evidence for Alpha-1 on: SmallBench.",
        "No evidence for the other side on: MidBench.",
    ]


def test_with_several_competitors_each_ones_coverage_names_it(proj):
    # "No evidence for the other side on: MidBench" read as if no competitor had MidBench, where Beta-2 does
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,90,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,MidBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,50,Beta Corp,https://b.example,T,2025-01-01,
        Beta-2,MidBench,pass@1,,40,Beta Corp,https://b.example,T,2025-01-01,
        Gamma-3,BigBench,pass@1,,60,Alpha Lab,https://a.example,T,2025-01-01,
        """
    )
    result = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2, Gamma-3]\n")
    assert result.verdict == "supported"
    assert result.assertions[0].caveats == [
        "Coverage vs Gamma-3: judged on the 1 of 2 benchmarks that both sides have evidence for.",
        "No evidence for Gamma-3 on: MidBench.",
    ]


def test_conflict_that_does_not_change_the_outcome(proj):
    rows = """
    Alpha-1,BigBench,pass@1,no tools,90,Alpha Lab,https://a.example,T,2025-01-01,
    Beta-2,BigBench,pass@1,no tools,50,Beta Corp,https://b.example,T,2025-01-01,
    Beta-2,BigBench,pass@1,no tools,60,Eval Watchdog,https://w.example,T,2025-01-01,
    """
    result = run_claim(proj, "  - kind: outperforms\n    competitors: [Beta-2]\n", rows)
    c = result.assertions[0].comparisons[0]
    assert (c.outcome, c.conflict, c.competitor_value) == ("win", True, 50.0)  # first-party value shown
    assert (
        "sources disagree (Beta-2: 50.0 per Beta Corp, 60.0 per Eval Watchdog); the choice does not change the outcome"
        in c.notes
    )
    assert result.verdict == "supported"
    assert result.assertions[0].depends_on_conflict is False


def test_conflict_that_decides_the_verdict(proj):
    rows = """
    Alpha-1,BigBench,pass@1,no tools,55,Alpha Lab,https://a.example,T,2025-01-01,
    Beta-2,BigBench,pass@1,no tools,50,Beta Corp,https://b.example,T,2025-01-01,
    Beta-2,BigBench,pass@1,no tools,60,Eval Watchdog,https://w.example,T,2025-01-01,
    """
    result = run_claim(proj, "  - kind: outperforms\n    competitors: [Beta-2]\n", rows)
    a = result.assertions[0]
    assert a.comparisons[0].outcome == "conflict"
    assert a.comparisons[0].alternatives == ["loss", "win"]
    assert a.verdict == "insufficient_evidence"
    assert a.depends_on_conflict is True
    assert "The verdict depends on which of the conflicting sources is used." in a.caveats


def test_settings_mismatch_is_not_compared(proj):
    rows = """
    Alpha-1,BigBench,pass@1,with code execution,90,Alpha Lab,https://a.example,T,2025-01-01,
    Beta-2,BigBench,pass@1,no tools,50,Beta Corp,https://b.example,T,2025-01-01,
    """
    result = run_claim(proj, "  - kind: outperforms\n    competitors: [Beta-2]\n", rows)
    c = result.assertions[0].comparisons[0]
    assert c.outcome == "setting_mismatch"
    assert c.notes == ["not compared, settings differ (tools: tools vs no tools)"]
    assert result.verdict == "insufficient_evidence"


def test_closest_setting_is_preferred_over_a_blank_one(proj):
    rows = """
    Alpha-1,BigBench,pass@1,no tools,40,Alpha Lab,https://a.example,T,2025-01-01,
    Alpha-1,BigBench,cons@64,no tools,70,Alpha Lab,https://a.example,T2,2025-01-01,
    Beta-2,BigBench,cons@64,no tools,60,Beta Corp,https://b.example,T,2025-01-01,
    """
    result = run_claim(proj, "  - kind: outperforms\n    competitors: [Beta-2]\n", rows)
    c = result.assertions[0].comparisons[0]
    assert (c.subject_value, c.competitor_value, c.outcome) == (70.0, 60.0, "win")


def test_margin(proj):
    result = run_claim(
        proj, "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n    margin: 15\n"
    )
    assert outcomes(result) == {("big-bench", "beta-2"): "short_of_margin"}
    assert result.verdict == "refuted"


def test_lower_is_better_is_respected(proj):
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("metric_kind: rating,", "metric_kind: rating, higher_is_better: false,"))
    result = run_claim(proj, "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [RatingBench]\n")
    assert outcomes(result) == {("rating-bench", "beta-2"): "loss"}


@pytest.mark.parametrize("tolerance,unit,verdict", [(1, "points", "partially_supported"), (5, "percent", "supported")])
def test_matches(proj, tolerance, unit, verdict):
    proj.pair_scores(alpha={"BigBench": 80, "MidBench": 50}, beta={"BigBench": 78, "MidBench": 50.5})
    result = proj.one_claim(
        f"  - kind: matches\n    competitors: [Beta-2]\n    tolerance: {tolerance}\n    tolerance_unit: {unit}\n",
    )
    assert result.verdict == verdict


def test_ranks_with_open_weights_filter(proj):
    # BigBench: Alpha 80, Delta 79, Gamma 75 (open); Beta 70 is closed
    result = run_claim(proj, "  - kind: ranks\n    cohort: {open_weights: true}\n    benchmarks: [BigBench]\n")
    row = result.assertions[0].ranks[0]
    assert (row.rank_best, row.rank_worst, row.cohort_size, row.status) == (1, 1, 3, "pass")
    assert result.verdict == "supported"
    assert 0.5 < row.top_k_probability < 0.95
    assert row.tie_group_rank == 1
    assert result.assertions[0].strength == "within_noise"


def test_ranks_refuted_with_explicit_cohort_and_top(proj):
    rows = """
    Alpha-1,BigBench,pass@1,,60,Alpha Lab,https://a.example,T,2025-01-01,
    Beta-2,BigBench,pass@1,,90,Beta Corp,https://b.example,T,2025-01-01,
    Gamma-3,BigBench,pass@1,,85,Alpha Lab,https://a.example,T,2025-01-01,
    """
    result = run_claim(proj, "  - kind: ranks\n    cohort: {models: [Beta-2, Gamma-3]}\n    top: 2\n", rows)
    row = result.assertions[0].ranks[0]
    assert (row.rank_best, row.status, row.tie_group_rank) == (3, "fail", 3)
    assert result.verdict == "refuted"
    assert result.assertions[0].strength == "significant"


@pytest.mark.parametrize(
    "value,op,verdict",
    [
        (80, "equals", "supported"),
        (81, "equals", "refuted"),
        (79, "at_least", "supported"),
        (85, "at_least", "refuted"),
    ],
)
def test_score(proj, value, op, verdict):
    result = run_claim(proj, f"  - kind: score\n    benchmark: BigBench\n    value: {value}\n    op: {op}\n")
    assert result.verdict == verdict


def test_score_without_evidence(proj):
    result = run_claim(proj, "  - kind: score\n    benchmark: OpenBench\n    value: 1\n")
    assert result.verdict == "insufficient_evidence"


def test_several_assertions_combine(proj):
    result = run_claim(
        proj,
        "  - kind: score\n    benchmark: BigBench\n    value: 80\n"
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [MidBench]\n",
    )
    assert [a.verdict for a in result.assertions] == ["supported", "refuted"]
    assert result.verdict == "partially_supported"


def test_evidence_limited_by_date_and_reporter(proj):
    # Delta-4's only row is dated 2025-01-20 by Eval Watchdog
    text = "  - kind: ranks\n    cohort: {open_weights: true}\n    benchmarks: [BigBench]\n"
    result = run_claim(proj, text + "    evidence: {as_of: 2025-01-15}\n")
    assert result.assertions[0].ranks[0].cohort_size == 2
    result = run_claim(proj, text + "    evidence: {reported_by: [Eval Watchdog]}\n")
    assert result.verdict == "insufficient_evidence"


def test_tag_selector(proj):
    result = run_claim(proj, "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: {tags: [coding]}\n")
    assert set(outcomes(result)) == {("mid-bench", "beta-2"), ("rating-bench", "beta-2")}


def _rows_with_stderr(proj, alpha_value: float, beta_value: float, stderr: float) -> None:
    header = "model,benchmark,metric,setting,score,reported_by,source_url,source_locator,as_of_date,notes,stderr\n"
    rows = [
        f"Alpha-1,BigBench,pass@1,,{alpha_value},Alpha Lab,https://a.example,T,2025-01-01,,{stderr}",
        f"Beta-2,BigBench,pass@1,,{beta_value},Beta Corp,https://b.example,T,2025-01-01,,{stderr}",
    ]
    (proj.root / "results" / "published" / "scores.csv").write_text(header + "\n".join(rows) + "\n")


@pytest.mark.parametrize(
    "alpha_value,beta_value,tolerance,strength",
    [
        (50.0, 50.0, 1.0, "significant"),  # equal on a large benchmark: a match beyond doubt
        (52.5, 50.0, 2.5, "within_noise"),  # on the edge of the band: a match that could go either way
        (55.0, 50.0, 1.0, "significant"),  # far outside the band: a refutation beyond doubt
    ],
)
def test_matches_is_an_equivalence_test(proj, alpha_value, beta_value, tolerance, strength):
    _rows_with_stderr(proj, alpha_value, beta_value, 0.1)
    result = proj.one_claim(
        f"  - {{kind: matches, competitors: [Beta-2], benchmarks: [BigBench], tolerance: {tolerance}}}"
    )
    assert result.strength == strength


def test_equivalence_and_margin_p_values_against_scipy(proj):
    from scipy.stats import norm

    se = (0.1**2 + 0.1**2) ** 0.5
    _rows_with_stderr(proj, 50.3, 50.0, 0.1)
    cmp = (
        proj.one_claim("  - {kind: matches, competitors: [Beta-2], benchmarks: [BigBench], tolerance: 1}")
        .assertions[0]
        .comparisons[0]
    )
    # two one-sided tests, each as a two-sided z at its boundary: the larger p decides
    expected = max(2 * norm.sf(abs(0.3 + 1) / se), 2 * norm.sf(abs(0.3 - 1) / se))
    assert cmp.p_value == pytest.approx(expected, rel=1e-9)
    assert cmp.test == "unpaired z-test; against the band ±1 (equivalence)"
    _rows_with_stderr(proj, 53.0, 50.0, 0.1)
    cmp = (
        proj.one_claim("  - {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench], margin: 2}")
        .assertions[0]
        .comparisons[0]
    )
    assert cmp.p_value == pytest.approx(2 * norm.sf((3.0 - 2.0) / se), rel=1e-9)  # tested against the margin
    assert (cmp.outcome, cmp.significant) == ("win", True)
    _rows_with_stderr(proj, 52.1, 50.0, 0.1)
    result = proj.one_claim("  - {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench], margin: 2}")
    assert result.assertions[0].comparisons[0].outcome == "win"
    assert result.strength == "within_noise"  # 2.1 over a margin of 2 with an SE of 0.14 is not beyond doubt


def test_reasons_name_the_assertion_and_the_setting(proj):
    result = proj.one_claim(
        "  - {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench], evidence: {setting: {tools: false}}}\n"
        "  - {kind: score, benchmark: BigBench, value: 80}"
    )
    assert result.reason == (
        "assertion 1 (outperforms under tools=false): wins 1 of 1 vs Beta-2 (needs all 1); "
        "assertion 2 (score): BigBench: quoted 80, evidence 80.0"
    )


def test_a_quoted_score_that_is_the_evidence_as_a_fraction_of_1_says_so(proj):
    # "quoted 0.8, evidence 80" was refuted with no word that the two are one number on two scales
    result = proj.one_claim("  - {kind: score, benchmark: BigBench, value: 0.8, tolerance: 0.001}")
    assert (result.verdict, result.reason) == (
        "refuted",
        'BigBench: quoted 0.8, evidence 80.0 in "no tools" (the quote reads as a fraction of 1: 80 on BigBench\'s '
        "percent scale)",
    )
    assert result.assertions[0].caveats[1:] == [
        "The quote reads as a fraction of 1: 80 on BigBench's percent scale, where the evidence holds it; write 80 if "
        "so meant."
    ]
    # look-alike: a fraction of 1 the evidence does not hold is refuted without the note
    assert proj.one_claim("  - {kind: score, benchmark: BigBench, value: 0.5}").reason == (
        'BigBench: quoted 0.5, evidence 80.0 in "no tools"'
    )


def test_ranks_rule_reads_right_for_one_and_for_several_benchmarks(proj):
    cohort = "  - kind: ranks\n    cohort: {open_weights: true}\n"
    one = run_claim(proj, cohort + "    benchmarks: [BigBench]\n").assertions[0].rule
    assert "top 1 of open-weight models on the one benchmark listed; rank = 1 + members" in one
    two = run_claim(proj, cohort + "    benchmarks: [BigBench, SmallBench]\n").assertions[0].rule
    assert "top 1 of open-weight models on all 2 benchmarks listed; rank = 1 + members" in two


def test_evidence_the_claims_date_excludes_is_said_to_be_excluded_by_the_date(proj):
    # Alpha-1's rows are dated 2025-01-10, Beta-2's 2025-01-05: an as_of of 2025-01-07 leaves Alpha-1 none
    by_date = "    evidence: {as_of: 2025-01-07}\n"
    result = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n" + by_date)
    assert result.reason == "wins 0 of 1 vs Beta-2 (needs all 1): excluded by the as_of date on BigBench"
    assert result.assertions[0].comparisons[0].notes == [
        "excluded by the as_of date 2025-01-07: Alpha-1's BigBench row is dated 2025-01-10"
    ]
    shared = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n" + by_date)
    assert shared.reason == "no benchmark with evidence for both Alpha-1 and Beta-2 by the as_of date 2025-01-07"
    assert shared.assertions[0].caveats[1:3] == [
        "Excluded by the as_of date 2025-01-07: Alpha-1's BigBench row is dated 2025-01-10.",
        "Excluded by the as_of date 2025-01-07: Alpha-1's MidBench row is dated 2025-01-10.",
    ]
    score = proj.one_claim("  - kind: score\n    benchmark: BigBench\n    value: 80\n" + by_date)
    assert score.reason == "BigBench: quoted 80, evidence none by the as_of date"
    assert score.assertions[0].caveats == [
        "Excluded by the as_of date 2025-01-07: Alpha-1's BigBench row is dated 2025-01-10."
    ]
    rank = proj.one_claim("  - kind: ranks\n    cohort: {open_weights: true}\n    benchmarks: [BigBench]\n" + by_date)
    assert "; Alpha-1's own scores excluded by the as_of date 2025-01-07 on BigBench" in rank.reason
    assert "no score for Alpha-1 itself" not in rank.reason


@pytest.mark.parametrize(
    "limit,by,why",
    [
        (
            "reported_by: [Beta Corp, Eval Watchdog]",
            "the reported_by filter",
            "excluded by the reported_by filter [Beta Corp, Eval Watchdog]: Alpha-1's BigBench row is reported by "
            "Alpha Lab",
        ),
        (
            "sources: [beta.example]",
            "the sources filter",
            "excluded by the sources filter [beta.example]: Alpha-1's BigBench row is from https://alpha.example/card",
        ),
        (
            "locators: [Table 2]",
            "the locators filter",
            "excluded by the locators filter [Table 2]: Alpha-1's BigBench row is at Table 1",
        ),
        (
            "kinds: [local]",
            "the kinds filter",
            "excluded by the kinds filter [local]: Alpha-1's BigBench row is of kind published",
        ),
        (
            "independent: true",
            "the independent filter",
            "excluded by the independent filter: Alpha-1's BigBench row is reported by Alpha Lab (the model's "
            "developer)",
        ),
        (
            # the one row fails both limits: undoing either alone would not bring it back, so both are named
            "as_of: 2025-01-07, reported_by: [Beta Corp]",
            "the as_of date and the reported_by filter",
            "excluded by the as_of date 2025-01-07: Alpha-1's BigBench row is dated 2025-01-10; excluded by the "
            "reported_by filter [Beta Corp]: Alpha-1's BigBench row is reported by Alpha Lab",
        ),
    ],
)
def test_evidence_the_claims_own_filters_exclude_is_said_to_be_excluded_by_which_filter(proj, limit, by, why):
    # Alpha-1's rows are Alpha Lab's (https://alpha.example/card, Table 1): each limit leaves it none, where a
    # fact-checker must read that the evidence exists and which of the claim's limits set it aside
    ev = f"    evidence: {{{limit}}}\n"
    result = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n" + ev)
    assert result.reason == f"wins 0 of 1 vs Beta-2 (needs all 1): excluded by {by} on BigBench"
    assert result.assertions[0].comparisons[0].notes == [why]
    score = proj.one_claim("  - kind: score\n    benchmark: BigBench\n    value: 80\n" + ev)
    none = "none by the as_of date" if by == "the as_of date" else f"none, excluded by {by}"
    assert score.reason == f"BigBench: quoted 80, evidence {none}"
    assert score.assertions[0].caveats == [why[0].upper() + why[1:] + "."]
    rank = proj.one_claim("  - kind: ranks\n    cohort: {open_weights: true}\n    benchmarks: [BigBench]\n" + ev)
    assert f"; Alpha-1's own scores excluded by {by}" in rank.reason
    assert "no score for Alpha-1 itself" not in rank.reason
    two = proj.one_claim(
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench, MidBench]\n" + ev
    )
    assert (
        two.reason == f"wins 0 of 2 vs Beta-2 (needs all 2): excluded by {by} on BigBench, excluded by {by} on MidBench"
    )


def test_a_setting_limit_that_leaves_out_a_side_is_said_to_exclude_it(proj):
    # both sides' rows are 'no tools': the claim's own setting set them aside, and the reason said 'missing'
    ev = "    evidence: {setting: {tools: true}}\n"
    result = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n" + ev)
    assert result.reason == (
        "wins 0 of 1 vs Beta-2 (needs all 1): excluded by the setting filter on BigBench (under tools=true)"
    )
    assert result.assertions[0].comparisons[0].notes == [
        "excluded by the setting filter [tools=true]: Alpha-1's BigBench row is in the setting no tools, pass@1"
    ]
    score = proj.one_claim("  - kind: score\n    benchmark: BigBench\n    value: 80\n" + ev)
    assert score.reason == "BigBench: quoted 80, evidence none, excluded by the setting filter (under tools=true)"


def test_a_filter_that_leaves_out_a_side_is_named_in_json_not_missing(proj, tmp_path):
    from click.testing import CliRunner

    from harness.cli.main import cli

    proj.claim(
        CLAIM.format(
            id="c1",
            assertions="  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n"
            "    evidence: {sources: [beta.example]}\n",
        ),
        "c1.yaml",
    )
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    out = CliRunner().invoke(
        cli, ["verify", "--project", str(proj.root), "--report-dir", str(tmp_path / "r"), "--json", "--detail", "full"]
    )
    claim = json.loads(out.stdout)["claims"][0]
    assert claim["reason"] == "wins 0 of 1 vs Beta-2 (needs all 1): excluded by the sources filter on BigBench"
    assert claim["assertions"][0]["comparisons"][0]["notes"] == [
        "excluded by the sources filter [beta.example]: Alpha-1's BigBench row is from https://alpha.example/card"
    ]


@pytest.mark.parametrize("second_row", [False, True])
def test_a_rank_member_the_claims_filter_left_out_is_not_a_member_without_a_score(proj, tmp_path, second_row):
    # Gamma-3's only BigBench row is on a leaderboard the claim's locators leave out: it has a score, set aside
    # by the claim, where Delta-4 has none at all. A second row of Alpha-1's takes the pairwise path.
    from click.testing import CliRunner

    from harness.cli.main import cli

    proj.scores(
        "Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,Table 1,2025-01-01,\n"
        + ("Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,Table 1b,2025-01-01,\n" if second_row else "")
        + "Beta-2,BigBench,pass@1,,70,Alpha Lab,https://a.example,Table 1,2025-01-01,\n"
        "Gamma-3,BigBench,pass@1,,75,Eval Watchdog,https://w.example,Leaderboard,2025-01-01,\n"
    )
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(
        CLAIM.format(
            id="c1",
            assertions="  - kind: ranks\n    cohort: {models: [Beta-2, Gamma-3, Delta-4]}\n    benchmarks: [BigBench]\n"
            "    evidence: {locators: [Table 1]}\n",
        ),
        "c1.yaml",
    )
    why = "Excluded by the locators filter [Table 1]: Gamma-3's BigBench row is at Leaderboard."
    result = proj.verify().results[0].assertions[0]
    assert [(r.missing_members, r.cohort_size) for r in result.ranks] == [(["Delta-4"], 2)]
    assert why in result.caveats
    # the pages and both JSON layouts say the same
    out = tmp_path / "r"
    for detail in ("compact", "full"):
        run = CliRunner().invoke(
            cli, ["verify", "--project", str(proj.root), "--report-dir", str(out), "--json", "--detail", detail]
        )
        a = json.loads(run.stdout)["claims"][0]["assertions"][0]
        assert [r["missing_members"] for r in a["ranks"]] == [["Delta-4"]], detail
        assert why in a["caveats"], detail
    page = (out / "c1.md").read_text().splitlines()
    assert [line.split(" | ")[7:9] for line in page if line.startswith("| BigBench | 1 | 2 |")] == [["pass", "Delta-4"]]
    assert "- Excluded by the locators filter \\[Table 1\\]: Gamma-3's BigBench row is at Leaderboard." in page
    html = (out / "c1.html").read_text()
    assert "<td>pass</td><td>Delta-4</td>" in html and "Gamma-3&#39;s BigBench row is at Leaderboard." in html


def test_a_count_of_one_reads_singular_in_reasons_and_caveats(proj):
    # '0 of 1 benchmarks', 'holds against 1 of 1 competitors', 'judged on the 0 of 1 benchmarks'
    one = proj.one_claim(
        "  - kind: outperforms\n    competitors: [Beta-2]\n    competitors_quantifier: any\n    benchmarks: [BigBench]\n"
    )
    assert (
        one.reason
        == "wins 1 of 1 vs Beta-2 (needs all 1); holds against 1 of 1 competitor (needs at least one of the 1)"
    )
    proj.scores(
        "Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,\n"
        "Beta-2,MidBench,pass@1,,70,Beta Corp,https://b.example,T,2025-01-01,\n"
    )
    shared = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n")
    assert shared.assertions[0].caveats[0] == (
        "Coverage: judged on the 0 of 2 benchmarks that both sides have evidence for."
    )
    proj.scores("Beta-2,MidBench,pass@1,,70,Beta Corp,https://b.example,T,2025-01-01,\n")
    alone = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n")
    assert (
        alone.assertions[0].caveats[0] == "Coverage: judged on the 0 of 1 benchmark that both sides have evidence for."
    )


def test_equal_evidence_specs_give_one_filter_object():
    """The store's and the judge's caches are keyed by filter, and every claim builds its own: equal ones are
    one object, so a lookup matches its key by identity instead of comparing the filter's fields."""
    from harness.claims.spec import EvidenceSpec
    from harness.judge import corroboration
    from harness.judge.engine import evidence_filter

    specs = [EvidenceSpec.model_validate({"reported_by": ["Alpha Lab"], "as_of": "2025-06-01"}) for _ in range(2)]
    one, two = (evidence_filter(spec, "subject") for spec in specs)
    assert one == two and one is two
    assert evidence_filter(specs[0], "competitor") is one  # (no side's own setting: the same filter)
    assert evidence_filter(EvidenceSpec()) is not one
    views = [corroboration.view(f, corroboration.INDEPENDENT, ("Alpha Lab",)) for f in (one, two)]
    assert views[0] is views[1] and views[0] != one and views[0].party == corroboration.INDEPENDENT
