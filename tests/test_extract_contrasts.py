"""Clauses set against each other in one sentence (never silent; known misreadings): a comparison turned around by
"trails" followed by "but beats it" (the second clause was dropped without a word, its "it" read as the subject itself), and two
models' wins with no rival named, as comparison pages write them ("X outperforms in 2 benchmarks (A, B), while Y is
better at 3 benchmarks (C, D, E)"), which gave only "no competitor". Sentences written for the rules, with look-alikes.
Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier) for f in ex.extract(Document("t.txt", text))]


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_it_after_a_comparison_turned_around_is_the_model_ahead(ex):
    # "X loses to Y on A but beats it on B": X beats Y on B (the second claim was lost: "it" was read as X)
    assert read(ex, "Phi-4 falls behind o1 on GPQA but beats it on MMLU.") == [
        ("o1", "outperforms", ["phi-4"], ["gpqa"], "all"),
        ("phi-4", "outperforms", ["o1"], ["mmlu"], "all"),
    ]
    assert read(ex, "Phi-4 trails GPT-4o and o1 on MATH, but matches them on MMLU.") == [
        ("gpt-4o", "outperforms", ["phi-4"], ["math"], "all"),
        ("o1", "outperforms", ["phi-4"], ["math"], "all"),
        ("phi-4", "matches", ["gpt-4o", "o1"], ["mmlu"], "all"),
    ]
    # look-alikes: a clause with a subject of its own keeps "it" for the model the sentence is about; a comparison
    # not turned around keeps "it" for its competitor
    assert read(ex, "Phi-4 trails GPT-4o on MATH, and Llama 3.3 70B beats it on MMLU.") == [
        ("gpt-4o", "outperforms", ["phi-4"], ["math"], "all"),
        ("llama-3.3-70b", "outperforms", ["phi-4"], ["mmlu"], "all"),
    ]
    assert read(ex, "Phi-4 beats GPT-4o on MATH but trails it on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["math"], "all"),
        ("gpt-4o", "outperforms", ["phi-4"], ["mmlu"], "all"),
    ]


def test_two_wins_set_against_each_other_are_each_over_the_other_model(ex):
    text = "Llama 3.3 70B outperforms in 3 benchmarks (MMLU, MATH, GPQA), while Phi-4 is better at 1 benchmark (HumanEval)."
    assert read(ex, text) == [
        ("llama-3.3-70b", "outperforms", ["phi-4"], ["mmlu", "math", "gpqa"], "all"),
        ("phi-4", "outperforms", ["llama-3.3-70b"], ["humaneval"], "all"),
    ]
    assert ex.extract(Document("t.txt", text))[1].review == [
        "set against Llama 3.3 70B's win in the same sentence: read as a win over it"
    ]
    assert read(ex, "Phi-4 wins on MMLU, though GPT-4o wins on GPQA.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all"),
        ("gpt-4o", "outperforms", ["phi-4"], ["gpqa"], "all"),
    ]
    assert read(ex, "Phi-4 scores higher on MATH; GPT-4o does better on GPQA.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["math"], "all"),
        ("gpt-4o", "outperforms", ["phi-4"], ["gpqa"], "all"),
    ]
    # a win on no benchmark, or on price, is no claim; the other model's win is still over it
    text = "GPT-4o outperforms in 4 benchmarks (MMLU, MATH, GPQA, HumanEval), while Phi-4 is better at 0 benchmarks."
    assert read(ex, text) == [("gpt-4o", "outperforms", ["phi-4"], ["mmlu", "math", "gpqa", "humaneval"], "all")]
    assert read(ex, "Phi-4 won the MMLU round, but GPT-4o won on price.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all")
    ]
    # look-alikes: a win over a named model is its own claim, and the other clause's lead stays a ranking
    assert read(ex, "Phi-4 beats o1 on MATH, while GPT-4o leads on GPQA.") == [
        ("phi-4", "outperforms", ["o1"], ["math"], "all"),
        ("gpt-4o", "ranks", [], ["gpqa"], "all"),
    ]
    # no win in the other clause; "and" sets nothing against; two models on one side; one model on both sides
    for text in (
        "Phi-4 wins on MMLU, while it is cheaper than GPT-4o.",
        "Phi-4 wins on MMLU, and GPT-4o wins on GPQA.",
        "Phi-4 wins on MMLU, while GPT-4o and o1 are better on GPQA.",
        "Phi-4 wins on MMLU, while Phi-4 is better on MATH.",
    ):
        assert read(ex, text) == [], text
        assert reasons(ex) != [], text  # never silent: a candidate says why
    # a win with its object after it ("better than most") is no win over the other clause's model
    assert read(ex, "Phi-4 is better than most, while GPT-4o is better on GPQA.") == []
    assert reasons(ex) != []


def test_a_win_under_a_comparison_pages_heading_is_over_the_other_side(ex):
    # a comparison page titled "A vs B": the win of one side, no rival named, is over the other (it gave nothing)
    text = "GPT-4o vs Phi-4\n\nPhi-4 shows notably better performance in the majority of benchmarks."
    assert read(ex, text) == [("phi-4", "outperforms", ["gpt-4o"], "shared", "most")]
    assert ex.extract(Document("t.txt", text))[0].review[0] == (
        "over GPT-4o, the other side of the comparison the heading names"
    )
    assert read(ex, "Phi-4 vs GPT-4o: GPT-4o wins on MMLU.") == [("gpt-4o", "outperforms", ["phi-4"], ["mmlu"], "all")]
    # look-alikes: a third model's win, a win on price, a win over a model named, no heading at all
    for text in (
        "GPT-4o vs Phi-4\n\nLlama 3.3 70B wins on MMLU.",
        "GPT-4o vs Phi-4\n\nPhi-4 wins on price.",
        "GPT-4o vs Phi-4\n\nPhi-4 is better than most.",
        "Phi-4 shows notably better performance in the majority of benchmarks.",
    ):
        assert read(ex, text) == [], text
    assert read(ex, "GPT-4o vs Phi-4\n\nPhi-4 beats o1 on MMLU.") == [("phi-4", "outperforms", ["o1"], ["mmlu"], "all")]
