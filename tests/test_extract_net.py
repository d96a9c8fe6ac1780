"""The candidate net's last word (harness/extract/net.py): a sentence with a cue the extractor knows and a model-like
name gives a draft or a candidate, whatever hole the net's own tests have. Sentences written for these tests."""

import pytest

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor
from harness.extract.net import last_word


def said(ex: Extractor, text: str) -> list[tuple[str, str, list[str]]]:
    found = ex.extract(Document("t.txt", text))
    return [("draft", f.subject, []) for f in found] + [(c.quote, c.reason, c.closest) for c in ex.candidates]


@pytest.fixture
def holed(ex, monkeypatch):
    """The extractor with its candidate net gone: what a hole in it would leave."""
    monkeypatch.setattr(Extractor, "_candidate", lambda self, sentence, offset: None)
    return ex


def test_a_cue_and_a_model_like_name_that_nothing_else_explained_give_a_candidate_naming_both(holed):
    assert said(holed, "Sky-T9 trails Orca-3 in our evals.") == [
        ("Sky-T9 trails Orca-3 in our evals.", "cue 'trails' beside 'Sky-T9' not understood", []),
    ]
    # the name nearest the cue; a catalog model's name as written, with no closest names
    assert said(holed, "Back in March, the newest release, Gemma 3 27B, was the strongest of them.") == [
        (
            "Back in March, the newest release, Gemma 3 27B, was the strongest of them.",
            "cue 'strongest' beside 'Gemma 3 27B' not understood",
            [],
        ),
    ]
    # the net's own words ("vs", "wins", "leaderboard") are cues; a family's name alone is a model-like name
    assert said(holed, "Mixtral wins again.") == [
        (
            "Mixtral wins again.",
            "cue 'wins' beside 'Mixtral' not understood",
            ["Mixtral 8x7B", "Mistral 7B", "Ministral 8B"],
        ),
    ]
    # where the sentence is in a document, its place
    holed.extract(Document("t.txt", "Plain words.\n\nOn reflection, Quokka-2 leads."))
    [c] = holed.candidates
    assert (c.location, c.reason) == ("characters 14-44", "cue 'leads' beside 'Quokka-2' not understood")


def test_no_cue_no_model_like_name_or_a_cue_set_aside_stays_silent(holed):
    for text in (
        "Sky-T9 was released in May with open weights.",  # a name, no cue
        "Our team tops the charts for the third year.",  # a cue, no model-like name
        "Revenue in Q3 grew faster than in Q2.",  # a quarter is no model
        "The H100 is ahead of the A100 in memory bandwidth.",  # nor is a chip
        "Sky-T9 is three times faster than Orca-3.",  # speed: read, and no claim of a result
        "Sky-T9 costs less than Orca-3 per token.",
        "Sky-T9 might beat Orca-3 next year.",  # a guess
    ):
        assert said(holed, text) == [], text


def test_the_net_speaks_only_where_nothing_else_did(ex):
    # a draft: no candidate besides it
    assert said(ex, "Zephyr-7B beats GPT-4o on MMLU.") == [("draft", "Zephyr-7B", [])]
    # the candidate net's own reason stands, with no second candidate for the sentence
    # ("the new leader" is a lexicon phrase now: a ranking, whose candidate says no result is named)
    assert said(ex, "Nemotron-70B is a podium finisher.") == [
        (
            "Nemotron-70B is a podium finisher.",
            "cue not understood: 'podium' is no phrase of the lexicon; names the catalog does not know: 'Nemotron-70B'",
            [],
        ),
    ]


def test_last_word_reads_the_cue_and_the_name_nearest_it(ex):
    c = last_word(ex, "Against all odds, in a later test, Sky-T9 came out ahead of Orca-3.", 0, [])
    assert c.reason == "cue 'Against' beside 'Sky-T9' not understood"
    assert last_word(ex, "Sky-T9 was released in May.", 0, []) is None
    assert last_word(ex, "The Lakers beat the Celtics.", 0, []) is None
