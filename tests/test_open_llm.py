"""Open LLM Leaderboard tables joined with another table: the leaderboard's columns read, the others named (real
files, SOURCES.md)."""

from pathlib import Path

import pytest

from tests.conftest import imported

HERE = Path(__file__).parent / "fixtures" / "importers" / "open_llm_leaderboard"


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def test_a_v1_table_joined_with_lmarena_is_read_and_the_joined_columns_are_named(project):
    # fboulnois' merged.csv of 2024-12-07: the v1 table joined with LMArena's, its `model` renamed `model.x` by the
    # join; it was refused as "not an Open LLM Leaderboard v2 table" though its v1 columns and `fullname` are there
    data = imported(project, "open-llm-leaderboard", HERE / "fboulnois_merged_2024-12-07_first2rows.csv")
    got = [
        (r["model_as_written"], r["benchmark_as_written"], r["metric"], r["value"], r["setting"], r["as_of"])
        for r in data["rows"]
    ]
    float16 = "Open LLM Leaderboard v1 (lm-eval), float16, revision 79648bef7658"
    bfloat16 = "Open LLM Leaderboard v1 (lm-eval), bfloat16, revision 79648bef7658"
    model = "deepseek-ai/deepseek-llm-67b-chat"
    assert got == [
        (model, "ARC (Open LLM Leaderboard v1)", "normalized accuracy", 67.75, float16, "2023-12-01"),
        (model, "HellaSwag (Open LLM Leaderboard v1)", "normalized accuracy", 86.82, float16, "2023-12-01"),
        (model, "MMLU (Open LLM Leaderboard v1)", "accuracy", 72.42, float16, "2023-12-01"),
        (model, "TruthfulQA (Open LLM Leaderboard v1)", "mc2", 55.85, float16, "2023-12-01"),
        (model, "Winogrande (Open LLM Leaderboard v1)", "accuracy", 84.21, float16, "2023-12-01"),
        (model, "GSM8K (Open LLM Leaderboard v1)", "accuracy", 63.68, float16, "2023-12-01"),
        (model, "Open LLM Leaderboard v1 average", "mean accuracy", 71.79, float16, "2023-12-01"),
        (model, "ARC (Open LLM Leaderboard v1)", "normalized accuracy", 67.75, bfloat16, "2024-01-19"),
        (model, "HellaSwag (Open LLM Leaderboard v1)", "normalized accuracy", 86.8, bfloat16, "2024-01-19"),
        (model, "MMLU (Open LLM Leaderboard v1)", "accuracy", 72.19, bfloat16, "2024-01-19"),
        (model, "TruthfulQA (Open LLM Leaderboard v1)", "mc2", 55.83, bfloat16, "2024-01-19"),
        (model, "Winogrande (Open LLM Leaderboard v1)", "accuracy", 84.21, bfloat16, "2024-01-19"),
        (model, "GSM8K (Open LLM Leaderboard v1)", "accuracy", 62.32, bfloat16, "2024-01-19"),
        (model, "Open LLM Leaderboard v1 average", "mean accuracy", 71.52, bfloat16, "2024-01-19"),
    ]
    # LMArena's rating (1077, 4987 votes) and rank beside each row are not the leaderboard's: named, never unsaid
    assert {r["notes"] for r in data["rows"]} == {
        "not read: the file's 13 columns key, model.x, url.x, rank, rank_stylectrl, model.y, arena_score, 95_pct_ci, "
        "votes, organization, license, knowledge_cutoff, url.y, which the Open LLM Leaderboard's table does not have"
    }


def test_a_contents_table_joined_with_lmarena_names_the_joined_columns(project):
    # merged.csv of 2025-06-06: the v2 contents layout joined with LMArena's table (Aya-Expanse-32B, 1217, 28768
    # votes); its 13 leaderboard values were imported and the joined ones left unsaid
    data = imported(project, "open-llm-leaderboard", HERE / "fboulnois_merged_2025-06-06_first1row.csv")
    unread = (
        "not read: the file's 11 columns key, rank, rank_stylectrl, model, arena_score, 95_pct_ci, votes, "
        "organization, license, knowledge_cutoff, url, which the Open LLM Leaderboard's table does not have"
    )
    assert [(r["benchmark_as_written"], r["value"]) for r in data["rows"]][-3:] == [
        ("MMLU-PRO (Open LLM Leaderboard v2)", 41.2982047872),
        ("MMLU-PRO (normalized, Open LLM Leaderboard v2)", 34.7757830969267),
        ("Open LLM Leaderboard v2 average", 29.7185101265771),
    ]
    assert len(data["rows"]) == 13 and all(unread in r["notes"] for r in data["rows"])


def test_a_table_in_neither_layout_is_refused_naming_both_and_its_own_columns(project):
    # the v1 leaderboard as a third party's daily report kept it (May 2023): it was told only "not an Open LLM
    # Leaderboard v2 table: expected model_name and evaluations_<bench>_name columns", as if it were a bad v2 copy
    from click.testing import CliRunner

    from harness.cli.main import cli

    path = HERE / "dsdanielpark_20230523_first2rows.csv"
    r = CliRunner().invoke(cli, ["import", "open-llm-leaderboard", str(path), "--project", str(project)])
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {path}:1: not an Open LLM Leaderboard table this reads: expected the v2 contents table (model_name "
        "and evaluations_<bench>_name columns) or the leaderboard's flat export (model or fullname, average, and its "
        "benchmarks' columns: arc, hellaswag, ... or ifeval, bbh, ...); this file's columns: Model, Average, ARC "
        "(25-shot), HellaSwag (10-shot), MMLU (5-shot), TruthfulQA (0-shot), Parameters, URL\n",
    )
