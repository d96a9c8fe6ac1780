"""Who owns a number. Two numbers set against each other after a clause whose one named model stands after its cue ("it
matches GPT-4o on MMLU-Pro (82.4% vs 82.1%)"): the first is the clause's subject's, whom "it" stands for, the second the
named model's (the first was given to GPT-4o). And a number read inside a name the catalog lacks ("Grok 4 35%", read as
the name 'Grok 4 35') is no one else's score (it was the clause's subject's). A number heading an item of a list, with
the model it was made with after it ("to date: 83.6% with GPT-4o, and 81.5% with o3-mini"), is that model's (the second
was no one's). Every sentence here was written for these tests. Catalog: the seed catalog plus the extraction
fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def scores(ex: Extractor, text: str) -> list:
    return [(f.model or f.subject, f.value) for f in ex.extract(Document("t.txt", text)) if f.kind == "score"]


def test_after_a_pronoun_the_first_of_two_numbers_is_the_subject_s(ex):
    text = "Llama 3.1 8B is a small model. It matches GPT-4o on MMLU-Pro (82.4% vs 82.1%)."
    assert scores(ex, text) == [("llama-3.1-8b", 82.4), ("gpt-4o", 82.1)]
    found = [f for f in ex.extract(Document("t.txt", text)) if f.kind == "score"]
    assert [(f.subject, f.model) for f in found] == [("llama-3.1-8b", None), ("llama-3.1-8b", "gpt-4o")]
    text = "Llama 3.1 8B is a small model. It beats GPT-4o on MMLU-Pro (84.1% vs 82.1%)."
    assert scores(ex, text) == [("llama-3.1-8b", 84.1), ("gpt-4o", 82.1)]


def test_a_named_subject_or_a_model_before_the_cue_keeps_the_mention_order(ex):
    # both named: in the order they are named
    assert scores(ex, "Zorb-7 matches GPT-4o on MMLU-Pro (82.4% vs 82.1%).") == [("Zorb-7", 82.4), ("gpt-4o", 82.1)]
    # the one model named before the cue: it is the first number's, the text's model the second's
    text = "Llama 3.1 8B is a small model. The only place GPT-4o wins is MMLU-Pro (82.4% vs 82.1%)."
    assert scores(ex, text) == [("gpt-4o", 82.4), ("llama-3.1-8b", 82.1)]
    # the one model named before a cue, "it" after: the first number is the named model's
    text = "Llama 3.1 8B is a small model. GPT-4o trails it on MMLU-Pro (82.1% vs 82.4%)."
    assert scores(ex, text) == [("gpt-4o", 82.1), ("llama-3.1-8b", 82.4)]


def test_a_number_read_inside_a_name_is_no_other_model_s_score(ex):
    text = "On MMLU-Pro, GPT-4o reached 70%, Grok 4 35%, and o3-mini 45%."
    assert scores(ex, text) == [("gpt-4o", 70.0), ("o3-mini", 45.0)]
    # a name read whole keeps its number
    assert scores(ex, "On MMLU-Pro, GPT-4o reached 70%, Grok 3 35%, and o3-mini 45%.") == [
        ("gpt-4o", 70.0),
        ("grok-3", 35.0),
        ("o3-mini", 45.0),
    ]


def test_a_number_heading_a_list_item_is_the_model_s_it_was_made_with(ex):
    text = "On MMLU-Pro we hold the two best scores: 83.6% with GPT-4o, and 81.5% with o3-mini."
    assert scores(ex, text) == [("gpt-4o", 83.6), ("o3-mini", 81.5)]
    # after the subject's own verb, a model after "with" is what the score was made with, never its owner
    assert scores(ex, "On MMLU-Pro, Llama 3.1 8B scores 80% with GPT-4o as the judge.") == [("llama-3.1-8b", 80.0)]
    assert scores(ex, "On MMLU-Pro, Llama 3.1 8B reaches 80% with o3-mini as its teacher.") == [("llama-3.1-8b", 80.0)]
    # nor after a list's comma or "and" where a model before it scored the first: its second score, made with the other
    text = "On MMLU-Pro, Llama 3.1 8B scores 70%, and 75% with o3-mini as its teacher."
    assert scores(ex, text) == [("llama-3.1-8b", 70.0), ("llama-3.1-8b", 75.0)]


def test_two_numbers_in_a_clause_that_says_a_match_draft_no_win(ex):
    # "GPT-4o matches it": the match with "it" as the object is not read, and the two numbers drafted Llama 3.1 8B
    # beating GPT-4o, the opposite of what the sentence says; the scores stay
    text = "Llama 3.1 8B is a small model. GPT-4o matches it on MMLU-Pro (82.1% vs 82.4%)."
    found = ex.extract(Document("t.txt", text))
    assert [(f.kind, f.model or f.subject, f.value) for f in found] == [
        ("score", "gpt-4o", 82.1),
        ("score", "llama-3.1-8b", 82.4),
    ]
    # a win said with its numbers is read from them as before
    found = ex.extract(Document("t.txt", "R1 gets 79.8% on AIME 2024 vs o1-preview's 74.4%."))
    assert [(f.kind, f.subject, f.competitors) for f in found if f.kind == "outperforms"] == [
        ("outperforms", "deepseek-r1", ["o1-preview"])
    ]
