"""The lowest error rate is first place on it ("achieves the lowest WER"); a superlative said of several models
together ("X, Y and Z show the lowest word error rates", "achieve the highest scores") is each of them in the top n
(the eleventh fresh check set's "NVIDIA's Canary-Qwen-2.5B, IBM's Granite-Speech-3.3-8B, and Microsoft's
Phi-4-Multimodal-Instruct achieve the lowest word error rate (WER)" was silent); a maker's possessive before each name
of a list keeps the list. Tested on sentences written for the rules, with look-alikes. Catalog: the seed catalog plus
the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.benchmarks, f.top) for f in ex.extract(Document("t.txt", text))]


def test_the_lowest_error_rate_is_first_place(ex):
    # each was silent: no draft, no candidate
    assert read(ex, "Phi-4 achieves the lowest WER on GPQA.") == [("phi-4", "ranks", ["gpqa"], 1)]
    assert read(ex, "On GPQA, Phi-4 posted the lowest hallucination rate.") == [("phi-4", "ranks", ["gpqa"], 1)]


def test_a_superlative_shared_by_several_models_is_each_in_the_top_n(ex):
    # the list read as its last model alone, first
    assert read(
        ex, "Google's Gemini 2.5 Pro, OpenAI's GPT-4o, and Microsoft's Phi-4 show the lowest word error rates."
    ) == [
        ("gemini-2.5-pro", "ranks", "shared", 3),
        ("gpt-4o", "ranks", "shared", 3),
        ("phi-4", "ranks", "shared", 3),
    ]
    found = ex.extract(Document("t.txt", "Phi-4 and o1 achieve the highest scores on GPQA."))
    assert [(f.subject, f.top) for f in found] == [("phi-4", 2), ("o1", 2)]
    assert found[0].review[0] == "'achieve the highest scores' said of 2 models: read as the top 2"


def test_look_alikes_a_shared_first_place_a_lowest_price_and_one_maker(ex):
    # "rank first" names the place: two models tied for it
    assert read(ex, "Phi-4 and o1 rank first on GPQA.") == [
        ("phi-4", "ranks", ["gpqa"], 1),
        ("o1", "ranks", ["gpqa"], 1),
    ]
    # the lowest price is no result
    assert read(ex, "Phi-4 has the lowest price on GPQA.") == []
    # a maker's possessive after "and" with no list: the one subject as before
    assert read(ex, "Phi-4 from Microsoft's lab achieves the lowest WER on GPQA.") == [("phi-4", "ranks", ["gpqa"], 1)]
