"""Claims careful readers make: one-sided matches, scores for another model, competitor quantifiers,
strict universals, one table of a source, a source table as cohort, variants, per-side settings."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.stats import norm

from harness.claims.catalog_entries import BenchmarkEntry
from harness.judge.significance import match_judge
from harness.judge.verdicts import PASS, Unit, decide


def pairs(proj, alpha: dict, beta: dict, gamma: dict | None = None) -> None:
    rows = [f"Alpha-1,{b},pass@1,,{v},Alpha Lab,https://a.example,T,2025-01-01," for b, v in alpha.items()]
    rows += [f"Beta-2,{b},pass@1,,{v},Beta Corp,https://b.example,T,2025-01-01," for b, v in beta.items()]
    rows += [f"Gamma-3,{b},pass@1,,{v},Alpha Lab,https://g.example,T,2025-01-01," for b, v in (gamma or {}).items()]
    proj.scores("\n".join(rows))


def test_one_sided_match_passes_a_much_better_subject(proj):
    pairs(proj, {"BigBench": 90.0, "MidBench": 79.0}, {"BigBench": 80.0, "MidBench": 80.0})
    both = proj.one_claim("  - kind: matches\n    competitors: [Beta-2]\n    tolerance: 2\n")
    assert both.verdict == "partially_supported"  # 10 points better is no "match" two-sided
    one = proj.one_claim(
        "  - kind: matches\n    competitors: [Beta-2]\n    tolerance: 2\n    direction: at_least\n", "c2"
    )
    assert one.verdict == "supported"
    assert "is within 2 points, or above, of each of Beta-2" in one.assertions[0].rule
    mid = next(c for c in one.assertions[0].comparisons if c.benchmark == "mid-bench")
    assert mid.test.endswith("against the lower edge -2 (non-inferiority)")
    # p of "the difference equals -2": the level at which the continuity-corrected Newcombe interval
    # (method 11) of 395/500 - 400/500 (MidBench, 500 items) starts at -2 points; a little above the
    # z-test's (-1 - (-2)) / SE, 0.695, as the correction is conservative
    from tests.reference_intervals import newcombe_method_11

    low, _ = newcombe_method_11(395, 500, 400, 500, alpha=mid.p_value)
    assert low == pytest.approx(-0.02, abs=1e-9)
    assert round(mid.p_value, 3) == 0.737 and round(2 * norm.sf(abs(1.0 / mid.stderr)), 3) == 0.695


def test_one_sided_match_fails_a_subject_below_the_band(proj):
    pairs(proj, {"BigBench": 75.0}, {"BigBench": 80.0})
    r = proj.one_claim("  - kind: matches\n    competitors: [Beta-2]\n    tolerance: 2\n    direction: at_least\n")
    assert r.verdict == "refuted"


def test_score_quoted_for_another_model(proj):
    pairs(proj, {"BigBench": 90.0}, {"BigBench": 32.2})
    r = proj.one_claim("  - kind: score\n    model: Beta-2\n    benchmark: BigBench\n    value: 32.2\n")
    assert r.verdict == "supported"
    assert r.reason == "BigBench for Beta-2: quoted 32.2, evidence 32.2"


def test_most_competitors(proj):
    pairs(proj, {"BigBench": 80.0}, {"BigBench": 70.0}, {"BigBench": 85.0})
    text = "  - kind: outperforms\n    competitors: [Beta-2, Gamma-3]\n    benchmarks: [BigBench]\n"
    assert proj.one_claim(text).verdict == "partially_supported"
    r = proj.one_claim(text + "    competitors_quantifier: any\n", "c2")
    assert r.verdict == "supported"
    assert r.reason.endswith("holds against 1 of 2 competitors (needs at least one of the 2)")
    assert "scores higher than at least one of Beta-2, Gamma-3" in r.assertions[0].rule


def test_strict_universal_is_refuted_by_one_counterexample(proj):
    pairs(
        proj,
        {"BigBench": 80.0, "MidBench": 80.0, "SmallBench": 50.0},
        {"BigBench": 70.0, "MidBench": 70.0, "SmallBench": 60.0},
    )
    text = "  - kind: outperforms\n    competitors: [Beta-2]\n"
    assert proj.one_claim(text).verdict == "partially_supported"
    r = proj.one_claim(text + "    strict: true\n", "c2")
    assert r.verdict == "refuted" and r.assertions[0].rule.endswith("Strict: any benchmark that fails refutes it.")


def test_one_table_of_a_source_with_several(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example/paper,Table 2,2025-01-01,
        Alpha-1,BigBench,pass@1,,70,Alpha Lab,https://a.example/paper,Table 5 (ablation),2025-01-01,
        Beta-2,BigBench,pass@1,,75,Alpha Lab,https://a.example/paper,Table 2,2025-01-01,
        Beta-2,BigBench,pass@1,,76,Alpha Lab,https://a.example/paper,Table 5 (ablation),2025-01-01,
        """
    )
    text = "  - kind: outperforms\n    competitors: [Beta-2]\n    evidence: {{locators: ['{}']}}\n"
    assert proj.one_claim(text.format("Table 2")).verdict == "supported"
    assert proj.one_claim(text.format("table 5"), "c2").verdict == "refuted"


