"""Known misreadings of the extractor, one general rule each, tested on sentences written for the rule (not taken from a
labelled set), with look-alikes that must not change: numbers and benchmarks listed in the same order, one claim per
rival and its benchmarks, a rival that still leads, and "it" for a model named in the clause before. Catalog: the seed
catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value, f.model) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def test_numbers_and_benchmarks_listed_in_the_same_order_pair_up_without_respectively(ex):
    # only the first number was read, on the first benchmark
    assert read(ex, "Phi-4 scores 67.5 and 42.4 on MMLU-Pro and GPQA.") == [
        ("phi-4", "score", [], ["mmlu-pro"], "all", 67.5, None),
        ("phi-4", "score", [], ["gpqa"], "all", 42.4, None),
    ]
    assert read(ex, "Phi-4 scores 67.5, 42.4 and 80.1 on MMLU-Pro, GPQA and MATH.") == [
        ("phi-4", "score", [], ["mmlu-pro"], "all", 67.5, None),
        ("phi-4", "score", [], ["gpqa"], "all", 42.4, None),
        ("phi-4", "score", [], ["math"], "all", 80.1, None),
    ]
    # look-alikes: the counts differ (whose number is whose is not said), or "respectively" says it already
    assert read(ex, "Phi-4 scores 67.5 and 42.4 on MMLU-Pro.") == [
        ("phi-4", "score", [], ["mmlu-pro"], "all", 67.5, None)
    ]
    assert read(ex, "Phi-4 scores 67.5 and 42.4 on MMLU-Pro, GPQA and MATH.") == [
        ("phi-4", "score", [], ["mmlu-pro"], "all", 67.5, None)
    ]
    assert read(ex, "Phi-4 scores 67.5 and 42.4 on MMLU-Pro and GPQA respectively.") == [
        ("phi-4", "score", [], ["mmlu-pro"], "all", 67.5, None),
        ("phi-4", "score", [], ["gpqa"], "all", 42.4, None),
    ]


def test_one_claim_per_rival_each_on_the_benchmarks_named_after_it(ex):
    # one claim over both rivals on both benchmarks: it said o1 was beaten on MMLU, which the text does not say
    assert read(ex, "Phi-4 beats GPT-4o on MMLU and o1 on GPQA.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "outperforms", ["o1"], ["gpqa"], "all", None, None),
    ]
    assert read(ex, "Phi-4 beats GPT-4o on MMLU and MATH, and o1 on GPQA.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu", "math"], "all", None, None),
        ("phi-4", "outperforms", ["o1"], ["gpqa"], "all", None, None),
    ]
    assert read(ex, "Phi-4 trails GPT-4o on MMLU and o1 on GPQA.") == [
        ("gpt-4o", "outperforms", ["phi-4"], ["mmlu"], "all", None, None),
        ("o1", "outperforms", ["phi-4"], ["gpqa"], "all", None, None),
    ]
    # look-alikes: the rivals share their benchmarks, or one rival has none of its own: one claim, as before
    assert read(ex, "Phi-4 beats GPT-4o and o1 on MMLU and GPQA.") == [
        ("phi-4", "outperforms", ["gpt-4o", "o1"], ["mmlu", "gpqa"], "all", None, None)
    ]
    assert read(ex, "Phi-4 beats GPT-4o on MMLU and o1.") == [
        ("phi-4", "outperforms", ["gpt-4o", "o1"], ["mmlu"], "all", None, None)
    ]


def test_a_rival_that_still_leads_after_a_claim_is_ahead_of_its_subject_not_first(ex):
    # "although o1 still leads on GPQA" was read as o1 ranking first on GPQA
    assert read(ex, "Phi-4 beats GPT-4o on MMLU, although o1 still leads on GPQA.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("o1", "outperforms", ["phi-4"], ["gpqa"], "all", None, None),
    ]
    assert read(ex, "Phi-4 beats GPT-4o on MMLU; o1 still leads on GPQA.")[1] == (
        "o1", "outperforms", ["phi-4"], ["gpqa"], "all", None, None
    )  # fmt: skip
    # look-alikes: a lead on a board or of the pack, and a lead in a sentence of its own, are rankings
    for text in (
        "Phi-4 beats GPT-4o on MMLU, although o1 still leads the GPQA leaderboard.",
        "Phi-4 beats GPT-4o on MMLU, while o1 leads the pack on GPQA.",
        "Phi-4 beats GPT-4o on MMLU. o1 leads on GPQA.",
    ):
        assert read(ex, text)[1] == ("o1", "ranks", [], ["gpqa"], "all", None, None), text


def test_it_after_a_semicolon_or_in_the_next_clause_is_the_model_the_clause_before_names(ex):
    # "beat it" named no one: no comparison, and after ", and" the 80% went to GPT-4o
    for text in (
        "GPT-4o scored 75% on MMLU; Phi-4 beat it with 80%.",
        "GPT-4o scored 75% on MMLU, but Phi-4 beat it with 80%.",
        "GPT-4o scored 75% on MMLU, and Phi-4 beat it with 80%.",
    ):
        assert read(ex, text) == [
            ("gpt-4o", "score", [], ["mmlu"], "all", 75.0, None),
            ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
            ("phi-4", "score", [], ["mmlu"], "all", 80.0, None),
        ], text
    assert read(ex, "GPT-4o and o1 scored 75% and 78% on MMLU; Phi-4 beat them with 80%.")[2] == (
        "phi-4", "outperforms", ["gpt-4o", "o1"], ["mmlu"], "all", None, None
    )  # fmt: skip
    # look-alikes: "it" for one of two models, and "it" said in the clause before too (a model named elsewhere)
    assert [f[1] for f in read(ex, "GPT-4o and o1 scored 75% and 78% on MMLU; Phi-4 beat it with 80%.")] == [
        "score", "score", "score"
    ]  # fmt: skip
    assert read(ex, "A fine model, but GPT-4o beats it on MMLU, and o1 beats it on GPQA.") == []


def test_a_name_with_a_claiming_verb_after_and_starts_a_claim_of_its_own_without_a_comma(ex):
    # "Phi-4 ranks #5 and GPT-4o ranks #7" gave Phi-4 two rankings, the first against GPT-4o
    found = ex.extract(Document("t.txt", "Phi-4 ranks #5 and GPT-4o ranks #7 on the LMArena text leaderboard."))
    assert [(f.subject, f.kind, f.top, f.competitors, f.benchmarks) for f in found] == [
        ("phi-4", "ranks", 5, [], ["lmarena-text"]),
        ("gpt-4o", "ranks", 7, [], ["lmarena-text"]),
    ]
    assert read(ex, "Phi-4 scores 80% on MMLU and GPT-4o scores 75%.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None),
        ("gpt-4o", "score", [], ["mmlu"], "all", 75.0, None),
    ]
    # look-alikes: a list of subjects before their one verb, and "and" before a plural that is no verb
    assert read(ex, "Phi-4 and Gemma 2 9B outperformed GPT-4o-mini on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o-mini"], ["mmlu"], "all", None, None),
        ("Gemma 2 9B", "outperforms", ["gpt-4o-mini"], ["mmlu"], "all", None, None),
    ]
    assert read(ex, "Phi-4 beats GPT-4o and Llama models on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    # the verb after an auxiliary (Z.ai's "GLM-4.5 is ranked at the 3rd place and GLM-4.5 Air is ranked at the 6th"
    # gave GLM-4.5's place a competitor, GLM-4.5 Air, and so a name the catalog lacks that blocked its verification)
    text = "Phi-4 is ranked at the 3rd place and GPT-4o is ranked at the 6th on the LMArena text leaderboard."
    assert [(f.subject, f.kind, f.top, f.competitors, f.uncatalogued) for f in ex.extract(Document("t.txt", text))] == [
        ("phi-4", "ranks", 3, [], []),
        ("gpt-4o", "ranks", 6, [], []),
    ]
    # "in the 6th" as the GLM-4.5 technical report words it ("... is ranked in the 3rd place and GLM-4.5-Air is ranked
    # in the 6th"): the second place was dropped without a word, neither drafted nor listed as a candidate
    text = "Phi-4 is ranked in the 3rd place and GPT-4o is ranked in the 6th on the LMArena text leaderboard."
    assert [(f.subject, f.kind, f.top, f.competitors) for f in ex.extract(Document("t.txt", text))] == [
        ("phi-4", "ranks", 3, []),
        ("gpt-4o", "ranks", 6, []),
    ]
    # with no benchmark named, as the report says it: the place is a ranking of results in either wording
    for at in ("in", "at"):
        text = f"Phi-4 is ranked {at} the 3rd place and GPT-4o is ranked {at} the 6th."
        assert [(f.subject, f.kind, f.top) for f in ex.extract(Document("t.txt", text))] == [
            ("phi-4", "ranks", 3),
            ("gpt-4o", "ranks", 6),
        ]
    # look-alike: a percentile is no place
    assert ex.extract(Document("t.txt", "Phi-4 is ranked in the 90th percentile on MMLU.")) == []
    # look-alike: "is" before no claiming verb keeps one clause
    assert [f.kind for f in ex.extract(Document("t.txt", "Phi-4 ranks #1 and GPT-4o is its closest rival."))] == [
        "ranks"
    ]


def test_a_second_list_after_with_and_a_rival_is_the_rivals_one_number_for_each_benchmark(ex):
    # a launch post's "achieves 55.5, 75.1, and 88.2 on LiveCodeBench, MultiPL-E and MBPP, respectively, outperforming
    # Qwen2-72B-Instruct with 32.2, 69.2, and 80.2": the three numbers were drafted as the subject's on the first
    # benchmark, and two of the rival's as the subject's on the last (a score claim its own table refutes)
    assert read(
        ex,
        "Phi-4 achieves 56.1, 84.8 and 80.4 on GPQA, MMLU-Pro and MATH, respectively, outperforming "
        "GPT-4o with 50.6, 72.6 and 74.6.",
    ) == [
        ("phi-4", "outperforms", ["gpt-4o"], ["gpqa", "mmlu-pro", "math"], "all", None, None),
        ("phi-4", "score", [], ["gpqa"], "all", 56.1, None),
        ("phi-4", "score", [], ["mmlu-pro"], "all", 84.8, None),
        ("phi-4", "score", [], ["math"], "all", 80.4, None),
        ("phi-4", "score", [], ["gpqa"], "all", 50.6, "gpt-4o"),
        ("phi-4", "score", [], ["mmlu-pro"], "all", 72.6, "gpt-4o"),
        ("phi-4", "score", [], ["math"], "all", 74.6, "gpt-4o"),
    ]
    # two rivals, each with its list
    assert read(
        ex,
        "Phi-4 scores 56.1 and 84.8 on GPQA and MMLU-Pro respectively, above GPT-4o with 50.6 and 72.6 "
        "and Llama 3.1 8B with 30.4 and 48.3.",
    )[3:] == [  # fmt: skip
        ("phi-4", "score", [], ["gpqa"], "all", 50.6, "gpt-4o"),
        ("phi-4", "score", [], ["mmlu-pro"], "all", 72.6, "gpt-4o"),
        ("phi-4", "score", [], ["gpqa"], "all", 30.4, "llama-3.1-8b"),
        ("phi-4", "score", [], ["mmlu-pro"], "all", 48.3, "llama-3.1-8b"),
    ]
    # look-alikes: with no list of the subject's before the rival, "beats Y with N" is the subject's number; a list
    # shorter than the benchmarks named says nothing of whose each is
    assert read(ex, "Phi-4 beats GPT-4o with 56.1% on GPQA.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["gpqa"], "all", None, None),
        ("phi-4", "score", [], ["gpqa"], "all", 56.1, None),
    ]
    assert read(ex, "Phi-4 scores 56.1 and 84.8 on GPQA and MMLU-Pro, ahead of GPT-4o with 50.6.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["gpqa", "mmlu-pro"], "all", None, None),
        ("phi-4", "score", [], ["gpqa"], "all", 56.1, None),
        ("phi-4", "score", [], ["mmlu-pro"], "all", 84.8, None),
    ]


def test_them_at_the_head_of_a_sentence_is_the_other_models_the_sentence_before_names(ex):
    # a launch post's "... has fewer parameters than both the Phi3.5-mini-Instruct and MiniCPM3-4B models. Despite
    # this, it outperforms them in mathematics and coding tasks": "the competitor could not be read: 'them' names no
    # model", a candidate only
    text = "Phi-4 has fewer parameters than both GPT-4o and Llama 3.1 8B. Despite this, it outperforms them on GPQA."
    [f] = ex.extract(Document("t.txt", text))
    assert (f.subject, f.competitors, f.benchmarks, f.review) == (
        "phi-4", ["gpt-4o", "llama-3.1-8b"], ["gpqa"],
        ["'them' read as GPT-4o, Llama 3.1 8B, named in the sentence before",
         "'Despite this, it' read as Phi-4, the model the text is about"],
    )  # fmt: skip
    assert read(ex, "GPT-4o and Llama 3.1 8B are larger. Phi-4 outperforms them on GPQA.") == [
        ("phi-4", "outperforms", ["gpt-4o", "llama-3.1-8b"], ["gpqa"], "all", None, None)
    ]
    # look-alikes: one other model is no "them", and a paragraph break ends what the sentence before names
    assert read(ex, "Phi-4 is smaller than GPT-4o. Despite this, it outperforms them on GPQA.") == []
    assert (
        read(ex, "Phi-4 is smaller than GPT-4o and Llama 3.1 8B.\n\nDespite this, it outperforms them on GPQA.") == []
    )


def test_siblings_one_sentence_ranks_together_stay_in_each_others_cohort(ex):
    # "GLM-4.5 is ranked in the 3rd place and GLM-4.5-Air is ranked in the 6th": each left the other out as a same-day
    # sibling, so GLM-4.5-Air was ranked without GLM-4.5, the model the sentence puts above it
    text = "DeepSeek-V3.2-Speciale is ranked in the 3rd place and DeepSeek-V3.2 (thinking) is ranked in the 6th."
    found = ex.extract(Document("t.txt", text))
    assert [(f.subject, f.top, f.cohort) for f in found] == [
        ("deepseek-v3.2-speciale", 3, {"all_models": True, "exclude": ["deepseek-v3.2-non-thinking"]}),
        ("deepseek-v3.2", 6, {"all_models": True, "exclude": ["deepseek-v3.2-non-thinking"]}),
    ]
    assert found[1].review[-2:] == [
        "the subject's same-day siblings from its developer left out of the cohort: DeepSeek-V3.2 (non-thinking)",
        "kept in the cohort, as the sentence ranks it in the same ranking: DeepSeek-V3.2-Speciale",
    ]
    # look-alike: siblings ranked on different benchmarks are two rankings, each without the other
    text = "DeepSeek-V3.2-Speciale ranks 1st on AIME 2025 and DeepSeek-V3.2 (thinking) ranks 2nd on GPQA Diamond."
    assert [f.cohort["exclude"] for f in ex.extract(Document("t.txt", text))] == [
        ["deepseek-v3.2", "deepseek-v3.2-non-thinking"],
        ["deepseek-v3.2-non-thinking", "deepseek-v3.2-speciale"],
    ]
