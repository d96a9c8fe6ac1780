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


def test_a_card_s_correlations_written_x100_are_read_on_that_scale(project):
    # sergeyzh/rubert-tiny-turbo (MTEB writes every score x100): its STS22 (de) correlations, -5.74 to 8.69, were
    # imported under names the vocabulary lacked as percents of benchmarks of their own, their negatives skipped as
    # under 0; they are correlations of -1 to 1 written x100, read so for the card's correlations together. The
    # pair classification's decision threshold (the similarity above which a pair is called a match) is no score
    card = CARD.parent / "sergeyzh_rubert-tiny-turbo_README_excerpt.md"
    data = imported(project, "model-card", card, "--source-url", "https://huggingface.co/sergeyzh/rubert-tiny-turbo")
    x100 = (
        "a correlation written x100, as the card writes them (manhattan_spearman 8.69069 on MTEB STS22 (de)); "
        "on the source's -100 to 100 scale"
    )
    assert [
        (r["benchmark_as_written"], r["metric"], r["value"], r["notes"].rsplit("; ", 1)[0]) for r in data["rows"]
    ] == [
        ("MTEB STS22 (de)", "cosine_pearson", -5.737945045891398, x100),
        ("MTEB STS22 (de)", "cosine_spearman", 8.163885149544491, x100),
        ("MTEB STS22 (de)", "euclidean_pearson", -2.214478704390943, x100),
        ("MTEB STS22 (de)", "euclidean_spearman", 8.16472976205313, x100),
        (
            "MTEB STS22 (de) (main_score)",
            "main_score",
            8.163885149544491,
            "metric 'main_score' is not in the metric vocabulary: imported as the source states it (direction and "
            "range unchecked)",
        ),
        ("MTEB STS22 (de)", "manhattan_pearson", -1.7539096573944195, x100),
        ("MTEB STS22 (de)", "manhattan_spearman", 8.6906872178124, x100),
        (
            "MTEB TERRa (default) (cosine_accuracy)",
            "cosine_accuracy",
            59.60912052117264,
            "metric 'cosine_accuracy' is not in the metric vocabulary: imported as the source states it (direction "
            "and range unchecked)",
        ),
        (
            "MTEB TERRa (default) (cosine_ap)",
            "cosine_ap",
            56.08760299515377,
            "metric 'cosine_ap' is not in the metric vocabulary: imported as the source states it (direction and "
            "range unchecked)",
        ),
    ]
    assert [(s["metric"], s["reason"]) for s in data["skipped"]] == [
        ("cosine_accuracy_threshold", "'cosine_accuracy_threshold' is not a score (a decision threshold, not a score)")
    ]


def test_scipy_s_spearmanr_is_a_correlation(project):
    # danielheinz/e5-base-sts-en-de: 'spearmanr' 0.904 on stsb_multi_mt, scipy's name; unknown to the vocabulary, the
    # lone value was refused as neither a fraction nor a percent for sure
    card = CARD.parent / "danielheinz_e5-base-sts-en-de_README.md"
    data = imported(project, "model-card", card, "--source-url", "https://huggingface.co/danielheinz/e5-base-sts-en-de")
    assert [
        (r["benchmark_as_written"], r["metric"], r["value"], r["notes"].rsplit("; ", 1)[0]) for r in data["rows"]
    ] == [("stsb_multi_mt", "spearmanr", 0.904, "on the source's -1 to 1 scale")]
