"""Two readings that raise recall on text never tuned on: gaining on a named rival ("closing in on
X", "nearly reaching X") is a match, as "close to X" is; and a word of no model's shape is a model's name where its
clause says it is one ("Zorb is the strongest open model"). Every sentence here was written for these tests from plain
English, none taken from a labelled set; each test has look-alikes, and fails with its rule removed (checked)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in found]


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_closing_in_on_or_nearly_reaching_a_named_model_is_a_match(ex):
    assert read(ex, "Quill-3 is closing in on Phi-4 on the coding board.") == [
        ("Quill-3", "matches", ["phi-4"], "shared")
    ]
    # ... after a win in the same clause: the win's rival is not the match's
    assert read(ex, "Zorb-7 beats Phi-4 on MMLU and nearly reaches GPT-4o.") == [
        ("Zorb-7", "outperforms", ["phi-4"], ["mmlu"]),
        ("Zorb-7", "matches", ["gpt-4o"], ["mmlu"]),
    ]
    # look-alikes: closing in on a deal, nearly reaching a date: no model after the cue, no word at all
    for text in ("Phi-4 is closing in on a deal with Acme.", "Zorb-7 is nearly reaching its launch date."):
        assert read(ex, text) == [] and reasons(ex) == [], text


def test_a_word_its_clause_calls_a_model_is_a_models_name(ex):
    assert read(ex, "Zorb is the strongest open model on MMLU.") == [("Zorb", "ranks", [], ["mmlu"])]
    assert read(ex, "Vega was a 7B model that beats Phi-4 on GSM8K.") == [("Vega", "outperforms", ["phi-4"], ["gsm8k"])]
    # look-alikes: a day, a pronoun, a language: no model, no draft (a candidate says what was not read)
    assert read(ex, "Yesterday was the best day for open models.") == []
    assert read(ex, "It is the best model on MMLU.") == []
    assert read(ex, "Python is the best language for models.") == []
    # ... a place to test models: a preposition between calls the place no model
    assert read(ex, "Kaggle is the leading place to test models on MMLU.") == []
