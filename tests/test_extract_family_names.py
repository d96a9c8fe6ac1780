"""A family's word with a further capitalised word the catalog's names of that family do not go on with ("Kimi
Linear"), and a family's word alone where no catalog model bears it ("Aya"), used where a model's name stands, are
names the catalog lacks: drafted as written with a review note and the closest catalog names, never resolved to a
catalog member. Sentences written for the rules, not taken from a labelled set. Catalog: the seed catalog plus the
extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml), which holds Kimi K2 and no Aya, ERNIE or EXAONE."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value) for f in found]


def notes(ex: Extractor, text: str) -> list[str]:
    return [
        n
        for f in ex.extract(Document("t.txt", text))
        for n in f.review
        if "not in the catalog" in n and not n.startswith("uncatalogued:")
    ]


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_family_and_a_word_the_catalog_lacks_is_a_name_as_written(ex):
    # each was a candidate ("a family named, not a model: 'Kimi'"), or a score given to no one
    text = "Kimi Linear beats Qwen2.5-7B on GSM8K."
    assert read(ex, text) == [("Kimi Linear", "outperforms", ["qwen2.5-7b"], ["gsm8k"], "all", None)]
    assert notes(ex, text) == ["'Kimi Linear' is not in the catalog (closest: Kimi K2, Kimi K2 Thinking)"]
    assert read(ex, "On MMLU, Kimi Researcher reaches 71.4%.") == [
        ("Kimi Researcher", "score", [], ["mmlu"], "all", 71.4)
    ]
    assert read(ex, "Qwen2.5-7B trails ERNIE Speed on GSM8K.") == [
        ("ERNIE Speed", "outperforms", ["qwen2.5-7b"], ["gsm8k"], "all", None)
    ]
    # look-alikes: a catalog member still resolves; a word of the family's catalog names ("Claude Sonnet" may be any
    # Sonnet) and a series ("the ... models") stay families; a team, a company and a cue written with a capital are
    # no model's words
    assert read(ex, "Kimi K2 beats Qwen2.5-7B on GSM8K.") == [
        ("kimi-k2", "outperforms", ["qwen2.5-7b"], ["gsm8k"], "all", None)
    ]
    assert read(ex, "Claude Sonnet beats Qwen2.5-7B on MMLU.") == []
    assert read(ex, "The ERNIE Speed models beat Qwen2.5-7B on GSM8K.") == []
    assert read(ex, "The Kimi Team reports that Kimi K2 beats Qwen2.5-7B on GSM8K.") == [
        ("kimi-k2", "outperforms", ["qwen2.5-7b"], ["gsm8k"], "all", None)
    ]
    assert read(ex, "Baichuan Intelligence beats Qwen2.5-7B on GSM8K.") == []
    assert reasons(ex) == ["no subject the catalog knows; a family named, not a model: 'Baichuan'"]
    assert read(ex, "Kimi Beats Qwen2.5-7B on GSM8K.") == []
    assert reasons(ex) == ["no subject the catalog knows; a family named, not a model: 'Kimi'"]


def test_a_family_alone_that_no_catalog_model_bears_is_a_name_where_a_model_stands(ex):
    # "Aya beats ..." was "a family named, not a model: 'Aya'", although no catalog model is an Aya
    text = "Aya beats Qwen2.5-7B on GSM8K."
    assert read(ex, text) == [("Aya", "outperforms", ["qwen2.5-7b"], ["gsm8k"], "all", None)]
    assert notes(ex, text) == ["'Aya' is not in the catalog (a family's name alone, which no catalog model bears)"]
    # ... with its maker's name in front, as written
    assert read(ex, "Cohere Aya ranked first on GSM8K.") == [("Cohere Aya", "ranks", [], ["gsm8k"], "all", None)]
    # look-alikes: a family the catalog has stays a family; a family's word where no model's name stands is no model
    assert read(ex, "Claude beats Qwen2.5-7B on MMLU.") == []
    assert reasons(ex)[0].startswith("no subject the catalog knows; a family named, not a model: 'Claude'")
    assert read(ex, "Kimi K2 beats Qwen2.5-7B on GSM8K, a win for the Aya community.") == [
        ("kimi-k2", "outperforms", ["qwen2.5-7b"], ["gsm8k"], "all", None)
    ]
    assert read(ex, "Kimi K2 beats Qwen2.5-7B on the Aya evaluation suite.") == [
        ("kimi-k2", "outperforms", ["qwen2.5-7b"], "shared", "all", None)
    ]
    assert read(ex, "The EXAONE models beat Qwen2.5-7B on GSM8K.") == []
