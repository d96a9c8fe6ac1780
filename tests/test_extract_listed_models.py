"""Names listed after "models such as", "models like" or "rivals including" are models, also where no family starts
them ("WhisperV3", "SeamlessM4T-v2-Large"): drafted as names the catalog lacks, as written, each a competitor. And
the areas a set of benchmarks covers, after "related to", "covering" or "spanning", are the claim's catalog tags.
Sentences written for the rules, not taken from a labelled set. Catalog: the seed catalog plus
tests/fixtures/extract/catalog.yaml."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value) for f in found]


def test_names_listed_as_models_are_competitors(ex):
    # the first was no competitor ("such as" is where a benchmark's name goes), the second no name at all
    assert read(ex, "Phi-4 beats open models such as Zorblax 3 and Orbit-7X on MMLU.") == [
        ("phi-4", "outperforms", ["Zorblax 3", "Orbit-7X"], ["mmlu"], "all", None)
    ]
    assert read(ex, "Phi-4 outperforms speech models like VoxNet2 and EchoLM on MMLU.") == [
        ("phi-4", "outperforms", ["VoxNet2", "EchoLM"], ["mmlu"], "all", None)
    ]
    # look-alikes: benchmarks listed after "benchmarks such as" stay benchmarks
    assert read(ex, "Phi-4 beats GPT-4o on benchmarks such as ZorbQA and MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["ZorbQA", "mmlu"], "all", None)
    ]


def test_areas_after_related_to_are_the_claims_tags(ex):
    assert read(ex, "Phi-4 beats GPT-4o in benchmarks related to math and coding.") == [
        ("phi-4", "outperforms", ["gpt-4o"], {"tags": ["code", "math"]}, "all", None)
    ]
    assert read(ex, "Phi-4 beats GPT-4o on tasks spanning math, science and coding.") == [
        ("phi-4", "outperforms", ["gpt-4o"], {"tags": ["code", "math", "science"]}, "all", None)
    ]
    # look-alike: "covering" what is no area
    assert read(ex, "Phi-4 beats GPT-4o on MMLU while covering twice the languages.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None)
    ]
