"""The backstop (harness/extract/backstop.py): a sentence with a model-like name and a cue of comparison, ranking or a
quoted score that no other net explained gets a candidate, never a draft; one cue family per test, each with
look-alikes that stay without a word (no model-like name; no cue; a cue about price, a release or a hedge). Sentences
written for these tests from the families' plain-English words, none taken from a labelled set. Each test fails with
the backstop's hook in lexicon.py removed (checked)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [("draft", f.subject) for f in found] + [(c.quote, c.location, c.reason, c.closest) for c in ex.candidates]


def test_a_verb_or_phrase_of_winning_losing_or_matching_the_lexicon_lacks_gives_a_candidate(ex):
    text = "Zorb-7 narrowly takes down Phi4-Max in blind tests."
    assert said(ex, text) == [
        (
            text,
            "characters 0-51",
            "cue not understood: 'takes down' beside 'Phi4-Max'; 'Phi4-Max' is no name the catalog knows",
            ["Phi-4", "Phi-4-reasoning"],
        )
    ]
    text = "Zorb-7 comes within two points of Phi-4."
    assert said(ex, text) == [(text, "characters 0-40", "cue not understood: 'within two points' beside 'Phi-4'", [])]
    # a comparative with no "than" ("improved performance over"), and one in a clause that is also about speed
    text = "Phi-4 brings improved performance over its forerunner."
    assert said(ex, text) == [
        (text, "characters 0-54", "cue not understood: 'improved performance' beside 'Phi-4'", [])
    ]
    text = "Zorb-7 is faster and more accurate than Phi-4."
    assert said(ex, text) == [(text, "characters 0-46", "cue not understood: 'more accurate than' beside 'Phi-4'", [])]
    # look-alikes: a cue and no model-like name; a model-like name and no cue
    assert said(ex, "Our team beat the deadline by two weeks.") == []
    assert said(ex, "Zorb-7 ships with a 128k context window.") == []


def test_a_superlative_or_a_word_of_rank_the_lexicon_lacks_gives_a_candidate(ex):
    text = "Phi-4 offers the most advanced reasoning in its class."
    assert said(ex, text) == [(text, "characters 0-54", "cue not understood: 'most advanced' beside 'Phi-4'", [])]
    text = "Zorb-7 sets new highs on three reasoning tests."
    assert said(ex, text) == [
        (
            text,
            "characters 0-47",
            "cue not understood: 'new highs' beside 'Zorb-7'; 'Zorb-7' is no name the catalog knows",
            [],
        )  # fmt: skip
    ]
    # "Its" heading a sentence about models stands for the model named before it
    assert said(ex, "It was released in May. Its reasoning is best-in-class among open models.") == [
        (
            "Its reasoning is best-in-class among open models.",
            "characters 24-73",
            "the subject could not be read: 'Its' names no model (a model named elsewhere)",
            [],
        )
    ]
    # look-alikes: a superlative in a sentence about no model, whether or not a capitalised word heads it
    assert said(ex, "The best way to learn Python is to write code.") == []
    assert said(ex, "Python is the best language for data work.") == []


def test_a_score_beside_a_benchmark_or_a_name_heading_the_sentence_gives_a_candidate(ex):
    # a name no reader takes (no digit, no family), beside a score on a benchmark-like name
    text = "Hymba lands 71.2% on Vibe-Bench."
    assert said(ex, text) == [
        (
            text,
            "characters 0-32",
            "cue not understood: '71.2%' beside 'Hymba'; 'Hymba' is no name the catalog knows",
            [],
        )
    ]
    # ... or heading a sentence about models, before its verb and after an aside between commas
    text = "Fanar, a new Arabic assistant, is state-of-the-art among models of its size."
    assert said(ex, text) == [
        (
            text,
            "characters 0-76",
            "cue not understood: 'state-of-the-art' beside 'Fanar'; 'Fanar' is no name the catalog knows",
            [],
        )
    ]
    # look-alikes: a percentage with nothing like a benchmark; a version's number is no score
    assert said(ex, "Hymba lands 71.2% of its sales in Europe.") == []
    assert said(ex, "Zorb 2.5 was tested on Vibe-Bench.") == []


def test_a_cue_about_a_release_or_price_or_in_a_hedge_stays_without_a_word(ex):
    # the same cues as above, about a date, a web page or money, or guessed: no claim of performance, no candidate
    for text in (
        "Zorb-7 was the first model to be released under Apache 2.0.",
        "Zorb-7 took down its launch page for a week.",
        "Zorb-7 is cheaper than Phi-4.",
        "Zorb-7 could be within two points of Phi-4 next year.",
    ):
        assert said(ex, text) == [], text
    # ... while the same cue about no release is one
    text = "Zorb-7 was the first model to clear the bar set by Phi-4."
    assert said(ex, text) == [
        (
            text,
            "characters 0-57",
            "cue not understood: 'the first model to' beside 'Zorb-7'; 'Zorb-7' is no name the catalog knows",
            [],
        )
    ]
