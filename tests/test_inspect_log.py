"""Inspect AI logs: the models that graded a score are part of its setting (a real log, SOURCES.md)."""

import json
from pathlib import Path

import pytest

from tests.conftest import imported

LOG = Path(__file__).parent / "fixtures" / "importers" / "inspect" / "evaleval_data_with_llm_scoring.json"


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def test_a_score_graded_by_a_model_names_the_grader_in_its_setting(project):
    # SimpleQA Verified on claude-opus-4-6, graded by google/gemini-2.0-flash-001 (the scorer's grader_model): the
    # setting said "Inspect AI 0.3.162, epochs 1", so a score another judge graded read as the same setting
    [row] = imported(project, "inspect", LOG)["rows"]
    assert (row["model_as_written"], row["benchmark_as_written"], row["metric"]) == (
        "anthropic/claude-opus-4-6",
        "simpleqa_verified",
        "simpleqa_scorer accuracy",
    )
    assert (row["value"], row["stderr"], row["n"], row["as_of"]) == (
        43.1,
        pytest.approx(1.566794448817344),
        1000,
        "2026-02-06",
    )
    assert row["setting"] == "Inspect AI 0.3.162, epochs 1, graded by google/gemini-2.0-flash-001"


def test_a_model_in_a_role_and_a_panel_of_graders_are_named(project, tmp_path):
    # the same log as a run with a grader role (`inspect eval --model-role grader=...`) and a scorer given a list of
    # models: each model the log names is in the setting, in the log's words
    data = json.loads(LOG.read_text())
    data["eval"]["model_roles"] = {"grader": {"model": "openai/gpt-4o", "config": {}}}
    data["results"]["scores"][0]["params"] = {"model": ["openai/gpt-4o", "anthropic/claude-3-5-haiku"], "template": "x"}
    path = tmp_path / "log.json"
    path.write_text(json.dumps(data))
    [row] = imported(project, "inspect", path)["rows"]
    assert row["setting"] == (
        "Inspect AI 0.3.162, epochs 1, grader model openai/gpt-4o, graded by openai/gpt-4o and anthropic/claude-3-5-haiku"
    )
