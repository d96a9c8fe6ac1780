"""Rules from the ninth fresh check set's misses (a development set since the tenth landed; never silent, and known
misreadings), each written from plain English and tested on sentences written for it, with look-alikes: "is close to X" and "comes
within striking distance of X" are matches; "in the global top eight" is first-eight place; a comparison measured on
cost ("better on cost") is about cost even where the clause names a benchmark; a ranking in a relative clause after a
model ("X beats Y, which is the best model") is that model's; and a quoted number is never given to a model that a
comparison cue names as its object, and one before "behind" is the turned-around subject's. Catalog: the seed catalog
plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    # (a score's owner: its model, else its subject)
    return [(f.model or f.subject, f.kind, f.competitors, f.benchmarks, f.value) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_close_to_a_model_and_within_striking_distance_are_matches(ex):
    assert read(ex, "Phi-4 comes within striking distance of GPT-4o on MMLU.") == [
        ("phi-4", "matches", ["gpt-4o"], ["mmlu"], None)
    ]
    # the match ends the win before it, which is over a class, not over o1
    assert read(ex, "Phi-4 beats all earlier open models and comes within striking distance of o1.") == [
        ("phi-4", "ranks", [], "shared", None),
        ("phi-4", "matches", ["o1"], "shared", None),
    ]
    assert read(ex, "Phi-4 is very close to o1 on GPQA, and better than GPT-4o.") == [
        ("phi-4", "matches", ["o1"], ["gpqa"], None),
        ("phi-4", "outperforms", ["gpt-4o"], ["gpqa"], None),
    ]
    # look-alike: close to something that is no model
    assert read(ex, "Phi-4 is close to release.") == [] and reasons(ex) == []


def test_the_global_top_k_is_a_place_among_the_first_k(ex):
    found = ex.extract(Document("t.txt", "Phi-4 now ranks in the global top eight on LMArena."))
    assert [(f.subject, f.kind, f.benchmarks, f.top) for f in found] == [("phi-4", "ranks", ["lmarena-text"], 8)]
    found = ex.extract(Document("t.txt", "Phi-4 reached the overall top 10 on LMArena."))
    assert [(f.subject, f.kind, f.benchmarks, f.top) for f in found] == [("phi-4", "ranks", ["lmarena-text"], 10)]
    # look-alike: a top share is a percentile, no place
    assert read(ex, "Phi-4 ranks in the global top 10% on LMArena.") == []


def test_a_comparison_measured_on_cost_is_about_cost(ex):
    assert read(ex, "In MMLU testing, Phi-4 came out better on cost compared to other open models.") == []
    assert reasons(ex) == ["about cost, speed, size or popularity ('better on cost'), not benchmark results"]
    # look-alike: a clause on results beside it is read as ever
    assert read(ex, "Phi-4 wins on latency, and beats GPT-4o on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], None)
    ]


def test_a_ranking_in_a_relative_clause_is_the_models_before_it(ex):
    assert read(ex, "Phi-4 outperforms o1, which is the best model on GPQA.") == [
        ("phi-4", "outperforms", ["o1"], ["gpqa"], None),
        ("o1", "ranks", [], ["gpqa"], None),
    ]
    # look-alikes: "and is the best" goes on with the subject; a relative clause after the subject is the subject's
    assert read(ex, "Phi-4 outperforms o1 and is the best model on GPQA.") == [
        ("phi-4", "outperforms", ["o1"], ["gpqa"], None),
        ("phi-4", "ranks", [], ["gpqa"], None),
    ]
    assert read(ex, "Phi-4, which is the best model on GPQA, outperforms o1.") == [
        ("phi-4", "ranks", [], ["gpqa"], None),
        ("phi-4", "outperforms", ["o1"], ["gpqa"], None),
    ]


def test_a_number_is_never_given_to_the_object_of_a_comparison(ex):
    # each gave the winner's number to the model beaten: a false score claim for it
    assert read(ex, "In our tests, Claude beats even GPT-4o (74.6%) on MATH, reaching 80.4%.") == [
        ("gpt-4o", "score", [], ["math"], 74.6)
    ]
    assert read(ex, "It outperforms o1 on GPQA, achieving an accuracy of 71.2%.") == []
    assert reasons(ex) == ["the subject could not be read: 'It' names no model"]
    assert read(ex, "GPT-4o scores 74.6% on MATH, behind o1.") == [
        ("o1", "outperforms", ["gpt-4o"], ["math"], None),
        ("gpt-4o", "score", [], ["math"], 74.6),
    ]
    # look-alikes: "it" read as the model named before; a number after "behind ... which scored" is the model ahead's
    assert read(ex, "Phi-4 was released in May. It outperforms o1 on GPQA, achieving an accuracy of 71.2%.") == [
        ("phi-4", "outperforms", ["o1"], ["gpqa"], None),
        ("phi-4", "score", [], ["gpqa"], 71.2),
    ]
    assert read(ex, "Phi-4 ranks just below o1, which scored 80.1% on GPQA.") == [
        ("o1", "outperforms", ["phi-4"], ["gpqa"], None),
        ("o1", "score", [], ["gpqa"], 80.1),
    ]


def test_comparable_performance_and_reaching_the_performance_of_are_matches(ex):
    assert read(ex, "Phi-4 achieves comparable performance with larger models like GPT-4o and o1 on coding tasks.") == [
        ("phi-4", "matches", ["gpt-4o", "o1"], {"tags": ["code"]}, None)
    ]
    assert read(ex, "Phi-4 has comparable performance compared to GPT-4o.") == [
        ("phi-4", "matches", ["gpt-4o"], "shared", None)
    ]
    # the match ends the win before it: o1 is beaten, GPT-4o matched
    assert read(ex, "Phi-4 beats o1 on MATH and almost reaches the performance of GPT-4o.") == [
        ("phi-4", "outperforms", ["o1"], ["math"], None),
        ("phi-4", "matches", ["gpt-4o"], ["math"], None),
    ]
    # look-alike: a level of something that is no model
    assert read(ex, "Phi-4 reached the level of maturity needed for release.") == [] and reasons(ex) == []


def test_topping_k_of_n_benchmarks_is_first_place_on_at_least_k(ex):
    found = ex.extract(Document("t.txt", "Phi-4 topped 10 out of 13 benchmark tests in the first round."))
    assert [(f.subject, f.kind, f.benchmarks, f.quantifier, f.top) for f in found] == [
        ("phi-4", "ranks", "shared", {"at_least": 10}, 1)
    ]
    assert read(ex, "Phi-4 led 7 of the 9 benchmarks we ran against GPT-4o.") == [
        ("phi-4", "outperforms", ["gpt-4o"], "shared", None)
    ]
    # look-alike: charts that name no benchmark
    assert read(ex, "Phi-4 topped 10 out of 13 app store charts.") == []
    assert reasons(ex) == ["about cost, speed, size or popularity ('app store'), not benchmark results"]
    assert read(ex, "Phi-4 topped 10 out of 13 charts.") == []
    assert reasons(ex) == ["a ranking word with no benchmark, cohort or result named"]


def test_size_words_describing_a_rival_set_nothing_aside(ex):
    # set aside as "about cost, speed, size or popularity ('more parameters')" before: the words are the rivals'
    text = (
        "Phi-4 is slightly ahead of GPT-4o (1117 points) and o1 (1114 points), models with ten times more parameters."
    )
    assert read(ex, text) == [("phi-4", "outperforms", ["gpt-4o", "o1"], "shared", None)]
    assert read(ex, "Phi-4 also bested GPT-4o, a closed model that is served at a higher price.") == [
        ("phi-4", "outperforms", ["gpt-4o"], "shared", None)
    ]
    # look-alikes: the comparison itself about speed, or size words that describe no named model
    assert read(ex, "Phi-4 is faster than GPT-4o, a model with far more parameters.") == []
    assert read(ex, "Phi-4 beats GPT-4o with far more parameters.") == []
    assert reasons(ex) == ["about cost, speed, size or popularity ('more parameters'), not benchmark results"]


def test_ranking_and_only_next_to_are_places(ex):
    found = ex.extract(
        Document("t.txt", "Phi-4 scored 71.9 on MMLU, ranking second on the overall list, only next to GPT-4o.")
    )
    assert [(f.model or f.subject, f.kind, f.competitors, f.top, f.value) for f in found] == [
        ("phi-4", "ranks", [], 2, None),
        ("gpt-4o", "outperforms", ["phi-4"], 1, None),
        ("phi-4", "score", [], 1, 71.9),
    ]
    assert read(ex, "Phi-4 scored 32 points on MMLU, ranking first among open models.") == [
        ("phi-4", "ranks", [], ["mmlu"], None),
        ("phi-4", "score", [], ["mmlu"], 32.0),
    ]
    # look-alike: next to in a list is no place
    assert read(ex, "Phi-4 sits next to GPT-4o in the model list.") == [] and reasons(ex) == []


def test_one_sided_and_worded_matches(ex):
    found = ex.extract(Document("t.txt", "Phi-4 offers either better or on-par accuracy compared to GPT-4o and o1."))
    assert [(f.subject, f.kind, f.competitors, f.direction) for f in found] == [
        ("phi-4", "matches", ["gpt-4o", "o1"], "at_least")
    ]
    found = ex.extract(Document("t.txt", "Phi-4 tied or surpassed larger models including GPT-4o and o1."))
    assert [(f.subject, f.kind, f.competitors, f.direction) for f in found] == [
        ("phi-4", "matches", ["gpt-4o", "o1"], "at_least")
    ]
    assert read(ex, "Phi-4 shows similar MMLU scores to GPT-4o.") == [("phi-4", "matches", ["gpt-4o"], ["mmlu"], None)]
    assert read(ex, "Phi-4 displays competitive performance to GPT-4o on MMLU.") == [
        ("phi-4", "matches", ["gpt-4o"], ["mmlu"], None)
    ]
    # look-alike: similar in size is no match of results
    assert read(ex, "Phi-4 is similar in size to GPT-4o.") == [] and reasons(ex) == []
