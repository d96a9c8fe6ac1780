"""A match said "X is as good as Y" (no phrase of the lexicon before: a candidate, or where the clause also spoke of
cost, silence), with a model's name after it, never "as good as new" nor "twice as good as Y"; "isn't as good as Y" is
Y ahead, as "is not as good as Y" was. Every sentence here was written for these tests. Catalog: the seed catalog plus
the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [(f.kind, f.subject, f.competitors, f.direction) for f in ex.extract(Document("t.txt", text))]
    return found + [c.reason for c in ex.candidates]


def test_as_good_as_a_model_is_a_match(ex):
    assert said(ex, "Zorb-7 is as good as GPT-4o on MMLU.") == [("matches", "Zorb-7", ["gpt-4o"], "both")]
    assert said(ex, "Zorb-7 is just as good as GPT-4o on MMLU.") == [("matches", "Zorb-7", ["gpt-4o"], "both")]
    # "at least as good as" stays the one-sided match it says
    assert said(ex, "Zorb-7 is at least as good as GPT-4o on MMLU.") == [("matches", "Zorb-7", ["gpt-4o"], "at_least")]
    # a relative clause after the subject
    assert said(ex, "Acme released Llama 3.1 8B, which is as good as GPT-4o on MMLU.") == [
        ("matches", "llama-3.1-8b", ["gpt-4o"], "both")
    ]


def test_as_good_as_no_model_or_a_multiple_is_no_match(ex):
    assert said(ex, "Zorb-7 is twice as good as GPT-4o on MMLU.") == [
        "cue not understood: 'as good as' beside 'GPT-4o'"
    ]
    assert said(ex, "Zorb-7 is three times as good as GPT-4o on MMLU.") == [
        "cue not understood: 'as good as' beside 'GPT-4o'"
    ]
    # a multiple, a negation or a hedge between the verb and "as good as" is no match: none drafts one
    for between in ("half", "2x", "never", "hardly", "not nearly", "nowhere near", "not just"):
        assert said(ex, f"Zorb-7 is {between} as good as GPT-4o on MMLU.") == [
            "cue not understood: 'as good as' beside 'GPT-4o'"
        ]
    assert said(ex, "The weights of Zorb-7 are as good as new.") == [
        "cue not understood: 'as good as' beside 'Zorb-7'; 'Zorb-7' is no name the catalog knows"
    ]


def test_not_as_good_as_is_the_other_model_ahead_however_it_is_written(ex):
    ahead = [("outperforms", "gpt-4o", ["Zorb-7"], "both")]
    assert said(ex, "Zorb-7 is not as good as GPT-4o on MMLU.") == ahead
    assert said(ex, "Zorb-7 isn't as good as GPT-4o on MMLU.") == ahead
    assert said(ex, "Zorb-7 wasn’t quite as strong as GPT-4o on MMLU.") == ahead
