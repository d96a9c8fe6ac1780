"""Never silent: a sentence with a cue or a quoted score and a model-like name that gives no draft is a candidate
whose reason says what could not be read (a subject named nowhere, a family named instead of a model).
Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from pathlib import Path

import pytest

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor

REPO = Path(__file__).parent.parent


def candidates(ex: Extractor, text: str) -> list[tuple]:
    assert ex.extract(Document("t.txt", text)) == []
    return [(c.reason, c.closest) for c in ex.candidates]


@pytest.mark.parametrize(
    ("text", "reason", "closest"),
    [
        ("Our model outperforms GPT-4o on MMLU.", "the subject could not be read: 'Our model' names no model", []),
        ("Our model scores 88.6% on MMLU.", "the subject could not be read: 'Our model' names no model", []),
        ("It scores 88.6% on MMLU.", "the subject could not be read: 'It' names no model", []),
        (
            "Maybe, but their 72B model surpasses Llama 3 70B on so many metrics.",
            # the closest names are kept for Llama 3 70B, which the catalog lacks, and the reason says they are its
            "the subject could not be read: 'their 72B model' names no model; names the catalog does not know: "
            "'Llama 3 70B'",
            ["Llama 3.3 70B", "Llama 2 70B", "Llama 3.1 405B"],
        ),
    ],
)
def test_a_subject_named_nowhere_is_a_candidate_that_says_so(ex, text, reason, closest):
    assert candidates(ex, text) == [(reason, closest)]


def test_a_family_named_instead_of_a_model_is_a_candidate_with_the_familys_models(ex):
    assert candidates(ex, "Mixtral outperforms Claude on MMLU.") == [
        (
            "no subject the catalog knows; a family named, not a model: 'Mixtral', 'Claude'",
            ["Mixtral 8x7B", "Claude Sonnet 4.5", "Claude 3.7 Sonnet", "Claude 3.5 Sonnet"],
        )
    ]
    # look-alikes: no cue; no model and no benchmark; no cue and no score; developers, not families
    for text in (
        "Claude wrote a poem yesterday.",
        "Our team scored a goal in the 88th minute.",
        "The model card lists twelve benchmarks.",
        "Mistral AI raised more funding than OpenAI this year.",
    ):
        assert ex.extract(Document("t.txt", text)) == [] and ex.candidates == [], text