def test_cohort_of_every_model_in_a_source_table_and_by_variant(proj):
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(
        cat.read_text().replace(
            "{id: delta-4, name: Delta-4, developer: beta-corp, open_weights: true}",
            "{id: delta-4, name: Delta-4, developer: beta-corp, open_weights: true, variant: {thinking: true}}",
        )
    )
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Board,https://board.example,Main table,2025-01-01,
        Beta-2,BigBench,pass@1,,85,Other,https://other.example,T,2025-01-01,
        Gamma-3,BigBench,pass@1,,70,Board,https://board.example,Main table,2025-01-01,
        Delta-4,BigBench,pass@1,,75,Board,https://board.example,Main table,2025-01-01,
        """
    )
    r = proj.one_claim("  - kind: ranks\n    cohort: {source: board.example}\n")
    assert r.verdict == "supported"  # Beta-2 is not in the board's table
    assert "every model with a score from 'board.example'" in r.assertions[0].rule
    r = proj.one_claim("  - kind: ranks\n    cohort: {source: board.example, variant: {thinking: true}}\n", "c2")
    [row] = r.assertions[0].ranks
    assert (row.rank_best, row.cohort_size) == (1, 2)  # Alpha-1 vs Delta-4 only


def test_a_setting_for_the_subject_only(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,high reasoning effort,80,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,pass@1,low reasoning effort,70,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,75,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    text = "  - kind: outperforms\n    competitors: [Beta-2]\n    evidence: {{subject_setting: {{effort: {}}}}}\n"
    assert proj.one_claim(text.format("high")).verdict == "supported"
    assert proj.one_claim(text.format("low"), "c2").verdict == "refuted"


BENCH = BenchmarkEntry(id="b", name="B")


@given(
    s=st.floats(0, 100, allow_nan=False),
    c=st.floats(0, 100, allow_nan=False),
    tol=st.floats(0, 20, allow_nan=False),
)
def test_a_two_sided_match_is_always_a_one_sided_one(s, c, tol):
    two, one = match_judge(tol, "points")(s, c, BENCH), match_judge(tol, "points", "at_least")(s, c, BENCH)
    assert two != "match" or one == "match"
    assert (one == "match") == (s - c >= -tol - 1e-9)


@given(st.lists(st.sampled_from(["pass", "fail", "unknown"]), min_size=1, max_size=8))
def test_any_quantifier_over_competitors_never_asks_more_than_all(statuses):
    units = [Unit(str(i), s) for i, s in enumerate(statuses)]
    if decide(units, "all") == "supported":
        assert decide(units, "any") == "supported"
    assert (decide(units, "any") == "supported") == (PASS in statuses)


def test_a_claim_about_the_average_over_a_suite(proj):
    # Alpha loses one of three benchmarks but wins on the mean: 80 vs 70, 60 vs 62, 90 vs 80
    pairs(
        proj,
        {"BigBench": 80.0, "MidBench": 60.0, "SmallBench": 90.0},
        {"BigBench": 70.0, "MidBench": 62.0, "SmallBench": 80.0},
    )
    text = "  - kind: outperforms\n    competitors: [Beta-2]\n"
    assert proj.one_claim(text).verdict == "partially_supported"
    r = proj.one_claim(text + "    aggregate: mean\n", "c2")
    [mean] = r.assertions[0].means
    assert (mean["subject_mean"], mean["competitor_mean"], mean["delta"], mean["outcome"]) == (
        pytest.approx(76.666667),
        pytest.approx(70.666667),
        pytest.approx(6.0),
        "win",
    )
    ses = [c.stderr for c in r.assertions[0].comparisons]
    assert mean["stderr"] == pytest.approx(sum(x**2 for x in ses) ** 0.5 / 3, abs=1e-6)
    assert mean["p_value"] == pytest.approx(2 * norm.sf(6.0 / mean["stderr"]), abs=1e-6)
    assert r.verdict == "supported"
    assert r.reason.startswith("mean over 3 benchmarks 76.7 vs Beta-2 70.7 (Δ 6.0, SE")


def test_a_mean_is_not_taken_over_whichever_benchmarks_have_numbers(proj):
    pairs(proj, {"BigBench": 80.0, "MidBench": 60.0}, {"BigBench": 70.0})
    r = proj.one_claim(
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench, MidBench]\n    aggregate: mean\n"
    )
    assert r.verdict == "insufficient_evidence"
    # Beta-2's MidBench could put its mean (35 to 85 with any score there) either side of Alpha-1's 70
    assert r.reason == (
        "mean over 2 vs Beta-2: not computed: Beta-2 has no score on MidBench, and the outcome depends on the score "
        "it lacks (its mean 35.00 to 85.00 with any score the scale allows there, against 70.00)"
    )


def test_a_mean_is_not_taken_where_sources_disagree_on_a_part(proj):
    # Beta-2's MidBench is 58 per Beta Corp and 20 per a second page: both below Alpha-1's 60, so the benchmark's
    # outcome is the same either way, but Beta-2's mean is 66.5 or 47.5 against Alpha-1's 65
    pairs(proj, {"BigBench": 70.0, "MidBench": 60.0}, {"BigBench": 75.0, "MidBench": 58.0})
    path = proj.root / "results" / "published" / "scores.csv"
    path.write_text(path.read_text() + "Beta-2,MidBench,pass@1,,20,Other,https://other.example,T2,2025-01-01,\n")
    r = proj.one_claim(
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench, MidBench]\n    aggregate: mean\n"
    )
    assert r.verdict == "insufficient_evidence"
    assert r.reason == (
        "mean over 2 vs Beta-2: not computed: sources disagree on MidBench, and the mean's outcome depends on which "
        "is used (Δ from -1.50 to 17.50 with the values they give)"
    )


def test_a_mean_is_taken_where_every_choice_of_disputed_values_gives_one_outcome(proj):
    # Beta-2's MidBench is 50 per Beta Corp and 45 per a second page: its mean is 62.5 or 60.0, below Alpha-1's 65
    # either way, so the win holds whichever source is used
    pairs(proj, {"BigBench": 70.0, "MidBench": 60.0}, {"BigBench": 75.0, "MidBench": 50.0})
    path = proj.root / "results" / "published" / "scores.csv"
    path.write_text(path.read_text() + "Beta-2,MidBench,pass@1,,45,Other,https://other.example,T2,2025-01-01,\n")
    r = proj.one_claim(
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench, MidBench]\n    aggregate: mean\n"
    )
    [mean] = r.assertions[0].means
    assert (mean["delta"], mean["outcome"]) == (2.5, "win")
    assert mean["note"] == (
        "sources disagree on MidBench; every choice gives the mean the same outcome (Δ from 2.50 to 5.00 with the "
        "values they give)"
    )
    assert r.verdict == "supported"
    assert r.reason.endswith("win (" + mean["note"] + ")")
    from harness.claims.catalog import load_catalog
    from harness.report.markdown import mean_texts

    # SE: √(70·30/2000 + 75·25/2000) = 1.41 and √(60·40/500 + 50·50/500) = 3.13, so √(1.41² + 3.13²)/2 = 1.72
    assert mean_texts(r.assertions[0], load_catalog(proj.root / "catalog", proj.root)) == [
        "Mean over 2 benchmarks vs Beta-2: 65.0 vs 62.5 (Δ 2.5, SE 1.72, p 0.145): win (" + mean["note"] + ")"
    ]


def test_a_published_average_is_checked_against_the_mean_of_its_parts(proj):
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text() + "  - {id: suite, name: Suite, average_of: [BigBench, MidBench]}\n")
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Board,https://board.example,T,2025-01-01,
        Alpha-1,MidBench,pass@1,,60,Board,https://board.example,T,2025-01-01,
        Alpha-1,Suite,average,,75,Board,https://board.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,70,Board,https://board.example,T,2025-01-01,
        Beta-2,MidBench,pass@1,,60,Board,https://board.example,T,2025-01-01,
        Beta-2,Suite,average,,65,Board,https://board.example,T,2025-01-01,
        """
    )
    r = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [Suite]\n")
    assert r.assertions[0].comparisons[0].notes == [
        "Board's average 75 for Alpha-1 is not the mean of its 2 parts from the same source (70.00; rounding allows ±1)"
    ]


