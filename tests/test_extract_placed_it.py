"""A place said of "it" as the verb's object: "Hunyuan-T1 scored 87.2 on MMLU-Pro. That placed it second behind o1."
was only o1 beating the model, on no benchmark; now it is also the model's second place, and both are on the sentence
before's benchmark ("that placed it", as "this places it" was). Every sentence here was written for these tests.
Catalog: the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor

BEFORE = "Llama 3.1 8B scored 68.2 on MMLU. "


def said(ex: Extractor, text: str) -> list:
    found = [(f.kind, f.subject, f.top, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]
    return found[1:] if text.startswith(BEFORE) else found + [c.reason for c in ex.candidates]


def test_placed_it_second_is_the_place_of_the_model_it_stands_for(ex):
    assert said(ex, BEFORE + "That placed it second behind GPT-4o.") == [
        ("ranks", "llama-3.1-8b", 2, [], ["mmlu"]),
        ("outperforms", "gpt-4o", 1, ["llama-3.1-8b"], ["mmlu"]),
    ]
    found = ex.extract(Document("t.txt", BEFORE + "That placed it second behind GPT-4o."))
    assert found[1].review[0] == "'it' in 'placed it second' read as Llama 3.1 8B, the model the text is about"
    assert said(ex, BEFORE + "This puts it first among open models.") == [("ranks", "llama-3.1-8b", 1, [], ["mmlu"])]


def test_placed_it_with_no_model_before_gives_a_candidate(ex):
    assert said(ex, "That placed it second behind GPT-4o.") == [
        "no subject the catalog knows; the subject could not be read: 'it' names no model"
    ]
