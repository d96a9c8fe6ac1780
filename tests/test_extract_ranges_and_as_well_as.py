"""Two precision readings from text never tuned on: "as well as" is a match only after a verb of performing
("performs as well as X"), never the "and" of a list ("beats A as well as B"); and a number that ends or starts a range
("86-89%") is no score. Every sentence here was written for these tests from plain English, none taken from a labelled
set; each test fails with its rule removed (checked)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.value) for f in found]


def test_as_well_as_is_a_match_only_after_a_verb_of_performing(ex):
    assert read(ex, "Zorb-7 beats Phi-4 as well as GPT-4o on MMLU.") == [
        ("Zorb-7", "outperforms", ["phi-4", "gpt-4o"], ["mmlu"], None)
    ]
    assert read(ex, "Zorb-7 beats several small models as well as larger ones like Phi-4.") == [
        ("Zorb-7", "outperforms", ["phi-4"], "shared", None)
    ]
    # ... and a match where a verb of performing comes before it
    assert read(ex, "Zorb-7 performs as well as Phi-4 on MMLU.") == [("Zorb-7", "matches", ["phi-4"], ["mmlu"], None)]
    assert read(ex, "Zorb-7 does just as well as Phi-4 on MMLU.") == [("Zorb-7", "matches", ["phi-4"], ["mmlu"], None)]


def test_a_number_at_either_end_of_a_range_is_no_score(ex):
    for text in ("Zorb-7 scores 86-89% on MMLU.", "Zorb-7 scores ~82–83% on MMLU."):
        assert read(ex, text) == [], text
    # look-alikes: one number, two scores
    assert read(ex, "Zorb-7 scores 86% on MMLU.") == [("Zorb-7", "score", [], ["mmlu"], 86.0)]
    assert read(ex, "Zorb-7 scores 80.1 on MMLU-Pro and 70 on GPQA.") == [
        ("Zorb-7", "score", [], ["mmlu-pro"], 80.1),
        ("Zorb-7", "score", [], ["gpqa"], 70.0),
    ]
