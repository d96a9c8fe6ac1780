"""How the lexicon extractor reads what people write: names, benchmarks and cues, and the sentences it
cannot draft (listed as candidates with the reason). Catalog: the seed catalog plus the extraction
fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

import shutil
from pathlib import Path

import pytest

from harness.claims.catalog import load_catalog
from harness.claims.spec import Cohort
from harness.errors import InputError
from harness.extract.documents import Document
from harness.extract.lexicon import Extractor

REPO = Path(__file__).parent.parent


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value, f.model) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def test_vendor_prefixes_dashes_and_checkpoints(ex):
    found = ex.extract(
        Document("t.txt", "OpenAI-o1 trails Google’s Gemini‑3‑Pro and GPT-5-2025-08-07 on GPQA Diamond.")
    )
    assert [(f.subject, f.competitors, f.benchmarks) for f in found] == [
        ("gemini-3-pro", ["o1"], ["gpqa-diamond"]),
        ("gpt-5-high", ["o1"], ["gpqa-diamond"]),
    ]
    assert "'GPT-5-2025-08-07' read as GPT-5 (high)" in found[1].review


def test_family_with_size_word_boundaries_and_areas(ex):
    [f] = ex.extract(Document("t.txt", "Qwen-2.5-7B beats Llama-405B across math, code and reasoning tasks."))
    assert (f.subject, f.competitors, f.benchmarks) == (
        "qwen2.5-7b",
        ["llama-3.1-405b"],
        {"tags": ["code", "math", "reasoning"]},
    )
    assert "'Llama-405B' read as Llama 3.1 405B, the only catalog model it can mean" in f.review


def test_a_name_without_its_brand_word_and_one_sided_matches(ex):
    [f] = ex.extract(Document("t.txt", "Opus 4 matches or exceeds o3 on SWE-bench Verified, according to Anthropic."))
    assert (f.subject, f.kind, f.direction, f.competitors) == ("claude-opus-4", "matches", "at_least", ["o3"])
    assert f.review == ["read as Claude Opus 4 (its name without the brand word)"]


def test_its_predecessor_is_the_latest_earlier_release_and_size_is_not_a_cost(ex):
    text = "With a total of 671 billion parameters, DeepSeek-V3 surpasses its predecessor on MMLU."
    assert read(ex, text) == [("deepseek-v3", "outperforms", ["deepseek-v2.5"], ["mmlu"], "all", None, None)]


def test_hedges_and_unknown_names_are_candidates_with_reasons(ex):
    assert read(ex, "It seems likely that Phi-4 outperforms GPT-4o on MATH.") == []
    [c] = ex.candidates
    assert c.reason == "hedged, planned or denied ('It seems likely'): not a claim of a result"
    assert read(ex, "GPT-4o is competitive with Atlas 2 on English academic benchmarks.") == []
    [c] = ex.candidates
    # no model of the catalog starts like it (as a subject, right before the cue, it is read as a name by its shape)
    assert c.reason == "no competitor the catalog knows: 'Atlas 2'"


def test_names_the_catalog_lacks_are_drafted_as_written_and_marked_uncatalogued(ex):
    # a family ("OLMo 2", "Llama 3.1") names no one catalog model: kept as written, never guessed
    [f] = ex.extract(Document("t.txt", "OLMo 2 is competitive with Llama 3.1 on English academic benchmarks."))
    assert (f.subject, f.kind, f.competitors, f.uncatalogued) == ("OLMo 2", "matches", ["Llama 3.1"],
                                                                  ["OLMo 2", "Llama 3.1"])  # fmt: skip
    assert "'OLMo 2' is not in the catalog (closest: OLMo 2 7B, OLMo 2 13B)" in f.review
    assert (
        "uncatalogued: 'OLMo 2', 'Llama 3.1' (not in the catalog; kept as written, never guessed): add each to "
        "the catalog, or take it out of the claim, before it can be verified" in f.review
    )
    # the developer's name in front is left out; "GPT-4-class" is a kind of model, not a model
    [f] = ex.extract(Document("t.txt", "OpenAI-o1-pro outperforms GPT-4-class models and DeepSeek R1 on AIME."))
    assert (f.subject, f.competitors, f.uncatalogued) == ("o1-pro", ["deepseek-r1"], ["o1-pro"])
    # a benchmark the catalog lacks ("SWE-bench" with no version, "WMT24") is kept as written too
    found = ex.extract(Document("t.txt", "Opus 4 scores 72.5% on SWE-bench, ahead of GPT-4.1 on WMT24."))
    assert [(f.subject, f.kind, f.benchmarks, f.value, f.uncatalogued) for f in found] == [
        ("claude-opus-4", "outperforms", ["SWE-bench", "WMT24"], None, ["SWE-bench", "WMT24"]),
        ("claude-opus-4", "score", ["SWE-bench"], 72.5, ["SWE-bench"]),
    ]
    assert "benchmark 'WMT24' is not in the catalog" in found[0].review


def test_scores_as_people_quote_them(ex):
    text = "Phi-4 scored 80.4 percent on MATH, surpassing GPT-4o's 74.6% and o1 (92.3 per cent)."
    assert read(ex, text) == [
        ("phi-4", "outperforms", ["gpt-4o", "o1"], ["math"], "all", None, None),
        ("phi-4", "score", [], ["math"], "all", 80.4, None),
        ("phi-4", "score", [], ["math"], "all", 74.6, "gpt-4o"),
        ("phi-4", "score", [], ["math"], "all", 92.3, "o1"),
    ]


def test_a_class_superlative_is_a_ranking_with_a_note(ex):
    [f] = ex.extract(
        Document("t.txt", "Falcon3-10B-Base achieves state-of-the-art performance for models under 13B parameters.")
    )
    assert (f.subject, f.kind, f.quantifier) == ("falcon3-10b-base", "ranks", "all")
    # a cohort by size, from the model cards' sizes in the catalog (`parameters_b`)
    assert f.cohort == {"all_models": True, "max_parameters_b": 13.0}
    assert (
        "a class ('under 13B') read as the catalog's models of at most 13B parameters (model-card sizes; 4 catalog "
        "models have one, the others are left out of the cohort)" in f.review
    )
    assert Cohort(all_models=True, max_parameters_b=13).members(ex.catalog) == ["falcon3-10b-base"]
    assert Cohort(all_models=True, max_parameters_b=230).members(ex.catalog) == [
        "minimax-m2", "phi-4", "falcon3-10b-base"]  # fmt: skip
    # "in its class": at most the subject's own size
    [f] = ex.extract(Document("t.txt", "Phi-4 is the best model in its class on MATH."))
    assert f.cohort == {"all_models": True, "max_parameters_b": 14.0}
    # "for its size" likewise (Gemma 3's launch: "state-of-the-art performance for its size, outperforming ..."): it
    # was "no cohort named: ranked among every model in the catalog", a claim the sentence does not make
    [f] = ex.extract(Document("t.txt", "Phi-4 delivers state-of-the-art performance for its size on MATH."))
    assert (f.kind, f.cohort) == ("ranks", {"all_models": True, "max_parameters_b": 14.0})
    assert "no cohort named: ranked among every model in the catalog" not in f.review


def test_two_subjects_and_a_trailing_list(ex):
    text = "Grok 3 scored 54% on AIME, above GPT-4o but below o1 and DeepSeek R1."
    assert read(ex, text) == [
        ("grok-3", "outperforms", ["gpt-4o"], ["aime"], "all", None, None),
        ("grok-3", "score", [], ["aime"], "all", 54.0, None),
        ("o1", "outperforms", ["grok-3"], ["aime"], "all", None, None),
        ("deepseek-r1", "outperforms", ["grok-3"], ["aime"], "all", None, None),
    ]


def test_the_title_names_the_benchmark_and_runner_up_is_second_place(ex):
    text = "By: Example News\n2025-03-13\n\nGPQA Benchmark\n\nRunner-up O3 Mini reached 75.0% average accuracy.\n"
    found = ex.extract(Document("t.txt", text))
    assert [(f.subject, f.kind, f.benchmarks, f.top, f.value) for f in found] == [
        ("o3-mini", "ranks", ["gpqa"], 2, None),
        ("o3-mini", "score", ["gpqa"], 1, 75.0),
    ]
    assert "benchmark carried over from the title" in found[0].review


def test_a_difference_is_not_a_score_and_paired_numbers_go_to_their_models(ex):
    text = "On the WebDev leaderboard, Gemini 3 Pro scored 280 points higher than Gemini 2.5 Pro (1204)."
    assert [(f.kind, f.value, f.model) for f in ex.extract(Document("t.txt", text))] == [
        ("outperforms", None, None),
        ("score", 1204.0, "gemini-2.5-pro"),
    ]
    assert [
        f.value
        for f in ex.extract(
            Document(
                "t.txt", "On Codeforces, R1 achieves a 2,029 Elo rating, outperforming 96.3% of human participants."
            )
        )
    ] == [2029.0]
    assert read(ex, "Phi-4 trails GPT-4o on MMLU (84.8% vs 88.7%).") == [
        ("gpt-4o", "outperforms", ["phi-4"], ["mmlu"], "all", None, None),
        ("gpt-4o", "score", [], ["mmlu"], "all", 84.8, "phi-4"),
        ("gpt-4o", "score", [], ["mmlu"], "all", 88.7, None),
    ]


def test_a_model_size_needs_the_model_card_that_states_it(tmp_path):
    shutil.copytree(REPO / "catalog", tmp_path / "catalog", ignore=shutil.ignore_patterns("imported.yaml", "aliases"))
    (tmp_path / "catalog" / "zz.yaml").write_text(
        "models:\n  - {id: tiny-1b, name: Tiny 1B, developer: openai, open_weights: true, parameters_b: 1}\n"
    )
    with pytest.raises(InputError) as exc:
        load_catalog(tmp_path / "catalog", tmp_path)
    assert "parameters_b needs parameters_source: the model card that states the size" in str(exc.value)


def test_examples_in_brackets_areas_after_a_general_word_and_a_score_for_the_model_after_it(ex):
    # "most benchmarks (AIME …)": the named benchmark is an example; its numbers are still scores
    text = "o3-mini scores higher than o1 on most benchmarks (AIME 87.3%, vs o1's 83.3%)."
    assert read(ex, text) == [
        ("o3-mini", "outperforms", ["o1"], "shared", "most", None, None),
        ("o3-mini", "score", [], ["aime"], "all", 87.3, None),
        ("o3-mini", "score", [], ["aime"], "all", 83.3, "o1"),
    ]
    # "in various fields, including programming and mathematics": the areas after the general word
    [f] = ex.extract(Document("t.txt", "DeepSeek-V3 outperformed o1-mini in various fields, including programming "
                                       "and mathematics."))  # fmt: skip
    assert f.benchmarks == {"tags": ["code", "math"]}
    # "compared with 38.2% for GPT-4o": the number belongs to the model after it, and the two compare
    assert read(ex, "GPT-4.5 scored 62.5% on SimpleQA, compared with 38.2% for GPT-4o.") == [
        ("gpt-4.5", "score", [], ["simpleqa"], "all", 62.5, None),
        ("gpt-4o", "score", [], ["simpleqa"], "all", 38.2, None),
        ("gpt-4.5", "outperforms", ["gpt-4o"], ["simpleqa"], "all", None, None),
    ]
    # a class by size names a cohort: a ranking, not "a ranking word with no cohort"
    [f] = ex.extract(Document("t.txt", "Mistral Small 3 is the best model under 70B parameters."))
    assert (f.subject, f.kind) == ("mistral-small-3", "ranks")
    assert any(
        n.startswith("a class ('under 70B'): the catalog records no size for Mistral Small 3, so ranked")
        for n in f.review
    )


def test_area_words_before_benchmarks_new_cues_and_one_claim_for_two_cues_that_say_the_same(ex):
    [f] = ex.extract(Document("t.txt", "Gemini 2.5 Pro leads common coding, math and science benchmarks."))
    assert (f.kind, f.benchmarks) == ("ranks", {"tags": ["code", "math", "science"]})
    assert read(ex, "Anthropic says Claude Sonnet 4 improves on Claude 3.7 Sonnet across coding benchmarks.") == [
        ("claude-sonnet-4", "outperforms", ["claude-3.7-sonnet"], {"tags": ["code"]}, "all", None, None)
    ]
    # "competitive results compared to": a one-sided match, here of a name the catalog lacks (kept as written)
    [f] = ex.extract(Document("t.txt", "Qwen3-235B-A22B achieves competitive results compared to DeepSeek-R1 and o1."))
    assert (f.subject, f.kind, f.direction, f.competitors) == ("Qwen3-235B-A22B", "matches", "at_least",
                                                               ["deepseek-r1", "o1"])  # fmt: skip
    # "best … in its class" names a cohort; "best" and "leading" say the same: one ranking; each number its benchmark's
    text = "Claude Opus 4 is the world's best coding model, leading on SWE-bench (72.5%) and Terminal-bench (43.2%)."
    assert read(ex, text) == [
        ("claude-opus-4", "ranks", [], ["SWE-bench", "Terminal-bench"], "all", None, None),
        ("claude-opus-4", "score", [], ["SWE-bench"], "all", 72.5, None),
        ("claude-opus-4", "score", [], ["Terminal-bench"], "all", 43.2, None),
    ]
    [f] = ex.extract(Document("t.txt", "Llama 4 Scout is the best multimodal model in the world in its class."))
    assert (f.subject, f.kind) == ("llama-4-scout", "ranks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GPT-4.5 outscored GPT-4o on SimpleQA.", ("gpt-4.5", "outperforms", ["gpt-4o"], ["simpleqa"])),
        ("o3 bests o1 on AIME 2024.", ("o3", "outperforms", ["o1"], ["aime-2024"])),
        ("DeepSeek-R1 overtakes o1 on MATH-500.", ("deepseek-r1", "outperforms", ["o1"], ["math-500"])),
        ("Llama 4 Maverick outclasses GPT-4o on LiveCodeBench.",
         ("llama-4-maverick", "outperforms", ["gpt-4o"], ["livecodebench"])),
        ("Claude 3.7 Sonnet edges past o1 on SWE-bench Verified.",
         ("claude-3.7-sonnet", "outperforms", ["o1"], ["swe-bench-verified"])),
        ("GPT-4.1 wins against GPT-4o on SWE-bench Verified.",
         ("gpt-4.1", "outperforms", ["gpt-4o"], ["swe-bench-verified"])),
        ("Gemini 2.5 Pro is stronger than o3-mini at coding.",
         ("gemini-2.5-pro", "outperforms", ["o3-mini"], {"tags": ["code"]})),
        # the passive: the model after "by" is the one that wins
        ("GPT-4o is outperformed by Claude 3.5 Sonnet on HumanEval.",
         ("claude-3.5-sonnet", "outperforms", ["gpt-4o"], ["humaneval"])),
        ("Qwen2.5-Max holds its own against GPT-4o on Arena-Hard.",
         ("qwen2.5-max", "matches", ["gpt-4o"], ["arena-hard"])),
        ("DeepSeek-V3 achieves parity with GPT-4o on MMLU.", ("deepseek-v3", "matches", ["gpt-4o"], ["mmlu"])),
        ("Mistral Small 3 is on a par with Llama 3.3 70B.", ("mistral-small-3", "matches", ["llama-3.3-70b"], "shared")),
        ("Gemini 2.5 Pro is the #1 model on WebDev Arena.", ("gemini-2.5-pro", "ranks", [], ["webdev-arena"])),
        ("Gemini 2.5 Pro debuts at #1 on LMArena by a significant margin.",
         ("gemini-2.5-pro", "ranks", [], ["lmarena-text"])),
        ("Llama 3.3 70B offers similar performance to Llama 3.1 405B.",
         ("llama-3.3-70b", "matches", ["llama-3.1-405b"], "shared")),
        # an area word first: "math competition problems"
        ("Phi-4 outperforms much larger models, including Gemini 1.5 Pro, on math competition problems.",
         ("phi-4", "outperforms", ["gemini-1.5-pro"], {"tags": ["math"]})),
        # a ranking word right before a model is a comparison with it
        ("Llama 4 Maverick tops GPT-4o on MMLU.", ("llama-4-maverick", "outperforms", ["gpt-4o"], ["mmlu"])),
        ("Llama 4 Maverick leads GPT-4o on MMLU.", ("llama-4-maverick", "outperforms", ["gpt-4o"], ["mmlu"])),
        ("Llama 4 Maverick wins over GPT-4o on MMLU.", ("llama-4-maverick", "outperforms", ["gpt-4o"], ["mmlu"])),
        ("Llama 4 Maverick comes out on top against GPT-4o on MMLU.",
         ("llama-4-maverick", "outperforms", ["gpt-4o"], ["mmlu"])),
        ("Gemma 3 27B improves substantially over Gemma 2 27B on MMLU.",
         ("gemma-3-27b", "outperforms", ["gemma-2-27b"], ["mmlu"])),
        ("Gemma 3 27B is a big step up from Gemma 2 27B on MMLU.",
         ("gemma-3-27b", "outperforms", ["gemma-2-27b"], ["mmlu"])),
        ("Gemma 3 27B shows gains over Gemma 2 27B on MMLU and MATH.",
         ("gemma-3-27b", "outperforms", ["gemma-2-27b"], ["mmlu", "math"])),
        ("Llama 4 Maverick performs similarly to GPT-4o on MMLU.",
         ("llama-4-maverick", "matches", ["gpt-4o"], ["mmlu"])),
        ("Llama 4 Maverick ties with GPT-4o on MMLU.", ("llama-4-maverick", "matches", ["gpt-4o"], ["mmlu"])),
        # two models tied: the first matches the second
        ("Llama 4 Maverick and GPT-4o are tied on MMLU.", ("llama-4-maverick", "matches", ["gpt-4o"], ["mmlu"])),
        # rankings as people word them
        ("Llama 4 Maverick is the top open-weights model on LiveCodeBench.",
         ("llama-4-maverick", "ranks", [], ["livecodebench"])),
        ("Llama 4 Maverick is the highest-scoring model on LiveBench.", ("llama-4-maverick", "ranks", [], ["livebench"])),
        ("Llama 4 Maverick is the strongest open model on MMLU.", ("llama-4-maverick", "ranks", [], ["mmlu"])),
        ("Llama 4 Maverick achieves the highest score on MMLU.", ("llama-4-maverick", "ranks", [], ["mmlu"])),
        ("Llama 4 Maverick scores highest on MMLU.", ("llama-4-maverick", "ranks", [], ["mmlu"])),
        ("Llama 4 Maverick ranked first on LiveBench.", ("llama-4-maverick", "ranks", [], ["livebench"])),
        ("Llama 4 Maverick is ranked #1 on LiveBench.", ("llama-4-maverick", "ranks", [], ["livebench"])),
        ("Llama 4 Maverick is number one on LiveBench.", ("llama-4-maverick", "ranks", [], ["livebench"])),
        ("Llama 4 Maverick sits at the top of the LiveBench leaderboard.",
         ("llama-4-maverick", "ranks", [], ["livebench"])),
        # a comparison fronted by "compared with", "against": its models are the competitors
        ("Compared with GPT-4o, Llama 4 Maverick scores higher on MMLU.",
         ("llama-4-maverick", "outperforms", ["gpt-4o"], ["mmlu"])),
        ("Against GPT-4o, Llama 4 Maverick wins on MMLU, GPQA and HumanEval.",
         ("llama-4-maverick", "outperforms", ["gpt-4o"], ["mmlu", "gpqa", "humaneval"])),
        # words between the comparative and "than", or between the passive and "by"
        ("Phi-4 is better at math than GPT-4o.", ("phi-4", "outperforms", ["gpt-4o"], {"tags": ["math"]})),
        ("Phi-4 obtains a higher score on MATH than GPT-4o.", ("phi-4", "outperforms", ["gpt-4o"], ["math"])),
        ("Phi-4 achieves higher accuracy than GPT-4o on MATH.", ("phi-4", "outperforms", ["gpt-4o"], ["math"])),
        ("GPT-4o is beaten on MATH by Phi-4.", ("phi-4", "outperforms", ["gpt-4o"], ["math"])),
        ("GPT-4o has a lower MATH score than Phi-4.", ("phi-4", "outperforms", ["gpt-4o"], ["math"])),
        # lists of competitors and areas as people join them
        ("Phi-4 not only beats GPT-4o but also o1-mini on MATH.", ("phi-4", "outperforms", ["gpt-4o", "o1-mini"], ["math"])),
        ("Phi-4 beats GPT-4o as well as o1-mini on MATH.", ("phi-4", "outperforms", ["gpt-4o", "o1-mini"], ["math"])),
        ("Phi-4 performs as well as GPT-4o on MATH.", ("phi-4", "matches", ["gpt-4o"], ["math"])),
        ("Phi-4 beats GPT-4o in math and coding.", ("phi-4", "outperforms", ["gpt-4o"], {"tags": ["code", "math"]})),
        # the predecessor named by role, fronted or after the cue: the catalog's latest earlier release
        ("Compared to its predecessor, Gemma 3 27B scores higher on MMLU.",
         ("gemma-3-27b", "outperforms", ["gemma-2-27b"], ["mmlu"])),
        ("Gemma 3 27B outperforms the last generation on MMLU.",
         ("gemma-3-27b", "outperforms", ["gemma-2-27b"], ["mmlu"])),
        ("Gemma 3 27B is a significant upgrade over its predecessor on MATH.",
         ("gemma-3-27b", "outperforms", ["gemma-2-27b"], ["math"])),
    ],
)  # fmt: skip
def test_cues_as_launch_posts_write_them(ex, text, expected):
    assert [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))] == [expected]


def test_ranks_the_second_and_ties_need_a_cue_and_it_is_never_the_model_after_the_cue(ex):
    # ranked second is the rank, not first place; a fronted phrase about price is no claim of a result
    [f] = ex.extract(Document("t.txt", "Llama 4 Maverick comes second on LiveBench."))
    assert (f.subject, f.kind, f.top, f.benchmarks) == ("llama-4-maverick", "ranks", 2, ["livebench"])
    assert read(ex, "Compared with GPT-4o, Llama 4 Maverick is cheaper.") == []
    assert read(ex, "Against GPT-4o, Llama 4 Maverick wins on price.") == []
    assert read(ex, "Llama 4 Maverick has close ties to Meta's research on MMLU.") == []
    # "It beats GPT-4o": GPT-4o, the only model named, is not read as "it"
    assert read(ex, "It beats GPT-4o and Claude 3.5 Sonnet on GPQA.") == []
    [c] = ex.candidates
    # as README says of "It" with no model named before it (was "no subject the catalog knows", though it names none)
    assert c.reason == "the subject could not be read: 'It' names no model"
    assert read(ex, "It scores 95.0% on AIME 2025.") == []
    [c] = ex.candidates
    assert c.reason == "the subject could not be read: 'It' names no model"


def test_it_after_a_later_cue_is_the_competitor_and_beating_the_runner_up_is_first_place(ex):
    assert read(ex, "Phi-4 beats GPT-4o on MATH and GPQA, and matches it on HumanEval.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["math", "gpqa"], "all", None, None),
        ("phi-4", "matches", ["gpt-4o"], ["humaneval"], "all", None, None),
    ]
    assert read(ex, "Phi-4 beats GPT-4o and o1 on MATH but trails them on HumanEval.") == [
        ("phi-4", "outperforms", ["gpt-4o", "o1"], ["math"], "all", None, None),
        ("gpt-4o", "outperforms", ["phi-4"], ["humaneval"], "all", None, None),
        ("o1", "outperforms", ["phi-4"], ["humaneval"], "all", None, None),
    ]
    found = ex.extract(
        Document("t.txt", "Gemini 2.5 Pro scored 31% higher on IMO 2025 than the second-place model, o3.")
    )
    assert [(f.subject, f.kind, f.competitors, f.benchmarks, f.top) for f in found] == [
        ("gemini-2.5-pro", "outperforms", ["o3"], ["imo-2025"], 1),
        ("gemini-2.5-pro", "ranks", [], ["imo-2025"], 1),
    ]
    assert "ahead of the second-placed o3: read as first place" in found[1].review
    # "lower cost than": about cost, no claim
    assert read(ex, "Phi-4 has a lower cost than GPT-4o.") == []


def test_a_size_glued_to_the_next_word_and_areas_named_after_various_fields(ex):
    # a page that lost a space: "Qwen 32Bwhile" is Qwen 32B, the only catalog Qwen of that size, then "while"
    assert read(
        ex, "Mistral Small 3 performs at a level comparable to Llama 3.3 70B and Qwen 32Bwhile being open."
    ) == [("mistral-small-3", "matches", ["llama-3.3-70b", "qwen2.5-32b"], "shared", "all", None, None)]
    # "in various fields, including programming and mathematics": each named area, not "at least 2"
    assert read(
        ex, "DeepSeek-V3 outperformed Claude 3.5 Sonnet in various fields, including programming and mathematics."
    ) == [("deepseek-v3", "outperforms", ["claude-3.5-sonnet"], {"tags": ["code", "math"]}, "all", None, None)]
    assert read(ex, "DeepSeek-V3 outperformed Claude 3.5 Sonnet in various fields.") == [
        ("deepseek-v3", "outperforms", ["claude-3.5-sonnet"], "shared", {"at_least": 2}, None, None)
    ]


def test_the_second_of_two_numbers_set_against_each_other_is_the_other_model_of_the_text(ex):
    text = "R1 leads on MATH-500. The only place o1-preview clearly wins is GPQA Diamond (73.3% vs 71.5%)."
    found = [f for f in ex.extract(Document("t.txt", text)) if "GPQA" in f.quote]
    assert [(f.subject, f.kind, f.competitors, f.benchmarks, f.value) for f in found] == [
        ("o1-preview", "score", [], ["gpqa-diamond"], 73.3),
        ("deepseek-r1", "score", [], ["gpqa-diamond"], 71.5),
        ("o1-preview", "outperforms", ["deepseek-r1"], ["gpqa-diamond"], None),
    ]
    assert (
        "number set against o1-preview's read as DeepSeek-R1's, the model the text is about (not named in this clause)"
        in found[1].review
    )


def test_the_model_is_the_one_the_documents_name_names_where_the_text_names_only_its_rival(ex):
    text = "The model achieved 80.4% accuracy on the MATH benchmark, surpassing GPT-4o at 74.6%."
    expected = [
        ("phi-4", "outperforms", ["gpt-4o"], ["math"], "all", None, None),
        ("phi-4", "score", [], ["math"], "all", 80.4, None),
        ("phi-4", "score", [], ["math"], "all", 74.6, "gpt-4o"),
    ]
    for name in ("https://blog.example.com/articles/microsoft-phi-4-the-compact-model", "drafts/phi-4_launch.md"):
        found = ex.extract(Document(name, text))
        assert [
            (f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value, f.model) for f in found
        ] == expected
        assert found[0].review[0] == (
            "'The model achieved 80.4% accuracy on the MATH benchmark,' read as Phi-4, the model the document's name "
            "(its address or file name) names"
        )
    # a name that names no model, or two: never a guess
    assert read(ex, text) == [("gpt-4o", "score", [], ["math"], "all", 74.6, None)]
    found = ex.extract(Document("phi-4-vs-o1.md", text))
    assert [(f.subject, f.kind, f.value) for f in found] == [("gpt-4o", "score", 74.6)]


def test_two_models_and_a_benchmark_with_no_cue_understood_are_a_candidate(ex):
    assert read(ex, "In a test with GPT-4o, Phi-4 outperforms the rest on MATH.") == []
    [c] = ex.candidates
    assert c.reason == "no competitor the catalog knows"
    assert read(ex, "GPT-4o and o1 were both tested on MATH.") == []
    [c] = ex.candidates
    assert c.reason == "cue not understood: no subject and competitor, ranking or quoted score could be read"


def test_a_bare_number_for_the_model_after_it_where_the_clause_quotes_a_score(ex):
    assert read(ex, "Phi-4 gets 56.1 on GPQA versus 50.6 for GPT-4o-mini.") == [
        ("phi-4", "score", [], ["gpqa"], "all", 56.1, None),
        ("gpt-4o-mini", "score", [], ["gpqa"], "all", 50.6, None),
        ("phi-4", "outperforms", ["gpt-4o-mini"], ["gpqa"], "all", None, None),
    ]
    # with no score quoted in the clause, a bare number is no score
    assert read(ex, "The update brought 1.5 for GPT-4o users on MMLU.") == []


@pytest.mark.parametrize(
    ("text", "top", "cohort"),
    [
        ("Phi-4 is best-in-class on MATH.", 1, {"all_models": True}),
        ("Phi-4 outperforms all other open models on MATH.", 1, {"open_weights": True}),
        ("Phi-4 beats every other open-weights model on MATH.", 1, {"open_weights": True}),
        ("Phi-4 takes the crown on MATH.", 1, {"all_models": True}),
        ("Phi-4 is the leader on MATH.", 1, {"all_models": True}),
        ("Phi-4 is first on MATH.", 1, {"all_models": True}),
        ("Phi-4 is the most accurate model on MATH.", 1, {"all_models": True}),
        ("Phi-4 is the second-best model on MATH.", 2, {"all_models": True}),
        ("Phi-4 ranks among the top three on MATH.", 3, {"all_models": True}),
        ("Phi-4 is in the top 3 on MATH.", 3, {"all_models": True}),
        ("Phi-4 is a top-5 model on MATH.", 5, {"all_models": True}),
    ],
)
def test_rankings_as_people_word_them_with_their_place_and_cohort(ex, text, top, cohort):
    [f] = ex.extract(Document("t.txt", text))
    assert (f.subject, f.kind, f.top, f.cohort, f.benchmarks) == ("phi-4", "ranks", top, cohort, ["math"])


def test_first_to_is_not_first_place(ex):
    assert read(ex, "Phi-4 is first to ship with MATH results in its model card.") == []


def test_the_new_model_is_the_first_the_text_names_and_a_fronted_model_is_never_the_subject(ex):
    text = "Google released Gemma 3 27B today, with comparisons to GPT-4o and o1. The new model beats GPT-4o on MMLU."
    found = ex.extract(Document("t.txt", text))
    assert [(f.subject, f.kind, f.competitors, f.benchmarks) for f in found] == [
        ("gemma-3-27b", "outperforms", ["gpt-4o"], ["mmlu"])
    ]
    assert found[0].review[0] == "'The new model' read as Gemma 3 27B, the first model the text names"
    text = "Meta's Llama 4 Maverick is here. Against GPT-4o, it wins on MMLU."
    assert [(f.subject, f.kind, f.competitors) for f in ex.extract(Document("t.txt", text))] == [
        ("llama-4-maverick", "outperforms", ["gpt-4o"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phi-4 is no match for GPT-4o on MATH.", ("gpt-4o", "outperforms", ["phi-4"], ["math"])),
        ("Phi-4 loses to GPT-4o on MATH.", ("gpt-4o", "outperforms", ["phi-4"], ["math"])),
        ("Phi-4 falls just short of GPT-4o on MATH.", ("gpt-4o", "outperforms", ["phi-4"], ["math"])),
        ("Phi-4 is not as good as GPT-4o on MATH.", ("gpt-4o", "outperforms", ["phi-4"], ["math"])),
        ("Phi-4 comes close to GPT-4o on MATH.", ("phi-4", "matches", ["gpt-4o"], ["math"])),
        ("Phi-4 keeps pace with GPT-4o on MATH.", ("phi-4", "matches", ["gpt-4o"], ["math"])),
        ("Phi-4 goes toe-to-toe with GPT-4o on MATH.", ("phi-4", "matches", ["gpt-4o"], ["math"])),
    ],
)
def test_losing_and_near_matches_as_people_write_them(ex, text, expected):
    assert [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))] == [expected]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Phi-4 fails to beat GPT-4o on MATH.", "fails to beat"),
        ("Phi-4 cannot compete with GPT-4o on MATH.", "cannot compete with"),
        ("Phi-4 should beat GPT-4o on MATH.", "should beat"),
        ("We expect Phi-4 to beat GPT-4o on MATH.", "We expect"),
        ("Can Phi-4 beat GPT-4o on MATH?", "Can"),
        ("If Phi-4 beats GPT-4o on MATH, Microsoft has a hit.", "If"),
    ],
)
def test_failures_questions_conditions_and_expectations_are_no_claims(ex, text, hedge):
    assert read(ex, text) == []
    [c] = ex.candidates
    assert c.reason == f"hedged, planned or denied ('{hedge}'): not a claim of a result"


@pytest.mark.parametrize(
    "text, expected",
    [
        # "approaches" is a one-sided match; the noun "approach" is no cue, and a denial is no claim
        ("Phi-4 approaches GPT-4o on MMLU.", [("phi-4", "matches", ["gpt-4o"], ["mmlu"], "all", None, None)]),
        ("Our approach to distillation differs from the one used for GPT-4o and Phi-4 on MMLU.", []),
        ("Phi-4 does not approach GPT-4o on MMLU.", []),
        (
            "On reasoning benchmarks, Phi-4 meets or exceeds Llama 3.3 70B.",
            [("phi-4", "matches", ["llama-3.3-70b"], {"tags": ["reasoning"]}, "all", None, None)],
        ),
        # rankings: "topped the leaderboard", "the best performance", "the leading open-weights model" (one model)
        (
            "Gemini 1.5 Pro topped the leaderboard on GPQA Diamond.",
            [("gemini-1.5-pro", "ranks", [], ["gpqa-diamond"], "all", None, None)],
        ),
        (
            "Qwen2.5-32B is now the leading open-weights model on MMLU-Pro.",
            [("qwen2.5-32b", "ranks", [], ["mmlu-pro"], "all", None, None)],
        ),
        # "leading models such as GPT-4o" names the rivals, it ranks nothing
        (
            "Phi-4 beats leading models such as GPT-4o on MATH.",
            [("phi-4", "outperforms", ["gpt-4o"], ["math"], "all", None, None)],
        ),  # fmt: skip
        (
            "Phi-4 beats GPT-4o on a handful of reasoning benchmarks.",
            [("phi-4", "outperforms", ["gpt-4o"], {"tags": ["reasoning"]}, {"at_least": 2}, None, None)],
        ),
        # the benchmarks named after "several tests, including" are each covered
        (
            "Phi-4 beats GPT-4o in several tests, including MATH and GPQA.",
            [("phi-4", "outperforms", ["gpt-4o"], ["math", "gpqa"], "all", None, None)],
        ),
        # "its rival" is a noun, not the verb "rivals"
        ("Phi-4 rivals GPT-4o on MATH.", [("phi-4", "matches", ["gpt-4o"], ["math"], "all", None, None)]),
        ("Phi-4 beats its rival on MATH.", []),
        # look-alikes: "approaches" with no model after it, "the leading AI model maker"
        ("Claude 3.5 Sonnet came out in June. As the deadline approaches, OpenAI will release GPT-4o on MMLU.", []),
        (
            "OpenAI, the leading AI model maker, released GPT-4o, which beats o1 on MATH.",
            [("gpt-4o", "outperforms", ["o1"], ["math"], "all", None, None)],
        ),
        (
            "Phi-4 approaches the performance of GPT-4o on MATH.",
            [("phi-4", "matches", ["gpt-4o"], ["math"], "all", None, None)],
        ),
        # a size with a space before its unit; "mathematical reasoning" is the math area
        (
            "Phi-4 beats Qwen 2.5 32 B in mathematical reasoning.",
            [("phi-4", "outperforms", ["qwen2.5-32b"], {"tags": ["math"]}, "all", None, None)],
        ),
    ],
)
def test_approaches_meets_or_exceeds_and_rankings_worded_as_charts_and_leaders(ex, text, expected):
    assert read(ex, text) == expected


def test_it_is_the_model_the_sentence_before_names_first_where_no_claim_came_before(ex):
    text = (
        "This week Acme released Falcon 9 Mini, a small model for edge devices. In our tests it beats GPT-4o on MMLU."
    )
    [f] = ex.extract(Document("t.txt", text))
    assert (f.subject, f.kind, f.competitors, f.benchmarks) == ("Falcon 9 Mini", "outperforms", ["gpt-4o"], ["mmlu"])
    # (also the model the text mentions most, now that names the catalog lacks are counted: the note says so)
    assert f.review[0] == "'In our tests it' read as Falcon 9 Mini, the model the text is about"


def test_a_pronoun_that_loses_or_wins_again_keeps_the_competitor_of_the_claim_before(ex):
    # the loser as the subject: the model it was compared with wins
    assert read(ex, "Phi-4 outperforms GPT-4o on MATH. However, it underperforms on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["math"], "all", None, None),
        ("gpt-4o", "outperforms", ["phi-4"], ["mmlu"], "all", None, None),
    ]
    found = ex.extract(Document("t.txt", "Phi-4 outperforms GPT-4o on MATH. It also scores higher on GPQA."))
    assert [(f.subject, f.competitors, f.benchmarks) for f in found] == [
        ("phi-4", ["gpt-4o"], ["math"]),
        ("phi-4", ["gpt-4o"], ["gpqa"]),
    ]
    assert "no competitor named: read as GPT-4o, the competitor of the claim before" in found[1].review
    # only the claim just before, by the same subject, lends its competitor
    text = "Phi-4 beats o1 on AIME. GPT-4o beats Phi-4 on MATH. However, Phi-4 underperforms on MMLU."
    assert [(f.subject, f.competitors) for f in ex.extract(Document("t.txt", text))] == [
        ("phi-4", ["o1"]),
        ("gpt-4o", ["phi-4"]),
    ]
    assert ex.candidates[0].reason == "no competitor the catalog knows"
    # a comparison with an object of its own does not borrow one
    assert read(ex, "Phi-4 beats GPT-4o on MATH. It also beats expectations.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["math"], "all", None, None)
    ]
    # a new paragraph forgets the competitor
    assert read(ex, "Phi-4 outperforms GPT-4o on MATH.\n\nHowever, it underperforms on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["math"], "all", None, None)
    ]


def test_a_clause_with_no_subject_after_a_sentence_about_one_model_and_making_it_the_best(ex):
    text = (
        "Phi-4 has only 14B parameters, a tenth of the size of GPT-4o. This training recipe yields results that "
        "surpass GPT-4o and o1 on MATH, making it the strongest small model on MATH."
    )
    found = ex.extract(Document("t.txt", text))
    assert [(f.subject, f.kind, f.competitors, f.benchmarks) for f in found] == [
        ("phi-4", "outperforms", ["gpt-4o", "o1"], ["math"]),
        ("phi-4", "ranks", [], ["math"]),  # "making it ...": not o1, the model before "making it"
    ]
    assert found[0].review[0] == "no subject named: read as Phi-4, the model the sentence before names first"


def test_its_rivals_are_the_models_named_before_and_a_bare_match_is_with_the_sentences_other_model(ex):
    assert read(ex, "Next to larger models, like Llama 3.3 70B and GPT-4o, Phi-4 beats its rivals on MATH.") == [
        ("phi-4", "outperforms", ["llama-3.3-70b", "gpt-4o"], ["math"], "all", None, None)
    ]
    text = "Phi-4 needs a fraction of the compute of Llama 3.3 70B while delivering comparable performance on MATH."
    [f] = ex.extract(Document("t.txt", text))
    assert (f.subject, f.kind, f.competitors, f.benchmarks) == ("phi-4", "matches", ["llama-3.3-70b"], ["math"])
    assert "no competitor named beside the match: read as Llama 3.3 70B, named earlier in the sentence" in f.review
    # the same claim from two clauses of a sentence is drafted once
    assert read(ex, "Phi-4 beats GPT-4o on MATH, but on MATH it also beats them.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["math"], "all", None, None)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number with a leading zero is a version, not a score
        ("On MMLU, Gemini 2.0 Flash (002) gets 81.2%.", [("gemini-2.0-flash", "score", 81.2, None)]),
        # "an impressive 82.5 points"; ", which scored 80.1 points" is o1's
        (
            "Phi-4 posted an impressive 82.5 points on MATH, ahead of o1, which scored 80.1 points.",
            [("phi-4", "outperforms", None, None), ("phi-4", "score", 82.5, None), ("phi-4", "score", 80.1, "o1")],
        ),
        # "with 82.5 points" after the models a verb compares with is the subject's
        (
            "On MATH, Phi-4 beat o1 and GPT-4o with 82.5 points.",
            [("phi-4", "outperforms", None, None), ("phi-4", "score", 82.5, None)],
        ),
        # a bare number after a possessive, at the end of the sentence
        (
            "Phi-4 leads MMLU with a score of 84.8, just above GPT-4o's 84.1.",
            [
                ("phi-4", "ranks", None, None),
                ("phi-4", "outperforms", None, None),
                ("phi-4", "score", 84.8, None),
                ("phi-4", "score", 84.1, "gpt-4o"),
            ],
        ),
        # "scoring 56.1 and 84.8 respectively": each number in the order of the benchmarks
        (
            "Phi-4 does well on GPQA and MMLU, scoring 56.1 and 84.8 respectively.",
            [("phi-4", "score", 56.1, None), ("phi-4", "score", 84.8, None)],
        ),
        # a number set against a named model's is the text's model's, and the two compare them
        (
            "Phi-4 is small. GPQA: 56.1% vs GPT-4o at 50.6%.",
            [("phi-4", "score", 56.1, None), ("gpt-4o", "score", 50.6, None), ("phi-4", "outperforms", None, None)],
        ),
    ],
)
def test_scores_owned_as_written(ex, text, expected):
    assert [(f.subject, f.kind, f.value, f.model) for f in ex.extract(Document("t.txt", text))] == expected


def test_a_benchmark_with_a_part_after_a_dash_is_a_variant_the_catalog_lacks(ex):
    [f] = ex.extract(
        Document("t.txt", "Phi-4 beats GPT-4o on HumanEval-Plus and MMLU-Redux, but not on MMLU-style quizzes.")
    )
    assert (f.benchmarks, f.uncatalogued) == (["HumanEval-Plus", "MMLU-Redux"], ["HumanEval-Plus", "MMLU-Redux"])
    assert "benchmark 'HumanEval-Plus' is not in the catalog (closest: HumanEval)" in f.review


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family the catalog lacks, from the lexicon's list, with a version and a size
        ("Nemotron-4 340B outperforms Llama 3.1 405B on MMLU.",
         ("Nemotron-4 340B", "outperforms", ["llama-3.1-405b"], ["mmlu"], None, ["Nemotron-4 340B"])),
        ("NVIDIA's Nemotron-4 340B Instruct beats GPT-4o on Arena-Hard.",
         ("Nemotron-4 340B Instruct", "outperforms", ["gpt-4o"], ["arena-hard"], None, ["Nemotron-4 340B Instruct"])),
        ("QwQ-32B rivals DeepSeek-R1 on AIME 2024.",
         ("QwQ-32B", "matches", ["deepseek-r1"], ["aime-2024"], None, ["QwQ-32B"])),
        ("IBM's Granite 3.0 8B Instruct outperforms Llama 3.1 8B on MMLU.",
         ("Granite 3.0 8B Instruct", "outperforms", ["llama-3.1-8b"], ["mmlu"], None, ["Granite 3.0 8B Instruct"])),
        ("Today Granite 3.0 8B beats Llama 3.1 8B on MMLU.",
         ("Granite 3.0 8B", "outperforms", ["llama-3.1-8b"], ["mmlu"], None, ["Granite 3.0 8B"])),
        ("Alibaba's Qwen3-235B-A22B outperforms DeepSeek-R1 on LiveCodeBench.",
         ("Qwen3-235B-A22B", "outperforms", ["deepseek-r1"], ["livecodebench"], None, ["Qwen3-235B-A22B"])),
        ("Meta-Llama-3-70B-Instruct beats Claude 3 Sonnet on MMLU.",
         ("Llama-3-70B-Instruct", "outperforms", ["Claude 3 Sonnet"], ["mmlu"], None,
          ["Llama-3-70B-Instruct", "Claude 3 Sonnet"])),
        # a name with a size is a model's, whatever its first word
        ("Our new model, Zephyr-7B, beats Llama 2 70B on MMLU.",
         ("Zephyr-7B", "outperforms", ["llama-2-70b"], ["mmlu"], None, ["Zephyr-7B"])),
        # a word after a catalog model's name that makes it another model
        ("Grok 3 Mini outperforms o3-mini on AIME 2025.",
         ("Grok 3 Mini", "outperforms", ["o3-mini"], ["aime-2025"], None, ["Grok 3 Mini"])),
        ("GPT-4.1 mini beats GPT-4o on MMLU.", ("GPT-4.1 mini", "outperforms", ["gpt-4o"], ["mmlu"], None, ["GPT-4.1 mini"])),
        ("o3-mini-high beats DeepSeek-R1 on Codeforces.",
         ("o3-mini-high", "outperforms", ["deepseek-r1"], ["codeforces"], None, ["o3-mini-high"])),
        ("GPT-4 Turbo scored 86.5% on MMLU.", ("GPT-4 Turbo", "score", [], ["mmlu"], 86.5, ["GPT-4 Turbo"])),
        ("Gemini 2.0 Flash Thinking beats o1-preview on AIME 2024.",
         ("Gemini 2.0 Flash Thinking", "outperforms", ["o1-preview"], ["aime-2024"], None, ["Gemini 2.0 Flash Thinking"])),
        # a version is not shortened: Llama 3 70B is not Llama 3.3 70B
        ("Llama 3 70B outperforms Gemini 1.5 Pro on MMLU.",
         ("Llama 3 70B", "outperforms", ["gemini-1.5-pro"], ["mmlu"], None, ["Llama 3 70B"])),
        # a family of the list with a tier and no version
        ("Nova Pro beats GPT-4o on MMLU.", ("Nova Pro", "outperforms", ["gpt-4o"], ["mmlu"], None, ["Nova Pro"])),
        ("Command R+ beats GPT-4 Turbo on MMLU.",
         ("Command R+", "outperforms", ["GPT-4 Turbo"], ["mmlu"], None, ["Command R+", "GPT-4 Turbo"])),
        ("Yi-Lightning surpasses GPT-4o on the Chatbot Arena.",
         ("Yi-Lightning", "outperforms", ["gpt-4o"], ["lmarena-text"], None, ["Yi-Lightning"])),
        # a catalog family with a version the catalog lacks, as before; a checkpoint of a catalog model stays that model
        ("Mistral Large 2 is on par with GPT-4o on MMLU.",
         ("Mistral Large 2", "matches", ["gpt-4o"], ["mmlu"], None, ["Mistral Large 2"])),
        ("Meta's Llama 3.3 70B Instruct matches Llama 3.1 405B on MMLU.",
         ("llama-3.3-70b", "matches", ["llama-3.1-405b"], ["mmlu"], None, [])),
        ("GPT-4o mini beats Claude 3 Haiku on MMLU.",
         ("gpt-4o-mini", "outperforms", ["Claude 3 Haiku"], ["mmlu"], None, ["Claude 3 Haiku"])),
    ],
)  # fmt: skip
def test_names_the_catalog_lacks_as_people_write_them_are_drafted_as_written(ex, text, expected):
    [f] = [f for f in ex.extract(Document("t.txt", text)) if f.kind == expected[1]]
    assert (f.subject if f.kind != "score" else f.model or f.subject, f.kind, f.competitors, f.benchmarks, f.value,
            f.uncatalogued) == expected  # fmt: skip
    for name in expected[5]:
        assert any(n.startswith(f"{name!r} is not in the catalog") for n in f.unresolved + f.review) or any(
            name in n and n.startswith("uncatalogued:") for n in f.review
        )


@pytest.mark.parametrize(
    "text",
    [
        "With 7B parameters, the model is tiny.",
        "The 7B model beats expectations on every test we tried.",
        "Our 8B model surpasses expectations.",
        "Windows 11 outperforms Windows 10 on battery life benchmarks.",
        "Python 3.12 is faster than Python 3.11 on the pyperformance benchmarks.",
        "Table 2 shows that accuracy beats the baseline.",
        "In Step 2 the score rises above 80%.",
        "The iPhone 15 Pro beats the Pixel 8 on Geekbench.",
        "Series B funding beats the record set in 2023.",
        "COVID-19 cases rose above 500 in March.",
        "Our Nova Pro subscription costs more than the free tier.",
        "GPT-4o high scores on MMLU surprised nobody.",
        "At 70B, it is larger than GPT-4o-mini.",
    ],
)
def test_versions_and_sizes_that_are_not_models_give_no_draft(ex, text):
    assert ex.extract(Document("t.txt", text)) == []


def test_a_name_the_catalog_lacks_with_no_draft_is_a_candidate_never_silence(ex):
    for text, reason in [
        # ("the best" names the match's rivals, no ranking: tests/test_extract_ranked_rivals.py)
        ("Nova Pro is competitive with the best models.", "no competitor the catalog knows"),
        ("Command R+ ranks among the best.", "a ranking word with no benchmark, cohort or result named"),
        ("DBRX Instruct is better than its rivals.", "no competitor the catalog knows"),
        # the subject the catalog lacks is no missing competitor (it read "no competitor the catalog knows: 'QwQ-32B'")
        ("QwQ-32B is competitive with much larger models.", "no competitor the catalog knows; names the catalog does not know: 'QwQ-32B'"),
    ]:  # fmt: skip
        assert ex.extract(Document("t.txt", text)) == []
        assert [c.reason for c in ex.candidates] == [reason]


def test_the_model_the_text_is_about_may_be_one_the_catalog_lacks(ex):
    text = (
        "Today we release QwQ-32B.\n\nThe model rivals DeepSeek-R1 on AIME 2024 and outperforms o1-mini on LiveBench."
    )
    assert [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))] == [
        ("QwQ-32B", "matches", ["deepseek-r1"], ["aime-2024"]),
        ("QwQ-32B", "outperforms", ["o1-mini"], ["livebench"]),
    ]
    text = "Mistral Large 2 is our new flagship.\n\nIt beats Llama 3.1 405B on HumanEval."
    [f] = ex.extract(Document("t.txt", text))
    assert (f.subject, f.competitors, f.uncatalogued) == ("Mistral Large 2", ["llama-3.1-405b"], ["Mistral Large 2"])
    assert f.review[0] == "'It' read as Mistral Large 2, the model the text is about"


def test_the_model_the_text_is_about_is_one_it_names_where_a_subject_stands(ex):
    # the MiniCPM3 launch README's shape: the competitor is named most (three times, each after a cue), the launched
    # model twice; a bullet with no subject is the launched model's claim, never the competitor's
    text = (
        "We release Phi-4! This model outperforms GPT-4o and o1 on MATH.\n\n"
        "* Strong reasoning: Achieved the best score on GPQA, outperforming Llama 3.3 70B.\n\n"
        "Phi-4 beats o1-mini on MMLU, surpassing GPT-4o. It also beats GPT-4o on GPQA."
    )
    found = ex.extract(Document("t.txt", text))
    assert [(f.subject, f.competitors, f.benchmarks) for f in found][:2] == [
        ("phi-4", ["gpt-4o", "o1"], ["math"]),
        ("phi-4", ["llama-3.3-70b"], ["gpqa"]),
    ]
    assert found[1].review[0] == "no subject named: read as Phi-4, the model the document is about"


def test_several_models_counts_competitors_not_benchmarks(ex):
    # MiniCPM3's "it outperforms GPT-3.5-Turbo and several 7B-9B models on MathBench": "several" counts models; read
    # as benchmarks, the one named benchmark could not hold "at least 2" and the draft was refused
    assert read(ex, "Phi-4 outperforms GPT-4o and several 7B-9B models on MATH.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["math"], "all", None, None)
    ]
    # "several benchmarks" still counts benchmarks
    assert read(ex, "Phi-4 outperforms GPT-4o on several benchmarks.")[0][4] == {"at_least": 2}


def test_it_before_a_ranking_word_and_a_name_is_the_subject_the_name_is_beaten(ex):
    # "It also tops GPT-4o on GPQA" was drafted as GPT-4o ranking first on GPQA (the rule for "the top performer,
    # X": the name after the word is the subject), reversing the claim; "it" is the subject, GPT-4o the one beaten
    for verb in ("tops", "leads"):
        text = f"Phi-4 beats o1-mini on MMLU. It also {verb} GPT-4o on GPQA."
        assert read(ex, text)[1] == ("phi-4", "outperforms", ["gpt-4o"], ["gpqa"], "all", None, None)


def test_a_new_list_item_is_no_longer_about_the_last_items_model(ex):
    # MiniCPM's changelog: "- [2024.09.05] We release MiniCPM3-4B! This model outperforms ...", then "- [2024.02.01]
    # Released MiniCPM-2B! This model performs similarly to Mistral-7B": the second "This model" was read as the first
    # item's claim's subject; it is the model its own item names
    text = (
        "- [2024.09.05] We release Phi-4! This model outperforms GPT-4o on MATH.\n"
        "- [2024.02.01] Released Llama 3.3 70B! This model beats o1-mini on MMLU."
    )
    found = ex.extract(Document("t.txt", text))
    assert [(f.subject, f.competitors) for f in found] == [("phi-4", ["gpt-4o"]), ("llama-3.3-70b", ["o1-mini"])]
    assert found[1].review[0] == "'This model' read as Llama 3.3 70B, the model the sentence before names first"
    # an item that goes on about the same model still reads "it" as the claim before's subject
    assert read(ex, "* Phi-4 beats GPT-4o on MATH.\n* It also beats o1 on GPQA.")[1][:3] == (
        "phi-4", "outperforms", ["o1"]
    )  # fmt: skip


def test_a_markdown_files_badges_tags_and_link_targets_are_no_prose(ex):
    # a model card's badge row gave a candidate "names the catalog does not know: 'F0', 'A4', ..." (its URL escapes)
    # and one for a badge's alt text; a link's target and an inline tag were inside the draft's quote
    from harness.extract.documents import load_document

    doc = load_document(str(REPO / "tests" / "fixtures" / "extract" / "badge-row.md"))
    found = ex.extract(doc)
    assert [(f.subject, f.kind, f.competitors, f.benchmarks, f.quote, f.location) for f in found] == [
        ("Foo-7B", "outperforms", ["deepseek-v3.2"], ["gpqa-diamond"],
         "Foo-7B outperforms DeepSeek-V3.2 on GPQA Diamond.", "characters 24-74"),
    ]  # fmt: skip
    assert ex.candidates == []
    # the characters are those of the text read, as for a page's: the quote is there
    assert doc.text[24:74].strip() == "Foo-7B outperforms DeepSeek-V3.2 on GPQA Diamond."


def test_a_list_items_bullet_is_no_part_of_its_quote(ex, tmp_path):
    # '- Foo-7B outperforms ...' was the draft's quote and statement, bullet and all
    doc = tmp_path / "list.md"
    doc.write_text(
        "# Results\n\n- Foo-7B outperforms DeepSeek-V3.2 on GPQA Diamond.\n"
        "* DeepSeek-V3.2 beats Foo-7B on GPQA Diamond.\n-5 points is no bullet.\n"
    )
    from harness.extract.documents import load_document

    read = load_document(str(doc))
    assert read.sentences() == [
        (0, "# Results"),
        (13, "Foo-7B outperforms DeepSeek-V3.2 on GPQA Diamond."),
        (65, "DeepSeek-V3.2 beats Foo-7B on GPQA Diamond."),
        (109, "-5 points is no bullet.\n"),
    ]
    found = ex.extract(read)
    assert [(f.quote, f.statement, f.location) for f in found] == [
        ("Foo-7B outperforms DeepSeek-V3.2 on GPQA Diamond.", "Foo-7B outperforms DeepSeek-V3.2 on GPQA Diamond.",
         "characters 13-62"),
        ("DeepSeek-V3.2 beats Foo-7B on GPQA Diamond.", "DeepSeek-V3.2 beats Foo-7B on GPQA Diamond.",
         "characters 65-108"),
    ]  # fmt: skip


def test_a_bare_less_than_sign_is_no_tag_and_keeps_the_claims_after_it():
    # a '<' with a word after it was read as a tag up to the next '>', a quote's mark lines below: the two claims
    # between were dropped from the text read, without a word
    from harness.extract.documents import mask_markup

    text = (
        "Run with `--model <a model name` first.\n\nFoo-7B beats GPT-4o on MATH.\n\n> Scores are means of 3 runs.\n"
        'A tag is still one: <img\n  alt="x" src=\'y\' width=20/> and <a href="u">GPT-4o</a>.'
    )
    assert mask_markup(text) == (
        "Run with `--model <a model name` first.\n\nFoo-7B beats GPT-4o on MATH.\n\n> Scores are means of 3 runs.\n"
        "A tag is still one: \n and GPT-4o."
    )


def test_a_badge_written_by_reference_is_no_prose_and_citation_marks_stay(ex, tmp_path):
    # a badge row written with reference links left its definitions' URL escapes to be read as names ('F0', 'A4');
    # a page's citation marks, "[3][12]", are no links (nothing defines 3 or 12) and stay as written
    from harness.extract.documents import load_document, mask_markup

    card = tmp_path / "card.md"
    card.write_text(
        "# Foo-7B\n\n[![HF][hf-badge]][hf-link]\n\n"
        "[hf-badge]: https://img.shields.io/badge/%F0%9F%A4%97%20Hugging%20Face-Foo%20AI-ffc107?color=ffc107\n"
        '[hf-link]: <https://huggingface.co/foo> "the card"\n\n'
        "Foo-7B outperforms DeepSeek-V3.2 on GPQA Diamond [3][12].\n"
    )
    found = ex.extract(load_document(str(card)))
    assert [(f.subject, f.competitors, f.quote) for f in found] == [
        ("Foo-7B", ["deepseek-v3.2"], "Foo-7B outperforms DeepSeek-V3.2 on GPQA Diamond [3][12]."),
    ]
    assert ex.candidates == []
    # a line of prose in the same shape is no definition
    assert mask_markup("[Update]: GPT-5 leads.\n[Update]: GPT-5\n") == "[Update]: GPT-5 leads.\n[Update]: GPT-5\n"


def test_a_sentences_adverb_or_linking_word_is_no_part_of_the_name_after_it(ex):
    # two capitalised words before a version are one name ("Stable Audio 3"), but not where the first opens the
    # sentence: "Overall Qwen 3" and "Finally Llama 4" were drafted as the subjects' names
    assert read(ex, "Overall Qwen 3 places first on LiveBench.") == [
        ("Qwen 3", "ranks", [], ["livebench"], "all", None, None)
    ]
    assert read(ex, "Finally Llama 4 ranks first on MMLU.") == [("Llama 4", "ranks", [], ["mmlu"], "all", None, None)]
    assert read(ex, "However Qwen 3 beats GPT-4o on MMLU.") == [
        ("Qwen 3", "outperforms", ["gpt-4o"], ["mmlu"], "all", None, None)
    ]
    assert read(ex, "Additionally Qwen 3 beats GPT-4o on MMLU.")[0][0] == "Qwen 3"


def test_a_win_said_to_be_likely_or_unlikely_is_no_claim(ex):
    # "is unlikely to beat" was drafted as the win it denies
    for sentence, hedge in [
        ("Gemini 2.5 Pro is unlikely to beat GPT-5 on SWE-bench Verified.", "unlikely to beat"),
        ("Gemini 2.5 Pro is likely to beat GPT-5 on SWE-bench Verified.", "likely to beat"),
        ("It is unlikely that Gemini 2.5 Pro beats GPT-5 on SWE-bench Verified.", "unlikely that"),
    ]:
        assert read(ex, sentence) == []
        assert [c.reason for c in ex.candidates] == [f"hedged, planned or denied ('{hedge}'): not a claim of a result"]
    # a guess at why keeps its claim
    assert read(ex, "GPT-5 beats o3 on AIME 2025, which is likely due to its training data.") == [
        ("gpt-5-high", "outperforms", ["o3"], ["aime-2025"], "all", None, None)
    ]
