"""A catalog family's word alone, listed between two models' names among a comparison's objects ("outperforms GPT-3.5,
Gemini, and Meditron-70B"), is a rival kept as written, with a note to name which of its models: the draft left it out
unsaid (lone family words as rivals). At either end of the list, or alone, it stays a family, as
before: there it may be its maker's line of models. Every sentence here was written for these tests. Catalog: the seed
catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [(f.kind, f.subject, f.competitors) for f in ex.extract(Document("t.txt", text))]
    return found + [c.reason for c in ex.candidates]


def test_a_family_listed_between_two_models_is_a_rival(ex):
    text = "Zorb-7 outperforms GPT-4o, Gemini and Llama 3 70B on MMLU."
    assert said(ex, text) == [("outperforms", "Zorb-7", ["gpt-4o", "Gemini", "Llama 3 70B"])]
    [found] = ex.extract(Document("t.txt", text))
    assert [r for r in found.review if r.startswith("'Gemini'")] == [
        "'Gemini' is not in the catalog (closest: Gemini 3 Pro, Gemini 2.5 Pro, Gemini 1.5 Pro) (a family listed among "
        "the models compared, not a model: name which of its models)"
    ]


def test_a_family_at_the_end_of_a_list_or_alone_stays_a_family(ex):
    assert said(ex, "Zorb-7 outperforms GPT-4o and Gemini on MMLU.") == [("outperforms", "Zorb-7", ["gpt-4o"])]
    assert said(ex, "Zorb-7 outperforms Gemini on MMLU.") == [
        "no competitor the catalog knows; names the catalog does not know: 'Zorb-7'; a family named, not a model: 'Gemini'"
    ]
