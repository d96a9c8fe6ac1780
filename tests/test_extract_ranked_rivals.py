"""A ranking word right after a match's cue names the class of its rivals, not a first place: "performs
competitively against state-of-the-art open models such as X" is a match with X, and "is competitive against the best
proprietary models" no ranking; a win over them keeps its ranking. Sentences written for this test from plain English,
none taken from a labelled set; it fails with the rule removed (checked)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in found]


def test_a_ranking_word_describing_a_matchs_rivals_is_no_first_place(ex):
    assert read(ex, "Zorb-7 performs competitively against state-of-the-art open models such as Phi-4.") == [
        ("Zorb-7", "matches", ["phi-4"], "shared")
    ]
    assert read(ex, "Quill-3 is on par with the best closed models like GPT-4o on MMLU.") == [
        ("Quill-3", "matches", ["gpt-4o"], ["mmlu"])
    ]
    # rivals left unnamed: no claim (a candidate says why)
    assert read(ex, "Zorb-7 is competitive against the best proprietary models on MMLU.") == []
    # a win over the best models is still first place among them
    assert read(ex, "Zorb-7 outperforms state-of-the-art open models on MMLU.") == [("Zorb-7", "ranks", [], ["mmlu"])]
