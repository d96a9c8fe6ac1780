"""A win, a match or a place denied is never drafted as the claim it denies, in any wording of the denial ("is not
better than", "does not rank first", "did not top", "doesn’t match" with a curly apostrophe, "never beats", "has yet to
beat", "was unable to beat", "struggles to match", "falls short of matching", "is no better than"); "not only beats"
claims more, not less. Whom a denied clause was about is not read from a model after its cue: "it couldn't score higher
than Y, but it beats Z" gives no claim of Y's. Every sentence here was written for these tests. Catalog: the seed
catalog plus the extraction fixtures'."""

import pytest

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [(f.kind, f.subject, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]
    return found + [c.reason for c in ex.candidates]


@pytest.mark.parametrize(
    "text, denial",
    [
        ("Gemini 2.5 Pro is not better than GPT-4o on MMLU.", "not better"),
        ("Gemini 2.5 Pro does not rank first on MMLU.", "not rank"),
        ("Gemini 2.5 Pro did not top the MMLU leaderboard.", "not top"),
        ("Gemini 2.5 Pro doesn’t match GPT-4o on MMLU.", "doesn’t match"),
        ("Gemini 2.5 Pro never beats GPT-4o on MMLU.", "never beats"),
        ("Gemini 2.5 Pro has yet to beat GPT-4o on MMLU.", "yet to beat"),
        ("Gemini 2.5 Pro does not even come close to GPT-4o on MMLU.", "not even come close"),
        ("Gemini 2.5 Pro was unable to beat GPT-4o on MMLU.", "unable to beat"),
        ("Gemini 2.5 Pro struggles to match GPT-4o on MMLU.", "struggles to match"),
        ("Gemini 2.5 Pro lacks the ability to match GPT-4o on MMLU.", "lacks the ability to match"),
        ("Gemini 2.5 Pro falls short of matching GPT-4o on MMLU.", "falls short of matching"),
        ("Gemini 2.5 Pro is no better than GPT-4o on MMLU.", "no better than"),
        ("Gemini 2.5 Pro does not always beat GPT-4o on MMLU.", "not always beat"),
    ],
)
def test_a_denied_win_match_or_place_is_no_draft(ex, text, denial):
    assert said(ex, text) == [f"hedged, planned or denied ('{denial}'): not a claim of a result"]


def test_more_claimed_than_denied_stays_a_claim(ex):
    assert said(ex, "Gemini 2.5 Pro not only beats GPT-4o on MMLU but also o1.") == [
        ("outperforms", "gemini-2.5-pro", ["gpt-4o", "o1"], ["mmlu"])
    ]
    assert said(ex, "Gemini 2.5 Pro does not beat GPT-4o on MMLU, but it beats Llama 3 on GPQA.") == [
        ("outperforms", "gemini-2.5-pro", ["Llama 3"], ["gpqa"])
    ]
    # a denial in a clause of its own after the claim leaves the claim standing
    assert said(ex, "Gemini 2.5 Pro beats GPT-4o on MMLU, which did not lead to changes in the ranking.") == [
        ("outperforms", "gemini-2.5-pro", ["gpt-4o"], ["mmlu"])
    ]


def test_a_model_after_a_denied_cue_is_no_subject_of_the_clause_after(ex):
    # "it" heads the denial: whom it means is not read, and Gemini 2.5 Pro, after the cue, was never the subject
    text = (
        "It is worth noting that it couldn’t score higher than Gemini 2.5 Pro on MATH, but it outperforms GPT-4o there."
    )
    assert said(ex, text) == [
        "hedged, planned or denied ('couldn’t score higher'): not a claim of a result; the subject could not be read: "
        "the clause before names none"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gemini 2.5 Pro is no worse than GPT-4o on MMLU.",
        "Gemini 2.5 Pro is not weaker than GPT-4o on MMLU.",
        "Gemini 2.5 Pro is not inferior to GPT-4o on MMLU.",
    ],
)
def test_a_loss_denied_is_the_one_sided_match_it_says_never_the_rival_s_win(ex, text):
    # "no worse than" was read by "worse than", a loss: GPT-4o's win over Gemini 2.5 Pro, the opposite of the claim
    found = ex.extract(Document("t.txt", text))
    assert [(f.kind, f.subject, f.competitors, f.direction) for f in found] == [
        ("matches", "gemini-2.5-pro", ["gpt-4o"], "at_least")
    ]


def test_a_loss_said_is_still_the_rival_s_win(ex):
    assert said(ex, "Gemini 2.5 Pro is worse than GPT-4o on MMLU.") == [
        ("outperforms", "gpt-4o", ["gemini-2.5-pro"], ["mmlu"])
    ]
