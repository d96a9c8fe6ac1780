"""Markup left in a document's text is read as what it is, not as words of a sentence: a web address in prose names no
model (a repository's path was read as a rival); a markdown table's header row is the columns' names, no sentence; a
quote's marks and a bullet before a list item ("> - ", a dash written against the first word, "-GPT-4o") are no part of
the sentence or its quote. Every text here was written for these tests. Catalog: the seed catalog plus the extraction
fixtures'."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def drafts(ex: Extractor, text: str, name: str = "t.md") -> list:
    found = [(f.kind, f.subject, f.competitors, f.benchmarks, f.quote) for f in ex.extract(Document(name, text))]
    return found + [c.reason for c in ex.candidates]


def test_a_web_address_in_prose_names_no_model(ex):
    text = "GPT-4o beats o1 on MMLU (source: https://huggingface.co/acme/Zorb-7B-v2)."
    assert drafts(ex, text) == [("outperforms", "gpt-4o", ["o1"], ["mmlu"], text)]
    text = "Read more at www.acme.ai/blog/Orca-9-tops-GPQA today: GPT-4o beats o1 on MMLU."
    assert drafts(ex, text) == [("outperforms", "gpt-4o", ["o1"], ["mmlu"], text)]
    # look-alike: a name the sentence gives beside an address is read as before
    text = "See https://acme.ai for details; GPT-4o beats o1 and Zorb-7B-v2 on MMLU."
    assert drafts(ex, text) == [("outperforms", "gpt-4o", ["o1", "Zorb-7B-v2"], ["mmlu"], text)]


def test_a_markdown_tables_header_row_is_no_sentence(ex):
    text = "Zorb-7 results:\n| Model | Beats GPT-4o on MMLU | Top-1 |\n|---|---|---|\n| Zorb-7 | yes | 1 |\n"
    assert drafts(ex, text) == []
    # look-alike: a line of cells with no row of dashes under it is read as before
    text = "| GPT-4o beats o1 on MMLU |\n\nMore below."
    assert drafts(ex, text) == [("outperforms", "gpt-4o", ["o1"], ["mmlu"], "| GPT-4o beats o1 on MMLU |")]


def test_a_quotes_marks_and_a_bullet_are_no_part_of_the_sentence(ex):
    assert drafts(ex, "> - GPT-4o beats o1 on MMLU.") == [
        ("outperforms", "gpt-4o", ["o1"], ["mmlu"], "GPT-4o beats o1 on MMLU.")
    ]
    assert drafts(ex, "> GPT-4o beats o1 on MMLU.") == [
        ("outperforms", "gpt-4o", ["o1"], ["mmlu"], "GPT-4o beats o1 on MMLU.")
    ]
    # a dash written against the first word: GPT-4o, the catalog's, not "-GPT-4o", a name it lacks
    assert drafts(ex, "Notes:\n\n-GPT-4o beats o1 on MMLU.") == [
        ("outperforms", "gpt-4o", ["o1"], ["mmlu"], "GPT-4o beats o1 on MMLU.")
    ]
    # look-alikes: "> 90%" is a bound and "-5 points" a number, kept in the sentence and its quote
    text = "Notes:\n\n> 90% on MMLU: GPT-4o beats o1."
    assert {d[4] for d in drafts(ex, text) if isinstance(d, tuple)} == {"> 90% on MMLU: GPT-4o beats o1."}
    assert drafts(ex, "Notes:\n\n-5 points: GPT-4o trails o1 on MMLU.") == [
        ("outperforms", "o1", ["gpt-4o"], ["mmlu"], "-5 points: GPT-4o trails o1 on MMLU.")
    ]
