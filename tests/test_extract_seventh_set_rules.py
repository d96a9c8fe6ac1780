"""Rules from the seventh fresh check set's misses, each tested on sentences written for it, not taken from
a labelled set, with look-alikes: a ranking verb that starts its clause after "and" is the clause before's subject's
("X scored 61 and ranked first, closely following Y"), and "closely following Y" puts Y ahead; a name with a dot before
a word with a version ("dots.llm1"); "comparable to or even surpasses" is a one-sided match; sizes after slashes name
one model each ("Nova-R1-7B/32B-Instruct"); "achieve" quotes a score as "achieves" does; and a clause of scores goes
on with their model into a clause that names none ("..., while excelling in reasoning with 94.4% on AIME 2025"); and a
version the catalog lacks after a benchmark's name is that version ("LiveCodeBench v5"); "it" after a sentence that
"trails" is the model that trails; and benchmark names as written: a lower-case letter first ("mWildVision"), a
metric in brackets between listed names ("DocVQA (ANLS) and VQAv2"), never an adjective that heads the sentence
("Extensive evaluation shows ...").
Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.value) for f in ex.extract(Document("t.txt", text))]


def test_a_ranking_after_and_is_the_subjects_and_closely_following_puts_the_other_ahead(ex):
    # drafted as Claude 4.5 Sonnet's first place, the model after the cue
    assert read(ex, "Kimi K2 scored 61 points and ranked first among open-source models, closely following o3.") == [
        ("kimi-k2", "ranks", [], "shared", None),
        ("o3", "outperforms", ["kimi-k2"], "shared", None),
    ]
    # ... also where the model after it is no rival (was o3's first place; the rank's rivals are read as before)
    text = "Kimi K2 scored 61 points and ranked first among open-source models, as did o3 among closed ones."
    assert [(f.subject, f.kind) for f in ex.extract(Document("t.txt", text))] == [("kimi-k2", "ranks")]
    # look-alikes: a ranking that names its subject after the cue, and "following" that is no place
    assert read(ex, "Ranked first on MMLU is GPT-4o.") == [("gpt-4o", "ranks", [], ["mmlu"], None)]
    assert read(ex, "Following the release of GPT-4o, Kimi K2 ranked first on MMLU.") == [
        ("kimi-k2", "ranks", [], ["mmlu"], None)
    ]


def test_a_name_with_a_dot_before_a_versioned_word(ex):
    # "no subject the catalog knows: 'llm1'"
    assert read(ex, "In tests, hare.lm2 beats Qwen2.5-72B on MMLU.") == [
        ("hare.lm2", "outperforms", ["Qwen2.5-72B"], ["mmlu"], None)
    ]
    # look-alike: a file name is no model
    assert read(ex, "Download model.safetensors2 and GPT-4o beats o1 on MMLU.") == [
        ("gpt-4o", "outperforms", ["o1"], ["mmlu"], None)
    ]


def test_comparable_to_or_even_surpasses_is_a_one_sided_match(ex):
    # drafted as a win ("surpasses")
    assert read(ex, "Kimi K2's performance is comparable to or even surpasses GPT-4o on MMLU.") == [
        ("kimi-k2", "matches", ["gpt-4o"], ["mmlu"], None)
    ]
    assert read(ex, "Kimi K2 is similar to or better than GPT-4o on MMLU.") == [
        ("kimi-k2", "matches", ["gpt-4o"], ["mmlu"], None)
    ]
    # look-alike: a match and a win on other benchmarks stay two claims
    assert read(ex, "Kimi K2 is comparable to GPT-4o on MMLU and surpasses o1 on GPQA.") == [
        ("kimi-k2", "matches", ["gpt-4o"], ["mmlu"], None),
        ("kimi-k2", "outperforms", ["o1"], ["gpqa"], None),
    ]


def test_sizes_after_slashes_name_one_model_each(ex):
    # "names the catalog does not know: 'Nova-R1-7B', '32B'", and no score
    assert read(ex, "Nova-R1-7B/32B-Instruct score 55.1 and 61.0 on AIME 2025 respectively.") == [
        ("Nova-R1-7B-Instruct", "score", [], ["aime-2025"], 55.1),
        ("Nova-R1-32B-Instruct", "score", [], ["aime-2025"], 61.0),
    ]
    # ... and "achieve" quotes the scores as "achieves" does
    assert read(ex, "Nova-R1-7B/32B achieve 55.1 and 61.0 respectively on AIME 2025.") == [
        ("Nova-R1-7B", "score", [], ["aime-2025"], 55.1),
        ("Nova-R1-32B", "score", [], ["aime-2025"], 61.0),
    ]
    # look-alike: sizes with no name before them name no model
    assert read(ex, "See the 7B/70B split: GPT-4o beats o1 on MMLU.") == [
        ("gpt-4o", "outperforms", ["o1"], ["mmlu"], None)
    ]


def test_a_clause_of_scores_goes_on_with_their_model(ex):
    # the second score was lost: the clause after "while" names no model
    assert read(ex, "Kimi K2 records 92.2% on MMBench, while excelling in reasoning with 94.43% on AIME 2025.") == [
        ("kimi-k2", "score", [], ["MMBench"], 92.2),
        ("kimi-k2", "score", [], ["aime-2025"], 94.43),
    ]
    # look-alikes: a clause that names its own model keeps it
    assert read(ex, "Kimi K2 scores 80% on MMLU, while GPT-4o scores 70% on GPQA.") == [
        ("kimi-k2", "score", [], ["mmlu"], 80.0),
        ("gpt-4o", "score", [], ["gpqa"], 70.0),
    ]
    assert read(ex, "Kimi K2 scores 80% on MMLU, but the best on GPQA is o3.") == [
        ("kimi-k2", "score", [], ["mmlu"], 80.0),
        ("o3", "ranks", [], ["gpqa"], None),
    ]


def test_a_version_after_a_benchmarks_name_is_that_version(ex):
    # both drafted on the catalog's LiveCodeBench, which has neither version
    assert read(ex, "Kimi K2 scores 61.1% on LiveCodeBench v5 and 54.9% on LiveCodeBench v6.") == [
        ("kimi-k2", "score", [], ["LiveCodeBench v5"], 61.1),
        ("kimi-k2", "score", [], ["LiveCodeBench v6"], 54.9),
    ]
    # look-alike: the name alone is the catalog's
    assert read(ex, "Kimi K2 scores 61.1% on LiveCodeBench.") == [("kimi-k2", "score", [], ["livecodebench"], 61.1)]


def test_it_after_a_sentence_that_trails_is_the_model_that_trails(ex):
    # "it" was read as o3, whom "trails" made the subject of the sentence's claim
    assert read(ex, "Kimi K2 trails o3 on GPQA Diamond. Later it was overtaken by GLM-4.6 too.") == [
        ("o3", "outperforms", ["kimi-k2"], ["gpqa-diamond"], None),
        ("GLM-4.6", "outperforms", ["kimi-k2"], "shared", None),
    ]
    # look-alike: after a win, "it" is the winner as before
    assert read(ex, "Kimi K2 beats o3 on GPQA Diamond. Later it was overtaken by GLM-4.6.") == [
        ("kimi-k2", "outperforms", ["o3"], ["gpqa-diamond"], None),
        ("GLM-4.6", "outperforms", ["kimi-k2"], "shared", None),
    ]


def test_benchmark_names_as_written(ex):
    # drafted on every shared benchmark, on DocVQA alone, and with the benchmark "Extensive"
    assert read(ex, "Kimi K2 beats GPT-4o on mWildVision.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["mWildVision"], None)
    ]
    assert read(
        ex, "For certain benchmarks, including DocVQA (ANLS) and VQAv2 (VQA Match), Kimi K2 outperforms GPT-4o."
    ) == [("kimi-k2", "outperforms", ["gpt-4o"], ["DocVQA", "VQAv2"], None)]
    assert read(ex, "Extensive evaluation shows that Kimi K2 achieves state-of-the-art performance on MMLU.") == [
        ("kimi-k2", "ranks", [], ["mmlu"], None)
    ]
    # look-alikes: a benchmark heading the sentence stays one; a word with one capital inside is no name
    assert read(ex, "HellaSwag evaluation shows that Kimi K2 beats GPT-4o.") == [
        ("kimi-k2", "outperforms", ["gpt-4o"], ["HellaSwag"], None)
    ]
    assert read(ex, "Kimi K2 beats GPT-4o on iPhone.") == [("kimi-k2", "outperforms", ["gpt-4o"], "shared", None)]
