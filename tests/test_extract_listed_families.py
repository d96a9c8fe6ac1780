"""A catalog family named with a word of its models' names and no version ("Claude Sonnet", "Gemini Flash"), listed
with a model among a comparison's rivals, is a rival kept as written (uncatalogued, with the closest catalog names),
not left out of the draft unsaid (competitor recall; the tenth fresh check set's "beating models like
GPT-5.4-mini and Claude Sonnet" drafted GPT-5.4-mini alone). Tested on sentences written for the rule, with look-alikes
that keep their reading. Catalog: the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]


def test_a_family_and_a_word_of_its_names_listed_with_a_model_is_a_rival_as_written(ex):
    assert read(ex, "Phi-4 outscores rivals such as GPT-4o and Claude Sonnet on GPQA.") == [
        ("phi-4", "outperforms", ["gpt-4o", "Claude Sonnet"], ["gpqa"])
    ]
    [f] = ex.extract(Document("t.txt", "Phi-4 edges out Gemini Flash and o1 on GPQA."))
    assert (f.competitors, f.uncatalogued) == (["Gemini Flash", "o1"], ["Gemini Flash"])
    assert f.review[0].endswith("(a family listed among the models compared, not a model: name which of its models)")


def test_look_alikes_a_family_alone_a_series_and_a_family_off_the_list_stay_out(ex):
    assert read(ex, "Phi-4 outscores GPT-4o and Claude on GPQA.") == [("phi-4", "outperforms", ["gpt-4o"], ["gpqa"])]
    assert read(ex, "Phi-4 outscores GPT-4o and the Claude Sonnet models on GPQA.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["gpqa"])
    ]
    # a word the family's catalog names lack is no such name ("Gemini Beats" is a headline's capital)
    assert read(ex, "Phi-4 outscores GPT-4o on GPQA, says the Gemini Team.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["gpqa"])
    ]
