"""A model named as the judge of an evaluation ("as judged by GPT-4o", "using GPT-4o as the judge", "when evaluated by
humans or using GPT-4o") is no rival of the claim nor its subject. Sentences written for the rule, not taken from a
labelled set. Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in found]


def test_a_judge_is_no_rival(ex):
    # each listed GPT-4o among the competitors
    for text in (
        "Kimi K2 beats Qwen2.5-7B on MT-Bench, as judged by GPT-4o.",
        "Kimi K2 beats Qwen2.5-7B on MT-Bench using GPT-4o as the judge.",
        "Kimi K2 beats Qwen2.5-7B on MT-Bench when evaluated by humans or using GPT-4o.",
        "Judged by GPT-4o, Kimi K2 beats Qwen2.5-7B on MT-Bench.",
    ):
        assert read(ex, text) == [("kimi-k2", "outperforms", ["qwen2.5-7b"], ["MT-Bench"])], text
    # ... and a win over a class with only a judge named is first place among it
    text = "Kimi K2 outperforms other open multilingual models when evaluated by humans or using GPT-4o."
    assert read(ex, text) == [("kimi-k2", "ranks", [], "shared")]


def test_a_model_compared_with_or_used_otherwise_is_still_a_rival(ex):
    # look-alikes: "compared with X" is a comparison; "using X" with no judge's role; "by far"
    assert read(ex, "Kimi K2 beats Qwen2.5-7B when compared with GPT-4o on MMLU.") == [
        ("kimi-k2", "outperforms", ["qwen2.5-7b", "gpt-4o"], ["mmlu"])
    ]
    assert read(ex, "Kimi K2 beats Qwen2.5-7B and GPT-4o on MMLU using the same prompts.") == [
        ("kimi-k2", "outperforms", ["qwen2.5-7b", "gpt-4o"], ["mmlu"])
    ]
    assert read(ex, "Kimi K2 scored by far higher than GPT-4o on MMLU.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mmlu"])
    ]
