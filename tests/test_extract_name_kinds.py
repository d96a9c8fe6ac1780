"""Names the catalog lacks, read where the text says they are a model's: the noun "model" after a name with a version
("its Zorbo 3 reasoning model beats ..."), a name heading what a verb of saying or showing says ("Evaluations show that
Zorbo 3 sets ..."), another version of a model the clause names as a cue's object ("Zorbo 3 improves over Zorbo 2"),
and a definition whose words hold a version, a bracket or any dash ("is a 560B Mixture-of-Experts (MoE) model").
Every sentence here was written for these tests, with look-alikes that must stay as they were. Catalog: the seed catalog plus the extraction fixtures'."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [
        (f.kind, f.subject, f.value if f.kind == "score" else f.competitors, f.benchmarks)
        for f in ex.extract(Document("t.txt", text))
    ]
    return found + [c.reason for c in ex.candidates]


def test_a_name_with_a_version_before_the_noun_model_is_a_models_name(ex):
    assert said(ex, "Acme said its Zorbo 3 reasoning model beats GPT-4o on MMLU.") == [
        ("outperforms", "Zorbo 3", ["gpt-4o"], ["mmlu"])
    ]
    assert said(ex, "On June 2, Acme's Zorbo 3.5 video generation model achieved 81.2% on MMLU.") == [
        ("score", "Zorbo 3.5", 81.2, ["mmlu"])
    ]
    [found] = ex.extract(Document("t.txt", "Acme said its Zorbo 3 reasoning model beats GPT-4o on MMLU."))
    assert found.uncatalogued == ["Zorbo 3"]
    assert "(read as a model's name by its shape and its place before 'reasoning model')" in found.review[0]


def test_no_name_read_from_the_noun_model_where_the_words_say_otherwise(ex):
    # no version: a word before "model" may be anything ("the Zorbo model", an architecture's "MoE model")
    assert said(ex, "Acme said the Zorbo reasoning model beats GPT-4o on MMLU.") == [
        "the subject could not be read: 'the Zorbo reasoning model' names no model"
    ]
    assert said(ex, "Acme's powerful MoE model beats GPT-4o on MMLU.") == ["no subject the catalog knows"]
    # "a ... model": the words say what kind, a licence or a size among them
    assert said(ex, "Orbix is a small Apache 2.0 vision-language model that matches GPT-4o on MMLU.") == [
        ("matches", "Orbix", ["gpt-4o"], ["mmlu"])
    ]
    # a number before "billion" is a size, no version of the name
    assert said(ex, "Acme's Zorbo 3 405 billion-parameter language model beats GPT-4o on MMLU.") == [
        "no subject the catalog knows: 'Zorbo 3 405'"
    ]
    # no word of what kind between: "Zorbo 3 model" may be a product's model
    assert said(ex, "Acme's Zorbo 3 model beats GPT-4o on MMLU.") == ["no subject the catalog knows: 'Zorbo 3'"]
    # a name in lower case: words joined by dashes before "model" ("fine-tuned-7b") are no name
    assert said(ex, "The fine-tuned-7b reasoning model beats GPT-4o on MMLU.") == [
        "no subject the catalog knows: 'fine-tuned-7b'"
    ]
    # a word that joins names: "Zorbo 3 and other models"
    assert said(ex, "Zorbo 3 and other open model families trail GPT-4o on MMLU.") == [
        "no subject the catalog knows: 'Zorbo 3'"
    ]


def test_a_name_heading_what_a_verb_of_saying_or_showing_says_is_its_subject(ex):
    assert said(ex, "Evaluations demonstrate that Zorbo 3 establishes new state-of-the-art performance on MMLU.") == [
        ("ranks", "Zorbo 3", [], ["mmlu"])
    ]
    assert said(ex, "Acme reported that Zorbo 3 reportedly outscored GPT-4o on MMLU.") == [
        ("outperforms", "Zorbo 3", ["gpt-4o"], ["mmlu"])
    ]
    # "that" of a relative clause: the name after it is the one who says so, never the subject
    assert said(ex, "It is a 32B model that Acme2 described as the first open model to outperform GPT-4o on MMLU.") == [
        "no subject the catalog knows: 'Acme2'"
    ]


def test_another_version_of_a_model_the_clause_names_is_a_cues_object(ex):
    assert said(ex, "Zorbo 3 shows significant improvements over Zorbo 2 on MMLU.") == [
        ("outperforms", "Zorbo 3", ["Zorbo 2"], ["mmlu"])
    ]
    assert said(ex, "Zorbo-3 beats Zorbo-2 and GPT-4o on MMLU.") == [
        ("outperforms", "Zorbo-3", ["Zorbo-2", "gpt-4o"], ["mmlu"])
    ]
    # a platform's next version is no rival, whatever its shape
    assert said(ex, "Windows 11 outperforms Windows 10 on MMLU.") == [
        "no competitor the catalog knows: 'Windows 10'; names the catalog does not know: 'Windows 11'"
    ]
    # a plain version of another name is no model's by itself
    assert said(ex, "Zorbo 3 beats Windows 11 on MMLU.") == [
        "no competitor the catalog knows: 'Windows 11'; names the catalog does not know: 'Zorbo 3'"
    ]


def test_a_definition_may_hold_a_version_a_bracket_or_any_dash(ex):
    text = "Zorbo-9000, a 560 billion-parameter Mixture-of-Experts (MoE) model, scored 71.2% on MMLU."
    assert said(ex, text) == [("score", "Zorbo-9000", 71.2, ["mmlu"])]
    assert said(ex, "Zorbo-9000, a sub-2B Apache 2.0 model, scored 71.2% on MMLU.") == [
        ("score", "Zorbo-9000", 71.2, ["mmlu"])
    ]
