"""A ranking or scores said of a model the sentence does not name, where no catalog benchmark is named either ("sets new
records across seven benchmarks", "placed 12th out of 300 entrants", "81.4% pass rate", "71.2 on Zorb-Bench, 64.0 on
QuillQA"), gets a candidate saying the subject could not be read (never silent; nine of the eleventh
fresh check set's silent sentences were of these shapes). Every sentence here was written for these tests; the
look-alikes stay without a word. Catalog: the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor

_CONTEXT = "(a model the context names: a heading, a list's title or the sentence before)"


def said(ex: Extractor, text: str) -> list:
    return [f.kind for f in ex.extract(Document("t.txt", text))] + [c.reason for c in ex.candidates]


def test_a_ranking_with_no_model_and_no_catalog_benchmark_is_a_candidate(ex):
    # each was silent
    assert said(
        ex, "Acme's newest coding model, tuned on ten million examples, sets new records across five benchmarks."
    ) == [f"the subject could not be read: no model is named beside the cue 'records' ('benchmarks') {_CONTEXT}"]
    assert said(
        ex,
        "Built on sparse attention, grouped queries and a new tokenizer, it achieves state-of-the-art results on twelve benchmarks.",
    ) == [
        f"the subject could not be read: no model is named beside the cue 'state-of-the-art' ('benchmarks') {_CONTEXT}"
    ]
    assert said(ex, "It finished 12th out of 300 entrants in the final round.") == [
        f"the subject could not be read: no model is named beside the cue 'finished 12th' ('12th out of') {_CONTEXT}"
    ]


def test_scores_with_no_model_named_are_a_candidate(ex):
    assert said(ex, "With the larger search budget: 81.4% pass rate.") == [
        f"the subject could not be read: no model is named beside the cue '81.4%' ('pass rate') {_CONTEXT}"
    ]
    assert said(ex, "71.2 on GPQA and 64.0 on MMLU, showing broad knowledge.") == [
        f"the subject could not be read: no model is named beside the cue '71.2' on GPQA, MMLU {_CONTEXT}"
    ]


def test_look_alikes_people_a_maker_and_one_number_stay_without_a_word(ex):
    for text in (
        "Our school took first place out of 40 teams in the robotics benchmarks.",
        "Google is the strongest performer on the leaderboard.",
        "GSM8K: 91.2%, up from 88%.",
        "The survey had a 64% response rate.",
    ):
        assert said(ex, text) == [], text
