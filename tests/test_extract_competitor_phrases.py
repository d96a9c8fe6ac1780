"""A match said as the maker's word for it: "positions X as a serious competitor to Y", "X is a formidable rival to Y"
(only "a strong competitor to" was a phrase of the lexicon; "its model as a serious competitor to o1" was silent, now a
candidate that says "its model" names no model). Every sentence here was written for these tests. Catalog: the seed
catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [(f.kind, f.subject, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]
    return found + [c.reason for c in ex.candidates]


def test_a_serious_competitor_to_a_model_is_a_match(ex):
    match = [("matches", "llama-3.1-8b", ["gpt-4o"], ["mmlu"])]
    assert said(ex, "Acme positions Llama 3.1 8B as a serious competitor to GPT-4o on MMLU.") == match
    assert said(ex, "Llama 3.1 8B is a formidable rival to GPT-4o on MMLU.") == match
    assert said(ex, "Llama 3.1 8B is a credible challenger to GPT-4o on MMLU.") == match
    # the subject named nowhere: a candidate that says so, never silence
    assert said(ex, "Acme positions its model as a serious competitor to GPT-4o and o1.") == [
        "the subject could not be read: 'its model' names no model"
    ]


def test_a_competitor_without_the_maker_s_word_or_for_a_title_is_no_match(ex):
    # "a competitor to" alone says only that they compete: a candidate, as before
    assert said(ex, "Llama 3.1 8B is a competitor to GPT-4o on MMLU.") == [
        "cue not understood: no subject and competitor, ranking or quoted score could be read"
    ]
    # "a serious competitor for X's crown": a contender for X's place, no match with X
    assert said(ex, "Llama 3.1 8B is a serious competitor for GPT-4o's crown on MMLU.") == [
        "cue not understood: no subject and competitor, ranking or quoted score could be read"
    ]
    # "a serious competitor for the title of best": the best-model phrase is read, as before, no match with anyone
    assert [f[0] for f in said(ex, "Llama 3.1 8B is a serious competitor for the title of best open model.")] == [
        "ranks"
    ]


def test_a_direct_competitor_is_one_in_the_same_market_no_match(ex):
    assert said(ex, "Llama 3.1 8B is a direct competitor to GPT-4o on MMLU.") == [
        "cue not understood: no subject and competitor, ranking or quoted score could be read"
    ]


def test_a_match_denied_is_no_claim(ex):
    # each drafted Llama 3.1 8B matching GPT-4o: the negation before the phrase was not read
    for denied, said_so in [
        ("is not a serious competitor to", "not a serious competitor"),
        ("is no serious rival to", "is no serious rival"),
        ("is hardly a credible challenger to", "hardly a credible challenger"),
        ("is not a strong competitor to", "not a strong competitor"),
        ("is not on par with", "not on par"),
        ("is not comparable to", "not comparable"),
        ("is not equal to", "not equal"),
    ]:
        assert said(ex, f"Llama 3.1 8B {denied} GPT-4o on MMLU.") == [
            f"hedged, planned or denied ('{said_so}'): not a claim of a result"
        ]
    # "no match for" is the other model ahead, as before; a negation elsewhere in the clause denies nothing
    assert said(ex, "Llama 3.1 8B is no match for GPT-4o on MMLU.") == [
        ("outperforms", "gpt-4o", ["llama-3.1-8b"], ["mmlu"])
    ]
    assert said(ex, "Llama 3.1 8B, not particularly large, is on par with GPT-4o on MMLU.") == [
        ("matches", "llama-3.1-8b", ["gpt-4o"], ["mmlu"])
    ]