def test_a_subject_that_names_two_checkpoints(proj):
    # "Alpha" for two checkpoints: Alpha-1 loses to Beta-2, Gamma-3 (the other checkpoint) beats it
    pairs(proj, {"BigBench": 60.0}, {"BigBench": 70.0}, {"BigBench": 80.0})
    text = "  - kind: outperforms\n    competitors: [Beta-2]\n"
    assert proj.one_claim(text).verdict == "refuted"
    (proj.root / "claims" / "c1.yaml").unlink()
    proj.claim(
        "id: v\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-02-01}\nsubject: Alpha-1\n"
        "subject_variants: [Gamma-3]\nassertions:\n" + text,
        "v.yaml",
    )
    run = proj.verify(proj.root / "claims" / "v.yaml")
    [r] = run.results
    assert (r.verdict, r.subject_id) == ("supported", "gamma-3")
    assert r.reason.startswith(
        "as Alpha-1: refuted; as Gamma-3: supported (the claim names 2 checkpoints; it must hold for any one"
    )
    (proj.root / "claims" / "v.yaml").write_text(
        (proj.root / "claims" / "v.yaml")
        .read_text()
        .replace("subject_variants: [Gamma-3]", "subject_variants: [Gamma-3]\nvariants_rule: all")
    )
    [r] = proj.verify(proj.root / "claims" / "v.yaml").results
    assert (r.verdict, r.subject_id) == ("partially_supported", "alpha-1")
    # the detail after the verdicts is one checkpoint's, and says whose
    assert r.reason.startswith(
        "as Alpha-1: refuted; as Gamma-3: supported (the claim names 2 checkpoints; it must hold for each of them). "
        "Shown, as Alpha-1: wins 0 of"
    )


def test_a_reason_says_how_many_of_the_benchmarks_selected_it_could_not_judge(proj):
    # "wins 1 of 1 (needs all 1)" read as the whole claim checked, where Beta-2 has no score on the other two it
    # selects (MiniMax-M1 over DeepSeek-R1 "on tool using": no TAU-bench score for DeepSeek-R1 at all)
    pairs(proj, {"BigBench": 90.0, "MidBench": 80.0, "SmallBench": 70.0}, {"BigBench": 80.0})
    r = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n")
    assert (r.verdict, r.reason) == (
        "supported",
        "wins 1 of 1 vs Beta-2 (needs all 1; 2 of the 3 benchmarks selected lack a score on one side)",
    )
    pairs(proj, {"BigBench": 90.0, "MidBench": 80.0}, {"BigBench": 80.0, "SmallBench": 70.0})
    r = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n", "c2")
    assert r.reason == "wins 1 of 1 vs Beta-2 (needs all 1; 2 of the 3 benchmarks selected lack a score on one side)"
    # a list of benchmarks judges each one named: a missing score is an outcome of its own, said already
    r = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench, MidBench]\n", "c3")
    assert r.reason == "wins 1 of 2 vs Beta-2 (needs all 2): missing on MidBench"
