"""Numbers that are no score: a change written with its sign beside a score ("81.2% on AIME 2025 (+6.3%)"), a spread
("81.2 ± 0.5"), and the win rates a comparison is won by ("beats X by win rates ranging from 51% to 62% on A and 55% to
70% on B"), also where no win rate is named ("by up to 79% on A and 81% on B"). Sentences written for the rules, not taken from a labelled set. Catalog: the seed catalog plus the
extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.value) for f in ex.extract(Document("t.txt", text))]


def test_a_signed_change_or_a_spread_is_no_score(ex):
    # drafted 6.3 on AIME 2025 and 1.2 on LiveCodeBench as scores too
    assert read(ex, "Qwen3-Max scores 81.2% on AIME 2025 (+6.3%) and 58.4% on LiveCodeBench (-1.2%).") == [
        ("Qwen3-Max", "score", [], ["aime-2025"], 81.2),
        ("Qwen3-Max", "score", [], ["livecodebench"], 58.4),
    ]
    assert read(ex, "Qwen3-Max scores 81.2 ± 0.5 on AIME 2025.") == [("Qwen3-Max", "score", [], ["aime-2025"], 81.2)]
    # look-alike: a rival's number in brackets stays the rival's score
    assert read(ex, "Qwen3-Max scores 81.2% on AIME 2025 (72.1% for GPT-4o).") == [
        ("Qwen3-Max", "score", [], ["aime-2025"], 81.2),
        ("gpt-4o", "score", [], ["aime-2025"], 72.1),
    ]


def test_the_win_rates_a_comparison_is_won_by_are_no_scores(ex):
    # drafted 51, 62, 55 and 70 as Command A's scores on ArenaHard
    text = (
        "In blind tests, Command A outperforms GPT-4o and DeepSeek-V3 by win rates ranging from 51% to 62% on "
        "ArenaHard and 55% to 70% on a multilingual set."
    )
    assert read(ex, text) == [("Command A", "outperforms", ["gpt-4o", "deepseek-v3"], ["arena-hard"], None)]
    # ... and 68 as its score on MT-Bench
    assert read(ex, "Command A beats GPT-4o by up to 73% win-rates on ArenaHard and 68% on MT-Bench.") == [
        ("Command A", "outperforms", ["gpt-4o"], ["arena-hard", "MT-Bench"], None)
    ]
    # look-alike: a win rate with no rival and no margin is the score the benchmark reports
    assert read(ex, "GLM-4.6 reaches a 61.2% win rate on Arena-Hard.") == [
        ("GLM-4.6", "score", [], ["arena-hard"], 61.2)
    ]


def test_the_numbers_listed_after_a_margin_are_margins(ex):
    # drafted 81 as Kimi K2's score on mWildBench
    assert read(ex, "Kimi K2 outperforms GPT-4o by up to 79% on AyaVisionBench and 81% on mWildBench.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["AyaVisionBench", "mWildBench"], None)
    ]
    # look-alike: a score quoted after the margin is still a score
    assert read(ex, "Kimi K2 beats GPT-4o by 5 points on MMLU, reaching 85% on GPQA.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu", "gpqa"], None),
        ("kimi-k2", "score", [], ["gpqa"], 85.0),
    ]


def test_a_score_quoted_after_a_margin_is_a_score(ex):
    # after 95a7a45 (a margin's listed numbers are margins), "with 88.1%" and "at 44.9%" were dropped as margins
    assert read(ex, "Kimi K2 outperforms GPT-4o by 3 points on MMLU, with 88.1% on GPQA.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu", "gpqa"], None),
        ("kimi-k2", "score", [], ["gpqa"], 88.1),
    ]
    assert read(ex, "Kimi K2 beats GPT-4o by 2 points on GPQA, at 64.9%.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["gpqa"], None),
        ("kimi-k2", "score", [], ["gpqa"], 64.9),
    ]
    # look-alike: a number listed after the margin, quoted by nothing, stays a margin
    assert read(ex, "Kimi K2 beats GPT-4o by 2 points on GPQA and 4 points on MMLU.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["gpqa", "mmlu"], None)
    ]


def test_the_score_a_result_rose_or_fell_from_is_no_score_of_the_model(ex):
    # each drafted the earlier number as Kimi K2's score too (a score claim the evidence would then refute)
    assert read(ex, "Kimi K2 reaches 77.2% on GPQA, up from 72.7% for its predecessor.") == [
        ("kimi-k2", "score", [], ["gpqa"], 77.2)
    ]
    assert read(ex, "Kimi K2 improves MMLU from 70.1% to 85.3%.") == [("kimi-k2", "score", [], ["mmlu"], 85.3)]
    assert read(ex, "Kimi K2 scores 69.4% on GPQA, down from 71.2% last month.") == [
        ("kimi-k2", "score", [], ["gpqa"], 69.4)
    ]
    # look-alikes: an earlier number that names its model is that model's (and the two set against each other, a win:
    # test_extract_lower_better); a range of scores is not a change
    assert read(ex, "Kimi K2 scores 44.9% on GPQA, up from 23.9% for GPT-4o.") == [
        ("kimi-k2", "score", [], ["gpqa"], 44.9),
        ("gpt-4o", "score", [], ["gpqa"], 23.9),
        ("kimi-k2", "outperforms", ["gpt-4o"], ["gpqa"], None),
    ]
    assert read(ex, "Kimi K2 scores ranging from 61.1% on GPQA to 92.7% on MMLU.") == [
        ("kimi-k2", "score", [], ["gpqa"], 61.1),
        ("kimi-k2", "score", [], ["mmlu"], 92.7),
    ]
