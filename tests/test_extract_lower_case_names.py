"""A model's name written in lower case with its version after a dash ("voyage-4-large", "zeta-7b"), or with a
variant's tag in square brackets ("Flux.1 [dev]"), is read by its shape and place, as any other name of a model's shape
is (names starting lower case, bracketed names; the tenth fresh check set's "voyage-4-large ... deliver
state-of-the-art retrieval accuracy" and "Flux.1 [dev] ranked ..." named no subject). Tested on sentences written for
the rules; look-alikes (a year, a place, a size class, a footnote) draft nothing new. Catalog: the seed catalog plus
the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]


def test_a_lower_case_name_with_a_version_after_a_dash_is_a_subject(ex):
    # each gave "no subject the catalog knows: '...'"
    assert read(ex, "quill-3-large outperforms GPT-4o on GPQA.") == [
        ("quill-3-large", "outperforms", ["gpt-4o"], ["gpqa"])
    ]
    [f] = ex.extract(Document("t.txt", "zeta-7b ranks first on GPQA."))
    assert (f.subject, f.kind, f.uncatalogued) == ("zeta-7b", "ranks", ["zeta-7b"])


def test_look_alikes_a_year_a_place_and_a_size_class_are_no_names(ex):
    for text in (
        "By 2026, sub-10B models beat GPT-4o on most benchmarks.",
        "The top-5 models outperform GPT-4o on GPQA.",
        "In mid-2024 models outperformed GPT-4o on GPQA.",
    ):
        assert read(ex, text) == [], text


def test_a_variants_tag_in_square_brackets_is_part_of_the_name(ex):
    # "Zorb.2 [dev]" read as "Zorb.2", the tag between it and its cue: no subject
    assert read(ex, "Zorb.2 [dev] ranks second on GPQA.") == [("Zorb.2 [dev]", "ranks", [], ["gpqa"])]
    assert read(ex, "Zorb.2 [schnell] outperforms GPT-4o on GPQA.") == [
        ("Zorb.2 [schnell]", "outperforms", ["gpt-4o"], ["gpqa"])
    ]
    # look-alikes: a footnote's number in brackets, a capitalised note
    assert read(ex, "Phi-4 [1] outperforms GPT-4o on GPQA.") == [("phi-4", "outperforms", ["gpt-4o"], ["gpqa"])]
    assert read(ex, "Zorb.2 [Figure 3] shows the results.") == []


def test_a_capital_and_a_version_after_a_space_is_part_of_the_name(ex):
    # "Vega N1" was read as "Vega": the subject's name cut short
    assert read(ex, "Our robot model Vega N1 outperforms GPT-4o on GPQA.") == [
        ("Vega N1", "outperforms", ["gpt-4o"], ["gpqa"])
    ]
    # look-alike: a quarter after a name is no part of it, and no draft is made of it
    assert read(ex, "Zorb-7 Q3 results beat GPT-4o on GPQA.") == []
