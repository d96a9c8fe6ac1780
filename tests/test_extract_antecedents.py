"""What "it", "the model" or an unnamed subject may stand for: only a model named where a subject stands. A model a
sentence names only after its cue ("it surpasses GPT-4o"), a model the document's address names after a win
(".../orca-7-outperforming-gpt-4o"), a model a phrase names before the pronoun ("Unlike GPT-4o, it beats ...") or one
an earlier cue of the clause beats ("surpassing GPT-4o ..., and exceeding ...") is one the text's model is compared
with, never the model the pronoun means; where no other model can be meant, the sentence gives a candidate. Every
sentence here was written for these tests. Catalog: the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str, name: str = "t.txt") -> list:
    found = [
        (f.kind, f.subject, f.competitors, f.top if f.kind == "ranks" else f.value, f.benchmarks)
        for f in ex.extract(Document(name, text))
    ]
    return found + [c.reason for c in ex.candidates]


def test_a_model_named_only_after_a_cue_is_never_what_it_means_in_the_next_sentence(ex):
    text = (
        "With only 8B parameters, it surpasses GPT-4o and Gemini 1.5 Pro on MMMU. "
        "It also outperforms Claude 3.5 Sonnet on MathVista."
    )
    assert said(ex, text) == [
        "the subject could not be read: 'it' names no model",
        "the subject could not be read: 'It' names no model",
    ]
    # the model the text introduces before them is what both mean
    assert said(ex, "Orca-7 was released today. " + text) == [
        ("outperforms", "Orca-7", ["gpt-4o", "gemini-1.5-pro"], None, ["MMMU"]),
        ("outperforms", "Orca-7", ["claude-3.5-sonnet"], None, ["MathVista"]),
    ]
    # a model the sentence before names with no cue is one
    assert said(ex, "GPT-4o was released in May. It beats Claude 3.5 Sonnet on MMLU.") == [
        ("outperforms", "gpt-4o", ["claude-3.5-sonnet"], None, ["mmlu"]),
    ]


def test_a_text_whose_models_are_all_beaten_is_about_none_of_them(ex):
    text = "It beats GPT-4o on MMLU. It also tops GPT-4o and o3-mini on GPQA. The model ranks first on MATH."
    assert said(ex, text) == [
        "the subject could not be read: 'It' names no model",
        "the subject could not be read: 'It' names no model",
        "the subject could not be read: 'The model' names no model",
    ]


def test_a_model_the_address_names_after_a_win_is_no_model_the_page_is_about(ex):
    text = "This model, which outperforms o3-mini, ranks first on MMLU."
    assert said(ex, text, "https://example.org/news/orca-7-outperforming-gpt-4o-on-mmlu") == [
        "the subject could not be read: 'This model' names no model",
    ]
    # the address's one model, named where a subject stands
    assert said(ex, text, "https://example.org/news/gpt-4o-tops-mmlu") == [
        ("outperforms", "gpt-4o", ["o3-mini"], None, ["mmlu"]),
        ("ranks", "gpt-4o", [], 1, ["mmlu"]),
    ]


def test_the_models_a_phrase_names_before_it_are_never_what_it_means_and_them_are_those(ex):
    text = "Despite being a fraction of the size of GPT-4o or Llama 3.1 405B, it outperforms them on MMLU."
    assert said(ex, "Orca-7 was released today. " + text) == [
        ("outperforms", "Orca-7", ["gpt-4o", "llama-3.1-405b"], None, ["mmlu"]),
    ]
    found = ex.extract(Document("t.txt", "Orca-7 was released today. " + text))
    assert found[0].review[0] == "'them' read as GPT-4o, Llama 3.1 405B, named before the subject 'it'"
    assert said(ex, text) == ["the subject could not be read: 'it' names no model"]
    assert said(ex, "Unlike GPT-4o, it beats o3-mini on MMLU.") == [
        "the subject could not be read: 'it' names no model"
    ]
    # a name, not a pronoun, after the phrase is the subject, as before
    assert said(ex, "Unlike GPT-4o, Orca-7 beats o3-mini on MMLU.") == [
        ("outperforms", "Orca-7", ["o3-mini"], None, ["mmlu"]),
    ]


def test_a_model_an_earlier_cue_of_the_clause_beats_is_never_what_it_means(ex):
    text = "It demonstrates strong results, surpassing GPT-4o and o3-mini, and exceeding Claude 3.5 Sonnet on GPQA."
    assert said(ex, text) == ["the subject could not be read: 'It' names no model"]
    assert said(ex, "Orca-7 was released today. " + text) == [
        ("outperforms", "Orca-7", ["gpt-4o", "o3-mini"], None, ["gpqa"]),
        ("outperforms", "Orca-7", ["claude-3.5-sonnet"], None, ["gpqa"]),
    ]
    # nor a model the sentence before names, where the clause beats it before its cue
    text = "GPT-4o set the bar on MMLU last year. " + text
    assert said(ex, text) == ["the subject could not be read: 'It' names no model"]
