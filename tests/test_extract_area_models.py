"""An area named with the model a ranking is about ("the leading open-source coding model") or with the work it is
measured on ("on agentic coding workloads") is the claim's benchmarks, read as catalog tags (the sixth fresh
check set labels "the leading open-source coding model" and "the strongest open weight coding model" {tags: [code]};
they were drafted on every shared benchmark); and, from the seventh, an area before "performance" ("superior math
performance compared to X"), areas after "a diverse range of", an area before a dash ("knowledge-intensive tasks")
and "agent benchmarks". Tested on sentences written for the rule, with look-alikes that must stay
as they were. Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.benchmarks, f.quantifier) for f in ex.extract(Document("t.txt", text))]


def test_an_area_before_model_or_workloads_is_the_rankings_area(ex):
    assert read(ex, "Phi-4 is the leading open-source coding model.") == [("phi-4", "ranks", {"tags": ["code"]}, "all")]
    assert read(ex, "Phi-4 is the strongest open weight coding model shipping today.") == [
        ("phi-4", "ranks", {"tags": ["code"]}, "all")
    ]
    assert read(ex, "Phi-4 leads all open models on coding workloads.") == [
        ("phi-4", "ranks", {"tags": ["code"]}, "all")
    ]


def test_look_alikes_a_reasoning_model_and_a_named_benchmark_stay(ex):
    # "a reasoning model" is a kind of model, not an area; a benchmark named is the claim's, whatever else is said
    assert read(ex, "Phi-4 is the leading open-source reasoning model.") == [("phi-4", "ranks", "shared", "all")]
    assert read(ex, "Phi-4 beats GPT-4o, the coding model we used before, on MMLU.") == [
        ("phi-4", "outperforms", ["mmlu"], "all")
    ]


def test_an_area_before_performance_after_a_range_of_before_a_dash_or_of_agents(ex):
    # each was drafted on every shared benchmark, or on reasoning alone
    assert read(ex, "Nova-R1 achieves superior math performance compared to GPT-4o.") == [
        ("Nova-R1", "outperforms", {"tags": ["math"]}, "all")
    ]
    assert read(ex, "Nova-R1 leads among open models across a diverse range of coding tasks.") == [
        ("Nova-R1", "ranks", {"tags": ["code"]}, "all")
    ]
    assert read(ex, "Nova-R1 beats Llama 3.1 8B on reasoning and knowledge-intensive tasks.") == [
        ("Nova-R1", "outperforms", {"tags": ["knowledge", "reasoning"]}, "all")
    ]
    assert read(ex, "Nova-R1 ranks at the top of intelligence and agent benchmarks among open-source models.") == [
        ("Nova-R1", "ranks", {"tags": ["agentic"]}, "all")
    ]
    # look-alike: performance of no area is on every shared benchmark
    assert read(ex, "Nova-R1 beats GPT-4o in overall performance.") == [("Nova-R1", "outperforms", "shared", "all")]


def test_an_area_is_read_as_the_tag_the_catalog_spells_it_with(tmp_path):
    # a launch post's "outperforms the Gemma2-2.6B on various math and coding tasks", in a project tagging its code
    # benchmarks `coding` and its maths ones `maths`: "areas the catalog has no tag for: coding (left out)", and the
    # claim was drafted on the maths benchmarks alone (with `math` the catalog's spelling, on none of them)
    from harness.claims.catalog import load_catalog

    (tmp_path / "catalog").mkdir()
    (tmp_path / "catalog" / "c.yaml").write_text(
        "organisations: [{id: lab, name: Lab}]\n"
        "models:\n"
        "  - {id: zorb-7b, name: Zorb-7B, developer: lab, open_weights: true}\n"
        "  - {id: orca-9b, name: Orca-9B, developer: lab, open_weights: true}\n"
        "benchmarks:\n"
        "  - {id: humaneval, name: HumanEval, items: 164, tags: [coding]}\n"
        "  - {id: gsm8k, name: GSM8K, items: 1319, tags: [maths]}\n"
        "  - {id: mmlu, name: MMLU, items: 14042, tags: [general]}\n"
    )
    mine = Extractor(load_catalog(tmp_path / "catalog", tmp_path))
    [f] = mine.extract(Document("t.txt", "Zorb-7B outperforms Orca-9B on various math and coding tasks."))
    assert (f.benchmarks, f.review) == (
        {"tags": ["coding", "maths"]},
        ["areas read as the catalog tags ['coding', 'maths']"],
    )
    [f] = mine.extract(Document("t.txt", "Zorb-7B is the leading open-source coding model."))
    assert f.benchmarks == {"tags": ["coding"]}
    # look-alike: an area the catalog tags nothing with is still said to be left out
    [f] = mine.extract(Document("t.txt", "Zorb-7B outperforms Orca-9B on math and science tasks."))
    assert (f.benchmarks, f.review[0]) == ({"tags": ["maths"]}, "areas the catalog has no tag for: science (left out)")
