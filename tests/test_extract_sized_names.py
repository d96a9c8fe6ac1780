"""A name the catalog lacks written as a word and a size apart ("Nimbus 34B", "Orca 13B") is a model's, as one with a
dash already was ("Zephyr-7B"); a praise reported only to say it failed ("billed as the best ..., failed to live up to
its promise") is no claim. Sentences written for the rules, not taken from a labelled set. Catalog: the seed catalog
plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.confidence) for f in ex.extract(Document("t.txt", text))]


def reasons(ex: Extractor, text: str) -> list[str]:
    ex.extract(Document("t.txt", text))
    return [c.reason for c in ex.candidates]


def test_a_word_and_a_size_apart_is_a_model_name(ex):
    # each was a candidate ("no subject the catalog knows: 'Nimbus 34B'"), the rival list cut to the names it knew
    assert read(ex, "Nimbus 34B outperforms Llama 3.1 70B on GSM8K.") == [
        ("Nimbus 34B", "outperforms", ["Llama 3.1 70B"], ["gsm8k"], 0.55)
    ]
    assert read(ex, "Qwen2.5-72B trails Orca 13B and Falcon 40B on MMLU.") == [
        ("Orca 13B", "outperforms", ["Qwen2.5-72B"], ["mmlu"], 0.4),
        ("Falcon 40B", "outperforms", ["Qwen2.5-72B"], ["mmlu"], 0.4),
    ]
    # look-alikes: a size after a word that starts a phrase, or a class of sizes, names no model
    assert read(ex, "Since 2024, 70B models beat GPT-4 on MMLU.") == []
    assert read(ex, "Above 70B, Qwen3-Max beats GPT-4o on MMLU.") == [
        ("Qwen3-Max", "outperforms", ["gpt-4o"], ["mmlu"], 0.7)
    ]


def test_praise_reported_only_to_say_it_failed_is_no_claim(ex):
    text = "Orion 8B, billed as the best small model, failed to live up to its promise in independent tests."
    assert read(ex, text) == []
    assert reasons(ex, text) == [
        "hedged, planned or denied ('failed to live up to'): not a claim of a result; names the catalog does not know: "
        "'Orion 8B'"
    ]
    # look-alike: the same praise with a result after it is still a ranking
    assert read(ex, "Orion 8B, billed as the best small model, topped the chart in independent tests.") == [
        ("Orion 8B", "ranks", [], "shared", 0.25)
    ]
