"""Claim-like sentences no net explained, made candidates (never silent): cue shapes the backstop
lacked, subjects written as a role, names the readers did not take, a ranking on a named benchmark with no model named,
and an ellipsis that repeats the sentence before's claim. Every sentence here was written for these tests from plain
English, none taken from a labelled set; each test has look-alikes that stay without a word, and fails with its rule
removed (checked)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [("draft", f.kind, f.subject) for f in found] + [
        (c.quote, c.location, c.reason, c.closest) for c in ex.candidates
    ]


def test_setting_a_standard_a_place_by_number_and_gaining_on_a_rival_are_cues(ex):
    text = "Zorb-7 sets new standards in legal drafting."
    assert said(ex, text) == [
        (
            text,
            "characters 0-44",
            "cue not understood: 'sets new standards' beside 'Zorb-7'; 'Zorb-7' is no name the catalog knows",
            [],
        )
    ]
    text = "Phi-4 raises the bar for small models on math."
    assert said(ex, text) == [(text, "characters 0-46", "cue not understood: 'raises the bar' beside 'Phi-4'", [])]
    # (a place by number after "at" is a ranking the lexicon reads: test_extract_places.py)
    assert said(ex, "Zorb-7 at #4 in this week's standings.") == [("draft", "ranks", "Zorb-7")]
    # (closing in on a named model is a match the lexicon reads: test_extract_gaining_and_called_names.py)
    text = "Quill-3 is closing in on its older sibling in blind tests."
    assert said(ex, text) == [
        (
            text,
            "characters 0-58",
            "cue not understood: 'closing in on' beside 'Quill-3'; 'Quill-3' is no name the catalog knows",
            [],
        )
    ]
    text = "Zorb-7 now reaches the accuracy level of Phi-4 on legal questions."
    assert said(ex, text) == [
        (text, "characters 0-66", "cue not understood: 'reaches the accuracy level of' beside 'Phi-4'", [])
    ]
    text = "Zorb-7 improves its reasoning capabilities on long tasks."
    assert said(ex, text) == [
        (
            text,
            "characters 0-57",
            "cue not understood: 'improves its reasoning capabilities' beside 'Zorb-7'; 'Zorb-7' is no name the catalog"
            " knows",
            [],
        )
    ]
    # look-alikes: a standard to comply with, an issue's number, a goal of money, a battery's life
    for text in (
        "Zorb-7 meets new standards for data privacy.",
        "Zorb-7 fixes bug #4 in the tokenizer.",
        "Zorb-7 is closing in on its funding goal.",
        "Zorb-7 improves its battery life.",
    ):
        assert said(ex, text) == [], text


def test_a_subject_written_as_a_role_or_a_contracted_it_is_never_silent(ex):
    text = (
        "Make of it what you will, but the pattern is plain: a 7B domain-tuned model outperformed every general chat "
        "model on contract review."
    )
    assert said(ex, text) == [
        (
            text,
            "characters 0-133",
            "no subject the catalog knows; the subject is written 'a 7B domain-tuned model', a pronoun or a role for a "
            "model named elsewhere",
            [],
        )
    ]
    text = "This new edition markedly boosts its accuracy on legal tasks."
    assert said(ex, text) == [
        (
            text,
            "characters 0-61",
            "the subject could not be read: 'This new edition' names no model (a pronoun or a role for a model named "
            "elsewhere), before the cue 'boosts its accuracy'",
            [],
        )
    ]
    text = "It’s cleverer than their previous flagship."
    assert said(ex, text) == [
        (
            text,
            "characters 0-43",
            "the subject could not be read: 'It' names no model (a pronoun or a role for a model named elsewhere), "
            "before the cue 'cleverer than'",
            [],
        )
    ]
    # look-alikes: no cue; a comparison about no model
    for text in (
        "The plan was simple: a 7B domain-tuned model for every team.",
        "This new edition ships with a printed manual.",
        "It's better than nothing.",
    ):
        assert said(ex, text) == [], text


def test_a_makers_product_and_a_name_a_systems_noun_ends_are_model_like(ex):
    text = "IBM Orbit Studio uses retrieval to deliver state-of-the-art accuracy on CodeArena."
    assert said(ex, text) == [
        (
            text,
            "characters 0-82",
            "cue not understood: 'state-of-the-art' beside 'IBM Orbit Studio'; 'IBM Orbit Studio' is no name the "
            "catalog knows",
            [],
        )
    ]
    text = "Early autonomous tools such as the Vega Code Agent (44% on SWE-bench Verified) now fix real bugs."
    assert said(ex, text) == [
        (
            text,
            "characters 0-97",
            "cue not understood: '44%' beside 'Vega Code Agent'; 'Vega Code Agent' is no name the catalog knows",
            [],
        )
    ]
    # look-alikes: a maker's lab, a kind of agent, a named agent with no result
    for text in (
        "Microsoft Research also reports state-of-the-art results for its models.",
        "Tools such as the Open Coding Agent (40% on SWE-bench Verified) are spreading.",
        "The Vega Code Agent was written in Rust and tested on SWE-bench Verified.",
    ):
        assert said(ex, text) == [], text


def test_a_ranking_on_a_named_benchmark_with_no_model_named_is_a_candidate(ex):
    text = "On long documents: leading results among open models on LongBench."
    assert said(ex, text) == [
        (
            text,
            "characters 0-66",
            "the subject could not be read: no model is named beside the cue 'leading' on LongBench (a model the "
            "context names: a heading, a list's title or the sentence before)",
            [],
        )
    ]
    # look-alikes: the cue is the benchmark's own word; a board's name
    for text in (
        "For long documents, the leading benchmark is LongBench.",
        "On long documents, the best-known test suite is LongBench.",
        "The LongBench leaderboard was updated on Monday.",
    ):
        assert said(ex, text) == [], text


def test_an_ellipsis_after_a_claim_says_it_again_of_another_model(ex):
    assert said(ex, "Acme says Zorb-7 tops the LongBench board. So does Quill-3, by its maker's count.") == [
        ("draft", "ranks", "Zorb-7"),
        (
            "So does Quill-3, by its maker's count.",
            "characters 43-81",
            "an ellipsis ('So does') says the sentence before's claim again of 'Quill-3': not read",
            [],
        ),
    ]
    assert said(ex, "Acme says Phi-4 beats GPT-4o on MMLU. The same goes for Zorb-7.") == [
        ("draft", "outperforms", "phi-4"),
        (
            "The same goes for Zorb-7.",
            "characters 38-63",
            "an ellipsis ('The same goes for') says the sentence before's claim again of 'Zorb-7': not read",
            [],
        ),
    ]
    # look-alikes: no claim before it; a claim in the paragraph before
    assert said(ex, "Zorb-7 shipped in May. So did Quill-3.") == []
    assert said(ex, "Acme says Phi-4 beats GPT-4o on MMLU.\n\nSo does Zorb-7, its makers say.") == [
        ("draft", "outperforms", "phi-4")
    ]
