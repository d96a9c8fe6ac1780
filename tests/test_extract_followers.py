"""Places said as an order ("X leads at 2.3%, followed by Y at 2.9% and Z at 3.0%"): the models after "followed by"
take the places after the leader's, and a leader given only a score is first; a release order ("shipped X (May 2024),
followed by Y (January 2025)") gives no place. And in a list of scores each said with its model's own verb ("X reached
70%, Y managed 57%"), each number is the model's right before the verb: all were read as the first model's. Every
sentence here was written for these tests. Catalog: the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [
        (f.kind, f.subject, f.top if f.kind == "ranks" else f.value, f.benchmarks)
        for f in ex.extract(Document("t.txt", text))
        if f.kind == "ranks" or f.model is None
    ]
    return found + [c.reason for c in ex.candidates]


def test_models_after_followed_by_take_the_places_after_the_leader(ex):
    text = "On GPQA Diamond, Grok 3 scores 84.6%, closely followed by Gemini 2.5 Pro at 84% and o3-mini at 79.7%."
    assert said(ex, text) == [
        ("score", "grok-3", 84.6, ["gpqa-diamond"]),
        ("score", "gemini-2.5-pro", 84.0, ["gpqa-diamond"]),
        ("score", "o3-mini", 79.7, ["gpqa-diamond"]),
        ("ranks", "grok-3", 1, ["gpqa-diamond"]),
        ("ranks", "gemini-2.5-pro", 2, ["gpqa-diamond"]),
        ("ranks", "o3-mini", 3, ["gpqa-diamond"]),
    ]
    found = ex.extract(Document("t.txt", text))
    assert found[3].review[0] == "followed by Gemini 2.5 Pro: read as first place"
    assert found[5].review[0] == "named after 'followed by' Grok 3: read as place 3"
    assert said(ex, "Orca-7 leads MMLU at 91.2%, followed by GPT-4o at 88.7%.") == [
        ("ranks", "Orca-7", 1, ["mmlu"]),
        ("score", "Orca-7", 91.2, ["mmlu"]),
        ("ranks", "gpt-4o", 2, ["mmlu"]),
    ]
    # a place said as a number: the followers after it
    assert said(ex, "Orca-7 ranks third on MMLU, followed by GPT-4o and o3-mini.") == [
        ("ranks", "Orca-7", 3, ["mmlu"]),
        ("ranks", "gpt-4o", 4, ["mmlu"]),
        ("ranks", "o3-mini", 5, ["mmlu"]),
    ]


def test_a_release_order_or_a_follower_that_is_no_model_gives_no_place(ex):
    text = "Acme shipped GPT-4o (May 2024, scoring 88.7% on MMLU), followed by o3-mini (January 2025)."
    assert said(ex, text) == [("score", "gpt-4o", 88.7, ["mmlu"])]
    assert said(ex, "GPT-4o scores 88.7% on MMLU, followed by a drop on GPQA.") == [("score", "gpt-4o", 88.7, ["mmlu"])]
    text = "GPT-4o was released in May, followed by o3-mini, which scores 80% on MMLU."
    assert said(ex, text) == [("score", "o3-mini", 80.0, ["mmlu"])]


def test_each_score_said_with_its_model_s_own_verb_is_that_model_s(ex):
    text = "On AIME 2025, Gemini 2.5 Pro reached 70%, GPT-4o managed 57% and Grok 3 scored 45%."
    assert said(ex, text) == [
        ("score", "gemini-2.5-pro", 70.0, ["aime-2025"]),
        ("score", "gpt-4o", 57.0, ["aime-2025"]),
        ("score", "grok-3", 45.0, ["aime-2025"]),
    ]
    found = ex.extract(Document("t.txt", text))
    assert [(f.subject, f.model) for f in found] == [("gemini-2.5-pro", None), ("gpt-4o", None), ("grok-3", None)]
    # the clause's one model: its numbers stay paired with the benchmarks in order, as before
    text = (
        "Orca-7 scores 70.3% on MMMU (val), a clear lift over its GPT-4o base, with strong results on MathVista (71.4%), "
        "MathVision (35.9%), and OlympiadBench (20.4%)."
    )
    assert said(ex, text) == [
        ("score", "Orca-7", 70.3, ["MMMU"]),
        ("score", "Orca-7", 71.4, ["MathVista"]),
        ("score", "Orca-7", 35.9, ["MathVision"]),
        ("score", "Orca-7", 20.4, ["OlympiadBench"]),
    ]
