"""Claims read from a clause's shape: a place said in a relative clause after a rival is the rival's ("beats o1, which
lands at #11"); a group's verb ("A and B lead the leaderboard", "A, B and C top the list") gives each the group's
places, the top two or three; a number after "sub-" or a sign ("at sub-3 percent WER", "> 90%") is a bound, no score.
Every sentence here was written for these tests, with look-alikes that must stay as they were. Catalog: the seed
catalog plus the extraction fixtures'."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [
        (f.kind, f.subject, f.top if f.kind == "ranks" else f.value if f.kind == "score" else f.competitors)
        for f in ex.extract(Document("t.txt", text))
    ]
    return found + [c.reason for c in ex.candidates]


def test_a_place_in_a_relative_clause_after_a_rival_is_the_rivals(ex):
    assert said(ex, "GPT-4o ranks #3 on MMLU and beats o1, which lands at #11.") == [
        ("ranks", "gpt-4o", 3),
        ("outperforms", "gpt-4o", ["o1"]),
        ("ranks", "o1", 11),
    ]
    assert said(ex, "GPT-4o ranks #3 on MMLU, ahead of o1, which sits at #7.") == [
        ("ranks", "gpt-4o", 3),
        ("outperforms", "gpt-4o", ["o1"]),
        ("ranks", "o1", 7),
    ]
    # look-alike: the relative clause after the subject is the subject's own
    assert said(ex, "GPT-4o, which ranks first on MMLU, beats o1.") == [
        ("ranks", "gpt-4o", 1),
        ("outperforms", "gpt-4o", ["o1"]),
    ]


def test_a_groups_verb_gives_each_the_groups_places(ex):
    assert said(ex, "GPT-4o and o1 lead the MMLU leaderboard.") == [("ranks", "gpt-4o", 2), ("ranks", "o1", 2)]
    assert said(ex, "GPT-4o, o1 and Gemini 2.5 Pro top the list on MMLU.") == [
        ("ranks", "gpt-4o", 3),
        ("ranks", "o1", 3),
        ("ranks", "gemini-2.5-pro", 3),
    ]
    # look-alikes: one model's verb, and a place said for each ("rank first": a tie, as before)
    assert said(ex, "GPT-4o tops the list on MMLU.") == [("ranks", "gpt-4o", 1)]
    assert said(ex, "GPT-4o and o1 rank first on MMLU.") == [("ranks", "gpt-4o", 1), ("ranks", "o1", 1)]


def test_a_number_after_sub_or_a_sign_is_a_bound(ex):
    assert said(ex, "GPT-4o and o1 lead the MMLU leaderboard at sub-3 percent error.") == [
        ("ranks", "gpt-4o", 2),
        ("ranks", "o1", 2),
    ]
    assert said(ex, "GPT-4o scores > 90% on MMLU.") == [
        "cue not understood: no subject and competitor, ranking or quoted score could be read"
    ]
    assert said(ex, "GPT-4o scores ≥ 90% on MMLU.") == [
        "cue not understood: no subject and competitor, ranking or quoted score could be read"
    ]
    # look-alike: a score with a dash in a benchmark's name before it
    assert said(ex, "GPT-4o scores 90% on MMLU-Pro.") == [("score", "gpt-4o", 90.0)]


def test_a_ranked_phrase_with_a_name_beside_it_is_that_names_place(ex):
    # "trails the best open model, X": X's first place and X's win, not the subject's first place over X
    assert said(ex, "GPT-4o trails the best open model, Llama 3 70B, on MMLU.") == [
        ("outperforms", "Llama 3 70B", ["gpt-4o"]),
        ("ranks", "Llama 3 70B", 1),
    ]
    assert said(ex, "GPT-4o beats the best open model, o1, on MMLU.") == [
        ("outperforms", "gpt-4o", ["o1"]),
        ("ranks", "o1", 1),
    ]
    # the clause's scores stay the subject's (the name beside the phrase is no subject of them)
    assert said(ex, "GPT-4o scores 80% on MMLU, close to the leading model, o1, at 82%.")[:2] == [
        ("ranks", "o1", 1),
        ("score", "gpt-4o", 80.0),
    ]
    # look-alikes: a second place beside the phrase is the subject's win and first place, as before; the subject's own
    # place, said with "is", and a rival after it
    assert said(ex, "Gemini 2.5 Pro scores higher than the second-place model, o3, on MMLU.") == [
        ("outperforms", "gemini-2.5-pro", ["o3"]),
        ("ranks", "gemini-2.5-pro", 1),
    ]
    assert said(ex, "GPT-4o is the leading model, ahead of o1, on MMLU.") == [
        ("ranks", "gpt-4o", 1),
        ("outperforms", "gpt-4o", ["o1"]),
    ]
