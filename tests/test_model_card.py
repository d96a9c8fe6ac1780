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


def test_a_card_whose_lines_end_in_two_carriage_returns_is_read(project):
    # dunzhang/stella_en_1.5B_v5's card as mirrored: every line ends "\r\r\n" (a CRLF file saved again in text
    # mode), which YAML reads as two line ends; it was refused whole as having no front matter
    card = CARD.parent / "dunzhang_stella_en_1.5B_v5_README_excerpt.md"
    assert card.read_bytes().startswith(b"---\r\r\nmodel-index:\r\r\n")
    data = imported(project, "model-card", card, "--source-url", "https://huggingface.co/dunzhang/stella_en_1.5B_v5")
    assert [(r["benchmark_as_written"], r["metric"], r["value"], r["setting"]) for r in data["rows"]] == [
        ("MTEB AmazonCounterfactualClassification (en)", "accuracy", 92.86567164179104, "split test"),
        ("MTEB AmazonCounterfactualClassification (en) (ap)", "ap", 72.13503907102613, "split test"),
        ("MTEB AmazonCounterfactualClassification (en) (ap_weighted)", "ap_weighted", 72.13503907102613, "split test"),
        ("MTEB AmazonCounterfactualClassification (en)", "f1", 89.5586886376355, "split test"),
        ("MTEB AmazonCounterfactualClassification (en) (f1_weighted)", "f1_weighted", 93.13621183004571, "split test"),
        ("MTEB AmazonCounterfactualClassification (en) (main_score)", "main_score", 92.86567164179104, "split test"),
    ]
    assert {r["model_as_written"] for r in data["rows"]} == {"stella_en_1.5B_v5"}
