"""A win rate against a named model is a pairwise comparison, not a score on the benchmark (the labelled
sets' convention, "pairwise win rates are not scores"; it was the sixth fresh check set's one false alarm). Tested on
sentences written for the rule, with look-alikes that must not change. Catalog: the seed catalog plus the extraction
fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_win_rate_against_a_named_model_is_no_score(ex):
    # each was a score claim of the win rate on the benchmark (the last one GPT-4o's)
    assert read(ex, "On Arena-Hard, Phi-4 posts a 61.2% win rate against GPT-4o.") == []
    assert reasons(ex) == ["61.2 is a win rate against a named model, a pairwise comparison, not a score"]
    assert read(ex, "Phi-4 reached a win rate of 57 percent over GPT-4o on Arena-Hard.") == []
    assert reasons(ex) == ["57 is a win rate against a named model, a pairwise comparison, not a score"]
    # the claim beside it stays, without the win rate's score
    assert read(ex, "Phi-4 beats Llama 3 8B on GPQA and has a 70.4% win rate against GPT-4o on Arena-Hard.") == [
        ("phi-4", "outperforms", ["Llama 3 8B"], ["gpqa"], "all", None)
    ]


def test_look_alikes_a_score_beside_a_model_and_a_win_rate_with_no_rival_stay_scores(ex):
    assert read(ex, "On Arena-Hard, Phi-4 scores 61.2% against GPT-4o's 58.0%.") == [
        ("phi-4", "score", [], ["arena-hard"], "all", 61.2),
        ("gpt-4o", "score", [], ["arena-hard"], "all", 58.0),
    ]
    assert read(ex, "Phi-4 reaches a 61.2% win rate on Arena-Hard.") == [
        ("phi-4", "score", [], ["arena-hard"], "all", 61.2)
    ]
