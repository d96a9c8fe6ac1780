"""Known misreadings of the extractor found in review, one general rule each, tested on sentences written for the rule
(not taken from a labelled set), with look-alikes that must not change: a comparison asked ("whether X can beat Y") is no
claim, a name in brackets with a placing verb after 'and' ("and GPT-5 (high) sits in second place") starts a claim
of its own, so does a plan after 'and we' ("..., and we will check whether X can beat Y"), and a remark's heading
("EDIT:") is no benchmark. Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.top, f.confidence) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def noted(ex: Extractor, text: str) -> list[tuple]:
    """Each draft's subject, kind, cohort and review notes: what a ranking's cohort was read as, and what was said."""
    return [(f.subject, f.kind, f.cohort, f.review) for f in ex.extract(Document("t.txt", text))]


def reasons(ex: Extractor, text: str) -> list[str]:
    ex.extract(Document("t.txt", text))
    return [c.reason for c in ex.candidates]


def test_a_comparison_asked_or_planned_is_no_claim(ex):
    # drafted as GPT-5 (high) outperforms Gemini 3 Pro, confidence 1.00: a test to come asserts nothing
    text = "We will test whether GPT-5 (high) can beat Gemini 3 Pro on AIME 2025 next month."
    assert read(ex, text) == []
    assert reasons(ex, text) == [
        "hedged, planned or denied ('We will test whether'): not a claim of a result"
    ]  # fmt: skip
    assert read(ex, "Next month we check if GPT-5 (high) outperforms Gemini 3 Pro on AIME 2025.") == []
    assert read(ex, "Whether GPT-5 (high) could beat Gemini 3 Pro on AIME 2025 is still open.") == []
    # look-alikes: the claim comes before the "whether", or the "whether" asks nothing about a comparison
    assert read(ex, "GPT-5 beats Gemini 3 Pro on AIME 2025, and we will test whether it holds next month.") == [
        ("gpt-5-high", "outperforms", ["gemini-3-pro"], ["aime-2025"], 1, 1.0)
    ]
    assert read(ex, "GPT-5 (high) beats Gemini 3 Pro on AIME 2025 whether or not tools are used.") == [
        ("gpt-5-high", "outperforms", ["gemini-3-pro"], ["aime-2025"], 1, 1.0)
    ]


def test_a_bracketed_name_placing_after_and_starts_a_claim_of_its_own(ex):
    # two rankings of Gemini 3 Pro (top 1 and top 2, the first against GPT-5 (high)), and none of GPT-5 (high); the
    # benchmark of the second is carried over from the first clause
    assert read(ex, "Gemini 3 Pro leads on GPQA Diamond and GPT-5 (high) sits in second place on the same chart.") == [
        ("gemini-3-pro", "ranks", [], ["gpqa-diamond"], 1, 0.85),
        ("gpt-5-high", "ranks", [], ["gpqa-diamond"], 2, 0.7),
    ]
    assert read(ex, "Gemini 3 Pro leads on GPQA Diamond and GPT-5 (high) finishes second.") == [
        ("gemini-3-pro", "ranks", [], ["gpqa-diamond"], 1, 0.85),
        ("gpt-5-high", "ranks", [], ["gpqa-diamond"], 2, 0.7),
    ]
    # look-alikes: two subjects of one verb stay one claim each, and a bracketed rival after 'beats' stays a rival
    assert read(ex, "Gemini 3 Pro and GPT-5 (high) sit in the top two on GPQA Diamond.") == [
        ("gemini-3-pro", "ranks", [], ["gpqa-diamond"], 2, 0.85),
        ("gpt-5-high", "ranks", [], ["gpqa-diamond"], 2, 0.85),
    ]
    assert read(ex, "Gemini 3 Pro beats Claude Opus 4 and GPT-5 (high) on GPQA Diamond.") == [
        ("gemini-3-pro", "outperforms", ["claude-opus-4", "gpt-5-high"], ["gpqa-diamond"], 1, 1.0)
    ]


def test_a_plan_after_and_we_is_a_clause_of_its_own(ex):
    # drafted as Qwen3-Max outperforms DeepSeek-V3.2 and Kimi K2, then Qwen3-Max outperforms GLM-4.6: the plan
    # ("and we will check whether ...") ran on in the claim's clause, past the hedge, which looks only before the
    # clause's first comparison
    assert read(
        ex, "Qwen3-Max beats DeepSeek-V3.2 on MMLU-Pro, and we will check whether Kimi K2 can beat GLM-4.6."
    ) == [("Qwen3-Max", "outperforms", ["deepseek-v3.2"], ["mmlu-pro"], 1, 0.7)]
    # drafted with HMMT among the first claim's benchmarks: the plan's benchmark is not the result's
    assert read(ex, "Gemini 3 Pro tops GPQA Diamond and we plan to see whether it also leads on HMMT.") == [
        ("gemini-3-pro", "ranks", [], ["gpqa-diamond"], 1, 0.85)
    ]
    # look-alikes: a claim after "and I think" is still one, and two subjects of one verb stay one claim each
    assert read(ex, "Gemini 3 Pro tops GPQA Diamond, and I think GPT-5 beats o3 on AIME 2025.") == [
        ("gemini-3-pro", "ranks", [], ["gpqa-diamond"], 1, 0.85),
        ("gpt-5-high", "outperforms", ["o3"], ["aime-2025"], 1, 1.0),
    ]
    assert read(ex, "Gemini 3 Pro and Claude Opus 4 beat o3 on AIME 2025.") == [
        ("gemini-3-pro", "outperforms", ["o3"], ["aime-2025"], 1, 1.0),
        ("claude-opus-4", "outperforms", ["o3"], ["aime-2025"], 1, 1.0),
    ]


def test_a_remark_heading_is_no_benchmark_even_alone(ex):
    # drafted with the benchmark 'EDIT' (one the catalog lacks): a claim on no named benchmark is on the shared ones
    assert read(ex, "EDIT: Kimi K2 outperforms GPT-4.1.") == [("kimi-k2", "outperforms", ["gpt-4.1"], "shared", 1, 0.7)]
    assert read(ex, "BREAKING: Claude Opus 4 matches GPT-5.") == [
        ("claude-opus-4", "matches", ["gpt-5-high"], "shared", 1, 0.7)
    ]
    # look-alike: a benchmark's name heading the line is still the claim's benchmark
    assert read(ex, "MMLU-Redux: Kimi K2 outperforms GPT-4.1.") == [
        ("kimi-k2", "outperforms", ["gpt-4.1"], ["MMLU-Redux"], 1, 0.7)
    ]


def test_the_team_behind_a_model_is_no_comparison(ex):
    # after a sentence about GPT-4o, "behind" drafted "kimi-k2 outperforms gpt-4o" and "it" made GPT-4o the best
    text = "GPT-4o is out. The team behind Kimi K2, from Moonshot AI, says it is the best open model on MMLU."
    assert [r[:4] for r in read(ex, text)] == [("kimi-k2", "ranks", [], ["mmlu"])]
    assert [r[:4] for r in read(ex, "GPT-4o is out. The company behind Kimi K2 beats o3 on MMLU.")] == [
        ("kimi-k2", "outperforms", ["o3"], ["mmlu"])
    ]
    # look-alike: a model behind another is still outperformed
    assert [r[:4] for r in read(ex, "Kimi K2 is behind GPT-4o on MMLU.")] == [
        ("gpt-4o", "outperforms", ["kimi-k2"], ["mmlu"])
    ]


def test_a_ranking_denied_is_no_claim(ex):
    # each drafted "Kimi K2 Thinking ranks first among open models on AIME 2025" with no review note: the claim
    # the sentence denies
    for text in (
        "Kimi K2 Thinking is not the best open model on AIME 2025.",
        "Kimi K2 Thinking is no longer the strongest open model on AIME 2025.",
        "Kimi K2 Thinking isn't the top-ranked open model on AIME 2025.",
        "Kimi K2 Thinking is not the highest-ranking open model on AIME 2025.",
    ):
        assert read(ex, text) == [], text
    assert reasons(ex, "Kimi K2 Thinking is not the best open model on AIME 2025.") == [
        "hedged, planned or denied ('is not the best'): not a claim of a result"
    ]
    # look-alikes: the ranking stands, or what is denied is no ranking
    assert read(ex, "Kimi K2 Thinking is the best open model on AIME 2025.") == [
        ("kimi-k2-thinking", "ranks", [], ["aime-2025"], 1, 1.0)
    ]
    assert read(ex, "Kimi K2 Thinking is not the cheapest model, but it beats GPT-5.1 on AIME 2025.") == [
        ("kimi-k2-thinking", "outperforms", ["gpt-5.1"], ["aime-2025"], 1, 0.85)
    ]


def test_a_claim_s_statement_is_its_clause_after_a_clause_read_for_it_or_a_subject_named_nowhere(ex):
    # `extract` died with a traceback (AttributeError in the draft's slug, exit 1) on each: the clause's statement
    # was rebound to the search for an earlier "it" (None) or to the unnamed subjects of the cue before (a list)
    def stated(text):
        return [
            (f.statement, f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))
        ]

    assert stated("MiniMax M2 does well, but not on AIME 2025, where GPT-5.1 beats it.") == [
        ("not on AIME 2025, where GPT-5.1 beats it.", "gpt-5.1", "outperforms", ["minimax-m2"], ["aime-2025"])
    ]
    assert stated("Our model beats GPT-5.1 where MiniMax M2 outperforms Kimi K2 Thinking on AIME 2025.") == [
        (
            "Our model beats GPT-5.1 where MiniMax M2 outperforms Kimi K2 Thinking on AIME 2025.",
            "minimax-m2",
            "outperforms",
            ["kimi-k2-thinking"],
            ["aime-2025"],
        )
    ]


def test_a_win_on_no_benchmark_is_no_claim(ex):
    # each drafted "MiniMax M2 outperforms GPT-5.1 on every shared benchmark", what the sentence denies
    for text in (
        "MiniMax M2 beats GPT-5.1 on no benchmark.",
        "MiniMax M2 beats GPT-5.1 on none of the benchmarks.",
        "MiniMax M2 beats GPT-5.1 on not a single reasoning task.",
    ):
        assert read(ex, text) == [], text
    # look-alikes: a count after "no fewer than", and a benchmark named after "on"
    assert read(ex, "MiniMax M2 beats GPT-5.1 on no fewer than five benchmarks.") == [
        ("minimax-m2", "outperforms", ["gpt-5.1"], "shared", 1, 0.85)  # at least five (its count read)
    ]
    assert read(ex, "MiniMax M2 beats GPT-5.1 on AIME 2025 and on no other benchmark.") == [
        ("minimax-m2", "outperforms", ["gpt-5.1"], ["aime-2025"], 1, 1.0)
    ]


def test_a_benchmark_named_as_an_exception_is_no_benchmark_of_the_claim(ex):
    # each drafted "MiniMax M2 outperforms GPT-5.1 on AIME 2025", the one benchmark the sentence excepts
    def benchmarks(text):
        return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]

    everywhere_else = [("minimax-m2", "outperforms", ["gpt-5.1"], {"exclude": ["aime-2025"]})]
    assert benchmarks("MiniMax M2 beats GPT-5.1 on every benchmark except AIME 2025.") == everywhere_else
    assert benchmarks("MiniMax M2 beats GPT-5.1, but not on AIME 2025.") == everywhere_else
    assert benchmarks("MiniMax M2 beats GPT-5.1 everywhere but AIME 2025.") == everywhere_else
    assert benchmarks("MiniMax M2 beats GPT-5.1 on all benchmarks other than AIME 2025 and HMMT Feb 2025.") == [
        ("minimax-m2", "outperforms", ["gpt-5.1"], {"exclude": ["aime-2025", "hmmt-feb-2025"]})
    ]
    # look-alikes: the other benchmarks named stay, and a claim the exception's own clause makes is on it
    assert benchmarks("MiniMax M2 beats GPT-5.1 on SWE-bench Verified and AIME 2025, except on AIME 2025.") == [
        ("minimax-m2", "outperforms", ["gpt-5.1"], ["swe-bench-verified"])
    ]
    assert benchmarks("MiniMax M2 does well, but not on AIME 2025, where GPT-5.1 beats it.") == [
        ("gpt-5.1", "outperforms", ["minimax-m2"], ["aime-2025"])
    ]
    assert benchmarks("MiniMax M2 beats GPT-5.1 on AIME 2025, except for its older checkpoint.") == [
        ("minimax-m2", "outperforms", ["gpt-5.1"], ["aime-2025"])
    ]


def test_a_benchmark_the_catalog_lacks_named_as_an_exception_is_kept_as_written(ex):
    # a launch post's "across all tasks except IFeval" (the catalog holds 'IFEval strict-prompt' only): the exception
    # was dropped unsaid, and the draft claimed every shared benchmark, the one the sentence leaves out included
    def benchmarks(text):
        return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]

    text = "MiniMax M2 significantly outperforms its competitors, GPT-5.1 and Gemini 3 Pro, across all tasks except IFeval."
    [f] = ex.extract(Document("t.txt", text))
    assert (f.competitors, f.benchmarks, f.quantifier, f.uncatalogued) == (
        ["gpt-5.1", "gemini-3-pro"], {"exclude": ["IFeval"]}, "all", ["IFeval"]
    )  # fmt: skip
    assert f.review[-1] == "IFeval named as an exception: every benchmark with evidence for both sides but it"
    # look-alikes: a word of the stop list after "except" is no benchmark, and a catalog benchmark is read as before
    assert benchmarks("MiniMax M2 beats GPT-5.1 on AIME 2025 in every language except Python.") == [
        ("minimax-m2", "outperforms", ["gpt-5.1"], ["aime-2025"])
    ]
    assert benchmarks("MiniMax M2 beats GPT-5.1 on every benchmark except AIME 2025.") == [
        ("minimax-m2", "outperforms", ["gpt-5.1"], {"exclude": ["aime-2025"]})
    ]


def test_a_ranking_among_models_from_a_place_says_the_cohort_is_not_read(ex):
    # each said "no cohort named: ranked among every model in the catalog", though the sentence names one the
    # catalog cannot tell (where the models come from): the reviewer was told there was nothing to narrow
    for text, said in (
        ("MiniMax M2 is the best model from China on LMArena text.", "model from China"),
        ("MiniMax M2 is the top-ranked model out of Europe on SWE-bench Verified.", "model out of Europe"),
        ("MiniMax M2 is the strongest Chinese model on AIME 2025.", "Chinese model"),
    ):
        assert noted(ex, text) == [
            (
                "minimax-m2",
                "ranks",
                {"all_models": True},
                [
                    f"'{said}' names a class of models the catalog cannot tell: ranked among every model in the "
                    "catalog; narrow the cohort by hand"
                ],
            )
        ], text
    # look-alikes: no class named, and an open-weights cohort the catalog reads
    assert noted(ex, "MiniMax M2 is the best model on AIME 2025, from what we have seen.") == [
        ("minimax-m2", "ranks", {"all_models": True}, ["no cohort named: ranked among every model in the catalog"])
    ]
    assert noted(ex, "MiniMax M2 is the best open model from China on AIME 2025.") == [
        ("minimax-m2", "ranks", {"open_weights": True}, [])
    ]


def test_a_ranking_among_a_kind_of_models_says_the_cohort_is_not_read(ex):
    # "achieving new state-of-the-art results for dense models" was drafted among every model with the note "no
    # cohort named": the class the sentence names (dense, reasoning, MoE models) was dropped without a word
    for text, said in (
        ("MiniMax M2 achieves new state-of-the-art results for dense models on AIME 2025.", "for dense models"),
        ("MiniMax M2 is the best among reasoning models on AIME 2025.", "among reasoning models"),
        ("MiniMax M2 ranks first of all MoE models on AIME 2025.", "of all MoE models"),
        ("MiniMax M2 is the best among small vision-language models on AIME 2025.",
         "among small vision-language models"),
    ):  # fmt: skip
        assert noted(ex, text) == [
            (
                "minimax-m2",
                "ranks",
                {"all_models": True},
                [
                    f"'{said}' names a class of models the catalog cannot tell: ranked among every model in the "
                    "catalog; narrow the cohort by hand"
                ],
            )
        ], text
    # look-alikes: words that name no class of models, and a class the catalog reads
    for text in (
        "MiniMax M2 ranks first among all models on AIME 2025.",
        "MiniMax M2 is the best of these models on AIME 2025.",
        "MiniMax M2 is the best among leading models on AIME 2025.",
        "MiniMax M2 is the best among frontier models on AIME 2025.",
    ):
        assert noted(ex, text) == [
            ("minimax-m2", "ranks", {"all_models": True}, ["no cohort named: ranked among every model in the catalog"])
        ], text
    assert noted(ex, "MiniMax M2 is the best among open-source models on AIME 2025.") == [
        ("minimax-m2", "ranks", {"open_weights": True}, [])
    ]


def test_a_ranking_from_the_bottom_is_never_silent(ex):
    # "performs worst among" gave no draft and no candidate: silence, which `extract` must never be
    assert read(ex, "Kimi K2 Thinking performs worst among open models on AIME 2025.") == []
    assert reasons(ex, "Kimi K2 Thinking performs worst among open models on AIME 2025.") == [
        "cue not understood: no subject and competitor, ranking or quoted score could be read"
    ]
    # look-alike: "last" that ranks nothing stays without a word
    assert reasons(ex, "Kimi K2 Thinking was released last year.") == []


def test_a_win_on_one_benchmark_is_at_least_one_not_all(ex):
    # each was read as "all" ("no quantifier stated"): a win on every shared benchmark, for a text that claims one
    def counted(text):
        return [(f.benchmarks, f.quantifier) for f in ex.extract(Document("t.txt", text))]

    for text in (
        "MiniMax M2 beats GPT-5.1 on one benchmark.",
        "MiniMax M2 beats GPT-5.1 on a single benchmark.",
        "MiniMax M2 beats GPT-5.1 on at least one benchmark.",
    ):
        assert counted(text) == [("shared", {"at_least": 1})], text
    assert counted("MiniMax M2 beats GPT-5.1 on no fewer than five benchmarks.") == [("shared", {"at_least": 5})]
    # look-alikes: a count of two is read as before, and the one benchmark named is the claim's
    assert counted("MiniMax M2 beats GPT-5.1 on two benchmarks.") == [("shared", {"at_least": 2})]
    assert counted("MiniMax M2 beats GPT-5.1 on one benchmark, AIME 2025.") == [(["aime-2025"], "all")]


def test_a_superlative_over_a_group_of_models_is_a_ranking(ex):
    # "the strongest among open models" was only a candidate ("'strongest' is no phrase of the lexicon")
    def drafted(text):
        return [(f.subject, f.kind, f.cohort, f.benchmarks, f.top) for f in ex.extract(Document("t.txt", text))]

    assert drafted("MiniMax M2 is the strongest among open models on AIME 2025.") == [
        ("minimax-m2", "ranks", {"open_weights": True}, ["aime-2025"], 1)
    ]
    assert drafted("MiniMax M2 is the most capable of all open-weight models on SWE-bench Verified.") == [
        ("minimax-m2", "ranks", {"open_weights": True}, ["swe-bench-verified"], 1)
    ]
    # look-alikes: a superlative of a result, not over a group of models, stays a candidate
    assert drafted("MiniMax M2 posted the strongest result in years on AIME 2025.") == []
    assert reasons(ex, "MiniMax M2 posted the strongest result in years on AIME 2025.") == [
        "cue not understood: 'strongest' is no phrase of the lexicon"
    ]


def test_as_well_as_is_a_match_only_after_a_verb_of_performing(ex):
    # "Compared to X, Y demonstrates significant advancements in code, as well as reasoning" was drafted as Y
    # matching X: the conjunction "as well as" read as the cue "performs as well as"
    def drafted(text):
        return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]

    assert drafted(
        "Compared to GPT-4o, Kimi K2 demonstrates significant advancements in code, as well as reasoning."
    ) == [
        ("kimi-k2", "outperforms", ["gpt-4o"], "shared")
    ]  # the advancements are a win over the fronted model; the conjunction adds no match
    # the conjunction between two rivals joins them; after a verb of performing it is the match
    assert drafted("Kimi K2 beats GPT-4.1 as well as GPT-4o on MMLU.") == [
        ("kimi-k2", "outperforms", ["gpt-4.1", "gpt-4o"], ["mmlu"])
    ]
    assert drafted("Kimi K2 performs as well as GPT-4o on MMLU.") == [("kimi-k2", "matches", ["gpt-4o"], ["mmlu"])]


def test_a_benchmarks_version_in_brackets_is_that_benchmark(tmp_path):
    # a launch post's "on LiveCodeBench (2305-2409), MultiPL-E and MBPP" beside a catalog's 'LiveCodeBench 2305-2409':
    # drafted on 'LiveCodeBench', a benchmark the catalog lacks, so the claim could not be verified
    from harness.claims.catalog import load_catalog

    (tmp_path / "catalog").mkdir()
    (tmp_path / "catalog" / "c.yaml").write_text(
        "organisations: [{id: lab, name: Lab}]\n"
        "models:\n"
        "  - {id: zorb-7b, name: Zorb-7B, developer: lab, open_weights: true}\n"
        "  - {id: orca-9b, name: Orca-9B, developer: lab, open_weights: true}\n"
        "benchmarks:\n"
        "  - {id: lcb, name: LiveCodeBench 2305-2409, items_status: unknown}\n"
        "  - {id: livebench, name: LiveBench 0831, items_status: unknown}\n"
        "  - {id: alignbench, name: AlignBench v1.1, items_status: unknown}\n"
        "  - {id: mbpp, name: MBPP, items: 500}\n"
    )
    mine = Extractor(load_catalog(tmp_path / "catalog", tmp_path))

    def drafted(text):
        return [(f.benchmarks, f.uncatalogued, f.review) for f in mine.extract(Document("t.txt", text))]

    assert drafted("Zorb-7B beats Orca-9B on LiveCodeBench (2305-2409), LiveBench (0831) and AlignBench (v1.1).") == [
        (
            ["lcb", "livebench", "alignbench"],
            [],
            [
                "read as LiveCodeBench 2305-2409 (its version in brackets)",
                "read as LiveBench 0831 (its version in brackets)",
                "read as AlignBench v1.1 (its version in brackets)",
                "no quantifier stated: read as all",
            ],
        )
    ]
    # look-alikes: a score in brackets is no version, and another version in brackets is not the catalog's
    assert [b for b, _, _ in drafted("Zorb-7B beats Orca-9B on MBPP (72.7).")] == [["mbpp"], ["mbpp"]]
    [(benchmarks, uncatalogued, _)] = drafted("Zorb-7B beats Orca-9B on LiveCodeBench (2408-2502).")
    assert "lcb" not in benchmarks


def test_a_benchmark_the_catalog_lacks_is_offered_the_catalog_names_it_heads(tmp_path):
    # 'IFeval' beside a catalog's 'IFEval strict-prompt': "closest: HumanEval, HumanEval+", closer in spelling, and
    # not the benchmark the text means
    from harness.claims.catalog import load_catalog

    (tmp_path / "catalog").mkdir()
    (tmp_path / "catalog" / "c.yaml").write_text(
        "organisations: [{id: lab, name: Lab}]\n"
        "models:\n"
        "  - {id: zorb-7b, name: Zorb-7B, developer: lab, open_weights: true}\n"
        "  - {id: orca-9b, name: Orca-9B, developer: lab, open_weights: true}\n"
        "benchmarks:\n"
        "  - {id: ifeval, name: IFEval strict-prompt, items_status: unknown}\n"
        "  - {id: humaneval, name: HumanEval, items: 164}\n"
        "  - {id: humaneval-plus, name: HumanEval+, items: 164}\n"
    )
    mine = Extractor(load_catalog(tmp_path / "catalog", tmp_path))
    [f] = mine.extract(Document("t.txt", "Zorb-7B beats Orca-9B on every benchmark except IFeval."))
    assert (
        f.review[0] == "benchmark 'IFeval' is not in the catalog (closest: IFEval strict-prompt, HumanEval, HumanEval+)"
    )
    # look-alike: a name no catalog name starts with is offered by spelling alone
    [f] = mine.extract(Document("t.txt", "Zorb-7B beats Orca-9B on every benchmark except HumanEvalX."))
    assert f.review[0] == "benchmark 'HumanEvalX' is not in the catalog (closest: HumanEval, HumanEval+)"
