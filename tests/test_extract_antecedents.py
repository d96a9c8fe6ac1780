"""A pronoun or a role heading a claim ("It", "The model", "These models", "They") stands for the model the sentence
before introduces, also where that sentence names it only by a name of a model's shape that no family starts: heading
the sentence with a verb or an apposition after it ("Zorblax 3 breaks that tradeoff.", "ZetaLM, a reasoning model,
boasts ..."), or right after the word "model" ("the new language model Orbit-7X"). Such a name is never drafted by
itself. Sentences written for the rule, not taken from a labelled set. Catalog: the seed catalog plus
tests/fixtures/extract/catalog.yaml."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value) for f in found]


def test_a_pronoun_stands_for_the_model_the_sentence_before_introduces_by_its_shape(ex):
    # each was a candidate ("the subject could not be read: 'The model' names no model")
    text = "Zorblax 3 breaks that tradeoff. The model ranks first on MMLU."
    assert read(ex, text) == [("Zorblax 3", "ranks", [], ["mmlu"], "all", None)]
    notes = [n for f in ex.extract(Document("t.txt", text)) for n in f.review]
    assert "'The model' read as Zorblax 3, the model the sentence before names first" in notes
    assert read(ex, "ZetaLM, a reasoning model, boasts 32 billion parameters. It beats Phi-4 on GSM8K.") == [
        ("ZetaLM", "outperforms", ["phi-4"], ["gsm8k"], "all", None)
    ]
    assert read(
        ex, "We look at the new multimodal language model Orbit-7X by Acme. These models beat Phi-4 on MMLU."
    ) == [("Orbit-7X", "outperforms", ["phi-4"], ["mmlu"], "all", None)]
    assert read(ex, "Zorblax 3 was trained on 50B tokens. It ranks first on MMLU.") == [
        ("Zorblax 3", "ranks", [], ["mmlu"], "all", None)
    ]
    # look-alikes: a shape that is no model's, a copula that says nothing of a model, a claim naming its own subject
    assert read(ex, "Figure 3 shows the results. The model ranks first on MMLU.") == []
    assert read(ex, "Windows 11 is popular. It beats Phi-4 on MMLU.") == []
    assert read(ex, "Zorblax 3 breaks that tradeoff. Phi-4 ranks first on MMLU.") == [
        ("phi-4", "ranks", [], ["mmlu"], "all", None)
    ]


def test_plural_pronouns_stand_for_the_model_named_before(ex):
    # "These models", "The models", "They" were no pronouns: a ranking with no rival named had no subject (a claim with
    # a rival after its cue was read as the text's main model already)
    assert read(ex, "Orbit-7X is an open model. These models rank first on MMLU.") == [
        ("Orbit-7X", "ranks", [], ["mmlu"], "all", None)
    ]
    assert read(ex, "Orbit-7X is an open model. They achieve state-of-the-art results on MMLU.") == [
        ("Orbit-7X", "ranks", [], ["mmlu"], "all", None)
    ]
    assert read(ex, "Kimi K2 is out. The models rank first on GSM8K.") == [
        ("kimi-k2", "ranks", [], ["gsm8k"], "all", None)
    ]
    # look-alike: a subject named before the cue is the subject, "the models" after it or not
    assert read(ex, "Kimi K2 is out. Phi-4 beats the models on MMLU.") == []
