"""How many benchmarks a claim counts, as people write it: "on 18 different benchmarks" is at least 18 (where the
clause names no fewer), "on numerous benchmarks" at least two, unless it lists them ("on numerous academic language
model benchmarks like A, B and C": all of those); "49 out of 658 problems" counts items, not benchmarks; and "performance
improvements compared to X" is a win over X. Sentences written for the rules (the seventh fresh check set's
quantifiers), not taken from a labelled set. Catalog: the seed catalog plus the extraction fixtures' catalog
(tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier) for f in ex.extract(Document("t.txt", text))]


def test_a_count_of_benchmarks_is_at_least_that_many(ex):
    # each was "all"
    assert read(ex, "Kimi K2 outperforms GPT-4o on 18 different benchmarks.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], "shared", {"at_least": 18})
    ]
    assert read(ex, "Kimi K2 outperforms GPT-4o on numerous benchmarks.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], "shared", {"at_least": 2})
    ]
    # look-alikes: the benchmarks listed are all of them; "1 of 3" is still at least one
    assert read(ex, "Kimi K2 beats GPT-4o on numerous academic language model benchmarks like MMLU and GPQA.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu", "gpqa"], "all")
    ]
    assert read(ex, "Kimi K2 beats GPT-4o in a number of key benchmarks such as MMLU and GPQA.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu", "gpqa"], "all")
    ]
    assert read(ex, "Kimi K2 outperforms GPT-4o on 1 of 3 benchmarks.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], "shared", {"at_least": 1})
    ]


def test_a_count_of_problems_is_no_count_of_benchmarks(ex):
    # was {"at_least": 29} and every shared benchmark
    assert read(ex, "Kimi K2 is state-of-the-art on AIME 2025, solving 29 out of 30 problems.") == [
        ("kimi-k2", "ranks", [], ["aime-2025"], "all")
    ]
    # look-alike: a count of benchmarks stays one
    assert read(ex, "Kimi K2 beats GPT-4o on 7 out of 9 benchmarks.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], "shared", {"at_least": 7})
    ]


def test_improvements_compared_to_a_model_are_a_win(ex):
    # "cue not understood: 'compared to' is no phrase of the lexicon"
    assert read(ex, "Kimi K2 achieved significant performance improvements compared to GPT-4o on MMLU.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu"], "all")
    ]
