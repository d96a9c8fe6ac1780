"""The label conventions decided for every labelled set, followed by the extractor: (a) a ranking with no
quantifier word is first on all of its benchmarks, `most` only where the text says most or majority; (b) a win over
the subject's own class ("other models of its size", "its peers", "comparably sized alternatives") is first place
among that class; (c) "can compete with", "competitive with" and "on par with" are matches; (d) "Artificial Analysis"
named as a benchmark is its Intelligence Index, where the catalog has it. Tested on sentences written for each rule,
with look-alikes that must stay as they were. Catalog: the seed catalog plus the extraction fixtures' catalog
(tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.top if f.kind == "ranks" else None)
            for f in found]  # fmt: skip


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_ranking_with_no_quantifier_word_is_first_on_all_its_benchmarks(ex):
    # was `most` where the ranking named no benchmark
    [f] = ex.extract(Document("t.txt", "Falcon-40B is the strongest open model available today."))
    assert (f.subject, f.kind, f.benchmarks, f.quantifier, f.top) == ("Falcon-40B", "ranks", "shared", "all", 1)
    assert "no quantifier stated: read as all" in f.review
    assert read(ex, "Zephyr-7B outperformed every previously released open-source model.") == [
        ("Zephyr-7B", "ranks", [], "shared", "all", 1)
    ]
    # look-alikes: "most" and "the majority" are said; a ranking with its benchmarks named was `all` already
    assert read(ex, "Falcon-40B leads on most benchmarks.") == [("Falcon-40B", "ranks", [], "shared", "most", 1)]
    assert read(ex, "Falcon-40B ranks first on the majority of tasks.") == [
        ("Falcon-40B", "ranks", [], "shared", "most", 1)
    ]
    assert read(ex, "Falcon-40B ranks first on MMLU and GSM8K.") == [
        ("Falcon-40B", "ranks", [], ["mmlu", "gsm8k"], "all", 1)
    ]


def test_a_win_over_the_subjects_own_class_is_first_place_among_it(ex):
    # each gave "no competitor the catalog knows"
    [f] = ex.extract(Document("t.txt", "Phi-4 beats other models of its size on MATH."))
    assert (f.subject, f.kind, f.top, f.benchmarks, f.cohort) == (
        "phi-4", "ranks", 1, ["math"], {"all_models": True, "max_parameters_b": 14.0}
    )  # fmt: skip
    assert "'beats other models of its size' read as first place" in f.review
    [f] = ex.extract(Document("t.txt", "Phi-4 outperforms all similarly sized models in math."))
    assert (f.subject, f.kind, f.benchmarks, f.quantifier, f.cohort) == (
        "phi-4", "ranks", {"tags": ["math"]}, "all", {"all_models": True, "max_parameters_b": 14.0}
    )  # fmt: skip
    assert read(ex, "Trained on public data, Zephyr-7B clearly surpasses its peers on GSM8K.") == [
        ("Zephyr-7B", "ranks", [], ["gsm8k"], "all", 1)
    ]
    assert read(ex, "Zephyr-7B significantly outperforms recent open-source models of similar size on MMLU.") == [
        ("Zephyr-7B", "ranks", [], ["mmlu"], "all", 1)
    ]
    assert read(ex, "Zephyr-7B beats its peers.") == [("Zephyr-7B", "ranks", [], "shared", "all", 1)]  # no result named
    # a class named beside a superlative is about results, as a size is ("the best model under 10B")
    assert read(
        ex, "Zephyr-7B is the strongest chat model of its generation, punching far above its weight class."
    ) == [("Zephyr-7B", "ranks", [], "shared", "all", 1)]
    assert read(ex, "Our tests show Zephyr-7B beats comparably sized alternatives on MMLU.") == [
        ("Zephyr-7B", "ranks", [], ["mmlu"], "all", 1)
    ]
    # look-alikes: some of the class, larger models, a match with the class, rivals the clause names before
    for text in (
        "Zephyr-7B outperforms several similarly-sized language models on MMLU.",
        "Zephyr-7B outperforms models twice its size on MMLU.",
        "Zephyr-7B outperforms much larger models of its family on MMLU.",
        "Zephyr-7B is competitive with models of similar size on MMLU.",
    ):
        assert read(ex, text) == [], text
        assert reasons(ex) == ["no competitor the catalog knows; names the catalog does not know: 'Zephyr-7B'"], text
    text = "Compared to models of its size, like Phi-4 and Mistral 7B, Yi-34B beats its peers on MMLU."
    assert read(ex, text) == [("Yi-34B", "outperforms", ["phi-4", "mistral-7b"], ["mmlu"], "all", None)]


def test_areas_of_a_clause_with_unnamed_rivals_are_those_of_the_claim_before(ex):
    # "..., outperforming models of its size and matching models twice its size on math and coding tasks": the areas
    # were the unread clause's only
    text = "Phi-4 clearly outperforms other models of its size and matches far larger models on math and coding tasks."
    [f] = ex.extract(Document("t.txt", text))
    assert (f.subject, f.kind, f.benchmarks) == ("phi-4", "ranks", {"tags": ["code", "math"]})
    assert "no benchmark named: every benchmark with evidence for both sides" not in f.review
    # look-alikes: a clause that names a model has claims of its own; a clause with no cue lends no area
    assert read(ex, "Phi-4 beats GPT-4o, while o1 beats Gemini 2.5 Pro on coding tasks.") == [
        ("phi-4", "outperforms", ["gpt-4o"], "shared", "all", None),
        ("o1", "outperforms", ["gemini-2.5-pro"], {"tags": ["code"]}, "all", None),
    ]
    assert read(
        ex, "Phi-4 outperforms other models of its size, while its training data favours math and coding tasks."
    ) == [("phi-4", "ranks", [], "shared", "all", 1)]


def test_can_compete_with_competitive_with_and_on_par_with_are_matches(ex):
    # "can compete with" gave "cue not understood: 'compete' is no phrase of the lexicon"
    [f] = ex.extract(Document("t.txt", "In our tests Zephyr-7B can compete with GPT-4o on MMLU."))
    assert (f.subject, f.kind, f.competitors, f.benchmarks, f.direction) == (
        "Zephyr-7B", "matches", ["gpt-4o"], ["mmlu"], "at_least"
    )  # fmt: skip
    assert read(ex, "Zephyr-7B is able to compete with Llama 3.3 70B on GSM8K.") == [
        ("Zephyr-7B", "matches", ["llama-3.3-70b"], ["gsm8k"], "all", None)
    ]
    assert read(ex, "Zephyr-7B is competitive with GPT-4o on MMLU.") == [
        ("Zephyr-7B", "matches", ["gpt-4o"], ["mmlu"], "all", None)
    ]
    assert read(ex, "Zephyr-7B is on par with GPT-4o on MMLU.") == [
        ("Zephyr-7B", "matches", ["gpt-4o"], ["mmlu"], "all", None)
    ]
    # look-alikes: denied, hedged, an aim, unnamed rivals
    for text, why in (
        ("Zephyr-7B cannot compete with GPT-4o on MMLU.", "hedged, planned or denied ('cannot compete with')"),
        ("Zephyr-7B could compete with GPT-4o on MMLU.", "hedged, planned or denied ('could compete')"),
        ("Zephyr-7B is designed to compete with GPT-4o.", "cue not understood: 'compete' is no phrase of the lexicon"),
        (
            "Zephyr-7B can compete with much larger models on MMLU.",
            "no competitor the catalog knows; names the catalog does not know: 'Zephyr-7B'",
        ),
    ):
        assert read(ex, text) == [], text
        assert reasons(ex)[0].startswith(why), (text, reasons(ex))


def test_a_board_named_by_its_publisher_alone_is_that_board(ex):
    # "Artificial Analysis" alone was no benchmark ("Analysis" was read as one the catalog lacks)
    [f] = ex.extract(Document("t.txt", "Zephyr-7B ranked first on Artificial Analysis among open models."))
    assert (f.subject, f.kind, f.benchmarks) == ("Zephyr-7B", "ranks", ["aa-intelligence-index"])
    assert "'Artificial Analysis' read as Intelligence Index, the one catalog benchmark it publishes" in f.review
    text = "Public boards (Artificial Analysis, LMArena) put Zephyr-7B just below GPT-4o."
    assert read(ex, text) == [
        ("gpt-4o", "outperforms", ["Zephyr-7B"], ["aa-intelligence-index", "lmarena-text"], "all", None)
    ]
    # look-alikes: the board's full name; the words in lower case; the publisher's name going on into another name
    assert read(ex, "On the Artificial Analysis Intelligence Index, Zephyr-7B beats GPT-4o.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], ["aa-intelligence-index"], "all", None)
    ]
    assert read(ex, "An artificial analysis of the results shows Zephyr-7B beats GPT-4o.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], "shared", "all", None)
    ]
    assert read(ex, "Artificial Analysis Labs says Zephyr-7B beats GPT-4o.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], "shared", "all", None)
    ]


def test_a_class_fronted_by_compared_to_is_first_place_among_it(ex):
    # "Compared to similarly sized models, X and Y showed better performance" gave "no competitor the catalog knows"
    text = "Compared to similarly sized models, Zephyr-7B and Falcon-40B showed better performance in our evaluations."
    assert read(ex, text) == [
        ("Zephyr-7B", "ranks", [], "shared", "all", 1),
        ("Falcon-40B", "ranks", [], "shared", "all", 1),
    ]
    [f] = ex.extract(Document("t.txt", "Compared with other open models of its size, Phi-4 scores higher on MMLU."))
    assert (f.subject, f.kind, f.benchmarks, f.cohort) == ("phi-4", "ranks", ["mmlu"], {"open_weights": True})
    assert "'Compared with other open models of its size' with 'scores higher on' read as first place" in f.review
    # look-alikes: a named model fronted; larger models fronted; models named before the subject are its rivals
    assert read(ex, "Compared with GPT-4o, Zephyr-7B scores higher on MMLU.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None)
    ]
    assert read(ex, "Compared to larger models, Zephyr-7B scores higher on MMLU.") == []
    text = "Compared to models of its size, like Phi-4 and Mistral 7B, Yi-34B beats its rivals on MMLU."
    assert read(ex, text) == [("Yi-34B", "outperforms", ["phi-4", "mistral-7b"], ["mmlu"], "all", None)]
