"""A page about one model is often named after it (".../kokoro-82m/"), and its sentences say "It achieved first place
..." with no name at all: where the text names no model, nor any name of a model's shape, "It" is the name the
address's last part is shaped as, kept as written there, uncatalogued, with a note saying where it was read (subjects
named only by the document). The sentence was a candidate. An address that names no model ("top-10-llms-2025",
an article's number, an arXiv id) gives none; a text with a name of its own keeps "It" unread. Every sentence and address
here was written for these tests. Catalog: the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.address_names import address_name
from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, address: str, text: str) -> list:
    found = [(f.kind, f.subject, f.review[0]) for f in ex.extract(Document(address, text))]
    return found + [c.reason for c in ex.candidates]


def test_it_is_the_model_the_address_names(ex):
    assert said(ex, "https://example.org/models/zorbo-82m/", "It achieved first place on MMLU.") == [
        (
            "ranks",
            "zorbo-82m",
            "'It achieved' read as zorbo-82m, as the document's address writes it (the text names no model)",
        )
    ]


def test_the_name_as_the_address_shapes_it():
    developers = {"acme"}
    assert address_name("https://example.org/topics/quill2-5-coder-7b", developers) == "quill2.5-coder-7b"
    assert address_name("https://example.org/models/image/vela-vela-i1-fast", developers) == "vela-i1-fast"
    assert address_name("https://example.org/acme-orbit-9b.html", developers) == "orbit-9b"
    for address in (
        "https://example.org/top-10-llms-2025",
        "https://example.org/article/326",
        "https://arxiv.org/html/2410.15608v1",
        "https://example.org/blog/quill",
        "t.txt",
    ):
        assert address_name(address, developers) is None, address


def test_no_such_name_or_a_name_of_the_texts_own_keeps_it_unread(ex):
    assert said(ex, "https://example.org/top-10-llms-2025", "It achieved first place on MMLU.") == [
        "the subject could not be read: 'It' names no model"
    ]
    assert said(ex, "https://example.org/models/zorbo-82m/", "Orca-7 is new. It achieved first place on MMLU.") == [
        "the subject could not be read: 'It' names no model"
    ]
