"""Where a name the catalog lacks stands as a claim's subject, read by its place: before a possessive and a ranking's
word ("Zorbo 3’s state-of-the-art performance"), heading its clause with its size in brackets before the verb ("Zorbo
(8B) shows ..."), right after "version" ("this larger version Zorbo-Pro-2 sets ...") or set beside it or "model"
after a comma ("Acme’s newest model, Zorbo v2, tops ..."). Every sentence here was written for these tests, with
look-alikes that must stay as they were. Catalog: the seed catalog plus the extraction fixtures'."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [
        (f.kind, f.subject, f.value if f.kind == "score" else f.competitors, f.benchmarks)
        for f in ex.extract(Document("t.txt", text))
    ]
    return found + [c.reason for c in ex.candidates]


def test_a_name_before_a_possessive_and_a_rankings_word_is_the_subject(ex):
    assert said(ex, "Reports show Zorbo 3’s state-of-the-art performance on MMLU.") == [
        ("ranks", "Zorbo 3", [], ["mmlu"])
    ]
    assert said(ex, "Evaluations confirm Zorbo 3's best score on MMLU.") == [("ranks", "Zorbo 3", [], ["mmlu"])]
    # a possessive before a cue's word that is a noun: "its rival" beats, not Zorbo 3
    assert said(ex, "Zorbo 3’s rival beats GPT-4o on MMLU.") == ["no subject the catalog knows: 'Zorbo 3'"]


def test_a_name_heading_its_clause_with_its_size_in_brackets_before_the_verb(ex):
    assert said(ex, "Notably, Zorbo-Image (8B) shows results that beat GPT-4o on MMLU.") == [
        ("outperforms", "Zorbo-Image", ["gpt-4o"], ["mmlu"])
    ]
    # brackets that hold no size: a reference, no aside of the name's
    assert said(ex, "Notably, Zorbo-Image (see Table 2) shows results that beat GPT-4o on MMLU.") == [
        "no subject the catalog knows: 'Table 2'"
    ]


def test_a_name_right_after_the_word_version_is_a_models(ex):
    assert said(
        ex, "Results show that this larger version Zorbo-Pro-2 (200B+) sets a new state of the art on MMLU."
    ) == [("ranks", "Zorbo-Pro-2", [], ["mmlu"])]
    # "a version of": a phrase before the name, not the word right before it
    assert said(ex, "Results show that this larger version of Zorbo-Pro-2 sets a new state of the art on MMLU.") == [
        "no subject the catalog knows: 'Zorbo-Pro-2'"
    ]


def test_a_name_set_beside_the_word_model_or_version_is_a_models(ex):
    assert said(ex, "Acme’s newest model, Zorbo v2, tops the MMLU leaderboard.") == [
        ("ranks", "Zorbo v2", [], ["mmlu"])
    ]
    assert said(ex, "The first version, Zorbo 1.0, launched in June and topped the MMLU leaderboard.") == [
        ("ranks", "Zorbo 1.0", [], ["mmlu"])
    ]
