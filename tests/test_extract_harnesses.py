"""An agent's harness the evidence settings know ("Claude Code", "OpenHands") is never drafted as a model, though its
first word is a family's ("Claude") or it has a name's shape; a sentence about it gets a candidate that says so. And
a model's name written right after a benchmark's, with no comma between ("On MMLU Zephyr trails Phi-4"), is a name of
its own, never lost in the benchmark's. Sentences written for the rules, not taken from a labelled set. Catalog: the
seed catalog plus tests/fixtures/extract/catalog.yaml."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value) for f in found]


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_an_agents_harness_is_no_model(ex):
    # each was drafted with "Claude Code" or "OpenHands" as a model the catalog lacks
    assert read(ex, "Phi-4 outperforms Claude Code on MMLU.") == []
    assert reasons(ex) == ["no competitor the catalog knows; 'Claude Code' is an agent's harness, not a model"]
    assert read(ex, "Claude Code scores 72.5% on SWE-bench Verified.") == []
    assert reasons(ex) == ["no model the catalog knows: 'Claude Code' is an agent's harness, not a model"]
    assert read(ex, "OpenHands beats Phi-4 on MMLU.") == []
    # look-alikes: a family and another word is still a name the catalog lacks; the model run in a harness is drafted
    assert read(ex, "Claude Coder beats Phi-4 on MMLU.") == [("Claude Coder", "outperforms", ["phi-4"], ["mmlu"], "all",
                                                             None)]  # fmt: skip
    assert read(ex, "Claude Code with Claude Opus 4 scores 72.5% on SWE-bench Verified.") == [
        ("claude-opus-4", "score", [], ["swe-bench-verified"], "all", 72.5)
    ]
    assert read(ex, "Claude beats Phi-4 on MMLU.") == []
    assert reasons(ex)[0].startswith("no subject the catalog knows; a family named, not a model: 'Claude'")


def test_a_name_right_after_a_benchmark_is_a_name_of_its_own(ex):
    # "Zephyr" was lost in "On MMLU Zephyr" (a candidate: "a family named, not a model")
    assert read(ex, "On MMLU Zephyr trails Phi-4.") == [("phi-4", "outperforms", ["Zephyr"], ["mmlu"], "all", None)]
    assert read(ex, "On GSM8K Kimi Linear beats Phi-4.") == [
        ("Kimi Linear", "outperforms", ["phi-4"], ["gsm8k"], "all", None)
    ]
    # look-alikes: with a comma, and a catalog benchmark's own longer name ("MMLU Pro") before a catalog model
    assert read(ex, "On MMLU, Zephyr trails Phi-4.") == [("phi-4", "outperforms", ["Zephyr"], ["mmlu"], "all", None)]
    assert read(ex, "On MMLU Pro Phi-4 beats GPT-4o.") == [("phi-4", "outperforms", ["gpt-4o"], ["mmlu-pro"], "all",
                                                           None)]  # fmt: skip
