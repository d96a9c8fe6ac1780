"""Model cards: the split a result was scored on is part of its setting (a real excerpt, SOURCES.md)."""

from pathlib import Path

import pytest

from tests.conftest import imported

CARD = (
    Path(__file__).parent
    / "fixtures"
    / "importers"
    / "model_card"
    / "MoritzLaurer_DeBERTa-v3-base-mnli-fever-anli_README_excerpt.md"
)
URL = "https://huggingface.co/MoritzLaurer/DeBERTa-v3-base-mnli-fever-anli/raw/main/README.md"


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def test_results_on_three_splits_are_three_settings_not_one_result_stated_three_ways(project):
    # ANLI (config plain_text) on test_r3, test_r1 and dev_r1: 49.5, 71.2 and 73.7. With the split dropped they were
    # one model, benchmark, metric and setting with three scores, each row noting "the file states another score
    # for this", a conflict the card never made
    data = imported(project, "model-card", CARD, "--source-url", URL)
    assert [(r["benchmark_as_written"], r["value"], r["setting"]) for r in data["rows"]] == [
        ("anli", 49.5, "split test_r3"),
        ("anli", 71.2, "split test_r1"),
        ("anli", 73.7, "split dev_r1"),
    ]
    assert not [r for r in data["rows"] if "another score" in r["notes"]]
