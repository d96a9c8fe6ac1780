"""A ranking said from below ("second only to X", "trails only X", "beaten only by X") is two claims, as the labelled
sets read them: the subject's place, one after the models named ahead, and each of those ahead of it; the
lexicon read one of the two. Tested on sentences written for the rule, with look-alikes that keep one claim. Catalog:
the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.top) for f in ex.extract(Document("t.txt", text))]


def test_second_only_to_a_model_is_the_place_and_that_models_win(ex):
    # the win of GPT-4o was not drafted
    assert read(ex, "On GPQA, Phi-4 is second only to GPT-4o.") == [
        ("phi-4", "ranks", ["gpt-4o"], ["gpqa"], 2),
        ("gpt-4o", "outperforms", ["phi-4"], ["gpqa"], 1),
    ]


def test_trailing_only_some_models_is_their_wins_and_the_place_after_them(ex):
    # the place was not drafted
    assert read(ex, "Phi-4 trails only o1 on GPQA.") == [
        ("o1", "outperforms", ["phi-4"], ["gpqa"], 1),
        ("phi-4", "ranks", [], ["gpqa"], 2),
    ]
    assert read(ex, "Phi-4 ranks behind only GPT-4o and o1 on GPQA.") == [
        ("gpt-4o", "outperforms", ["phi-4"], ["gpqa"], 1),
        ("o1", "outperforms", ["phi-4"], ["gpqa"], 1),
        ("phi-4", "ranks", [], ["gpqa"], 3),
    ]
    [*_, place] = ex.extract(Document("t.txt", "On GPQA, Phi-4 is beaten only by o1."))
    assert (place.subject, place.kind, place.top, place.review[0]) == (
        "phi-4", "ranks", 2, "ahead of every model but o1: read as place 2"
    )  # fmt: skip


def test_look_alikes_trailing_with_no_only_or_only_on_a_benchmark_is_one_win(ex):
    assert read(ex, "Phi-4 trails o1 on GPQA.") == [("o1", "outperforms", ["phi-4"], ["gpqa"], 1)]
    assert read(ex, "Phi-4 trails o1 only on GPQA.") == [("o1", "outperforms", ["phi-4"], ["gpqa"], 1)]
    # (a place and "behind" were read as both before: no third claim)
    assert read(ex, "On GPQA, Phi-4 ranks second behind o1.") == [
        ("phi-4", "ranks", [], ["gpqa"], 2),
        ("o1", "outperforms", ["phi-4"], ["gpqa"], 1),
    ]
