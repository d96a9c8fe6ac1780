"""A catalog benchmark's name with a part the catalog lacks after it ("MMLU Med", "MATH Level 5", "MMLU (medical
subset)") is that part, written as the text writes it with a review note, never the whole benchmark: a number on a
part compared as the whole is a wrong answer. Sentences written for the rule, not taken from a labelled set. Catalog:
the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml), which holds MMLU,
MMLU-Pro, MATH, HumanEval and GPQA Diamond."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.value) for f in found]


def notes(ex: Extractor, text: str) -> list[str]:
    return [n for f in ex.extract(Document("t.txt", text)) for n in f.review + f.unresolved if "MMLU" in n]


def test_a_part_of_a_catalog_benchmark_is_written_as_the_text_writes_it(ex):
    # each was read as the whole benchmark ("mmlu", "math", "humaneval")
    assert read(ex, "Qwen2.5-7B scores 71.2% on MMLU Med.") == [("qwen2.5-7b", "score", [], ["MMLU Med"], 71.2)]
    assert notes(ex, "Qwen2.5-7B scores 71.2% on MMLU Med.") == [
        "uncatalogued: 'MMLU Med' (not in the catalog; kept as written, never guessed): add each to the catalog, or take "
        "it out of the claim, before it can be verified"
    ]
    text = "Phi-4 beats Qwen2.5-7B on MMLU (medical subset)."
    assert read(ex, text) == [("phi-4", "outperforms", ["qwen2.5-7b"], ["MMLU (medical subset)"], None)]
    assert notes(ex, text)[0] == (
        "benchmark 'MMLU (medical subset)' is not in the catalog (closest: MMLU: a part of it, which the catalog lacks)"
    )
    assert read(ex, "Phi-4 beats Qwen2.5-7B on HumanEval Rust and MATH Level 5.") == [
        ("phi-4", "outperforms", ["qwen2.5-7b"], ["HumanEval Rust", "MATH Level 5"], None)
    ]


def test_catalog_benchmarks_and_their_settings_still_resolve(ex):
    # look-alikes: the catalog's own longer names, a setting in brackets, the words that say what a number is, another
    # benchmark, a model, a word that starts a phrase and a cue written with a capital after the name
    assert read(ex, "Phi-4 beats Qwen2.5-7B on MMLU Pro and MMLU-Pro.") == [
        ("phi-4", "outperforms", ["qwen2.5-7b"], ["mmlu-pro"], None)
    ]
    assert read(ex, "Phi-4 beats Qwen2.5-7B on GPQA Diamond.") == [
        ("phi-4", "outperforms", ["qwen2.5-7b"], ["gpqa-diamond"], None)
    ]
    assert read(ex, "Phi-4 beats Qwen2.5-7B on MMLU (5-shot).") == [
        ("phi-4", "outperforms", ["qwen2.5-7b"], ["mmlu"], None)
    ]
    assert read(ex, "Phi-4 beats Qwen2.5-7B on the MMLU Leaderboards.") == [
        ("phi-4", "outperforms", ["qwen2.5-7b"], ["mmlu"], None)
    ]
    assert read(ex, "Phi-4 Beats Qwen2.5-7B On MMLU And GSM8K.") == [
        ("phi-4", "outperforms", ["qwen2.5-7b"], ["mmlu", "gsm8k"], None)
    ]
    assert read(ex, "On MMLU Llama 3.3 70B trails Phi-4.") == [
        ("phi-4", "outperforms", ["llama-3.3-70b"], ["mmlu"], None)
    ]
    assert read(ex, "Phi-4 beats Qwen2.5-7B on MMLU Anthropic reports.") == [
        ("phi-4", "outperforms", ["qwen2.5-7b"], ["mmlu"], None)
    ]
    assert read(ex, "Phi-4 beats Qwen2.5-7B on MMLU ARC and GSM8K.") == [
        ("phi-4", "outperforms", ["qwen2.5-7b"], ["mmlu", "ARC", "gsm8k"], None)
    ]
    assert read(ex, "Phi-4 Scores 80.1 On MMLU Beating Qwen2.5-7B.") == [
        ("phi-4", "outperforms", ["qwen2.5-7b"], ["mmlu"], None),
        ("phi-4", "score", [], ["mmlu"], 80.1),
    ]
