"""A line that starts with its verb ("Outperforms all open LLMs in its size category on X", a bullet under a release
note) is about the model the sentence before names first, or the title's (subjects named only by a heading;
the eleventh fresh check set's "Outperforms all Arabic LLMs in its size category ..." under "Model release: Falcon-Arabic
7B ..." named no subject). Tested on texts written for the rule, with look-alikes. Catalog: the seed catalog plus the
extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]


def test_a_line_that_starts_with_its_verb_is_about_the_model_named_before(ex):
    text = "Model release: Phi-4 (Microsoft), built on a new tokenizer. Outperforms all open LLMs on GPQA."
    [f] = ex.extract(Document("t.txt", text))
    assert (f.subject, f.kind, f.benchmarks) == ("phi-4", "ranks", ["gpqa"])
    assert f.review[0] == (
        "no subject named, the line starts with its verb: read as Phi-4, the model the sentence before names first"
    )
    assert read(ex, "Phi-4 Technical Report\n\nTops every open model on GPQA.") == [("phi-4", "ranks", [], ["gpqa"])]


def test_look_alikes_no_model_before_and_a_noun_phrase_first(ex):
    assert read(ex, "Outperforms all open LLMs on GPQA.") == []
    # the line's own subject, a noun phrase, is no verb: the reading of the rest is as before
    text = "Model release: Phi-4, built on a new tokenizer. Best-in-class accuracy among open LLMs on GPQA."
    assert read(ex, text) == []
