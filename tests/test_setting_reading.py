"""Settings as a careful reader reads them: one table's own per-model settings, outcomes that differ
by setting, and off-switches in setting text."""

import pytest

from harness.evidence.settings import parse_setting

OUTPERFORMS = "  - kind: outperforms\n    competitors: [Beta-2]\n"


def test_per_model_budgets_from_one_table_compare_with_a_caveat(proj):
    # Alpha Lab's table runs each model at its own standard budget: 80K for Alpha-1, 32K for Beta-2
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,80K thinking budget,80,Alpha Lab,https://a.example,Table 3,2025-01-01,
        Beta-2,BigBench,pass@1,32K thinking budget,70,Alpha Lab,https://a.example,Table 3,2025-01-01,
        """
    )
    result = proj.one_claim(OUTPERFORMS)
    [c] = result.assertions[0].comparisons
    assert (c.outcome, result.verdict) == ("win", "supported")
    assert c.notes == [
        "compared as the table compares them (Alpha Lab, Table 3): each model at its own stated setting "
        "(effort: 80k budget vs 32k budget)"
    ]


def test_different_settings_from_different_sources_are_not_compared(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,80K thinking budget,80,Alpha Lab,https://a.example,Table 3,2025-01-01,
        Beta-2,BigBench,pass@1,32K thinking budget,70,Beta Corp,https://b.example,Table 1,2025-01-01,
        """
    )
    result = proj.one_claim(OUTPERFORMS)
    [c] = result.assertions[0].comparisons
    assert (c.outcome, result.verdict) == ("setting_mismatch", "insufficient_evidence")
    assert c.notes == ["not compared, settings differ (effort: 80k budget vs 32k budget)"]


def test_a_setting_the_claim_names_is_not_relaxed(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,80K thinking budget,80,Alpha Lab,https://a.example,Table 3,2025-01-01,
        Beta-2,BigBench,pass@1,32K thinking budget,70,Alpha Lab,https://a.example,Table 3,2025-01-01,
        """
    )
    text = OUTPERFORMS + "    evidence: {subject_setting: {effort: 80k budget}}\n"
    result = proj.one_claim(text)
    assert result.assertions[0].comparisons[0].outcome == "setting_mismatch"
    assert result.verdict == "insufficient_evidence"


def test_a_different_quantity_in_one_table_is_never_paired(proj):
    proj.scores(
        """
        Alpha-1,RatingBench,rating,80K thinking budget,1400,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,RatingBench,percentile,32K thinking budget,90,Alpha Lab,https://a.example,T,2025-01-01,
        """
    )
    result = proj.one_claim(OUTPERFORMS)
    assert result.assertions[0].comparisons[0].outcome == "setting_mismatch"


def test_pass_at_1_win_and_cons_at_64_loss_is_partially_supported(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,70,Beta Corp,https://b.example,T,2025-01-01,
        Alpha-1,MidBench,pass@1,,60,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,MidBench,pass@1,,55,Beta Corp,https://b.example,T,2025-01-01,
        Alpha-1,MidBench,cons@64,,65,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,MidBench,cons@64,,70,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    result = proj.one_claim(OUTPERFORMS)
    a = result.assertions[0]
    assert {c.benchmark: c.outcome for c in a.comparisons} == {"big-bench": "win", "mid-bench": "depends_on_setting"}
    assert [u.status for u in a.groups["beta-2"]] == ["pass", "fail"]
    assert result.verdict == "partially_supported"
    assert result.reason == "wins 1 of 2 vs Beta-2 (needs all 2): depends on setting on MidBench"
    assert a.depends_on_conflict is False
    assert (
        "the outcome depends on the setting (pass@1: win (60.0 vs 55.0); cons@64: loss (65.0 vs 70.0)); "
        "choose one with evidence.setting"
    ) in a.comparisons[1].notes


def test_a_rank_that_depends_on_the_setting_does_not_pass(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,
        Gamma-3,BigBench,pass@1,,70,Alpha Lab,https://a.example,T,2025-01-01,
        Alpha-1,BigBench,cons@64,,82,Alpha Lab,https://a.example,T,2025-01-01,
        Gamma-3,BigBench,cons@64,,85,Alpha Lab,https://a.example,T,2025-01-01,
        """
    )
    result = proj.one_claim("  - kind: ranks\n    cohort: {models: [Gamma-3]}\n    benchmarks: [BigBench]\n")
    [row] = result.assertions[0].ranks
    assert (row.rank_best, row.rank_worst, row.status) == (1, 2, "fail")
    assert result.verdict == "refuted"


@pytest.mark.parametrize(
    "text,tools,thinking",
    [
        # Anthropic's tables and model cards
        ("extended thinking disabled", None, False),
        ("no extended thinking", None, False),
        ("without extended thinking", None, False),
        ("with extended thinking (64K)", None, True),
        ("extended thinking", None, True),
        # Google's "Thinking off", Qwen's enable_thinking switch, DeepSeek's non-thinking mode
        ("Thinking: off", None, False),
        ("thinking off", None, False),
        ("enable_thinking=False", None, False),
        ("enable_thinking=True", None, True),
        ("non-thinking mode", None, False),
        ("w/o thinking", None, False),
        ("reasoning disabled", None, False),
        # tools and search switched off
        ("tools disabled", False, None),
        ("web search off", False, None),
        ("code execution disabled", False, None),
        ("search: disabled", False, None),
        ("without any tools", False, None),
        ("w/o tool use", False, None),
        ("no tools", False, None),
        ("with tools", True, None),
        # both in one cell, each read on its own
        ("tools enabled, extended thinking disabled", True, False),
        ("no tools; thinking mode", False, True),
        ("thinking mode; temperature 1.0; 128K context; no tools", False, True),
    ],
)
def test_off_switches_and_negations(text, tools, thinking):
    s = parse_setting(text)
    assert (s.tools, s.thinking) == (tools, thinking)


def test_an_off_switch_is_understood_not_warned_about():
    from harness.evidence.settings import unparsed

    assert unparsed("extended thinking disabled; code execution disabled") == ()


@pytest.mark.parametrize(
    "text,prompt",
    [
        # a negated chain of thought was read as CoT: the opposite setting, paired with CoT rows
        ("no CoT", "no CoT"),
        ("w/o CoT", "no CoT"),
        ("without chain-of-thought", "no CoT"),
        ("non-CoT", "no CoT"),
        ("CoT: off", "no CoT"),
        ("direct answer (no CoT); 8K output", "no CoT"),
        ("CoT", "CoT"),
        ("chain-of-thought prompt", "CoT"),
        ("Pass@1-COT", "CoT"),
        ("", None),
    ],
)
def test_a_negated_chain_of_thought_is_no_cot(text, prompt):
    assert parse_setting(text).prompt == prompt


def test_rows_with_and_without_cot_are_not_compared_across(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,no CoT,80,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,CoT,85,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    result = proj.one_claim(OUTPERFORMS)
    [c] = result.assertions[0].comparisons
    assert (c.outcome, result.verdict) == ("setting_mismatch", "insufficient_evidence")
    assert c.notes == ["not compared, settings differ (prompt: no CoT vs CoT)"]
