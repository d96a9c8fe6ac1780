"""A gain "compared to" a model with what it is a gain in between ("substantial improvements across multiple domains
compared to X") is a win over X, as "an improvement compared to X" is. Sentences written for this test from
plain English, none taken from a labelled set; it fails with the rule removed (checked)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier) for f in found]


def test_a_gain_in_something_compared_to_a_model_is_a_win_over_it(ex):
    assert read(ex, "Zorb-7 shows large gains in math compared to Phi-4.") == [
        ("Zorb-7", "outperforms", ["phi-4"], "shared", "all")
    ]
    assert read(ex, "Quill-3 posts clear improvements across several coding tasks relative to GPT-4o.") == [
        ("Quill-3", "outperforms", ["gpt-4o"], {"tags": ["code"]}, {"at_least": 2})
    ]
    # look-alike: a gain compared to a time, no model
    assert read(ex, "Zorb-7 shows large gains in math compared to last year.") == []
