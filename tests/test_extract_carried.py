"""What a sentence takes from the one before or from the title: a benchmark the catalog lacks ("65.1% on the same
benchmark" after "51.2% on ZorbBench"; a title "ZorbBench: ..."), as a catalog benchmark always was; and whom a
comparison is against, where the sentence names its rival ("lags significantly behind Llama 3.1 405B" is against
Llama 3.1 405B alone, never also the claim before's rivals). A number after a participle is the clause's own
subject's, never the model it was compared with ("lags behind Y, achieving 51.2"; "running against A or B, achieving
81.8%"). Every sentence here was written for these tests. Catalog: the seed catalog plus the extraction fixtures'
catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [
        (f.kind, f.model or f.subject, f.competitors, f.value, f.benchmarks)
        for f in ex.extract(Document("t.txt", text))
    ]
    return found + [c.reason for c in ex.candidates]


def test_a_benchmark_the_catalog_lacks_is_carried_from_the_sentence_before(ex):
    text = "Orca-7 scores 51.2% on ZorbBench. GPT-4o scores 65.1% on the same benchmark."
    assert said(ex, text) == [
        ("score", "Orca-7", [], 51.2, ["ZorbBench"]),
        ("score", "gpt-4o", [], 65.1, ["ZorbBench"]),
    ]
    found = ex.extract(Document("t.txt", text))
    assert "benchmark carried over from the text before: ZorbBench" in found[1].review
    # where the sentence before names a catalog benchmark too, that one is carried, as before
    assert said(ex, "Orca-7 scores 51.2% on ZorbBench and 88.7% on MMLU. GPT-4o scores 65.1%.") == [
        ("score", "Orca-7", [], 51.2, ["ZorbBench"]),
        ("score", "Orca-7", [], 88.7, ["mmlu"]),
        ("score", "gpt-4o", [], 65.1, ["mmlu"]),
    ]


def test_a_benchmark_the_catalog_lacks_is_carried_from_the_title(ex):
    text = (
        "ZorbBench: Measuring Zorb Understanding in Korean\n\n"
        "Even the most capable models, e.g., GPT-4o and o3-mini, achieve 59.95% and 53.40%, respectively."
    )
    assert said(ex, text) == [
        ("score", "gpt-4o", [], 59.95, ["ZorbBench"]),
        ("score", "o3-mini", [], 53.4, ["ZorbBench"]),
    ]
    assert "benchmark carried over from the title: ZorbBench" in ex.extract(Document("t.txt", text))[0].review


def test_a_comparison_that_goes_on_to_name_its_rival_takes_no_rival_from_the_claim_before(ex):
    text = "Orca-7 beats GPT-4o and o3-mini on MMLU. However, it lags significantly behind Llama 3.1 405B."
    assert said(ex, text) == [
        ("outperforms", "Orca-7", ["gpt-4o", "o3-mini"], None, ["mmlu"]),
        ("outperforms", "llama-3.1-405b", ["Orca-7"], None, "shared"),
    ]
    # a comparison with no rival after it still takes the claim before's
    assert said(ex, "Orca-7 beats GPT-4o on MMLU. However, it underperforms in HumanEval.") == [
        ("outperforms", "Orca-7", ["gpt-4o"], None, ["mmlu"]),
        ("outperforms", "gpt-4o", ["Orca-7"], None, ["humaneval"]),
    ]


def test_a_number_after_a_participle_is_the_clause_s_own_subject_s(ex):
    text = "Orca-7 beats GPT-4o on MMLU. However, it lags behind Llama 3.1 405B, achieving a score of 51.2."
    assert said(ex, text) == [
        ("outperforms", "Orca-7", ["gpt-4o"], None, ["mmlu"]),
        ("outperforms", "llama-3.1-405b", ["Orca-7"], None, ["mmlu"]),
        ("score", "Orca-7", [], 51.2, ["mmlu"]),
    ]
    # a relative clause's number is its own model's, as before
    text = "Orca-7 beats GPT-4o on MMLU. However, it lags behind Llama 3.1 405B, which scored 80.2."
    assert said(ex, text)[2] == ("score", "llama-3.1-405b", [], 80.2, ["mmlu"])
    # a model pitted against is never the one whose number it is, nor the subject the clause goes on with
    text = "Current first place on MMLU is Zorbocode running against either GPT-4o or o3-mini, achieving a 81.8% score."
    assert said(ex, text) == ["no subject the catalog knows; names the catalog does not know: 'Current'"]


def test_a_place_said_of_the_result_before_is_on_its_benchmark(ex):
    text = "Orca-7 scores 77.0 on ZorbBench. This places it ahead of GPT-4o and o3-mini."
    assert said(ex, text) == [
        ("score", "Orca-7", [], 77.0, ["ZorbBench"]),
        ("outperforms", "Orca-7", ["gpt-4o", "o3-mini"], None, ["ZorbBench"]),
    ]
    # a sentence of its own, not said of the result before: no benchmark carried
    assert said(ex, "Orca-7 scores 77.0 on ZorbBench. Its design places it ahead of GPT-4o.")[1][-1] == "shared"
