"""Classes of sentences the extractor missed or misread on the fifth fresh check set, one rule each, tested
on sentences written for the rule (not taken from a labelled set), with look-alikes that must not change. Catalog:
the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value, f.model) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_name_with_its_own_verb_after_comma_and_starts_a_claim_of_its_own(ex):
    # Gemma 2 9B was a second competitor of Llama 3 70B, and Llama 3 70B the subject of "matches"
    assert read(ex, "Llama 3 70B beats GPT-4o, and Gemma 2 9B matches GPT-3.5.") == [
        ("Llama 3 70B", "outperforms", ["gpt-4o"], "shared", "all", None, None),
        ("Gemma 2 9B", "matches", ["GPT-3.5"], "shared", "all", None, None),
    ]
    # a rival left unnamed is no claim, and the next model is never that rival
    assert read(ex, "Phi-4 rivals larger 7B models, and Falcon-H1-0.5B performs comparably to Mistral 7B.") == [
        ("Falcon-H1-0.5B", "matches", ["mistral-7b"], "shared", "all", None, None)
    ]
    assert read(ex, "Phi-4 beats Llama 3 8B, and o1 trails GPT-4o on MATH.") == [
        ("phi-4", "outperforms", ["Llama 3 8B"], ["math"], "all", None, None),
        ("gpt-4o", "outperforms", ["o1"], ["math"], "all", None, None),
    ]
    # look-alikes: a list of competitors that goes on after ", and" stays one claim
    assert read(ex, "Phi-4 beats Llama 3 8B, Gemma 2 9B, and Mistral 7B across the board.") == [
        ("phi-4", "outperforms", ["Llama 3 8B", "Gemma 2 9B", "mistral-7b"], "shared", "all", None, None)
    ]
    assert read(ex, "Phi-4 beats Llama 3 8B, and Mistral 7B in most tests.") == [
        ("phi-4", "outperforms", ["Llama 3 8B", "mistral-7b"], "shared", "most", None, None)
    ]


def test_it_after_a_cue_with_no_claim_before_names_no_competitor(ex):
    text = "A fine captioner, but Qwen2.5-VL 7B beats it on OCR, and MiniCPM-V 2.6 beats it on speed."
    assert read(ex, text) == []
    assert reasons(ex) == [
        "the competitor could not be read: 'it' names no model; names the catalog does not know: 'Qwen2.5-VL 7B', "
        "'MiniCPM-V 2.6'"
    ]
    # look-alike: "it" after a claim that names a competitor is that competitor
    assert read(ex, "Gemma 2 9B beats GPT-4o on MMLU but trails it on MATH.") == [
        ("Gemma 2 9B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("gpt-4o", "outperforms", ["Gemma 2 9B"], ["math"], "all", None, None),
    ]


def test_a_share_of_a_rivals_result_is_no_comparison_and_no_score(ex):
    # "surpasses 90% of X's capabilities" was drafted as a match with X (and the 90% as a score)
    assert read(ex, "Phi-4 rivals or even surpasses 90% of GPT-4o's capabilities on MMLU.") == []
    assert reasons(ex) == ["a share of GPT-4o's results ('90% of'), not a comparison with it"]
    assert read(ex, "Phi-4 delivers performance matching over two thirds of GPT-4o on MMLU.") == []
    # look-alikes: a margin, a score of problems solved, a score beside the comparison
    assert read(ex, "Phi-4 surpasses GPT-4o by 9% on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Phi-4 solves 53.3% of the problems on AIME 2024, above GPT-4o.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["aime-2024"], "all", None, None),
        ("phi-4", "score", [], ["aime-2024"], "all", 53.3, None),
    ]


def test_a_ratio_of_cost_to_performance_is_about_cost(ex):
    # "performance" in "cost-to-performance" named a result, so "the best ... among OSS models" was a ranking
    assert read(ex, "Phi-4 offers the best cost-to-performance ratio among open models.") == []
    assert reasons(ex) == ["about cost, speed, size or popularity ('cost-to-performance'), not benchmark results"]
    assert read(ex, "Phi-4 beats GPT-4o on performance per dollar.") == []
    assert reasons(ex) == ["about cost, speed, size or popularity ('performance per dollar'), not benchmark results"]
    # look-alike: performance alone is a result
    assert read(ex, "Phi-4 offers the best performance among open models on MMLU.")[0][:2] == ("phi-4", "ranks")


def test_a_family_with_a_modality_or_mode_is_a_name_the_catalog_lacks(ex):
    # "Kimi-VL" and "Kimi-VL-Thinking" were no names at all: the sentence gave a candidate, or its score went to GPT-4o
    assert read(ex, "Kimi-VL scores 64.5 on LongVideoBench.") == [
        ("Kimi-VL", "score", [], ["LongVideoBench"], "all", 64.5, None)
    ]
    assert read(ex, "Qwen-Audio-Thinking outperforms GPT-4o on MMAU.") == [
        ("Qwen-Audio-Thinking", "outperforms", ["gpt-4o"], ["MMAU"], "all", None, None)
    ]
    # look-alikes: a family and a word that is no tier, or three words with a verb, stay no name
    assert read(ex, "The Kimi-Team report says GPT-4o beats Claude 3.5 Sonnet on MMMU.") == [
        ("gpt-4o", "outperforms", ["claude-3.5-sonnet"], ["MMMU"], "all", None, None)
    ]
    assert read(ex, "Nova Pro Beats Llama on MMLU.") == []


def test_a_benchmark_list_goes_on_past_a_score_in_brackets(ex):
    # "on MMMU (61.7) and MathVista (71.3)": MathVista was not read, nor its score
    assert read(ex, "Phi-4 beats GPT-4o on MMLU (80.1%), BoolQ (90.2%) and Winograd (70.5%).") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu", "BoolQ", "Winograd"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 80.1, None),
        ("phi-4", "score", [], ["BoolQ"], "all", 90.2, None),
        ("phi-4", "score", [], ["Winograd"], "all", 70.5, None),
    ]
    # look-alike: a family after the bracket is no benchmark
    assert read(ex, "Phi-4 beats GPT-4o on MMLU (80.1%) and Mistral on speed.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 80.1, None),
    ]


def test_parity_competitive_if_not_superior_compared_favorably_and_debuted_at_a_place(ex):
    assert read(ex, "Hermes 3 70B is competitive, if not superior, to Llama 3.1 70B at general capabilities.") == [
        ("Hermes 3 70B", "matches", ["Llama 3.1 70B"], "shared", "all", None, None)
    ]
    assert read(ex, "Yi-34B launched with slides claiming parity with GPT-4o and Claude 3.5 Sonnet.") == [
        ("Yi-34B", "matches", ["gpt-4o", "claude-3.5-sonnet"], "shared", "all", None, None)
    ]
    assert read(ex, "Phi-4 compares favourably with GPT-4o on MMLU.") == [
        ("phi-4", "matches", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    [f] = ex.extract(Document("t.txt", "Qwen2.5-72B debuted at #2 in the open category on the LMArena leaderboard."))
    assert (f.subject, f.kind, f.top, f.benchmarks) == ("Qwen2.5-72B", "ranks", 2, ["lmarena-text"])
    # a place with no board named is a ranking all the same (test_extract_places.py); look-alike: "#2" that is no
    # place after "at"
    assert read(ex, "Qwen2.5-72B debuted at #2 in the charts.") == [
        ("Qwen2.5-72B", "ranks", [], "shared", "all", None, None)
    ]
    assert read(ex, "Qwen2.5-72B shipped with issue #2 fixed.") == []


def test_a_clause_goes_on_with_the_subject_the_clause_before_could_not_read(ex):
    # the clause after "and even" / "while" took the text's first model (a competitor of the clause before) as subject
    text = "Apple's model compared favorably to Llama 3.1 8B and even outperformed Qwen2.5-7B."
    assert read(ex, text) == []
    assert reasons(ex) == ["no subject the catalog knows; the subject could not be read: the clause before names none"]
    text = "In tests, it competes with GPT-4o-mini and Qwen2.5-7B, while surpassing GPT-4o in several domains."
    assert read(ex, text) == []
    assert reasons(ex) == [
        "the subject could not be read: 'it' names no model; the subject could not be read: the clause before names none"
    ]
    # look-alikes: a named subject goes on; "rivals and even beats" is one one-sided match
    assert read(ex, "Phi-4 compared favorably to Llama 3.1 8B and even outperformed Qwen2.5-7B.") == [
        ("phi-4", "matches", ["llama-3.1-8b"], "shared", "all", None, None),
        ("phi-4", "outperforms", ["qwen2.5-7b"], "shared", "all", None, None),
    ]
    [f] = ex.extract(Document("t.txt", "Phi-4 rivals and even beats Qwen2.5-7B on MMLU."))
    assert (f.subject, f.kind, f.direction, f.competitors) == ("phi-4", "matches", "at_least", ["qwen2.5-7b"])


def test_a_name_no_family_starts_is_a_model_where_it_stands_before_a_cue_or_a_score(ex):
    # names with a version, a capital inside or a size, that start like no family the catalog or lexicon knows,
    # gave a candidate ('no subject the catalog knows') or lent their claim to another model
    assert read(ex, "Mercury 2 hit 90% on AIME 2025.") == [("Mercury 2", "score", [], ["aime-2025"], "all", 90.0, None)]
    assert read(ex, "Our model s1-32B exceeds o1-preview on MATH.") == [
        ("s1-32B", "outperforms", ["o1-preview"], ["math"], "all", None, None)
    ]
    assert read(ex, "Zamba2 (7B) outperforms Mistral 7B on MMLU.") == [
        ("Zamba2", "outperforms", ["mistral-7b"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "DiffusionGemma trails Gemma 3 27B across the board.") == [
        ("gemma-3-27b", "outperforms", ["DiffusionGemma"], "shared", "all", None, None)
    ]
    # look-alikes: a table's or figure's number, a benchmark after "on", a shape with no cue after it
    assert read(ex, "Table 3 outperforms Figure 2 on MMLU.") == []
    assert read(ex, "Phi-4 scores 59.8 on SciCode ahead of GPT-4o.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["SciCode"], "all", None, None),
        ("phi-4", "score", [], ["SciCode"], "all", 59.8, None),
    ]
    assert read(ex, "Hermes 3 was released in 2024, while GPT-4o beats Claude 3.5 Sonnet on MMLU.") == [
        ("gpt-4o", "outperforms", ["claude-3.5-sonnet"], ["mmlu"], "all", None, None)
    ]


def test_a_gain_and_a_percentile_are_no_scores_and_metrics_like_lists_benchmarks(ex):
    # "a 14.4% absolute gain", "an 8.1% overall improvement", "the top 20% of students" were read as scores
    assert read(ex, "Phi-4 beats GPT-4o on MMLU, a 14.4% absolute gain, and an 8.1% overall improvement.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Phi-4 solves 53.3% of AIME 2024 problems, ranking among the top 20% of students.") == [
        ("phi-4", "score", [], ["aime-2024"], "all", 53.3, None)
    ]
    # "metrics like GenEval (80%)": GenEval is a benchmark, and 80% its score
    assert read(ex, "Phi-4 beats GPT-4o in metrics like GenEval (80%) and DPG-Bench (84.19).") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["GenEval", "DPG-Bench"], "all", None, None),
        ("phi-4", "score", [], ["GenEval"], "all", 80.0, None),
        ("phi-4", "score", [], ["DPG-Bench"], "all", 84.19, None),
    ]
    # look-alikes: a top k that is no percentile; a score with a gain after it
    [f] = ex.extract(Document("t.txt", "Phi-4 ranks among the top 3 on the LMArena leaderboard."))
    assert (f.kind, f.top) == ("ranks", 3)
    assert read(ex, "Phi-4 scores 80.1% on MMLU, a gain of 3 points.")[-1] == (
        "phi-4", "score", [], ["mmlu"], "all", 80.1, None
    )  # fmt: skip


def test_a_win_over_a_whole_class_of_models_is_a_ranking_among_them(ex):
    # "outperforms existing open-data reasoning models" gave 'no competitor the catalog knows'
    [f] = ex.extract(Document("t.txt", "Phi-4 is ahead of other open-source models on MATH."))
    assert (f.subject, f.kind, f.top, f.cohort, f.benchmarks) == ("phi-4", "ranks", 1, {"open_weights": True}, ["math"])
    assert "'ahead of other open-source models' read as first place" in f.review
    assert read(ex, "Phi-4 outperforms existing open-data reasoning models on MATH.") == [
        ("phi-4", "ranks", [], ["math"], "all", None, None)
    ]
    # look-alikes: larger models or a size are no class of the subject's (its own class by size is: see
    # test_extract_conventions.py); named examples are the competitors
    for text in ("Phi-4 outperforms larger models on MATH.", "Phi-4 outperforms existing 7B models on MATH."):
        assert read(ex, text) == [], text
        assert reasons(ex) == ["no competitor the catalog knows"], text
    assert read(ex, "Phi-4 beats other models such as GPT-4o on MATH.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["math"], "all", None, None)
    ]


def test_never_silent_a_boxed_score_with_no_model_a_developers_score_and_a_name_shaped_without_a_digit(ex):
    # each gave neither a draft nor a candidate
    assert read(ex, "Additional strong results include LiveCodeBench (64.9 points) and MMLU (91.9 points).") == []
    assert reasons(ex) == ["the subject could not be read: the sentence names no model"]
    assert read(ex, "On the GPQA Diamond benchmark: 61.6 vs. DeepSeek's 57.6.") == []
    assert reasons(ex) == ["cue 'benchmark' beside 'DeepSeek' not understood"]
    assert read(ex, "Janus-Pro's architecture makes it superior to models like DALL-E and Stable Diffusion.") == []
    # (DALL-E, listed after "models like", is read as a model the catalog lacks: the subject is what is missing)
    assert reasons(ex) == ["the subject could not be read: 'it' names no model"]
    # look-alikes: a bracket that holds no score, a developer with no number, stay silent
    assert read(ex, "Phi-4 was released on MMLU (a test) day.") == [] and reasons(ex) == []
    assert read(ex, "DeepSeek's team wrote the paper on GPQA Diamond.") == [] and reasons(ex) == []


def test_a_catalog_benchmark_with_another_number_is_another_edition_the_catalog_lacks(ex):
    # "ARC-AGI-1" beside the catalog's ARC-AGI-2 was read as a model's name (no score); "AIME 2026" as AIME
    assert read(ex, "GPT-5 scores 65.7% on ARC-AGI-1.") == [
        ("gpt-5-high", "score", [], ["ARC-AGI-1"], "all", 65.7, None)
    ]
    assert read(ex, "On Arc AGI v1, GPT-5 scores 65.7% versus Grok 4's 66.7%.") == [
        ("gpt-5-high", "score", [], ["Arc AGI v1"], "all", 65.7, None),
        ("Grok 4", "score", [], ["Arc AGI v1"], "all", 66.7, None),
        ("Grok 4", "outperforms", ["gpt-5-high"], ["Arc AGI v1"], "all", None, None),
    ]
    assert read(ex, "Phi-4 scores 50% on AIME 2026.") == [("phi-4", "score", [], ["AIME 2026"], "all", 50.0, None)]
    # look-alikes: the catalog's own editions, the unnumbered name, a number that is a setting
    assert read(ex, "Phi-4 scores 50% on AIME 2025.")[0][3] == ["aime-2025"]
    assert read(ex, "GPT-5 scores 65.7% on ARC-AGI-2.")[0][3] == ["arc-agi-2"]
    assert read(ex, "Phi-4 scores 50% on AIME.")[0][3] == ["aime"]
    assert read(ex, "Phi-4 scores 80% on MMLU 5-shot.")[0][3] == ["mmlu"]


def test_placing_and_finishing_a_place_is_a_ranking(ex):
    # "placing second behind o1" gave only o1's win (and the subject's score to o1)
    assert read(ex, "Hunyuan-T1 scored 87.2 points on MMLU-Pro, placing second behind OpenAI's o1.") == [
        ("Hunyuan-T1", "ranks", [], ["mmlu-pro"], "all", None, None),
        ("o1", "outperforms", ["Hunyuan-T1"], ["mmlu-pro"], "all", None, None),
        ("Hunyuan-T1", "score", [], ["mmlu-pro"], "all", 87.2, None),
    ]
    [f, _] = ex.extract(Document("t.txt", "Phi-4 scored 80% on MMLU, finishing third."))
    assert (f.kind, f.top) == ("ranks", 3)
    # look-alike: "placing" with no place
    assert read(ex, "Phi-4 scored 80% on MMLU, placing it among strong models.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None)
    ]


def test_a_threshold_is_no_score(ex):
    # "the first model to exceed the 80% threshold" gave a second score claim, of 80
    text = "Claude 3.5 Sonnet scored 80.9% on SWE-bench Verified, the first model to exceed the 80% threshold."
    assert read(ex, text) == [("claude-3.5-sonnet", "score", [], ["swe-bench-verified"], "all", 80.9, None)]
    assert read(ex, "GPT-4o passed the 1300-point mark on LMArena.") == []
    # look-alike: a score called a mark of its own is still the score ("a mark of 81%")
    assert read(ex, "GPT-4o scored 81% on MMLU, a mark no model had reached.")[0][5] == 81.0


def test_with_a_model_reaching_a_number_the_number_is_that_models(ex):
    # "..., with InternVL3.5-241B reaching 77.7%" gave the 77.7 to the sentence's subject
    text = "Phi-4 achieves 72.2% on MMLU (surpassing GPT-4o's 69.1%), with Qwen2.5-72B reaching 77.7%."
    assert read(ex, text)[-1] == ("phi-4", "score", [], ["mmlu"], "all", 77.7, "Qwen2.5-72B")
    # look-alike: the subject's own participle keeps its number
    assert read(ex, "Phi-4 beats GPT-4o on MMLU, reaching 80.1%.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 80.1, None),
    ]


def test_a_series_of_verbs_each_with_its_own_benchmark_gives_each_claim_its_own(ex):
    # "matches X on A, beats Y on B, scores 59.8 on C": every claim took every benchmark (or the wrong one)
    text = "Phi-4 matches Claude Opus 4 on MMLU, beats GPT-4o on GSM8K, scores 59.8 on MATH ahead of both."
    assert read(ex, text) == [
        ("phi-4", "matches", ["claude-opus-4"], ["mmlu"], "all", None, None),
        ("phi-4", "outperforms", ["gpt-4o"], ["gsm8k"], "all", None, None),
        ("phi-4", "score", [], ["math"], "all", 59.8, None),
    ]
    # look-alikes: a participle after a comma keeps the clause's benchmark; a list of models stays one claim
    assert read(ex, "Phi-4 scores 80.1% on MMLU, beating GPT-4o.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 80.1, None),
    ]
    assert read(ex, "Phi-4 beats GPT-4o, o1 and Claude Opus 4 on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o", "o1", "claude-opus-4"], ["mmlu"], "all", None, None)
    ]


def test_a_bench_written_apart_and_a_benchmark_with_a_word_before_the_noun_are_benchmarks(ex):
    # "Terminal Bench" and "the MCP-Atlas tool-calling benchmark" were not read, so the claims took others
    assert read(ex, "Phi-4 matches GPT-4o on Terminal Bench.") == [
        ("phi-4", "matches", ["gpt-4o"], ["Terminal Bench"], "all", None, None)
    ]
    assert read(ex, "Phi-4 leads the MCP-Atlas tool-calling benchmark.") == [
        ("phi-4", "ranks", [], ["MCP-Atlas"], "all", None, None)
    ]
    # look-alikes: "the bench" and a plain word before "benchmark" are no names
    assert read(ex, "Phi-4 leads the pack on the bench.") == []
    assert read(ex, "Phi-4 leads the new math benchmark.")[0][3] == {"tags": ["math"]}


def test_an_editions_year_in_two_digits_is_that_edition_where_the_catalog_has_it(ex):
    # "AIME24" was a benchmark the catalog lacks, "AIME 24" the undated AIME; "AIME24/25" named only the first
    assert read(ex, "Phi-4 beats GPT-4o on AIME24, scoring 80.2%.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["aime-2024"], "all", None, None),
        ("phi-4", "score", [], ["aime-2024"], "all", 80.2, None),
    ]
    assert ex.extract(Document("t.txt", "Phi-4 beats GPT-4o on AIME24."))[0].review == [
        "read as AIME 2024 (its year in two digits)"
    ]
    assert read(ex, "Phi-4 scores 91.0% on AIME 25 and beats o1 on AIME'24.") == [
        ("phi-4", "score", [], ["aime-2025"], "all", 91.0, None),
        ("phi-4", "outperforms", ["o1"], ["aime-2024"], "all", None, None),
    ]
    assert read(ex, "Phi-4 beats GPT-4o on AIME24/25.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["aime-2024", "aime-2025"], "all", None, None)
    ]
    # look-alikes: a year the catalog has no edition of, a share after the name, the year in full
    assert read(ex, "Phi-4 scores 81% on AIME26.") == [("phi-4", "score", [], ["AIME26"], "all", 81.0, None)]
    assert read(ex, "Phi-4 beats GPT-4o on AIME 24% of the time.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["aime"], "all", None, None),
        ("phi-4", "score", [], ["aime"], "all", 24.0, None),
    ]
    assert read(ex, "Phi-4 beats GPT-4o on AIME 2024.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["aime-2024"], "all", None, None)
    ]


def test_a_quoted_score_on_a_benchmark_with_no_model_named_is_a_candidate(ex):
    # silent once "AIME24" was read as a benchmark, not as a name the catalog lacks
    for text in (
        "On AIME24, budget forcing lifts the score from 50% to 57%.",
        "AIME24 accuracy reaches a score of 57.3%.",
    ):
        assert read(ex, text) == []
        assert reasons(ex) == ["the subject could not be read: the sentence names no model"], text
    # look-alikes: no benchmark, or a number with no word that quotes it as a score: no word
    for text in ("Budget forcing lifts the score from 50% to 57%.", "AIME24: 57.3%, up from 50%"):
        assert read(ex, text) == []
        assert reasons(ex) == [], text


def test_a_subject_named_by_role_is_the_model_the_title_names(ex):
    # "The model", "Our model" where only the title names the model: a candidate ('names no model')
    assert read(ex, "Zamba2 7B: a new hybrid\n\nThe model beats Mistral 7B on MMLU.") == [
        ("Zamba2 7B", "outperforms", ["mistral-7b"], ["mmlu"], "all", None, None)
    ]
    assert (
        ex.extract(Document("t.txt", "Zamba2 7B: a new hybrid\n\nThe model beats Mistral 7B on MMLU."))[0].review[0]
        == "'The model' read as Zamba2 7B, the model the document's title names"
    )
    assert read(ex, "Mercury 2\n\nOur model beats GPT-4o on MMLU.") == [
        ("Mercury 2", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    # look-alikes: a title that names no model, or a benchmark; "the model" with no title stays a candidate
    for text in (
        "How we tested\n\nThe model beats GPT-4o on MMLU.",
        "MMLU-Pro: a harder test\n\nThe model beats GPT-4o on MMLU.",
        "The model beats GPT-4o on MMLU.",
    ):
        assert read(ex, text) == []
        assert reasons(ex) == ["the subject could not be read: 'The model' names no model"], text


def test_the_series_and_a_name_the_text_defines_as_a_model(ex):
    # "The series" was no pronoun, and "xLAM is a family of ... models" named no model: no subject
    text = "xLAM is a family of open agent models. The series beats GPT-4o on MMLU."
    assert read(ex, text) == [("xLAM", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)]
    assert read(ex, "Mercury 2 is a diffusion LLM. The model ranks second on the LMArena text leaderboard.")[0][:2] == (
        "Mercury 2",
        "ranks",
    )
    # look-alikes: a name-shaped word the text does not call a model is no subject
    assert read(ex, "Windows 11 is a popular operating system. The model beats GPT-4o on MMLU.") == []
    assert reasons(ex) == ["the subject could not be read: 'The model' names no model"]
    assert read(ex, "xLAM is a family of open agent models. The model beats GPT-4o on MMLU.") == [
        ("xLAM", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]


def test_a_name_the_catalog_lacks_listed_with_a_model_after_a_cue_is_a_competitor(ex):
    # "ahead of both Opus 4.7 and GPT-5.5" named GPT-5.5 alone: "Opus 4.7" starts like no family
    assert read(ex, "Phi-4 scores 59.8 on SciCode ahead of both Opus 4.7 and GPT-5.5.") == [
        ("phi-4", "outperforms", ["Opus 4.7", "GPT-5.5"], ["SciCode"], "all", None, None),
        ("phi-4", "score", [], ["SciCode"], "all", 59.8, None),
    ]
    assert read(ex, "Phi-4 beats GPT-4o and Opus 4.7 on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o", "Opus 4.7"], ["mmlu"], "all", None, None)
    ]
    # look-alikes: a lone object may be any capitalised word and number (a candidate says which), so may a listed
    # one whose first word no catalog name has after its brand ("Atlas 9", not "Opus 4.7" beside Claude Opus 4),
    # and a name-shaped word after no cue stays a word
    assert read(ex, "Phi-4 beats GPT-4o and Atlas 9 on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Phi-4 beats Opus 4.7 on MMLU.") == []
    assert reasons(ex) == ["no competitor the catalog knows: 'Opus 4.7'"]
    assert read(ex, "Phi-4 beats GPT-4o on MMLU, and Windows 11 and GPT-4o run it.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]


def test_a_mode_or_budget_in_brackets_is_part_of_the_name_as_written(ex):
    # "Claude Opus 4.5 (thinking-32k)" was drafted as Claude Opus 4.5, another model than the one ranked
    assert read(ex, "Claude Opus 4.5 (thinking-32k) took first place on WebDev Arena, surpassing Gemini 3 Pro.") == [
        ("Claude Opus 4.5 (thinking-32k)", "ranks", [], ["webdev-arena"], "all", None, None),
        ("Claude Opus 4.5 (thinking-32k)", "outperforms", ["gemini-3-pro"], ["webdev-arena"], "all", None, None),
    ]
    # ... a catalog model's name too, where the catalog has no entry for that mode
    assert read(ex, "o3 (high) beats GPT-4o on AIME 2025.") == [
        ("o3 (high)", "outperforms", ["gpt-4o"], ["aime-2025"], "all", None, None)
    ]
    # look-alikes: a mode the catalog names as a model of its own, a checkpoint date, a developer in brackets
    assert read(ex, "GPT-5 (high) beats o3 on AIME 2025.") == [
        ("gpt-5-high", "outperforms", ["o3"], ["aime-2025"], "all", None, None)
    ]
    assert read(ex, "GPT-4o (2024-05-13) beats o1 on MMLU.") == [
        ("gpt-4o", "outperforms", ["o1"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "o3 (OpenAI) beats GPT-4o on AIME 2025.") == [
        ("o3", "outperforms", ["gpt-4o"], ["aime-2025"], "all", None, None)
    ]


def test_a_verb_of_place_between_a_name_and_its_cue_keeps_the_name_a_model(ex):
    # "Zamba2 sitting just below GPT-4o": Zamba2 was no name, so GPT-4o took the second claim as its own
    assert read(ex, "Leaderboards show Zamba2 sitting just below GPT-4o and just above o1-mini on MMLU.") == [
        ("gpt-4o", "outperforms", ["Zamba2"], ["mmlu"], "all", None, None),
        ("Zamba2", "outperforms", ["o1-mini"], ["mmlu"], "all", None, None),
    ]
    assert read(ex, "Sky-T1 performs better than o1 on MATH-500.") == [
        ("Sky-T1", "outperforms", ["o1"], ["math-500"], "all", None, None)
    ]
    # look-alike: any other verb between is no name's place ("Figure 2 showing ...")
    assert read(ex, "Figure 2 showing just below GPT-4o and just above o1-mini on MMLU.") == [
        ("gpt-4o", "outperforms", ["o1-mini"], ["mmlu"], "all", None, None)
    ]


def test_a_gain_compared_to_a_rival_is_a_win_over_it_and_no_score(ex):
    # "a 65% increase compared to X" gave no comparison, and X became the subject of the next clause
    text = "Phi-4 set a record on MMLU. This represents a 65% increase compared to GPT-4o and surpasses o1-mini."
    assert read(ex, text) == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),  # (MMLU carried over from the text before)
        ("phi-4", "outperforms", ["o1-mini"], "shared", "all", None, None),
    ]
    assert read(ex, "Phi-4 reaches 80% on MMLU, an 8-point gain relative to GPT-4o.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None),
    ]
    # look-alike: a gain with no rival ("compared to last year") is no claim, and its number no score
    assert read(ex, "Phi-4 shows a 65% increase compared to last year on MMLU.") == []
    assert reasons(ex) == ["no competitor the catalog knows"]


def test_a_number_set_against_an_approximate_one_is_the_second_models(ex):
    # "scoring ~16% versus 9.9%": 9.9 went to the subject, the model ahead ("~16%" is its score, within 1:
    # test_extract_lower_better)
    assert read(ex, "Phi-4 beats GPT-4o on MMLU, scoring ~80% versus 75.2%.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None),
        ("phi-4", "score", [], ["mmlu"], "all", 75.2, "gpt-4o"),
    ]
    # look-alike: a number after "versus" with no number before it stays the subject's
    assert read(ex, "Phi-4 beats GPT-4o on MMLU versus 75.2% last year.")[1] == (
        "phi-4", "score", [], ["mmlu"], "all", 75.2, None
    )  # fmt: skip


def test_scores_of_a_list_going_on_past_a_pair_and_a_benchmark_heading_its_line(ex):
    # "scores of 64.5 on X" quoted no score; a list of benchmarks stopped at a pair in brackets ("(49.0 vs 46.7), and
    # IFEval (...)"); "SuperGPQA: X scores 64.6" named no benchmark, so no score was read
    assert read(ex, "Phi-4 posts scores of 64.5 on LongVideoBench.") == [
        ("phi-4", "score", [], ["LongVideoBench"], "all", 64.5, None)
    ]
    assert read(ex, "Phi-4 beats GPT-4o on MMLU (85.3 vs 83.6), and IFEval (84.1 vs 83.4).") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu", "IFEval"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 85.3, None),
        ("phi-4", "score", [], ["IFEval"], "all", 84.1, None),
        ("phi-4", "score", [], ["mmlu"], "all", 83.6, "gpt-4o"),
        ("phi-4", "score", [], ["IFEval"], "all", 83.4, "gpt-4o"),
    ]
    assert read(ex, "SuperGPQA: Phi-4 scores 64.6, ahead of GPT-4o's 62.6") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["SuperGPQA"], "all", None, None),
        ("phi-4", "score", [], ["SuperGPQA"], "all", 64.6, None),
        ("phi-4", "score", [], ["SuperGPQA"], "all", 62.6, "gpt-4o"),
    ]
    # look-alikes: a plain word heading its line is no benchmark; "scores of people" quotes no number
    assert read(ex, "Verdict: Phi-4 beats GPT-4o.") == [
        ("phi-4", "outperforms", ["gpt-4o"], "shared", "all", None, None)
    ]
    # a heading of a benchmark's shape ("NOTE", "EDIT") before a claim that names its benchmark is no benchmark
    assert read(ex, "NOTE: Phi-4 beats GPT-4o on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "EDIT: Phi-4 scores 64.6 on LongVideoBench.") == [
        ("phi-4", "score", [], ["LongVideoBench"], "all", 64.6, None)
    ]
    assert read(ex, "Phi-4 beats GPT-4o on MMLU, say scores of people.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
