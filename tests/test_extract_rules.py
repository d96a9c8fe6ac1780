"""Classes of sentences the extractor missed or misread on text it had not seen, one rule each, tested
on sentences written for the rule (not taken from a labelled set), with look-alikes that must stay silent or give a
candidate. Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value, f.model) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_an_earlier_clause_names_the_subject_also_where_the_catalog_lacks_it(ex):
    # the clause before the cue names a model the catalog lacks: it is the subject, not the model named most
    text = "StarCoder2-15B handles Python well. Falcon-40B widens its vocabulary to 200 languages and matches GPT-4o on MMLU."
    assert read(ex, text) == [("Falcon-40B", "matches", ["gpt-4o"], ["mmlu"], "all", None, None)]


def test_not_matching_and_not_beating_are_denials(ex):
    assert read(ex, "Zephyr-7B is competitive but not yet matching the strongest models on MMLU.") == []
    assert reasons(ex) == ["hedged, planned or denied ('not yet matching'): not a claim of a result"]
    assert read(ex, "Zephyr-7B is fast, not beating the best models on MMLU.") == []
    assert reasons(ex) == ["hedged, planned or denied ('not beating'): not a claim of a result"]
    # a plain participle is still a claim
    assert read(ex, "Zephyr-7B is fast, beating GPT-4o on MMLU.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]


def test_one_sided_matches_in_either_order_and_the_same_performance_as(ex):
    # "beats or equals", "surpasses or matches": the weaker claim, a match at least
    for text in (
        "Qwen2.5-7B beats or equals GPT-4o on every math benchmark.",
        "Granite-3.0-8B surpasses or matches Llama 3.1 8B on MMLU and GSM8K.",
        "Yi-34B performs competitively with GPT-4o on MMLU.",
    ):
        [f] = ex.extract(Document("t.txt", text))
        assert (f.kind, f.direction) == ("matches", "at_least"), text
    assert read(ex, "Gemma 3 27B delivers almost the same performance as GPT-4o on GPQA Diamond.") == [
        ("gemma-3-27b", "matches", ["gpt-4o"], ["gpqa-diamond"], "all", None, None)
    ]
    # look-alikes: the same speed is not a result; a match with expectations names no competitor
    assert read(ex, "Mistral 7B runs at the same speed as Llama 3.1 8B.") == []
    assert read(ex, "Phi-4 surpasses or matches expectations on MMLU.") == []
    assert reasons(ex) == ["no competitor the catalog knows"]


def test_an_advantage_over_outshines_and_superior_compared_to(ex):
    assert read(ex, "Yi-34B shows a slight advantage in accuracy over GPT-4o on MMLU.") == [
        ("Yi-34B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Granite-3.0-8B outshines Llama 3.1 8B on GSM8K.") == [
        ("Granite-3.0-8B", "outperforms", ["llama-3.1-8b"], ["gsm8k"], "all", None, None)
    ]
    text = "In our tests, Falcon-40B achieves superior performance compared to closed models such as GPT-4o and o1 on MATH."
    assert read(ex, text) == [("Falcon-40B", "outperforms", ["gpt-4o", "o1"], ["math"], "all", None, None)]
    assert read(ex, "Phi-4 gives higher accuracy versus GPT-4o on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    # look-alikes: an advantage in price or cost is not a result
    assert read(ex, "Mistral 7B has an advantage over GPT-4o in cost per token.") == []
    assert reasons(ex) == ["about cost, speed, size or popularity ('cost'), not benchmark results"]
    assert read(ex, "Mistral 7B offers lower latency versus GPT-4o.") == []


def test_a_tier_name_with_its_developer_in_front(ex):
    # "Amazon Nova Micro": the developer's name, a family of the lexicon's list and a tier, no version; kept whole
    text = "Reka Flash costs less. Amazon Nova Micro and Amazon Nova Lite beat GPT-4o-mini on MMLU."
    found = ex.extract(Document("t.txt", text))
    assert [(f.subject, f.competitors, f.uncatalogued) for f in found] == [
        ("Amazon Nova Micro", ["gpt-4o-mini"], ["Amazon Nova Micro"]),
        ("Amazon Nova Lite", ["gpt-4o-mini"], ["Amazon Nova Lite"]),
    ]
    assert read(ex, "Amazon Nova Pro trails GPT-4o on MMLU.") == [
        ("gpt-4o", "outperforms", ["Amazon Nova Pro"], ["mmlu"], "all", None, None)
    ]
    # a name with a version is still written without its developer
    assert read(ex, "Microsoft Phi-5 beats GPT-4o on MMLU.")[0][0] == "Phi-5"
    # look-alikes: a developer and a product that is not a model family
    assert read(ex, "Google Cloud beats Microsoft Azure on MMLU.") == []
    assert read(ex, "Meta AI beats GPT-4o on MMLU.") == []
    assert reasons(ex) == ["no subject the catalog knows"]


def test_a_competitor_is_never_the_unnamed_subject_nor_owns_the_number_before_it(ex):
    # "edging past X and outscoring Y": X is the object of the first participle, not the subject of the second
    text = "Our model tops MMLU, edging past GPT-4o (88.1) and outscoring DeepSeek-V3."
    assert read(ex, text) == [("gpt-4o", "score", [], ["mmlu"], "all", 88.1, None)]
    # the number before the cue is the unnamed subject's, not the competitor's named after it
    text = "The 32B-Instruct model reported 92.7% on HumanEval, edging past Claude 3.5 Sonnet (92.1) and outscoring o1."
    assert read(ex, text) == [("claude-3.5-sonnet", "score", [], ["humaneval"], "all", 92.1, None)]
    # where the subject is named, both participles and the number are its own
    assert read(ex, "Zephyr-7B posts 71% on MMLU, beating GPT-4o and outscoring o1 on GSM8K.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], ["mmlu", "gsm8k"], "all", None, None),
        ("Zephyr-7B", "outperforms", ["o1"], ["mmlu", "gsm8k"], "all", None, None),
        ("Zephyr-7B", "score", [], ["mmlu"], "all", 71.0, None),
    ]
    assert read(ex, "With 92.7% on HumanEval, Zephyr-7B beats GPT-4o.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], ["humaneval"], "all", None, None),
        ("Zephyr-7B", "score", [], ["humaneval"], "all", 92.7, None),
    ]


def test_a_word_and_a_dash_before_a_catalog_benchmark_name_make_another_benchmark(ex):
    # "Swift-HumanEval", "Arabic-MMLU": variants the catalog lacks, kept as written, never the catalog's HumanEval
    text = "Zephyr-7B was tested on HumanEval and MBPP. On Swift-HumanEval, Zephyr-7B scores 61.2%, ahead of GPT-4o."
    found = ex.extract(Document("t.txt", text))
    assert [(f.kind, f.benchmarks, f.value, f.uncatalogued) for f in found] == [
        ("outperforms", ["Swift-HumanEval"], None, ["Zephyr-7B", "Swift-HumanEval"]),
        ("score", ["Swift-HumanEval"], 61.2, ["Zephyr-7B", "Swift-HumanEval"]),
    ]
    assert read(ex, "Zephyr-7B beats GPT-4o on Arabic-MMLU.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], ["Arabic-MMLU"], "all", None, None)
    ]
    # look-alikes: the catalog's own names, and "-class" after a name
    assert read(ex, "Zephyr-7B, a GPQA-class model, beats GPT-4o on MMLU-Pro and HumanEval.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], ["mmlu-pro", "humaneval"], "all", None, None)
    ]


def test_benchmarks_the_catalog_lacks_given_as_examples(ex):
    # "tasks like APPS, HumanEval and CodeXGlue", "(e.g., MMMU, ChartQA)": the examples are the benchmarks
    assert read(ex, "Zephyr-7B beats GPT-4o on coding tasks like APPS, HumanEval and CodeXGlue.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], ["APPS", "humaneval", "CodeXGlue"], "all", None, None)
    ]
    assert read(ex, "On vision benchmarks (e.g., MMMU, ChartQA), Zephyr-7B performs competitively with GPT-4o.") == [
        ("Zephyr-7B", "matches", ["gpt-4o"], ["MMMU", "ChartQA"], "all", None, None)
    ]
    assert read(ex, "Zephyr-7B beats GPT-4o on reading benchmarks like TriviaQA and OpenBookQA.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], ["TriviaQA", "OpenBookQA"], "all", None, None)
    ]
    # look-alikes: models given as examples, and a plain word that is no benchmark's shape
    assert read(ex, "Zephyr-7B beats models like Mixtral and Falcon on MMLU.") == []
    assert read(ex, "Zephyr-7B beats GPT-4o on tasks like Summarization.") == [
        ("Zephyr-7B", "outperforms", ["gpt-4o"], "shared", "all", None, None)
    ]


def test_never_silent_a_comparison_word_the_lexicon_lacks_or_a_name_no_family_starts(ex):
    # a word that compares or ranks but is no cue phrase: a candidate that names the word (a project can add it)
    assert read(ex, "Granite-3.0-8B overshadows GPT-4o on MMLU.") == []
    assert reasons(ex) == [
        "cue not understood: 'overshadows' is no phrase of the lexicon; names the catalog does not know: 'Granite-3.0-8B'"
    ]
    assert read(ex, "Phi-4 is unrivalled on GSM8K.") == []
    assert reasons(ex) == ["cue not understood: 'unrivalled' is no phrase of the lexicon"]
    # a name that starts like no family of the catalog or the lexicon, beside the cue
    assert read(ex, "Solar Pro tops the GSM8K leaderboard.") == []
    assert reasons(ex) == ["no subject the catalog knows; names the catalog does not know: 'Solar Pro'"]
    assert read(ex, "Jupiter Mini dominates every open model on MMLU.") == []
    assert reasons(ex) == [
        "cue not understood: 'dominates' is no phrase of the lexicon; names the catalog does not know: 'Jupiter Mini'"
    ]
    # one model named nowhere before the cue, no benchmark; "its" first where a benchmark is named
    assert read(ex, "Our flagship model is the strongest open model available.") == []
    assert reasons(ex) == ["the subject could not be read: 'Our flagship model' names no model"]
    assert read(ex, "Its reasoning is unmatched on GSM8K.") == []
    assert reasons(ex) == ["cue not understood: 'unmatched' is no phrase of the lexicon"]
    # a plan says why it is no claim
    assert read(ex, "Zephyr-7B plans to outpace GPT-4o on MMLU.") == []
    assert reasons(ex) == ["hedged, planned or denied ('plans to'): not a claim of a result"]
    # look-alikes: no model-like name, a company, cost or a pronoun with no benchmark stay silent
    for text in (
        "The Lakers beat the Celtics.",
        "Paris is more beautiful than London.",
        "Nvidia stock outpaced the market.",
        "It is the best way to learn Python.",
        "Phi-4 costs less than GPT-4o per token.",
        "The best models are the ones we never shipped.",
        "On November 24, President Trump signed an order that aims to secure U.S. tech dominance.",
    ):
        assert read(ex, text) == [] and reasons(ex) == [], text


def test_wins_losses_and_matches_in_other_words_and_a_plural_lead(ex):
    assert read(ex, "Falcon-40B leapfrogged Llama 3.1 8B on GSM8K.") == [
        ("Falcon-40B", "outperforms", ["llama-3.1-8b"], ["gsm8k"], "all", None, None)
    ]
    assert read(ex, "Phi-4 outranks GPT-4o on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    # the passive is a loss ("outclassed by" was read as a win), as are "inferior to" and "lags"
    for text in (
        "Granite-3.0-8B was outpaced by GPT-4o on GSM8K.",
        "Granite-3.0-8B is outclassed by GPT-4o on GSM8K.",
        "Granite-3.0-8B is inferior to GPT-4o on GSM8K.",
        "Granite-3.0-8B lags GPT-4o on GSM8K.",
    ):
        assert read(ex, text) == [("gpt-4o", "outperforms", ["Granite-3.0-8B"], ["gsm8k"], "all", None, None)], text
    assert read(ex, "Phi-4 is level with GPT-4o on MMLU.") == [
        ("phi-4", "matches", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Phi-4 is in the same league as GPT-4o on MMLU.") == [
        ("phi-4", "matches", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    # "competing with": a match at least, as "competitive with"
    [f] = ex.extract(Document("t.txt", "Yi-34B is even competing with GPT-4o on MMLU."))
    assert (f.subject, f.kind, f.direction, f.competitors) == ("Yi-34B", "matches", "at_least", ["gpt-4o"])
    # "takes the lead": a ranking
    assert read(ex, "Zephyr-7B takes the lead on MMLU.") == [("Zephyr-7B", "ranks", [], ["mmlu"], "all", None, None)]
    # look-alikes: a plan, speed, a lead author ("can compete with" is a match: see test_extract_conventions.py)
    assert read(ex, "Phi-4 will lead the open models on MMLU.") == []
    assert read(ex, "Falcon-40B outpaces GPT-4o in tokens per second.") == []
    assert read(ex, "The lead author of Phi-4 compared it with GPT-4o.") == []


def test_beating_all_of_a_developers_or_all_earlier_models_is_first_place(ex):
    assert read(ex, "Falcon-40B outperforms all of OpenAI’s models on MMLU.") == [
        ("Falcon-40B", "ranks", [], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Falcon-40B surpasses all existing open models on GSM8K.") == [
        ("Falcon-40B", "ranks", [], ["gsm8k"], "all", None, None)
    ]
    # with no benchmark: a comparison read as a ranking is still about results
    assert read(ex, "Zephyr-7B outperformed all the previously released open-source models.") == [
        ("Zephyr-7B", "ranks", [], "shared", "all", None, None)
    ]
    assert read(ex, "Zephyr-7B outperforms all of Google's models.") == [
        ("Zephyr-7B", "ranks", [], "shared", "all", None, None)
    ]
    # look-alikes: a family's models, all but some
    assert read(ex, "Falcon-40B beats all the Llama models on MMLU.") == []
    assert read(ex, "Falcon-40B outperforms all but two models on MMLU.") == []


def test_a_place_written_as_a_number(ex):
    def places(text):
        return [(f.subject, f.kind, f.benchmarks, f.top) for f in ex.extract(Document("t.txt", text))]

    assert places("Falcon-40B ranks 3rd on MMLU.") == [("Falcon-40B", "ranks", ["mmlu"], 3)]
    assert places("Falcon-40B is ranked #5 on the GSM8K leaderboard.") == [("Falcon-40B", "ranks", ["gsm8k"], 5)]
    assert places("Falcon-40B achieves strong results, ranking 6th overall on MMLU.") == [
        ("Falcon-40B", "ranks", ["mmlu"], 6)
    ]
    assert places("Falcon-40B finished 4th on GSM8K.") == [("Falcon-40B", "ranks", ["gsm8k"], 4)]
    assert places("Falcon-40B was ranked No. 12 on GSM8K.") == [("Falcon-40B", "ranks", ["gsm8k"], 12)]
    # look-alikes: a date, a place in downloads (no result named), a number that is no place
    assert places("Falcon-40B was released on the 3rd of May.") == []
    assert places("Falcon-40B ranks 3rd in downloads.") == []
    assert reasons(ex) == [
        "about cost, speed, size or popularity ('downloads'), not benchmark results; names the catalog does not know: "
        "'Falcon-40B'"
    ]
    assert places("Falcon-40B ranks 2,000th on MMLU.") == []


def test_a_match_with_a_sometimes_win_set_off_by_dashes_or_commas_and_outcompetes(ex):
    for text in (
        "Yi-34B matches — and sometimes beats — GPT-4o on MMLU.",
        "Yi-34B matches, and often exceeds, GPT-4o on MMLU.",
        "Yi-34B closely rivals or outperforms GPT-4o on MMLU.",
        "Yi-34B equals or beats GPT-4o on MMLU.",
    ):
        [f] = ex.extract(Document("t.txt", text))
        assert (f.subject, f.kind, f.direction, f.competitors) == ("Yi-34B", "matches", "at_least", ["gpt-4o"]), text
    assert read(ex, "Yi-34B outcompetes GPT-4o on MMLU.") == [
        ("Yi-34B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    # look-alike: a match and a win over another model, in two clauses, stay two claims
    found = ex.extract(Document("t.txt", "Yi-34B matches GPT-4o on MMLU, and beats o1 on GSM8K."))
    assert [(f.kind, f.direction, f.competitors) for f in found] == [
        ("matches", "both", ["gpt-4o"]),
        ("outperforms", "both", ["o1"]),
    ]


def test_speed_compared_is_not_a_result(ex):
    text = "Phi-4 runs twice as fast as GPT-4o, while Yi-34B delivers speeds similar to GPT-4o."
    assert read(ex, text) == []
    assert reasons(ex) == [
        "about cost, speed, size or popularity ('as fast as'), not benchmark results; "
        "about cost, speed, size or popularity ('speeds'), not benchmark results; names the catalog does not know: "
        "'Yi-34B'"
    ]
    assert read(ex, "Yi-34B offers higher throughput than GPT-4o.") == []
    # look-alike: a result with the speed beside it is still a result
    assert read(ex, "Yi-34B matches GPT-4o on MMLU at twice the speed.") == [
        ("Yi-34B", "matches", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]


def test_pairs_of_numbers_after_each_benchmark(ex):
    def scores(text):
        found = ex.extract(Document("t.txt", text))
        return [(f.model or f.subject, f.benchmarks, f.value) for f in found if f.kind == "score"]

    text = "Granite-3.0-8B beats Llama 3.1 8B on MMLU (65.2 vs 63.1), GSM8K (70.4 vs 68.8), and MATH (30.1 vs 28.0)."
    assert sorted(scores(text)) == [
        ("Granite-3.0-8B", ["gsm8k"], 70.4),
        ("Granite-3.0-8B", ["math"], 30.1),
        ("Granite-3.0-8B", ["mmlu"], 65.2),
        ("llama-3.1-8b", ["gsm8k"], 68.8),
        ("llama-3.1-8b", ["math"], 28.0),
        ("llama-3.1-8b", ["mmlu"], 63.1),
    ]
    # the order of the names, whatever the verb: the first number is the first model's
    assert sorted(scores("Granite-3.0-8B trails GPT-4o on MMLU (65.2 vs 88.7).")) == [
        ("Granite-3.0-8B", ["mmlu"], 65.2),
        ("gpt-4o", ["mmlu"], 88.7),
    ]
    # look-alikes: three models (whose numbers?), a pair after no benchmark
    assert scores("Granite-3.0-8B beats Llama 3.1 8B and GPT-4o on MMLU (65.2 vs 63.1).") == []
    assert scores("Granite-3.0-8B beats Llama 3.1 8B (released 2024 vs 2023) on MMLU.") == []


def test_people_who_preferred_one_model_over_another(ex):
    pref = {"tags": ["human-preference"]}
    assert read(ex, "Human raters consistently preferred Falcon-40B's answers over GPT-4o's.") == [
        ("Falcon-40B", "outperforms", ["gpt-4o"], pref, "all", None, None)
    ]
    # a model named before the verb is not the subject; the passive reads the usual way
    assert read(ex, "Compared with o1, raters preferred Yi-34B over GPT-4o.") == [
        ("Yi-34B", "outperforms", ["gpt-4o"], pref, "all", None, None)
    ]
    assert read(ex, "Yi-34B is consistently preferred to GPT-4o by annotators.") == [
        ("Yi-34B", "outperforms", ["gpt-4o"], pref, "all", None, None)
    ]
    # look-alikes: one person's taste, no model preferred
    assert read(ex, "We preferred GPT-4o over o1 for writing emails.") == []
    assert read(ex, "Raters preferred longer answers over GPT-4o's terse ones.") == []


def test_a_model_named_by_its_size_alone(ex):
    # the one model of that size the text names (here the catalog's only Falcon 3, Falcon3-10B-Base)
    text = "TII released Falcon 3 today. The 10B model ranks first among open models on MMLU."
    assert [(f.subject, f.kind) for f in ex.extract(Document("t.txt", text))] == [("falcon3-10b-base", "ranks")]
    # that size of the one family the text names, which the catalog lacks: drafted as written
    text = "Hugging Face released Zephyr 2 today. The 14B model beats GPT-4o on MMLU."
    assert read(ex, text) == [("Zephyr 2 14B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)]
    # look-alikes: two models of that size, two families, a size no model has: no model stands in for it
    for text in (
        "Granite-3.0-8B and Llama 3.1 8B were tested. The 8B model beats GPT-4o on GSM8K.",
        "Hugging Face released Zephyr 2 and Falcon 4 today. The 14B model beats GPT-4o on MMLU.",
        # (with one sized name only, "Llama 3.1 8B", the 70B model is Llama 3.1 70B: see the test of sizes below)
        "Meta compared Llama 3.1 8B with Qwen2.5-7B. The 70B model beats GPT-4o on MMLU.",
    ):
        assert read(ex, text) == [], text
        assert reasons(ex)[-1].startswith("the subject could not be read: 'The "), text


def test_the_size_written_before_the_family_and_its_version(ex):
    [f] = ex.extract(Document("t.txt", "Llama 3.3 70B matches or exceeds the 405B Llama 3.1 on MMLU."))
    assert (f.subject, f.competitors) == ("llama-3.3-70b", ["llama-3.1-405b"])
    assert "'405B Llama 3.1' read as Llama 3.1 405B (the size written first)" in f.review
    assert read(ex, "Phi-4 beats the 8B Llama 3.1 on GSM8K.") == [
        ("phi-4", "outperforms", ["llama-3.1-8b"], ["gsm8k"], "all", None, None)
    ]
    # look-alikes: a size and a name the catalog lacks stay as written; tokens are no model
    assert read(ex, "Phi-4 beats a 1.5B GPT 2 on GSM8K.") == [
        ("phi-4", "outperforms", ["GPT 2"], ["gsm8k"], "all", None, None)
    ]
    assert read(ex, "Phi-4 was trained on 9.8B tokens in 2024.") == []


def test_its_at_the_start_of_a_clause_is_the_model_the_text_is_about(ex):
    # a ranking names no other model to fall back on: "Its ..." was silent or had no subject
    text = "Falcon-40B was released today. Its coding accuracy ranks first on HumanEval."
    assert read(ex, text) == [("Falcon-40B", "ranks", [], ["humaneval"], "all", None, None)]
    text = (
        "GPT-4o and o1 were tested. Falcon-40B came next. Its reasoning accuracy is state-of-the-art among open models."
    )
    assert read(ex, text) == [("Falcon-40B", "ranks", [], "shared", "all", None, None)]
    text = "Falcon-40B was released today. Its overall capability is marginally lower than that of GPT-4o."
    assert read(ex, text) == [("gpt-4o", "outperforms", ["Falcon-40B"], "shared", "all", None, None)]
    # look-alikes: no result named; "its" inside the clause
    assert read(ex, "Falcon-40B was released today. Its license is the best in the industry.") == []
    assert read(ex, "Falcon-40B was released today. GPT-4o tops its class on MMLU.") == [
        ("gpt-4o", "ranks", [], ["mmlu"], "all", None, None)
    ]


def test_the_next_clause_goes_on_with_the_model_a_loss_was_about(ex):
    # "behind" makes the winner the subject of the first claim; the next clause is still about Falcon-40B
    assert read(ex, "Falcon-40B trails GPT-4o on MMLU, but it is on a par with Llama 3.1 8B.") == [
        ("gpt-4o", "outperforms", ["Falcon-40B"], ["mmlu"], "all", None, None),
        ("Falcon-40B", "matches", ["llama-3.1-8b"], ["mmlu"], "all", None, None),
    ]
    assert read(ex, "Falcon-40B scores lower than GPT-4o on MMLU, but matches Llama 3.1 8B on GSM8K.") == [
        ("gpt-4o", "outperforms", ["Falcon-40B"], ["mmlu"], "all", None, None),
        ("Falcon-40B", "matches", ["llama-3.1-8b"], ["gsm8k"], "all", None, None),
    ]
    # look-alike: a clause that names its own subject keeps it
    assert read(ex, "Falcon-40B trails GPT-4o on MMLU, while o1 leads on GSM8K.") == [
        ("gpt-4o", "outperforms", ["Falcon-40B"], ["mmlu"], "all", None, None),
        ("o1", "ranks", [], ["gsm8k"], "all", None, None),
    ]


def test_scores_in_brackets_after_a_model_and_a_pair_after_a_benchmark_and_a_colon(ex):
    def scores(text):
        found = ex.extract(Document("t.txt", text))
        return [(f.model or f.subject, f.benchmarks, f.value) for f in found if f.kind == "score"]

    # the numbers in brackets after GPT-4o are GPT-4o's (they were drafted as Phi-4's)
    assert scores("Phi-4 reaches 69% on MMLU, closely approaching GPT-4o (MMLU 70.0%, MT-Bench 7.94).") == [
        ("phi-4", ["mmlu"], 69.0),
        ("gpt-4o", ["mmlu"], 70.0),
        ("gpt-4o", ["MT-Bench"], 7.94),
    ]
    assert scores("Phi-4 surpasses GPT-4o in mathematical reasoning (MATH benchmark: 72.3 vs. 68.1).") == [
        ("phi-4", ["math"], 72.3),
        ("gpt-4o", ["math"], 68.1),
    ]
    # look-alikes: a checkpoint date in brackets; brackets that start with no benchmark
    assert scores("Phi-4 beats GPT-4o (2024-05-13) on MMLU with 88.7%.") == [("phi-4", ["mmlu"], 88.7)]
    assert scores("Phi-4 beats GPT-4o (released in May, MMLU 88.7) on MMLU.") == []


def test_the_items_of_a_numbered_list_are_clauses(ex):
    # "Falcon-40B 1)" was read as a name, "Falcon-40B 1", and every item's benchmarks as one list
    text = "Tests show that Falcon-40B 1) closely rivals GPT-4o on MMLU, 2) beats Llama 3.1 8B on GSM8K, and 3) trails o1 on MATH."
    assert read(ex, text) == [
        ("Falcon-40B", "matches", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("Falcon-40B", "outperforms", ["llama-3.1-8b"], ["gsm8k"], "all", None, None),
        ("o1", "outperforms", ["Falcon-40B"], ["math"], "all", None, None),
    ]
    # look-alike: a number that closes a bracket
    assert read(ex, "Falcon-40B beats Llama 3.1 8B on MMLU (see table 2) and GSM8K.") == [
        ("Falcon-40B", "outperforms", ["llama-3.1-8b"], ["mmlu", "gsm8k"], "all", None, None)
    ]


def test_a_score_quoted_by_its_unit_takes_the_benchmark_of_the_title(ex):
    text = "Chatbot Arena Leaderboard Update\n\nGemini Pro ranks fourth with 1204 points."
    found = ex.extract(Document("t.txt", text))
    assert [(f.subject, f.kind, f.benchmarks, f.value) for f in found] == [
        ("Gemini Pro", "ranks", ["lmarena-text"], None),
        ("Gemini Pro", "score", ["lmarena-text"], 1204.0),
    ]
    assert found[0].top == 4
    # look-alike: no score quoted, no benchmark carried over (a ranking naming none is a candidate)
    assert ex.extract(Document("t.txt", "Chatbot Arena Leaderboard Update\n\nGemini Pro ranks fourth.")) == []


def test_a_footnote_mark_after_a_name_is_never_a_score(ex):
    # a digit in brackets, round or square, or in superscript, right after a name marks a note (it was drafted as 1.0)
    assert read(ex, "GPT-4o (1) scores 88.7 on MMLU.") == [("gpt-4o", "score", [], ["mmlu"], "all", 88.7, None)]
    assert read(ex, "Claude 3 Opus(2) beats GPT-4o on MMLU.") == [
        ("Claude 3 Opus", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Phi-4 beats GPT-4o (1) on MMLU with 88.7%.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 88.7, None),
    ]
    assert read(ex, "GPT-4o [12] scores 88.7 on MMLU.") == [("gpt-4o", "score", [], ["mmlu"], "all", 88.7, None)]
    # the mark does not cut the name from the number that follows it
    assert read(ex, "GPT-4o (1) scores 88.7% on MMLU, ahead of Claude 3 Opus (2) at 86.8%.") == [
        ("gpt-4o", "outperforms", ["Claude 3 Opus"], ["mmlu"], "all", None, None),
        ("gpt-4o", "score", [], ["mmlu"], "all", 88.7, None),
        ("gpt-4o", "score", [], ["mmlu"], "all", 86.8, "Claude 3 Opus"),
    ]
    # a superscript mark is not part of the name (it was read as "GPT-4o¹"); the quote keeps it as written
    [f] = ex.extract(Document("t.txt", "Phi-4 beats GPT-4o¹ on MMLU."))
    assert (f.subject, f.competitors, f.quote, f.statement) == (
        "phi-4", ["gpt-4o"], "Phi-4 beats GPT-4o¹ on MMLU.", "Phi-4 beats GPT-4o¹ on MMLU."
    )  # fmt: skip
    assert read(ex, "GPT-4o² scores 88.7 on MMLU.") == [("gpt-4o", "score", [], ["mmlu"], "all", 88.7, None)]
    # look-alikes: scores in brackets as written (a unit, a decimal, a benchmark, two digits, a pair) and a
    # superscript that is part of a benchmark's name
    assert read(ex, "Phi-4 beats GPT-4o (1%) on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 1.0, "gpt-4o"),
    ]
    assert read(ex, "Phi-4 beats GPT-4o (9.0) on MT-Bench.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["MT-Bench"], "all", None, None),
        ("phi-4", "score", [], ["MT-Bench"], "all", 9.0, "gpt-4o"),
    ]
    assert read(ex, "Phi-4 reaches 69% on MMLU, closely approaching GPT-4o (MMLU 70.0%).") == [
        ("phi-4", "matches", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 69.0, None),
        ("phi-4", "score", [], ["mmlu"], "all", 70.0, "gpt-4o"),
    ]
    assert read(ex, "On GPQA Diamond, Gemini 2.5 Pro (84) trails GPT-5 (high) (86).") == [
        ("gpt-5-high", "outperforms", ["gemini-2.5-pro"], ["gpqa-diamond"], "all", None, None),
        ("gpt-5-high", "score", [], ["gpqa-diamond"], "all", 84.0, "gemini-2.5-pro"),
        ("gpt-5-high", "score", [], ["gpqa-diamond"], "all", 86.0, None),
    ]
    assert read(ex, "Phi-4 beats GPT-4o on MMLU (85.3 vs 83.6).") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 85.3, None),
        ("phi-4", "score", [], ["mmlu"], "all", 83.6, "gpt-4o"),
    ]
    assert read(ex, "Phi-4 beats GPT-4o on τ²-bench.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["tau2-bench"], "all", None, None)
    ]


def test_a_date_is_never_a_model_name(ex):
    # dates were listed as names the catalog does not know, and hid the name after them
    def unknown(text):
        return [name for name, _ in ex.names.unknown(text, ex.mentions(text))]

    for text in (
        "On November 24, Phi-4 beats GPT-4o on MMLU.",
        "As of Nov. 2024, Phi-4 outperforms GPT-4o on MMLU.",
        "On November 24, 2024, Phi-4 beats GPT-4o on MMLU.",
        "Released on 3rd of March 2025, Phi-4 beats GPT-4o on MMLU.",
        "In H1 2025 Phi-4 beats GPT-4o on MMLU.",
        "December 2024 saw Phi-4 outperform GPT-4o on MMLU.",
    ):
        assert unknown(text) == [], text
        [f] = ex.extract(Document("t.txt", text))
        assert (f.subject, f.competitors, f.unresolved) == ("phi-4", ["gpt-4o"], []), text
    assert unknown("In Q3 2024, Falcon-40B outperforms GPT-4o on MMLU.") == ["Falcon-40B"]
    assert read(ex, "On 24 November 2025 Zephyr-7B topped the leaderboard.") == [
        ("Zephyr-7B", "ranks", [], "shared", "all", None, None)
    ]
    ex.extract(Document("t.txt", "Since September 2024 Arctic outperforms GPT-4o on MMLU."))
    assert reasons(ex) == ["no subject the catalog knows; names the catalog does not know: 'Arctic'"]
    # look-alikes: a month in a benchmark's name, a build number, a name with a digit
    assert read(ex, "Phi-4 beats GPT-4o on HMMT Feb 2025.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["hmmt-feb-2025"], "all", None, None)
    ]
    assert unknown("Phi-4 beats Mistral Large 2407 on MMLU.") == ["Mistral Large 2407"]
    assert unknown("Phi-4 beats Foo-2 on MMLU, as of May 2025.") == ["Foo-2"]


def test_a_family_and_a_word_with_a_capital_inside_it_is_a_name(ex):
    # "Mistral NeMo" was not read as a name: the sentence gave a candidate, not a draft
    assert read(ex, "Mistral NeMo beats Llama 3.1 8B on MMLU.") == [
        ("Mistral NeMo", "outperforms", ["llama-3.1-8b"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Phi-4 beats Mistral NeMo and Llama 3.1 8B on MMLU.") == [
        ("phi-4", "outperforms", ["Mistral NeMo", "llama-3.1-8b"], ["mmlu"], "all", None, None)
    ]
    # look-alikes: a developer, another family, a company's or a tool's word after the family
    for text, named in (
        ("Mistral AI beats GPT-4o on MMLU.", "'Mistral AI'"),
        ("Qwen DeepSeek beats GPT-4o on MMLU.", "'Qwen DeepSeek'"),
    ):
        assert read(ex, text) == [], text
        assert reasons(ex)[0].endswith(f"names the catalog does not know: {named}"), reasons(ex)
    assert read(ex, "Llama GitHub beats GPT-4o on MMLU.") == []


def test_a_concession_of_size_or_cost_beside_a_result_leaves_the_result(ex):
    # "despite having fewer parameters", "at a fraction of the cost": granted in passing, the clause is still a result
    assert read(ex, "Qwen2.5-7B, despite having fewer active parameters, matches GPT-4o.") == [
        ("qwen2.5-7b", "matches", ["gpt-4o"], "shared", "all", None, None)
    ]
    assert read(ex, "Claude 3.5 Haiku beats Claude 3 Opus at a fraction of the cost.") == [
        ("claude-3.5-haiku", "outperforms", ["Claude 3 Opus"], "shared", "all", None, None)
    ]
    # a comparison word after such a concession makes the sentence a candidate, no longer silent
    text = (
        "Similarly, the compact Qwen2.5-7B, despite being much smaller in terms of active parameters, is called "
        "“remarkably competitive” when compared against the GPT-4o baseline[2]."
    )
    assert read(ex, text) == []
    assert reasons(ex) == ["cue not understood: 'competitive', 'against' is no phrase of the lexicon"]
    # look-alikes: cost and speed themselves are still no result
    for text in ("Qwen2.5-7B costs less than GPT-4o.", "Qwen2.5-7B is 3x faster than GPT-4o despite its size."):
        assert read(ex, text) == [] and reasons(ex) == [], text


def test_never_silent_a_subject_named_by_size_or_not_at_all(ex):
    # a cue with no model named: a size with "version(s)", or nothing at all beside a benchmark
    for text, said in (
        (
            "Moreover, the 9B and 3B versions took first place on every major coding benchmark.",
            "the 9B and 3B versions",
        ),
        ("The 9B version took first place on every major coding benchmark.", "The 9B version"),
    ):
        assert read(ex, text) == []
        assert reasons(ex) == [f"the subject could not be read: '{said}' names no model"], text
    assert read(ex, "GSM8K: 91.2%, on par with frontier models") == []
    assert reasons(ex) == ["no subject the catalog knows"]
    # look-alikes: no cue, or no model and no benchmark
    for text in ("GSM8K: 91.2%, up from 88%", "Our team took first place on every coding benchmark.",
                 "The Lakers beat the Celtics by 12 points."):  # fmt: skip
        assert read(ex, text) == [] and reasons(ex) == [], text


def test_never_silent_twice_that_of_and_two_models_one_uncatalogued(ex):
    text = (
        "For example, on coding tasks such as LiveCodeBench, the paper says that the error rate of the Nova-9B model "
        "is twice that of the GPT-4o model."
    )
    assert read(ex, text) == []
    assert reasons(ex) == ["cue not understood: 'twice that of' is no phrase of the lexicon; names the catalog does not "
                           "know: 'Nova-9B'"]  # fmt: skip
    # two models, one the catalog lacks, and a benchmark: a candidate even where no cue was understood ("is close to
    # GPT-4o", which this test used, is a match since test_extract_ninth_set_rules.py's rule, drafted as written)
    assert read(ex, "The Nova-9B model reaches accuracy that sits near GPT-4o on MATH.") == []
    assert reasons(ex) == ["names the catalog does not know: 'Nova-9B'"]
    assert [r[:4] for r in read(ex, "The Nova-9B model reaches accuracy that is close to GPT-4o on MATH.")] == [
        ("Nova-9B", "matches", ["gpt-4o"], ["math"])
    ]
    # look-alikes: one model and a benchmark; "that of" with no word of nearness
    for text in ("Nova-9B was trained on MATH.", "Zephyr-7B's licence mirrors that of Llama 2."):
        assert read(ex, text) == [] and reasons(ex) == [], text


def test_invisible_characters_inside_a_name_are_dropped_at_the_text_edge(ex):
    # a zero-width space or a soft hyphen inside a name split it ("GPT" was read as a family, with a candidate)
    assert read(ex, "Phi-4 beats GPT\u200b-4o on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert ex.candidates == []
    [f] = ex.extract(Document("t.txt", "Phi-4 beats Gem\u00adma 3 27B on MMLU\u2060."))
    assert (f.competitors, f.quote, f.statement) == (
        ["gemma-3-27b"], "Phi-4 beats Gemma 3 27B on MMLU.", "Phi-4 beats Gemma 3 27B on MMLU."
    )  # fmt: skip
    # look-alike: a visible space inside the name is still a space ("Gem ma" names nothing)
    assert read(ex, "Phi-4 beats Gem ma 3 27B on MMLU.") == []


def test_a_bare_number_in_brackets_after_a_name_is_a_score_only_set_against_another(ex):
    # "(12)" after a name is a reference's number, like "(1)": it was drafted as a score of 12.0 for Llama 3.1 8B
    assert read(ex, "Phi-4 beats Llama 3.1 8B (12) on MMLU.") == [
        ("phi-4", "outperforms", ["llama-3.1-8b"], ["mmlu"], "all", None, None)
    ]
    # the mark is blanked, so the name still owns the number after it
    assert read(ex, "Phi-4 scores 84.8% on MMLU, ahead of Llama 3.1 8B (12) at 66.7%.") == [
        ("phi-4", "outperforms", ["llama-3.1-8b"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 84.8, None),
        ("phi-4", "score", [], ["mmlu"], "all", 66.7, "llama-3.1-8b"),
    ]
    # look-alikes: two such numbers set against each other are scores (Gemini 2.5 Pro (84) trails GPT-5 (high)
    # (86): test_a_footnote_mark_after_a_name_is_never_a_score); a unit makes one a score
    assert read(ex, "Phi-4 beats Llama 3.1 8B (12%) on MMLU.") == [
        ("phi-4", "outperforms", ["llama-3.1-8b"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 12.0, "llama-3.1-8b"),
    ]


def test_a_project_lexicon_adds_words_that_are_never_a_model_after_a_family(ex, tmp_path):
    # a family and a word with a capital inside is a name the catalog lacks ("Mistral NeMo"), unless the word is a
    # company's, a site's or a tool's: the lexicon's `not_model_words`, which a project's extract-lexicon.yaml extends
    from harness.extract.lexicon import Extractor

    text = "Mistral LeChat beats GPT-4o on MMLU."
    assert read(ex, text) == [("Mistral LeChat", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)]
    lexicon = tmp_path / "extract-lexicon.yaml"
    lexicon.write_text("not_model_words:\n  - lechat\n", encoding="utf-8")
    project = Extractor(ex.catalog, lexicon)
    assert read(project, text) == []
    assert reasons(project) == ["no subject the catalog knows; names the catalog does not know: 'Mistral LeChat'"]
    # the built-in words stay, and a name the project did not list is still read
    assert read(project, "Llama GitHub beats GPT-4o on MMLU.") == []
    assert read(project, "Mistral NeMo beats GPT-4o on MMLU.") == [
        ("Mistral NeMo", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]


def test_a_lower_case_name_of_several_words_before_its_size(ex):
    # "gpt-oss-120b", "qwen-coder-7b": words joined by dashes up to the size were not read as a name at all
    assert read(ex, "The gpt-oss-120b model beats o3-mini on MATH.") == [
        ("gpt-oss-120b", "outperforms", ["o3-mini"], ["math"], "all", None, None)
    ]
    assert read(ex, "The qwen-coder-7b model beats GPT-4o on HumanEval.") == [
        ("qwen-coder-7b", "outperforms", ["gpt-4o"], ["humaneval"], "all", None, None)
    ]
    # look-alikes: lower-case words that start like no family are no name
    for text in ("Our top-10 model beats GPT-4o on MMLU.", "The fine-tuned-7b model beats GPT-4o on MMLU."):
        assert read(ex, text) == [], text


def test_near_parity_and_near_that_of_are_matches(ex):
    text = (
        "For example, on coding tasks such as LiveCodeBench, the paper says that the Nova-9B model reaches accuracy "
        "that is near that of the GPT-4o model."
    )
    assert read(ex, text) == [("Nova-9B", "matches", ["gpt-4o"], ["livecodebench"], "all", None, None)]
    assert read(ex, "Phi-4 achieves near-parity with GPT-4o on MMLU.") == [
        ("phi-4", "matches", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Phi-4 scores close to those of GPT-4o on MMLU and GSM8K.") == [
        ("phi-4", "matches", ["gpt-4o"], ["mmlu", "gsm8k"], "all", None, None)
    ]
    # look-alikes: cost near another model's is no result; parity with no model named has no competitor
    assert read(ex, "Phi-4 costs close to that of GPT-4o.") == []
    assert read(ex, "Phi-4 reaches near-parity with last year's results on MMLU.") == []
    assert reasons(ex) == ["no competitor the catalog knows"]


def test_topping_a_named_leaderboard_and_led_the_field_or_other_models_are_rankings(ex):
    assert read(ex, "By mid-2025, Phi-4 was topping the GSM8K leaderboard.") == [
        ("phi-4", "ranks", [], ["gsm8k"], "all", None, None)
    ]
    assert read(ex, "On the MT-Bench leaderboard, Zephyr-7B led other open-weights models by 30 points.") == [
        ("Zephyr-7B", "ranks", [], ["MT-Bench"], "all", None, None)
    ]
    assert read(ex, "Phi-4 led the field on MMLU.") == [("phi-4", "ranks", [], ["mmlu"], "all", None, None)]
    # look-alikes: "led by", "led to" are no ranking and no comparison; "led" with no board or models is a candidate
    for text in ("The Phi-4 work was led by Microsoft Research.", "Phi-4 led to better results on MMLU."):
        assert read(ex, text) == [] and reasons(ex) == [], text
    assert read(ex, "Zephyr-7B led others on MT-Bench.") == []
    assert reasons(ex) == ["cue not understood: 'led' is no phrase of the lexicon; names the catalog does not know: "
                           "'Zephyr-7B'"]  # fmt: skip


def test_one_name_with_a_list_of_sizes_names_a_model_for_each(ex):
    # "Zephyr 7B and 13B": the second size is Zephyr 13B (it was left out: only Zephyr 7B was drafted)
    assert read(ex, "Our evaluations show that Zephyr 7B and 13B outperform Llama 3.1 8B on MT-Bench.") == [
        ("Zephyr 7B", "outperforms", ["llama-3.1-8b"], ["MT-Bench"], "all", None, None),
        ("Zephyr 13B", "outperforms", ["llama-3.1-8b"], ["MT-Bench"], "all", None, None),
    ]
    # the catalog's name where it has it, as written where it lacks it
    assert read(ex, "Llama 3.1 8B and 70B beat GPT-4o on MMLU.") == [
        ("llama-3.1-8b", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("Llama 3.1 70B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
    ]
    # look-alikes: sizes with no name before them; a number that is no size
    assert read(ex, "The 7B and 13B models beat GPT-4o on MMLU.") == []
    assert read(ex, "Zephyr 7B beats GPT-4o on MMLU and 13 of 20 tasks.") == [
        ("Zephyr 7B", "outperforms", ["gpt-4o"], "shared", {"at_least": 13}, None, None)
    ]


def test_models_named_by_their_sizes_are_those_sizes_of_the_one_sized_name_the_text_gives(ex):
    # "the 7B and 3B versions" after "Zephyr 13B": Zephyr 7B and Zephyr 3B (a plural of sizes was not read at all,
    # and a singular only where the text named the family without a size)
    text = "Zephyr 13B beats GPT-4o on MMLU. Moreover, the 7B and 3B versions rank first on MT-Bench."
    assert read(ex, text) == [
        ("Zephyr 13B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("Zephyr 7B", "ranks", [], ["MT-Bench"], "all", None, None),
        ("Zephyr 3B", "ranks", [], ["MT-Bench"], "all", None, None),
    ]
    text = "Meta compared Llama 3.1 8B with GPT-4o. The 70B model beats GPT-4o on MMLU."  # was Llama 3.1 8B once
    [f] = ex.extract(Document("t.txt", text))
    assert (f.subject, f.review[0]) == (
        "Llama 3.1 70B", "'The 70B model' read as Llama 3.1 70B, that size of Llama 3.1, the family the text names"
    )  # fmt: skip
    assert read(ex, "Gemma 3 27B beats GPT-4o on MMLU. The 12B model ranks first on MT-Bench.") == [
        ("gemma-3-27b", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("Gemma 3 12B", "ranks", [], ["MT-Bench"], "all", None, None),
    ]
    # look-alikes: two sized names before (which one?), or the only one in the same clause (a competitor): no subject
    assert read(ex, "Zephyr 13B beats Qwen 14B on MMLU. The 7B version ranks first on MT-Bench.") == [
        ("Zephyr 13B", "outperforms", ["qwen2.5-14b"], ["mmlu"], "all", None, None)
    ]
    assert reasons(ex) == ["the subject could not be read: 'The 7B version' names no model"]
    assert read(ex, "The 9B model beats Llama 3 8B on MMLU.") == []


def test_an_item_of_a_list_under_a_line_naming_a_model_is_that_models_score(ex):
    # "Zephyr-7B shows ...:" then "GSM8K: 91.2%": the list's numbers had no owner and gave no draft
    text = "Zephyr-7B shows strong results on core benchmarks:\n\nGSM8K: 91.2%, on par with frontier models\n\n- MATH: 71.0%"
    assert read(ex, text) == [
        ("Zephyr-7B", "score", [], ["gsm8k"], "all", 91.2, None),
        ("Zephyr-7B", "score", [], ["math"], "all", 71.0, None),
    ]
    assert (
        "read as Zephyr-7B's, the model the line before the list names" in ex.extract(Document("t.txt", text))[0].review
    )
    # look-alikes: a line naming no model; a sentence that is no item ("Scores on GSM8K rose by 5%")
    assert read(ex, "Results below:\n\nGSM8K: 91.2%") == []
    assert read(ex, "Phi-4 shows strong results:\n\nScores on GSM8K rose by 5% this year.") == []


def test_never_silent_a_number_beside_a_model_and_a_benchmark(ex):
    # no cue and no unit, so no score pattern read the number: the sentence was silent
    for text in ("On GPQA, Phi-4 lands at 71.3.", "Phi-4: 71.3 on GPQA", "Phi-4 reaches a GPQA of 71.3."):
        assert read(ex, text) == []
        assert reasons(ex) == ["a number beside a model and a benchmark not read as a score: '71.3'"], text
    # look-alikes: a version inside a name, a version of a tool, no number at all
    for text in (
        "Llama 3.1 8B was evaluated on GPQA.",
        "Phi-4 was evaluated on GPQA in version 2.1 of the harness.",
        "Phi-4 was evaluated on GPQA.",
    ):
        assert read(ex, text) == [] and reasons(ex) == [], text


def test_a_curly_apostrophe_in_a_catalog_name_and_a_name_that_ends_where_a_known_one_begins(ex):
    # "Humanity’s Last Exam" as a page sets it: the catalog writes "Humanity's Last Exam"
    assert read(ex, "Phi-4 scores 20.3% on Humanity’s Last Exam.") == [
        ("phi-4", "score", [], ["hle"], "all", 20.3, None)
    ]
    # a name the catalog lacks, run into the benchmark's name after it, ends where that name begins (the whole run
    # "Zephyr-7B Humanity" was read as one name, and once the benchmark was known, nothing at all)
    assert read(ex, "The headline: Zephyr-7B Humanity’s Last Exam scored 38.6 percent.") == [
        ("Zephyr-7B", "score", [], ["hle"], "all", 38.6, None)
    ]
    # look-alikes: a closing quote after a name is no apostrophe of the catalog's; a possessive of a known model stays
    assert read(ex, "Phi-4 scores 20.3% on ‘Humanity Last Exam’.") == []
    assert read(ex, "Phi-4’s score on MMLU is 84.8%.") == [("phi-4", "score", [], ["mmlu"], "all", 84.8, None)]


def test_a_size_is_never_read_as_that_size_of_a_competitor(ex):
    # "the 7B model" after "Nova, which beats Llama 3.3 70B": Llama 3.3 70B is the one sized name the text gives, but
    # only as a competitor; it was drafted as "Llama 3.3 7B ranks first", a model nobody named
    text = "Acme today released Nova, which beats Llama 3.3 70B on MMLU. The 7B model also ranks first on MT-Bench."
    assert read(ex, text) == []
    assert reasons(ex)[-1] == "the subject could not be read: 'The 7B model' names no model"
    text = "Zephyr leads MT-Bench, ahead of Gemma 3 27B. The 12B and 4B versions beat GPT-4o mini on MMLU."
    # (the first sentence's claims are Zephyr's, a family no catalog model bears, as written)
    assert read(ex, text) == [
        ("Zephyr", "ranks", [], ["MT-Bench"], "all", None, None),
        ("Zephyr", "outperforms", ["gemma-3-27b"], ["MT-Bench"], "all", None, None),
    ]
    assert reasons(ex)[-1] == "the subject could not be read: 'The 12B and 4B versions' names no model"
    # look-alikes: a sized name in a subject's place stands for its other sizes, also where it gave no claim itself
    text = "Gemma 3 27B beats GPT-4o on MMLU. The 12B model ranks first on MT-Bench."
    assert read(ex, text)[-1] == ("Gemma 3 12B", "ranks", [], ["MT-Bench"], "all", None, None)
    text = "The Zephyr 13B model outperformed a competing model in maths. The 7B version ranks first on MT-Bench."
    assert read(ex, text) == [("Zephyr 7B", "ranks", [], ["MT-Bench"], "all", None, None)]


def test_a_list_belongs_to_the_one_model_its_line_names_and_ends_at_a_line_that_is_no_item(ex):
    # "Compared with GPT-4o, Zephyr-7B scores:" names two models: its list was drafted as GPT-4o's scores
    text = "Compared with GPT-4o, Zephyr-7B scores:\nGSM8K: 78.2%\nMATH: 41.0%"
    assert [f for f in read(ex, text) if f[1] == "score"] == []
    assert read(ex, "Benchmark scores for Zephyr-7B and GPT-4o on reasoning:\n- GSM8K: 78.2%\n- MATH: 41.0%") == []
    # a paragraph that is no item ends the list: the numbers after it are no longer the line's model's
    text = (
        "Phi-4 is available today in Azure AI Foundry:\n- 14B parameters\n- 16K context\n\n"
        "Independent results from the community follow below.\n\nGSM8K: 91.2%"
    )
    assert read(ex, text) == []
    # look-alikes: one model named, its items one after another (a bullet, a blank line between)
    text = "Benchmark scores for Zephyr-7B on reasoning:\n- GSM8K: 78.2%\n\n- MATH: 41.0%"
    assert read(ex, text) == [
        ("Zephyr-7B", "score", [], ["gsm8k"], "all", 78.2, None),
        ("Zephyr-7B", "score", [], ["math"], "all", 41.0, None),
    ]


def test_a_ranking_on_a_board_that_names_no_benchmark_is_no_ranking_on_the_sentences_benchmark(ex):
    # "topped the US App Store charts" ranks on the App Store, not on AIME 2024: it was drafted as first on AIME 2024
    text = "DeepSeek-R1, which scores 79.8% on AIME 2024, topped the US App Store charts within a week of launch."
    assert read(ex, text) == [("deepseek-r1", "score", [], ["aime-2024"], "all", 79.8, None)]
    assert read(ex, "GPT-4o topped the Hugging Face trending chart, while o3-mini leads on AIME 2024.") == [
        ("o3-mini", "ranks", [], ["aime-2024"], "all", None, None)
    ]
    # (a board named by its own name is that board, as written: tests/test_extract_boards.py)
    assert read(ex, "Phi-4 tops the GitHub leaderboard among models under 15B.") == []
    assert reasons(ex) == ["a ranking on 'the GitHub leaderboard', which names no benchmark the catalog knows"]
    # look-alikes: a board named by its benchmark, a board with no name
    assert read(ex, "Claude 3.7 Sonnet led the SWE-bench Verified leaderboard for two months.") == [
        ("claude-3.7-sonnet", "ranks", [], ["swe-bench-verified"], "all", None, None)
    ]
    assert read(ex, "Phi-4 tops the charts on MMLU.") == [("phi-4", "ranks", [], ["mmlu"], "all", None, None)]
    assert read(ex, "Kimi K2 tops the open-source charts on SWE-bench Verified at 65.8%.")[0] == (
        "kimi-k2", "ranks", [], ["swe-bench-verified"], "all", None, None
    )  # fmt: skip


def test_joiners_that_shape_another_script_or_an_emoji_stay_in_the_quote(ex):
    # a zero-width non-joiner inside a Persian word and a joiner inside an emoji change what is shown: the quote lost
    # them ("می‌خواهد" became "میخواهد", 👩‍💻 two signs); beside an ASCII character a joiner shows nothing
    text = "Phi-4 beats GPT\u200d-4o on MMLU (می\u200cخواهد 👩\u200d💻)."
    [f] = ex.extract(Document("t.txt", text))
    assert (f.subject, f.competitors) == ("phi-4", ["gpt-4o"])
    assert f.quote == "Phi-4 beats GPT-4o on MMLU (می\u200cخواهد 👩\u200d💻)."
    assert Document("t.txt", "Gem\u200c\u200dini \u200d\u00ad\u200bX").text == "Gemini X"


def test_near_that_of_is_a_match_only_where_a_result_is_compared(ex):
    # "close to that of X" said of a recipe, an architecture or a cadence was drafted as a match of results
    for text, reason in (
        (
            "Phi-4's training recipe is close to that of Phi-3 on MMLU-style data.",
            # (Phi-3 is the name the closest catalog names are for)
            "'close to that of' said of no score, result or benchmark; names the catalog does not know: 'Phi-3'",
        ),
        (
            "The architecture of Mistral Small 3 is nearly that of Mistral 7B, scaled up.",
            "'nearly that of' said of no score, result or benchmark",
        ),
        (
            "The release cadence of Qwen2.5-7B is roughly that of Llama 3.1 8B.",
            "'roughly that of' said of no score, result or benchmark",
        ),
    ):
        assert read(ex, text) == [], text
        assert reasons(ex) == [reason], text
    # look-alikes: a score, accuracy or a benchmark before it
    assert read(ex, "Gemma 3 27B's MMLU-Pro score is close to that of Gemini 1.5 Pro.") == [
        ("gemma-3-27b", "matches", ["gemini-1.5-pro"], ["mmlu-pro"], "all", None, None)
    ]
    assert read(ex, "On MATH, Phi-4 reaches accuracy roughly that of GPT-4o.") == [
        ("phi-4", "matches", ["gpt-4o"], ["math"], "all", None, None)
    ]


def test_a_year_in_brackets_after_a_name_is_no_score(ex):
    # "(2025)" after a name in a clause on a leaderboard was drafted as a score of 2025 on LMArena
    assert read(ex, "Gemini 2.0 Flash (2025) tops the LMArena leaderboard for its price.") == [
        ("gemini-2.0-flash", "ranks", [], ["lmarena-text"], "all", None, None)
    ]
    assert read(ex, "On LMArena, Gemini 1.5 Pro (2024) leads GPT-4o (2024).") == [
        ("gemini-1.5-pro", "outperforms", ["gpt-4o"], ["lmarena-text"], "all", None, None)
    ]
    # look-alikes: ratings of that size set beside others; a rating that is no year
    assert read(ex, "o3 (2727) outranks DeepSeek-R1 (2029) on Codeforces.") == [
        ("o3", "outperforms", ["deepseek-r1"], ["codeforces"], "all", None, None),
        ("o3", "score", [], ["codeforces"], "all", 2727.0, None),
        ("o3", "score", [], ["codeforces"], "all", 2029.0, "deepseek-r1"),
    ]
    assert read(ex, "Gemini 2.0 Flash (1356) tops the LMArena leaderboard.")[-1] == (
        "gemini-2.0-flash", "score", [], ["lmarena-text"], "all", 1356.0, None
    )  # fmt: skip


def test_a_fine_tune_named_with_its_base_is_read_whole_never_as_the_base(ex):
    # a word and a version before a catalog name: another model (the fine-tune), which the catalog lacks
    assert read(ex, "OpenHermes 2.5 Mistral 7B beats GPT-4o on MMLU.") == [
        ("OpenHermes 2.5 Mistral 7B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Dolphin 2.9 Llama 3.1 8B beats GPT-4o on MMLU.") == [
        ("Dolphin 2.9 Llama 3.1 8B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    # look-alikes: a developer's name, a word that starts a phrase, a month and year stay the catalog's model
    assert read(ex, "Meta's Llama 3.1 8B beats GPT-4o on MMLU.")[0][0] == "llama-3.1-8b"
    assert read(ex, "The Mistral 7B model beats GPT-4o on MMLU.")[0][0] == "mistral-7b"
    assert read(ex, "In December 2024 Mistral 7B beats GPT-4o on MMLU.")[0][0] == "mistral-7b"


def test_a_number_after_a_phrase_that_names_a_model_is_the_subjects(ex):
    # the model of a phrase set before the subject ("Unlike GPT-4o, X scores ...") was given the number: it is the
    # subject's, the model named after the phrase, or the one "it" means
    assert read(ex, "At a fraction of the cost of GPT-4o, Phi-4 reaches 80% on MMLU.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None)
    ]
    assert read(ex, "Unlike o1, Gemma 3 27B scores 67.5 on MMLU-Pro.") == [
        ("gemma-3-27b", "score", [], ["mmlu-pro"], "all", 67.5, None)
    ]
    assert read(ex, "Phi-4 is out. Like its sibling GPT-4o, it reaches 80% on MMLU.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None)
    ]
    # a subject that names no model: no one's number, and a candidate says why
    # (a family the catalog has: "Nova", which no catalog model bears, is now a name as written)
    assert read(ex, "At a fraction of the cost of GPT-4o, Claude reaches 80 % on MMLU.") == []
    assert reasons(ex) == [
        "whose score 80 is could not be read: the phrase before the subject names GPT-4o, the subject no model; "
        "a family named, not a model: 'Claude'"
    ]
    # look-alikes: the clause starts with its subject, a developer's, or a phrase that names no model
    assert read(ex, "Phi-4, trained on GPT-4o outputs, reaches 80% on MMLU.")[0][0] == "phi-4"
    assert read(ex, "OpenAI's o3-mini, despite its label, reaches 91.8% on MATH-500.")[0][0] == "o3-mini"
    assert read(ex, "Additionally, Mistral 7B scores 60.1 on MMLU, ahead of its size.")[0][0] == "mistral-7b"
    assert read(ex, "On the whole GPT-4o, a closed model, reaches 80% on MMLU.")[0][0] == "gpt-4o"


def test_a_subject_of_three_or_more_names_gives_a_claim_for_each(ex):
    # only the last two names of the list were drafted
    assert read(ex, "Qwen3-8B, Qwen3-14B and Qwen3-32B outperform GPT-4o on MMLU.") == [
        ("Qwen3-8B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("Qwen3-14B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("Qwen3-32B", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
    ]
    assert [f[0] for f in read(ex, "Phi-4, Gemma 3 27B, Yi-34B, and Mistral 7B all beat GPT-4o on MMLU.")] == [
        "phi-4", "gemma-3-27b", "Yi-34B", "mistral-7b"
    ]  # fmt: skip
    # look-alikes: a name in a phrase before the list, a name set apart by ", and" alone, names that are the rivals
    assert [f[0] for f in read(ex, "Unlike o1, Phi-4 and Mistral 7B beat GPT-4o on MMLU.")] == ["phi-4", "mistral-7b"]
    text = "Meta released Phi-4, and Mistral 7B, a small model that beats GPT-4o on MMLU."
    assert [f[0] for f in read(ex, text)] == ["mistral-7b"]
    text = "Compared to models of its size, like Phi-4, Gemma 3 27B and Mistral 7B, Yi-34B beats its rivals on MMLU."
    assert read(ex, text) == [
        ("Yi-34B", "outperforms", ["phi-4", "gemma-3-27b", "mistral-7b"], ["mmlu"], "all", None, None)
    ]


def test_every_number_a_clause_quotes_with_its_benchmark_is_a_score(ex):
    # "scores 67.5 on MMLU-Pro and 42.4 on GPQA" drafted the first score only
    assert read(ex, "Phi-4 scores 67.5 on MMLU-Pro and 42.4 on GPQA Diamond.") == [
        ("phi-4", "score", [], ["mmlu-pro"], "all", 67.5, None),
        ("phi-4", "score", [], ["gpqa-diamond"], "all", 42.4, None),
    ]
    assert read(ex, "Gemma 3 27B reaches 67.5 on MMLU-Pro, 42.4 in GPQA Diamond, and 80.1 on MMLU respectively.") == [
        ("gemma-3-27b", "score", [], ["mmlu-pro"], "all", 67.5, None),
        ("gemma-3-27b", "score", [], ["gpqa-diamond"], "all", 42.4, None),
        ("gemma-3-27b", "score", [], ["mmlu"], "all", 80.1, None),
    ]
    # the same number on two benchmarks is two scores, not one found twice
    assert read(ex, "Phi-4 scores 50% on MMLU and 50% on GPQA Diamond.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 50.0, None),
        ("phi-4", "score", [], ["gpqa-diamond"], "all", 50.0, None),
    ]
    # look-alikes: a difference and a count are no listed scores
    for text in (
        "Phi-4 scores 67.5 on MMLU-Pro and 2 points higher on GPQA Diamond.",
        "Phi-4 scores 67.5 on MMLU-Pro and 8 in every 10 runs on GPQA Diamond.",
    ):
        assert read(ex, text) == [("phi-4", "score", [], ["mmlu-pro"], "all", 67.5, None)], text


def test_a_number_scored_on_a_name_read_as_no_benchmark_is_no_other_benchmarks_score(ex):
    # the number went to the benchmark nearest it, another than the one the text names right after it
    assert read(ex, "Phi-4 scores 67.5% on English and 42.4% on GPQA Diamond.") == [
        ("phi-4", "score", [], ["gpqa-diamond"], "all", 42.4, None)
    ]
    assert read(ex, "Phi-4 scores 67.5% on Multilingual MMLU and 42.4% on GPQA Diamond.") == [
        ("phi-4", "score", [], ["gpqa-diamond"], "all", 42.4, None)
    ]
    # look-alikes: a benchmark named right after the number, and words after it that name no place
    assert read(ex, "Phi-4 scores 67.5% on Humanity's Last Exam and 42.4% on GPQA Diamond.") == [
        ("phi-4", "score", [], ["hle"], "all", 67.5, None),
        ("phi-4", "score", [], ["gpqa-diamond"], "all", 42.4, None),
    ]
    assert read(ex, "On GPQA Diamond, Phi-4 scores 67.5% on average.") == [
        ("phi-4", "score", [], ["gpqa-diamond"], "all", 67.5, None)
    ]


def test_models_listed_with_as_well_as_after_trails_outperform_the_subject_too(ex):
    # "trails o1, as well as o3" made o3 a competitor of o1 (o1 beats Phi-4 and o3): o3 beats Phi-4 too
    assert read(ex, "Phi-4 trails o1, as well as o3 and Gemini 2.5 Pro on MMLU.") == [
        ("o1", "outperforms", ["phi-4"], ["mmlu"], "all", None, None),
        ("o3", "outperforms", ["phi-4"], ["mmlu"], "all", None, None),
        ("gemini-2.5-pro", "outperforms", ["phi-4"], ["mmlu"], "all", None, None),
    ]
    # look-alike: after a win, the models listed are more competitors
    assert read(ex, "Phi-4 beats o1, as well as o3 and Gemini 2.5 Pro on MMLU.") == [
        ("phi-4", "outperforms", ["o1", "o3", "gemini-2.5-pro"], ["mmlu"], "all", None, None)
    ]


def test_a_concession_with_a_subject_of_its_own_is_a_claim_of_its_own(ex):
    # "though it trails o1 on GPQA" was read with the clause before: both claims covered both benchmarks
    assert read(ex, "Phi-4 beats GPT-4o on MMLU, though it trails o1 and o3 on GPQA Diamond.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("o1", "outperforms", ["phi-4"], ["gpqa-diamond"], "all", None, None),
        ("o3", "outperforms", ["phi-4"], ["gpqa-diamond"], "all", None, None),
    ]
    # a denied benchmark is none of the claim's
    assert read(ex, "Phi-4 beats GPT-4o on MMLU and GPQA Diamond, though not on MATH.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu", "gpqa-diamond"], "all", None, None)
    ]
    # look-alikes: a concession with no subject, or one that says what the model is, stays in the claim
    for text in (
        "Phi-4, though smaller, beats GPT-4o on MMLU.",
        "Phi-4 beats GPT-4o on MMLU, though it is smaller.",
        "Phi-4 beats GPT-4o on MMLU, even though GPT-4o costs far more.",
    ):
        assert read(ex, text) == [("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)], text


def test_a_sentence_may_start_with_a_lower_case_name(ex):
    # "... MMLU-Pro. o3 (2727) outranks ..." was one sentence: Phi-4's 67.5 went to o3, and MMLU-Pro to o3's claim
    assert read(ex, "Phi-4 scores 67.5 on MMLU-Pro. o3 (2727) outranks DeepSeek-R1 (2029) on Codeforces.") == [
        ("phi-4", "score", [], ["mmlu-pro"], "all", 67.5, None),
        ("o3", "outperforms", ["deepseek-r1"], ["codeforces"], "all", None, None),
        ("o3", "score", [], ["codeforces"], "all", 2727.0, None),
        ("o3", "score", [], ["codeforces"], "all", 2029.0, "deepseek-r1"),
    ]
    # look-alikes: an abbreviation before a lower-case name, and a lower-case word, end no sentence
    text = "Reasoning models (e.g. o3 and o4-mini) lead. See fig. and table 2. more follows."
    assert [s for _, s in Document("t.txt", text).sentences()] == [
        "Reasoning models (e.g. o3 and o4-mini) lead.",
        "See fig. and table 2. more follows.",
    ]


def test_a_number_after_a_clause_set_before_the_subject_is_the_subjects(ex):
    # "Where GPT-4o stalls, Phi-4 reaches 80%": GPT-4o is the subject of "stalls", not of "reaches"
    assert read(ex, "Where GPT-4o stalls, Phi-4 reaches 80% on MMLU.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None)
    ]
    assert read(ex, "Since GPT-4o's launch, Mistral 7B reaches 60.1 on MMLU.")[0][0] == "mistral-7b"
    # look-alike: "it" after such a clause may be its model, as before
    assert read(ex, "When GPT-4o launched, it scored 80% on MMLU.") == [
        ("gpt-4o", "score", [], ["mmlu"], "all", 80.0, None)
    ]


def test_a_name_in_an_aside_after_the_subject_is_not_the_subject(ex):
    # the name nearest the cue was the subject: "Phi-4, trained on GPT-4o outputs, beats o1" read as GPT-4o beating o1
    for text in (
        "Phi-4, trained on GPT-4o outputs, beats o1 on MMLU.",
        "Phi-4, like GPT-4o, beats o1 on MMLU.",
    ):
        assert read(ex, text) == [("phi-4", "outperforms", ["o1"], ["mmlu"], "all", None, None)], text
    assert [f[0] for f in read(ex, "Phi-4 and Gemma 3 27B, like GPT-4o, beat o1 on MMLU.")] == ["phi-4", "gemma-3-27b"]
    # look-alikes: a name set apart by commas with no phrase before it, and the rivals named before the subject
    assert read(ex, "Phi-4, GPT-4o, beats o1 on MMLU.")[0][0] == "gpt-4o"
    text = "Compared to models of its size, like Phi-4 and Mistral 7B, Yi-34B beats its rivals on MMLU."
    assert read(ex, text) == [("Yi-34B", "outperforms", ["phi-4", "mistral-7b"], ["mmlu"], "all", None, None)]


def test_a_number_right_after_a_name_is_that_models(ex):
    # "Phi-4 reaches 80%, GPT-4o 75% and o1 85%": the verb left out, each number stands after its model; all three
    # were Phi-4's
    assert read(ex, "On MMLU, Phi-4 reaches 80%, GPT-4o 75% and o1 85%.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None),
        ("gpt-4o", "score", [], ["mmlu"], "all", 75.0, None),
        ("o1", "score", [], ["mmlu"], "all", 85.0, None),
    ]
    # look-alike: a number after the verb is the subject's
    assert read(ex, "On MMLU, Phi-4 beats GPT-4o with 80%.")[-1] == ("phi-4", "score", [], ["mmlu"], "all", 80.0, None)


def test_names_listed_as_a_subject_take_the_numbers_listed_after_their_verb_in_order(ex):
    # "Phi-4 and Mistral 7B score 80% and 60%": both numbers were Phi-4's, with or without "respectively"
    assert read(ex, "Phi-4 and Mistral 7B score 80% and 60% on MMLU.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None),
        ("mistral-7b", "score", [], ["mmlu"], "all", 60.0, None),
    ]
    assert read(ex, "On MMLU, Phi-4, Gemma 3 27B and Mistral 7B reach 80%, 70% and 60%.") == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None),
        ("gemma-3-27b", "score", [], ["mmlu"], "all", 70.0, None),
        ("mistral-7b", "score", [], ["mmlu"], "all", 60.0, None),
    ]
    # look-alike: the compared models are not the subject
    assert read(ex, "Phi-4 beats GPT-4o and o1 with 80% and 82% on MMLU and GPQA Diamond.")[1:] == [
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None),
        ("phi-4", "score", [], ["gpqa-diamond"], "all", 82.0, None),
    ]


def test_a_bound_is_no_score(ex):
    # "each score above 70%" was drafted as Phi-4's score of 70
    assert read(ex, "Phi-4, Gemma 3 27B and Mistral 7B each score above 70% on MMLU.") == []
    assert read(ex, "Phi-4 scores at least 80% on MMLU.") == []
    # look-alike: a model named after the word, and a number set apart from it
    assert read(ex, "Phi-4 scores 80% on MMLU, above GPT-4o.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None),
        ("phi-4", "score", [], ["mmlu"], "all", 80.0, None),
    ]


def test_a_lead_in_downloads_or_popularity_is_no_claim_of_a_result(ex):
    # "leads ... such as Y" and "more ... than Y" are wins over Y, but not where what is counted is use
    assert read(ex, "Zephyr-7B leads open models such as Phi-4 and Yi-34B in download count.") == []
    assert reasons(ex) == [
        "about cost, speed, size or popularity ('download count'), not benchmark results; names the catalog does not "
        "know: 'Yi-34B'"
    ]
    assert read(ex, "Yi-34B is more popular than GPT-4o among developers.") == []
    assert read(ex, "Phi-4 has overtaken GPT-4o in GitHub stars.") == []
    # look-alikes: the same cues about results still draft, and a result named beside popularity keeps the claim
    assert read(ex, "Zephyr-7B leads open models such as Phi-4 and Yi-34B on MMLU.") == [
        ("Zephyr-7B", "outperforms", ["phi-4", "Yi-34B"], ["mmlu"], "all", None, None)
    ]
    assert [f[:2] for f in read(ex, "Phi-4 beats GPT-4o on MMLU and leads it in downloads.")] == [
        ("phi-4", "outperforms")
    ]


def test_a_few_benchmarks_is_at_least_two_and_few_benchmarks_is_no_claim(ex):
    # "a few": some of them, never all; "few" with no "a": the win said to be rare, not claimed
    [f] = ex.extract(Document("t.txt", "Phi-4 beats GPT-4o on a few benchmarks."))
    assert (f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier) == (
        "phi-4", "outperforms", ["gpt-4o"], "shared", {"at_least": 2}
    )  # fmt: skip
    assert read(ex, "Phi-4 beats GPT-4o on few benchmarks.") == []
    assert reasons(ex) == ["hedged, planned or denied ('on few benchmarks'): not a claim of a result"]
    # look-alikes: "on every benchmark" stays all; "a few points" is a margin, not a count of benchmarks
    assert read(ex, "Phi-4 beats GPT-4o on every benchmark.")[0][4] == "all"
    assert read(ex, "Phi-4 beats GPT-4o by a few points on MMLU.")[0][:5] == (
        "phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all"
    )  # fmt: skip
