"""Names the catalog lacks that no family starts, read by where the text puts them: in an apposition that says what
they are ("INTELLECT-3, a 100B+ parameter Mixture-of-Experts model, ..."), right after the word "model" ("the AI
model Xinghuo 3.5"), with a version after a space or further parts with digits ("Spark v3.5", "BitNet b1.58 2B4T"),
and a family's name with a mixture's size ("WizardLM-2 8x22B"). Sentences written for the rules, not taken from a
labelled set. Catalog: the seed catalog plus tests/fixtures/extract/catalog.yaml."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value) for f in found]


def test_a_name_the_text_says_is_a_model_is_read(ex):
    # each was a candidate ("no subject the catalog knows: ...")
    assert read(
        ex, "Today we release Vortex-3, a 100B+ parameter Mixture-of-Experts model, which beats Phi-4 on MMLU."
    ) == [("Vortex-3", "outperforms", ["phi-4"], ["mmlu"], "all", None)]
    assert read(ex, "Acme has introduced Comet v3.5, an AI model that reportedly outperforms Phi-4 on MMLU.") == [
        ("Comet v3.5", "outperforms", ["phi-4"], ["mmlu"], "all", None)
    ]
    assert read(ex, "The AI model Nebula 3.5 is claimed to surpass Phi-4 on MMLU.") == [
        ("Nebula 3.5", "outperforms", ["phi-4"], ["mmlu"], "all", None)
    ]
    # look-alikes: "..., the model is": the subject of what follows, not an apposition; a chart's number stays a word
    assert read(ex, "Using Data-V2, the model beats Phi-4 on MMLU.") == []
    assert read(ex, "Figure 3, a chart of model scores, shows Phi-4 ahead of GPT-4o on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None)
    ]


def test_names_with_more_parts_or_a_mixtures_size(ex):
    assert read(ex, "In tests, BitNet b1.58 2B4T surpassed Phi-4 on MMLU.") == [
        ("BitNet b1.58 2B4T", "outperforms", ["phi-4"], ["mmlu"], "all", None)
    ]
    assert read(ex, "Phi-4 trails WizardLM-2 8x22B on MMLU.") == [
        ("WizardLM-2 8x22B", "outperforms", ["phi-4"], ["mmlu"], "all", None)
    ]
    # look-alike: a score after a name is no part of it
    assert read(ex, "Mercury 2 hit 90 on MMLU.") == [("Mercury 2", "score", [], ["mmlu"], "all", 90.0)]
