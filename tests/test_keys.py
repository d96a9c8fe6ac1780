"""A comparison's key is model x benchmark x metric x setting: conflicts only within one key, scales checked."""

from click.testing import CliRunner

from harness.cli.main import cli


def _outperforms(benchmarks: str) -> str:
    return f"  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [{benchmarks}]\n"


def test_two_stated_settings_are_two_keys_not_a_source_conflict(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,pass@1,80,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,cons@64,cons@64,85,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,pass@1,78,Beta Corp,https://b.example,T,2025-01-01,
        Beta-2,BigBench,cons@64,cons@64,90,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    r = proj.one_claim(_outperforms("BigBench"))
    [c] = r.assertions[0].comparisons
    assert (c.outcome, c.conflict, c.alternatives) == ("depends_on_setting", False, ["loss", "win"])
    assert c.notes == [
        "the outcome depends on the setting (pass@1: win (80.0 vs 78.0); cons@64: loss (85.0 vs 90.0)); "
        "choose one with evidence.setting"
    ]
    # each setting has evidence and they disagree: a mixed unit, which does not pass (not "no evidence")
    assert r.verdict == "refuted"
    assert r.reason == "wins 0 of 1 vs Beta-2 (needs all 1): depends on setting on BigBench"


def test_a_setting_filter_picks_one_key(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,pass@1,80,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,cons@64,cons@64,85,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,pass@1,78,Beta Corp,https://b.example,T,2025-01-01,
        Beta-2,BigBench,cons@64,cons@64,90,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink(missing_ok=True)
    proj.claim(
        """
        id: k
        statement: "s"
        source: {publisher: P, url: "https://p.example", date: 2025-02-01}
        subject: Alpha-1
        evidence: {setting: {aggregation: cons@64}}
        assertions:
          - kind: outperforms
            competitors: [Beta-2]
            benchmarks: [BigBench]
        """,
        "k.yaml",
    )
    run = proj.verify(proj.root / "claims" / "k.yaml")
    assert run.results[0].verdict == "refuted"


def test_a_percentile_row_is_not_paired_with_a_rating(proj):
    proj.scores(
        """
        Alpha-1,RatingBench,Rating,,2029,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,RatingBench,Percentile,,96.6,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,RatingBench,Rating,,2000,Beta Corp,https://b.example,T,2025-01-01,
        Beta-2,RatingBench,Percentile,,97.0,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    [c] = proj.one_claim(_outperforms("RatingBench")).assertions[0].comparisons
    assert (c.outcome, c.subject_value, c.competitor_value, c.conflict) == ("win", 2029.0, 2000.0, False)
    assert c.notes == [
        "Alpha Lab 96.6 not used: it measures percentile; RatingBench is scored as rating",
        "Beta Corp 97 not used: it measures percentile; RatingBench is scored as rating",
    ]


def test_a_fraction_on_a_percent_benchmark_is_refused_not_read_as_a_percent(proj):
    proj.scores(
        """
        Alpha-1,BigBench,accuracy,,0.91,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,accuracy,,85,Beta Corp,https://b.example,T,2025-01-01,
        Alpha-1,SmallBench,accuracy,,0.91,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,MidBench,accuracy,,0.5%,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    run = proj.verify()
    assert [str(p) for p in run.problems] == [
        "results/published/scores.csv:4: score: 0.91 looks like a fraction of 1 on SmallBench (a percent benchmark; "
        "no SmallBench score in this file is above 1): write it as a percent (91), or as '0.91%' if it really is "
        "under 1 %"
    ]
    # BigBench has a score above 1 in the file (it writes percents), and '0.5%' says what it is
    values = {(r.model, r.benchmark): r.value for r in run.evidence.records}
    assert values[("alpha-1", "big-bench")] == 0.91 and values[("beta-2", "mid-bench")] == 0.5


def test_setting_phrases_not_understood_are_warnings_that_never_fail_the_run(proj):
    proj.scores(
        """
        Alpha-1,BigBench,accuracy,w/ python,81,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,accuracy,custom agent harness,80,Beta Corp,https://b.example,T,2025-01-01,
        Beta-2,SmallBench,accuracy,custom agent harness,80,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    r = CliRunner().invoke(cli, ["validate", "--project", str(proj.root)])
    assert r.exit_code == 0
    assert (
        "Warning: results/published/scores.csv:3: setting: 'custom agent harness' not understood (2 rows); "
        "read as unstated (see README 'Settings vocabulary')"
    ) in r.output
    assert "w/ python" not in r.output


def test_two_settings_of_the_competitor_against_one_of_the_subject_are_told_apart(proj):
    # one subject row against the competitor's rows in two prompts read "pass@1: win (90.9 vs 87.6); pass@1: win
    # (90.9 vs 88.2)": the same label twice, the settings that differ unsaid
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,90.9,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,official chat template,87.6,Beta Corp,https://b.example,T1,2025-01-01,
        Beta-2,BigBench,pass@1,CoT,88.2,Beta Corp,https://b.example,T2,2025-01-01,
        """
    )
    [c] = proj.one_claim(_outperforms("BigBench")).assertions[0].comparisons
    assert c.outcome == "win"
    assert c.notes[0] == (
        "compared in each setting: pass@1 vs pass@1, official chat template: win (90.9 vs 87.6); "
        "pass@1 vs pass@1, CoT: win (90.9 vs 88.2)"
    )


def test_one_tables_two_rows_of_a_model_are_two_settings_not_sources_disagreeing(proj):
    # one table scores every model with and without chain of thought ("Pass@1-COT" and "Pass@1"); the
    # row without says nothing of CoT, but it is the table's other setting, not another source's number
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,CoT,80,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,pass@1,,75,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,CoT,70,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,72,Alpha Lab,https://a.example,T,2025-01-01,
        """
    )
    [c] = proj.one_claim(_outperforms("BigBench")).assertions[0].comparisons
    assert (c.outcome, c.conflict, c.alternatives) == ("win", False, [])
    assert c.notes == ["compared in each setting: pass@1, CoT: win (80.0 vs 70.0); pass@1: win (75.0 vs 72.0)"]


def test_one_tables_two_settings_that_disagree_depend_on_the_setting(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,CoT,80,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,pass@1,,70,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,CoT,75,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,72,Alpha Lab,https://a.example,T,2025-01-01,
        """
    )
    r = proj.one_claim(_outperforms("BigBench"))
    [c] = r.assertions[0].comparisons
    assert (c.outcome, c.conflict, c.alternatives) == ("depends_on_setting", False, ["loss", "win"])
    assert c.notes == [
        "the outcome depends on the setting (pass@1, CoT: win (80.0 vs 75.0); pass@1: loss (70.0 vs 72.0)); "
        "choose one with evidence.setting"
    ]


def test_an_unstated_setting_in_another_source_may_still_disagree(proj):
    # the same rows from two sources: the row that states no CoT could be the same setting as the
    # other source's, so the two numbers a side disagree
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,CoT,80,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,pass@1,,70,Eval Watchdog,https://w.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,CoT,75,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,72,Eval Watchdog,https://w.example,T,2025-01-01,
        """
    )
    [c] = proj.one_claim(_outperforms("BigBench")).assertions[0].comparisons
    assert (c.outcome, c.conflict) == ("conflict", True)


def test_a_row_not_used_shows_its_setting_as_written_where_none_of_it_is_read(proj):
    # "Inhouse Framework" names no harness the vocabulary knows: the note said "(unspecified)", as if the
    # table stated nothing, where it states the framework
    proj.scores(
        """
        Alpha-1,BigBench,acc,Inhouse Framework,30,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,acc,Terminus,25,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,acc,Terminus,16.3,Alpha Lab,https://a.example,T,2025-01-01,
        """
    )
    [c] = proj.one_claim(_outperforms("BigBench")).assertions[0].comparisons
    assert (c.outcome, c.subject_value) == ("win", 25.0)
    assert c.notes == ["Alpha Lab 30 (as written: Inhouse Framework) not used: its setting matches less closely"]


def test_a_row_dated_before_its_models_release_is_a_warning(proj):
    # a score dated before the model existed (a typed 2024 for 2025, or a pre-release checkpoint under the released
    # model's name) was read without a word
    cat = proj.root / "catalog" / "catalog.yaml"
    old = "developer: alpha-lab, open_weights: true}"
    assert old in cat.read_text()
    cat.write_text(cat.read_text().replace(old, f"{old[:-1]}, release_date: 2025-01-05}}", 1))
    proj.scores(
        """
        Alpha-1,BigBench,accuracy,,81,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,SmallBench,accuracy,,61,Alpha Lab,https://a.example,T,2024-12-30,
        Alpha-1,MidBench,accuracy,,55,Alpha Lab,https://a.example,T,2025-01-05,
        Beta-2,BigBench,accuracy,,80,Beta Corp,https://b.example,T,2024-01-01,
        """
    )
    r = CliRunner().invoke(cli, ["validate", "--project", str(proj.root)])
    assert r.exit_code == 0
    assert [line for line in r.output.splitlines() if line.startswith("Warning")] == [
        "Warning: results/published/scores.csv:2: as_of_date: dated 2025-01-01, before Alpha-1's release on 2025-01-05 "
        "(2 rows): check the date, or whether the score is of a pre-release checkpoint"
    ]
