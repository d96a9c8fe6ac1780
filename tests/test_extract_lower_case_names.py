"""A model's name written in lower case with its version after a dash ("voyage-4-large", "zeta-7b") is read by its
shape and place, as a capitalised one is (issue 24: names starting lower case; the tenth fresh check set's
"voyage-4-large ... deliver state-of-the-art retrieval accuracy" named no subject). Tested on sentences written for the
rule; look-alikes (a year, a place, a size class) draft nothing. Catalog: the seed catalog plus the extraction fixtures'
catalog (tests/fixtures/extract/catalog.yaml)."""

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
