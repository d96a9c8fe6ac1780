"""Rules from the eighth fresh check set's misses and from the rules the label conventions brought (issue 24), each
tested on sentences written for it, with look-alikes that must stay as they were. Catalog: the seed catalog plus the
extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value) for f in found]


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_clause_of_scores_carries_its_model_into_a_clause_that_names_others_only_after_its_cue(ex):
    # "X scored 61 and ranked first ..., closely following Y": the ranking was lost where the score was read (the
    # next clause names Y, after its cue, so the scored model was not carried)
    text = "On MMLU, Phi-4 scored 80.1% and ranked first among open models, closely following GPT-4o."
    assert read(ex, text) == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.1),
        ("phi-4", "ranks", [], ["mmlu"], "all", None),
        ("gpt-4o", "outperforms", ["phi-4"], ["mmlu"], "all", None),
    ]
    # look-alikes: a model named before the next clause's cue is its subject
    assert read(ex, "Phi-4 scored 80.1% on MMLU, and GPT-4o ranked second.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.1),
        ("gpt-4o", "ranks", [], ["mmlu"], "all", None),
    ]
    assert read(ex, "Phi-4 scored 80.1% on MMLU, while GPT-4o scores 70% on GPQA.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.1),
        ("gpt-4o", "score", [], ["gpqa"], "all", 70.0),
    ]
