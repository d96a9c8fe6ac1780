"""A score said with a win right after its object ("X outperforms A and B with a score of 86.2%") is the winner's,
never the last rival's: where no winner could be read ("The new version outperforms GPT-4o and Llama 3 70B with a score
of 86.2% on MMLU"), the draft gave the number to Llama 3 70B. Every sentence here was written for these tests. Catalog:
the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [(f.kind, f.subject, f.competitors, f.value) for f in ex.extract(Document("t.txt", text))]
    return found + [c.reason for c in ex.candidates]


def test_a_score_with_a_win_is_no_rivals(ex):
    assert said(ex, "The new version outperforms GPT-4o and Llama 3 70B with a score of 86.2% on MMLU.") == [
        "the subject could not be read: 'The new version' names no model; names the catalog does not know: "
        "'Llama 3 70B'"
    ]


def test_a_score_with_a_win_is_the_winners(ex):
    assert said(ex, "Zorb-7 outperforms GPT-4o and Llama 3 70B with a score of 86.2% on MMLU.") == [
        ("outperforms", "Zorb-7", ["gpt-4o", "Llama 3 70B"], None),
        ("score", "Zorb-7", [], 86.2),
    ]
