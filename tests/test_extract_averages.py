"""A comparison or ranking said "on average" is drafted on the mean over the benchmarks (`aggregate: mean`), not
benchmark by benchmark; "above average" and a mean on one named benchmark stay as they were."""

from harness.extract.documents import Document


def read(ex, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.benchmarks, f.quantifier, f.aggregate) for f in found]


def test_a_ranking_on_average_is_by_the_mean(ex):
    # read as third place or better on each of the 12 benchmarks ({"at_least": 12}) before
    [f] = ex.extract(
        Document("t.txt", "Overall, Falcon-40B ranks 3rd among all models across 12 benchmarks, on average.")
    )
    assert (f.kind, f.top, f.quantifier, f.aggregate) == ("ranks", 3, "all", "mean")
    assert "'on average': judged on the mean over the benchmarks (aggregate: mean)" in f.review
    assert read(ex, "Zephyr-7B has the highest average score of any open model on MMLU and GSM8K.") == [
        ("Zephyr-7B", "ranks", ["mmlu", "gsm8k"], "all", "mean")
    ]


def test_a_win_on_average_is_of_the_means(ex):
    assert read(ex, "On average across MMLU and GSM8K, Falcon-40B outperforms Zephyr-7B.") == [
        ("Falcon-40B", "outperforms", ["mmlu", "gsm8k"], "all", "mean")
    ]
    assert read(ex, "Falcon-40B beats Zephyr-7B on MMLU and GSM8K, averaged over both.") == [
        ("Falcon-40B", "outperforms", ["mmlu", "gsm8k"], "all", "mean")
    ]


def test_look_alikes_stay_benchmark_by_benchmark(ex):
    # "above average" is no mean over benchmarks; a mean on one named benchmark is that benchmark's score
    assert read(ex, "Falcon-40B performs above average and outperforms Zephyr-7B on MMLU and GSM8K.") == [
        ("Falcon-40B", "outperforms", ["mmlu", "gsm8k"], "all", "each")
    ]
    assert read(ex, "Falcon-40B beats Zephyr-7B in mean accuracy on MMLU.") == [
        ("Falcon-40B", "outperforms", ["mmlu"], "all", "each")
    ]


def test_the_draft_carries_the_mean_and_validates(ex):
    from datetime import date

    from harness.claims.spec import Ranks
    from harness.extract.drafts import Drafted, SourceInfo, draft_data, validate

    doc = Document("post.txt", "Overall, Falcon-40B ranks 3rd among all models on MMLU and GSM8K, on average.")
    [f] = ex.extract(doc)
    said = SourceInfo("https://x.example", "X", date(2025, 1, 1))
    data = draft_data(f, doc, said, ex.catalog, {}, "lexicon")
    assert data["assertions"][0]["aggregate"] == "mean"
    [a] = validate(data, ex.catalog).assertions
    assert isinstance(a, Ranks) and (a.aggregate, a.top) == ("mean", 3)
    assert Drafted("post.txt", f).as_json(ex.catalog)["aggregate"] == "mean"
