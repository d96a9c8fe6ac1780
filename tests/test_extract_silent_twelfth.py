"""Never silent, on shapes that a claim-like sentence met with no word (never silent): a sentence in German quotes
after another, a maker's product ("Google Quasar Studio", "Google's Quasar tiny.en") and a rival it is "measured against", a name after a sentence's
opening word that the document's name says it is about ("Yet Quasar beat them all" in ".../quasar-tts-model-..."), a
writer's own model and "These results" at the head, a name in quotes described as a model, a win over rivals described
by their size, and areas listed after a ranking with no model named. Every sentence here was written for these tests;
the look-alikes stay without a word. Catalog: the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor
from harness.extract.maker_names import maker_products

_CONTEXT = "(a model the context names: a heading, a list's title or the sentence before)"


def said(ex: Extractor, text: str, name: str = "t.txt") -> list:
    return [f.kind for f in ex.extract(Document(name, text))] + [c.reason for c in ex.candidates]


def test_a_sentence_opening_with_a_german_quote_is_a_sentence_of_its_own():
    text = "Zorb 7B is free under the Apache licence. »Zorb 7B-chat« is roughly comparable with the base version."
    assert [s for _, s in Document("t.txt", text).sentences()] == [
        "Zorb 7B is free under the Apache licence.",
        "»Zorb 7B-chat« is roughly comparable with the base version.",
    ]


def test_a_makers_product_is_a_model_like_name(ex):
    assert said(ex, "Humans score ~90% on the Gaia benchmark; Google Quasar Studio peaks at 71%.") == [
        "cue not understood: '90%' beside 'Google Quasar Studio'; 'Google Quasar Studio' is no name the catalog knows"
    ]
    assert said(
        ex,
        "When measured against Google’s Quasar tiny.en, Vela Mini shows a 4x reduction in compute with no increase in error rates.",
    ) == [
        "cue not understood: 'measured against' beside 'Quasar tiny.en'; 'Quasar tiny.en' is no name the catalog knows"
    ]


def test_a_makers_lab_or_hardware_is_no_product(ex):
    assert maker_products(ex.names, "Microsoft Research and Meta AI beat NVIDIA H100 and NVIDIA RTX 5090 runs.") == []
    assert maker_products(ex.names, "Google’s Quasar tiny.en and OpenAI Deep Research And more") == [
        (9, 23, "Quasar tiny.en"),
        (28, 48, "OpenAI Deep Research"),
    ]


def test_a_name_the_documents_name_is_about_after_an_opening_word(ex):
    text = "Yet Quasar beat them all with a fraction of the data."
    assert said(ex, text, "https://example.org/quasar-tts-model-tops-the-arena") == [
        "cue not understood: 'beat' beside 'Quasar'; 'Quasar' is no name the catalog knows"
    ]
    assert said(ex, text, "https://example.org/lakers-season-review") == []  # no document about models


def test_a_writers_own_model_and_these_results_stand_for_a_model(ex):
    assert said(ex, "These results advance the state of the art for models of this size.") == [
        "the subject could not be read: 'These results' names no model (a pronoun or a role for a model named "
        "elsewhere), before the cue 'state of the art'"
    ]
    assert said(ex, "My zeta-merge model just ranked 3rd out of thousands of 7B models.") == [
        "the subject could not be read: 'My zeta-merge model' names no model (a pronoun or a role for a model named "
        "elsewhere), before the cue 'ranked'"
    ]


def test_a_name_in_quotes_described_as_a_model(ex):
    text = (
        "The paper presents 'Vela,' an open-source video generation model from Acme that outperforms existing models "
        "using a new architecture."
    )
    assert said(ex, text) == ["cue not understood: 'outperforms' beside 'Vela'; 'Vela' is no name the catalog knows"]


def test_rivals_described_by_their_size_do_not_set_a_win_aside(ex):
    text = (
        "This remarkable 60-million-parameter model has shattered records by achieving the #1 ranking in Zorb Arena, "
        "outperforming models with 5-10 times more parameters."
    )
    assert said(ex, text) == [
        "no subject the catalog knows; the subject is written 'This remarkable 60-million-parameter model', a pronoun "
        "or a role for a model named elsewhere"
    ]
    assert said(ex, "Zorb-7 has 10 times more parameters than Quill-3.") == []  # size itself: no result


def test_areas_listed_after_a_ranking_with_no_model_named(ex):
    assert said(ex, "Highlights: best mid-size coding in its class, math, science.") == [
        f"the subject could not be read: no model is named beside the cue 'best' ('coding') {_CONTEXT}"
    ]
    # a group of models, the areas far from the cue
    assert (
        said(ex, "Nine of the ten top models are reasoning models, a sign of what reasoning does for math and coding.")
        == []
    )
