"""A non-breaking hyphen (U+2011, or U+2010), as some pages print every hyphen, is read as a hyphen: "state‑of‑the‑art"
is the lexicon's phrase and "GPT‑4o" the catalog's name; quotes keep the text as written. Every sentence here was
written for these tests. Catalog: the seed catalog plus the extraction fixtures'."""

from harness.extract.documents import Document


def said(ex, text: str) -> list:
    found = [(f.kind, f.subject, f.competitors, f.benchmarks) for f in ex.extract(Document("t.txt", text))]
    return found + [c.reason for c in ex.candidates]


def test_a_non_breaking_hyphen_is_read_as_a_hyphen_and_quoted_as_written(ex):
    text = (
        "Zorbo‑9000 is a 560 billion‑parameter Mixture‑of‑Experts model that achieves state‑of‑the‑art results on MMLU."
    )
    assert said(ex, text) == [("ranks", "Zorbo-9000", [], ["mmlu"])]
    [found] = ex.extract(Document("t.txt", text))
    assert found.quote == text
    # the hyphen in a name the catalog knows
    assert said(ex, "GPT‑4o beats Llama‑3.1‑405B on MMLU.") == [("outperforms", "gpt-4o", ["llama-3.1-405b"], ["mmlu"])]
