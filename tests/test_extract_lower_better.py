"""Two quoted scores and "higher / lower than" on a measure where lower is better (a word error rate, a hallucination
rate, an error rate) compare the other way; a score written as approximate ("~85%") is read with a tolerance of one unit
of its last digit; "85%, up from 81% for Y" sets the two numbers against each other (the tenth fresh check
set's misses, "a 19% rate ... compared to GPT-4's previous 52%" drafted GPT-4 ahead). Tested on sentences written for
the rules, with look-alikes that must not change. Catalog: the seed catalog plus the extraction fixtures' catalog."""

import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from harness.cli.main import cli
from harness.extract.documents import Document
from harness.extract.lexicon import Extractor

REPO = Path(__file__).parent.parent


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.model or f.subject, f.kind, f.competitors, f.benchmarks, f.value) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def test_two_quoted_error_rates_the_lower_wins(ex):
    # each drafted GPT-4o (the higher number) ahead of Gemini 2.5 Pro
    assert read(ex, "Gemini 2.5 Pro reaches a 3.1% error rate on MMLU versus 4.5% for GPT-4o.") == [
        ("gemini-2.5-pro", "score", [], ["mmlu"], 3.1),
        ("gpt-4o", "score", [], ["mmlu"], 4.5),
        ("gemini-2.5-pro", "outperforms", ["gpt-4o"], ["mmlu"], None),
    ]
    found = ex.extract(
        Document("t.txt", "On MMLU, Gemini 2.5 Pro hallucinates in 12% of answers compared to 20% for GPT-4o.")
    )
    assert [(f.subject, f.kind, f.competitors) for f in found if f.kind != "score"] == [
        ("gemini-2.5-pro", "outperforms", ["gpt-4o"])
    ]
    assert found[-1].review == [
        "read from the two quoted numbers (12 vs 20): a comparison on this benchmark (hallucinates: lower is better)"
    ]


def test_higher_or_lower_than_on_a_lower_is_better_measure_is_read_the_other_way(ex):
    assert read(ex, "On MMLU, Gemini 2.5 Pro has a lower error rate than GPT-4o.") == [
        ("gemini-2.5-pro", "outperforms", ["gpt-4o"], ["mmlu"], None)
    ]
    assert read(ex, "On MMLU, GPT-4o shows a higher WER than Gemini 2.5 Pro.") == [
        ("gemini-2.5-pro", "outperforms", ["gpt-4o"], ["mmlu"], None)
    ]


def test_look_alikes_higher_is_better_and_better_than_keep_their_direction(ex):
    assert read(ex, "Gemini 2.5 Pro reaches 83.1% on MMLU versus 84.5% for GPT-4o.") == [
        ("gemini-2.5-pro", "score", [], ["mmlu"], 83.1),
        ("gpt-4o", "score", [], ["mmlu"], 84.5),
        ("gpt-4o", "outperforms", ["gemini-2.5-pro"], ["mmlu"], None),
    ]
    assert read(ex, "On MMLU, Gemini 2.5 Pro scores lower than GPT-4o.") == [
        ("gpt-4o", "outperforms", ["gemini-2.5-pro"], ["mmlu"], None)
    ]
    # "better" says the result, whatever the measure: never turned
    assert read(ex, "On MMLU, Gemini 2.5 Pro has a better error rate than GPT-4o.") == [
        ("gemini-2.5-pro", "outperforms", ["gpt-4o"], ["mmlu"], None)
    ]


def test_an_approximate_score_up_from_another_models_is_a_win_and_two_scores(ex):
    text = "GPQA: Gemini 2.5 Pro achieves ~84.0% accuracy, up from ~78% for GPT-4o."
    assert read(ex, text) == [
        ("gemini-2.5-pro", "score", [], ["gpqa"], 84.0),
        ("gpt-4o", "score", [], ["gpqa"], 78.0),
        ("gemini-2.5-pro", "outperforms", ["gpt-4o"], ["gpqa"], None),
    ]
    first = ex.extract(Document("t.txt", text))[0]
    assert (first.tolerance, first.review) == (0.1, ["approximate number read as a score claim: within 0.1 of 84"])
    assert ex.extract(Document("t.txt", text))[1].tolerance == 1.0


def test_look_alikes_a_bound_or_a_rough_word_stays_no_score(ex):
    assert read(ex, "Gemini 2.5 Pro achieves around 84% on GPQA.") == []
    assert read(ex, "Gemini 2.5 Pro achieves over 84% on GPQA.") == []
    assert read(ex, "Gemini 2.5 Pro achieves 84% on GPQA.")[0][4] == 84.0
    assert ex.extract(Document("t.txt", "Gemini 2.5 Pro achieves 84% on GPQA."))[0].tolerance is None


def test_an_approximate_scores_draft_carries_its_tolerance(tmp_path):
    for name in ("catalog", "results"):
        shutil.copytree(REPO / name, tmp_path / name)
    text = tmp_path / "a.txt"
    text.write_text("By: Example News\n2025-12-13\n\nDeepSeek-V3.2 reaches ~82% on GPQA Diamond.\n")
    args = ["extract", str(text), "--url", "https://example.org/a", "--project", str(tmp_path), "--out"]
    r = CliRunner().invoke(cli, [*args, str(tmp_path / "drafts")])
    assert r.exit_code == 0, r.output
    [draft] = (tmp_path / "drafts").glob("*.yaml")
    claim = yaml.safe_load(draft.read_text())
    assert claim["assertions"] == [{"kind": "score", "benchmark": "GPQA Diamond", "value": 82.0, "tolerance": 1.0}]
    assert "approximate number read as a score claim: within 1 of 82" in claim["extraction"]["review"]
