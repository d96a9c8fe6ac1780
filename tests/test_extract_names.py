"""Names the lexicon extractor reads that the catalog lacks or that people split: benchmarks written plainly, a
version after a catalog model's name, a word before a family, and two versions that share one size. Each is drafted
as written and marked uncatalogued (or read as the catalog model, with a note), never read as another name.
Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from pathlib import Path

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor

REPO = Path(__file__).parent.parent


def drafts(ex: Extractor, text: str) -> list[tuple]:
    return [
        (f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value, f.model, f.uncatalogued)
        for f in ex.extract(Document("t.txt", text))
    ]


def test_a_benchmark_the_catalog_lacks_is_drafted_as_written_never_widened_to_shared(ex):
    assert drafts(ex, "Llama 3.1 405B outperforms GPT-4o on HellaSwag.") == [
        ("llama-3.1-405b", "outperforms", ["gpt-4o"], ["HellaSwag"], "all", None, None, ["HellaSwag"])
    ]
    [f] = ex.extract(Document("t.txt", "Llama 3.1 405B outperforms GPT-4o on WinoGrande and BoolQ."))
    assert (f.benchmarks, f.uncatalogued) == (["WinoGrande", "BoolQ"], ["WinoGrande", "BoolQ"])
    assert "benchmark 'BoolQ' is not in the catalog" in f.review
    assert f.review[-1] == (
        "uncatalogued: 'WinoGrande', 'BoolQ' (not in the catalog; kept as written, never guessed): add each to the "
        "catalog, or take it out of the claim, before it can be verified"
    )
    # any capitalised word before "benchmark"; a score on it too
    assert drafts(ex, "Llama 3.1 405B outperforms GPT-4o on the MathVista benchmark.") == [
        ("llama-3.1-405b", "outperforms", ["gpt-4o"], ["MathVista"], "all", None, None, ["MathVista"])
    ]
    assert drafts(ex, "Llama 3.1 405B scores 89.1% on HellaSwag.") == [
        ("llama-3.1-405b", "score", [], ["HellaSwag"], "all", 89.1, None, ["HellaSwag"])
    ]
    # look-alikes: a platform, a chip maker's cloud, a plain word after "on", a family: every shared benchmark, as before
    for text in (
        "Claude 3.5 Sonnet is available on GitHub and beats GPT-4o.",
        "Claude 3.5 Sonnet, available on AWS, beats GPT-4o.",
        "Claude 3.5 Sonnet beats GPT-4o on Monday.",
        "Claude 3.5 Sonnet beats GPT-4o on Gemini tasks.",
        # a word of an organisation's name, not only its first ("Google DeepMind"): a lab, drafted as a benchmark
        "Claude 3.5 Sonnet beats GPT-4o on DeepMind tasks.",
        "Claude 3.5 Sonnet beats GPT-4o on the DeepMind benchmarks.",
    ):
        [f] = ex.extract(Document("t.txt", text))
        assert (f.subject, f.competitors, f.benchmarks, f.uncatalogued) == (
            "claude-3.5-sonnet",
            ["gpt-4o"],
            "shared",
            [],
        )


def test_words_listed_beside_a_benchmark_are_benchmarks_too(ex):
    text = "Llama 3.1 405B outperforms GPT-4o in several tests, including GSM8K, Hellaswag, BoolQ, and Winograd."
    assert drafts(ex, text) == [
        (
            "llama-3.1-405b",
            "outperforms",
            ["gpt-4o"],
            ["gsm8k", "Hellaswag", "BoolQ", "Winograd"],
            "all",
            None,
            None,
            ["Hellaswag", "BoolQ", "Winograd"],
        )
    ]


def test_a_benchmark_name_with_a_letter_after_its_number_is_one_too(ex):
    # "GSM8K"-shaped names (capitals, a number, a letter) once fell through to every shared benchmark, and the list
    # after them with it
    assert drafts(ex, "Llama 3.1 405B outperforms GPT-4o on GSM1k.") == [
        ("llama-3.1-405b", "outperforms", ["gpt-4o"], ["GSM1k"], "all", None, None, ["GSM1k"])
    ]
    [f] = ex.extract(Document("t.txt", "Llama 3.1 405B outperforms GPT-4o across GSM1K, Hellaswag and BoolQ."))
    assert (f.benchmarks, f.uncatalogued) == (["GSM1K", "Hellaswag", "BoolQ"], ["GSM1K", "Hellaswag", "BoolQ"])


def test_each_rule_for_plain_benchmark_names_holds_on_its_own(ex):
    # each sentence needs its rule alone: "in" is not a place word, so only "benchmark" after it marks "Mathvista"; the
    # words before a catalog benchmark are listed beside it; a listed word that goes on ("and Snowflake on GSM8K")
    # starts a clause of its own; a developer's name is never a benchmark, shaped like one or not
    assert drafts(ex, "Llama 3.1 405B beats GPT-4o in the Mathvista benchmark.") == [
        ("llama-3.1-405b", "outperforms", ["gpt-4o"], ["Mathvista"], "all", None, None, ["Mathvista"])
    ]
    [f] = ex.extract(Document("t.txt", "Llama 3.1 405B beats GPT-4o on Winograd, Hellaswag and MMLU."))
    assert (f.benchmarks, f.uncatalogued) == (["Winograd", "Hellaswag", "mmlu"], ["Winograd", "Hellaswag"])
    [f] = ex.extract(Document("t.txt", "Llama 3.1 405B beats GPT-4o on MMLU and Snowflake on GSM8K."))
    assert (f.benchmarks, f.uncatalogued) == (["mmlu", "gsm8k"], [])
    for text in ("Llama 3.1 405B beats GPT-4o on NVIDIA hardware.", "Llama 3.1 405B beats GPT-4o on ByteDance tasks."):
        [f] = ex.extract(Document("t.txt", text))
        assert (f.benchmarks, f.uncatalogued) == ("shared", [])


def test_a_plus_after_a_catalog_benchmark_is_another_benchmark_never_the_catalogs(ex):
    # "HumanEval+" (EvalPlus: more tests per item, lower scores) was read as the catalog's HumanEval
    assert drafts(ex, "Llama 3.1 405B beats GPT-4o on HumanEval+ and MBPP+.") == [
        (
            "llama-3.1-405b",
            "outperforms",
            ["gpt-4o"],
            ["HumanEval+", "MBPP+"],
            "all",
            None,
            None,
            ["HumanEval+", "MBPP+"],
        )
    ]
    [f] = ex.extract(Document("t.txt", "Llama 3.1 405B beats GPT-4o on HumanEval, HumanEval+ and MBPP."))
    assert (f.benchmarks, f.uncatalogued) == (["humaneval", "HumanEval+", "mbpp"], ["HumanEval+"])
    assert "benchmark 'HumanEval+' is not in the catalog (closest: HumanEval)" in f.review


def test_a_version_after_a_catalog_models_name_is_another_model_never_the_base_one(ex):
    assert drafts(ex, "Claude 3.5 Sonnet v2 outperforms GPT-4o on HumanEval.") == [
        ("Claude 3.5 Sonnet v2", "outperforms", ["gpt-4o"], ["humaneval"], "all", None, None, ["Claude 3.5 Sonnet v2"])
    ]
    assert drafts(ex, "Claude 3.5 Sonnet beats GPT-4o v2 on HumanEval.") == [
        ("claude-3.5-sonnet", "outperforms", ["GPT-4o v2"], ["humaneval"], "all", None, None, ["GPT-4o v2"])
    ]
    # a checkpoint the catalog reads as its model says so, in a score claim as in a comparison
    [f] = ex.extract(Document("t.txt", "GPT-4-0613 scores 86.4% on MMLU."))
    assert (f.subject, f.kind, f.value, f.uncatalogued) == ("gpt-4", "score", 86.4, [])
    assert f.review == [
        "quoted number read as a score claim; tolerance 0.05 (as printed)",
        "'GPT-4-0613' read as GPT-4",
    ]


def test_a_word_before_a_family_is_part_of_the_name_but_an_adjective_is_not(ex):
    assert drafts(ex, "Code Llama 34B outperforms GPT-4o on HumanEval.") == [
        ("Code Llama 34B", "outperforms", ["gpt-4o"], ["humaneval"], "all", None, None, ["Code Llama 34B"])
    ]
    assert drafts(ex, "Latest Llama 3.1 405B outperforms GPT-4o on HumanEval.") == [
        ("llama-3.1-405b", "outperforms", ["gpt-4o"], ["humaneval"], "all", None, None, [])
    ]


def test_two_versions_that_share_one_size_are_two_models(ex):
    found = ex.extract(Document("t.txt", "Llama 3.1 and 3.3 70B outperform GPT-4o on MMLU."))
    assert [(f.subject, f.competitors, f.benchmarks, f.uncatalogued) for f in found] == [
        ("Llama 3.1 70B", ["gpt-4o"], ["mmlu"], ["Llama 3.1 70B"]),
        ("llama-3.3-70b", ["gpt-4o"], ["mmlu"], []),
    ]
    assert "'3.3 70B' read as Llama 3.3 70B (the size is written once for both)" in found[1].review
    [f] = ex.extract(Document("t.txt", "OLMo 2 32B approaches Qwen 2.5 72B, Llama 3.1 and 3.3 70B."))
    assert f.competitors == ["Qwen 2.5 72B", "Llama 3.1 70B", "llama-3.3-70b"]
    # years and sizes with no family are not names
    assert drafts(ex, "In 2023 and 2024 70B models improved on MMLU.") == []


def test_a_versions_letter_split_from_its_number_is_still_that_model(ex):
    [f] = ex.extract(Document("t.txt", "OLMo 2 32B outperforms GPT4-o mini on MMLU."))
    assert (f.subject, f.competitors, f.benchmarks, f.uncatalogued) == (
        "OLMo 2 32B",
        ["gpt-4o-mini"],
        ["mmlu"],
        ["OLMo 2 32B"],
    )
    assert "'GPT4-o mini' read as GPT-4o-mini" in f.review
    # a version, then a word: not the model with that letter
    assert drafts(ex, "GPT-4 or Claude 3.5 Sonnet? Claude 3.5 Sonnet beats GPT-4 on MMLU.") == [
        ("claude-3.5-sonnet", "outperforms", ["gpt-4"], ["mmlu"], "all", None, None, [])
    ]


def test_two_families_that_share_the_rest_of_their_names_are_two_models(ex):
    [f] = ex.extract(Document("t.txt", "OLMo 2 32B comes close to the Qwen and Llama 70B Instruct models."))
    assert (f.subject, f.kind, f.competitors, f.uncatalogued) == (
        "OLMo 2 32B",
        "matches",
        ["Qwen 70B Instruct", "Llama 70B Instruct"],
        ["OLMo 2 32B", "Qwen 70B Instruct", "Llama 70B Instruct"],
    )
    # a family alone before a versioned name, or no "models" after them: each name as written
    [f] = ex.extract(Document("t.txt", "OLMo 2 32B beats Claude and Llama 3 70B models on MMLU."))
    assert f.competitors == ["Llama 3 70B"]
    [f] = ex.extract(Document("t.txt", "OLMo 2 32B beats Qwen and Llama 70B on MMLU."))
    assert f.competitors == ["Llama 70B"]
