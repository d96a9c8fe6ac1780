"""A family's name written alone ("GPT-3.5", "Gemma 3", "SmolLM2") names no one model, even where the catalog holds
only one model of it: it is drafted as written, with a review note naming the catalog's model, never read as that
model (the labels' rule: a family is not guessed to one model). Where the words right after it pick the model (its
size, "SmolLM2, a 1.7B model"; its mode, "Grok 4.1's thinking mode"), and where "the 27B model" stands for the
family's model of that size, the catalog's model is read with a note. Sentences written for the rules, not taken from a
labelled set. Catalog: the seed catalog plus tests/fixtures/extract/catalog.yaml, whose only GPT-3.5 is GPT-3.5 Turbo,
only Gemma 3 is Gemma 3 27B, only SmolLM2 is SmolLM2-1.7B and only Grok 4.1 is grok-4.1-thinking."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value) for f in found]


def notes(ex: Extractor, text: str) -> list[str]:
    return [n for f in ex.extract(Document("t.txt", text)) for n in f.review if not n.startswith("uncatalogued:")]


def test_a_family_with_one_catalog_model_is_written_as_the_text_writes_it(ex):
    # each was read as the family's one catalog model ("'GPT-3.5' read as GPT-3.5 Turbo, the only catalog model ...")
    text = "Phi-4 beats GPT-3.5 on MMLU."
    assert read(ex, text) == [("phi-4", "outperforms", ["GPT-3.5"], ["mmlu"], "all", None)]
    assert notes(ex, text) == [
        "'GPT-3.5' is not in the catalog (closest: GPT-3.5 Turbo, the catalog's one model of that family: a family is "
        "never read as one of its models)"
    ]
    assert read(ex, "On GSM8K, Gemma 3 trails Qwen2.5-7B.") == [
        ("qwen2.5-7b", "outperforms", ["Gemma 3"], ["gsm8k"], "all", None)
    ]
    assert read(ex, "SmolLM2 scores 68.7 on MMLU.") == [("SmolLM2", "score", [], ["mmlu"], "all", 68.7)]
    # look-alikes: the catalog's own names, a family with its size ("Falcon 3 10B" is Falcon3-10B-Base) and a name
    # with its variant word still resolve
    assert read(ex, "Phi-4 beats GPT-3.5 Turbo on MMLU.") == [("phi-4", "outperforms", ["gpt-3.5-turbo"], ["mmlu"],
                                                              "all", None)]  # fmt: skip
    assert read(ex, "Falcon 3 10B beats Phi-4 on MMLU.") == [("falcon3-10b-base", "outperforms", ["phi-4"], ["mmlu"],
                                                             "all", None)]  # fmt: skip
    assert read(ex, "Gemma 3 27B beats Phi-4 on MMLU.") == [("gemma-3-27b", "outperforms", ["phi-4"], ["mmlu"], "all",
                                                            None)]  # fmt: skip


def test_the_words_after_a_family_may_pick_its_model(ex):
    # its size, in an apposition or after "is a"
    text = "SmolLM2, a 1.7B model, beats Qwen2.5-7B on MMLU."
    assert read(ex, text) == [("smollm2-1.7b", "outperforms", ["qwen2.5-7b"], ["mmlu"], "all", None)]
    assert notes(ex, text) == ["'SmolLM2' read as SmolLM2-1.7B, the size the text gives it"]
    assert read(ex, "SmolLM2 is a 1.7-billion-parameter model that scores 61.2 on MMLU.") == [
        ("smollm2-1.7b", "score", [], ["mmlu"], "all", 61.2)
    ]
    # its mode, after a possessive
    text = "Grok 4.1's thinking mode beats Phi-4 on MMLU."
    assert read(ex, text) == [("grok-4.1-thinking", "outperforms", ["phi-4"], ["mmlu"], "all", None)]
    assert notes(ex, text) == ["'Grok 4.1' read as grok-4.1-thinking, its thinking mode, as the text says"]
    # look-alikes: a size or a mode the catalog's model lacks picks nothing
    assert read(ex, "SmolLM2, a 7B model, beats Qwen2.5-7B on MMLU.") == [
        ("SmolLM2", "outperforms", ["qwen2.5-7b"], ["mmlu"], "all", None)
    ]
    assert read(ex, "Grok 4.1's fast mode beats Phi-4 on MMLU.") == [
        ("Grok 4.1", "outperforms", ["phi-4"], ["mmlu"], "all", None)
    ]


def test_a_size_stands_for_that_size_of_the_family_named_where_a_subject_stands(ex):
    # "the 27B model" is Gemma 3 27B: Gemma 3 heads the sentence before, Llama 3 comes after its cue
    text = "Gemma 3 competes with Llama 3. The 27B model beats Qwen2.5-7B on MMLU."
    assert read(ex, text)[-1] == ("gemma-3-27b", "outperforms", ["qwen2.5-7b"], ["mmlu"], "all", None)
    # ... and a family named beside the phrase is not what it stands for
    text = "Gemma 3 is out. The 27B model almost matches Gemini 1.5 Flash on MMLU."
    assert read(ex, text)[-1] == ("gemma-3-27b", "matches", ["Gemini 1.5 Flash"], ["mmlu"], "all", None)
    # look-alike: two families where a subject stands, and no size picks one of them
    assert read(ex, "Gemma 3 and Llama 3 are out. The 27B model beats Qwen2.5-7B on MMLU.") == []
