"""A page about one benchmark quotes scores on it without naming it again: "GPT-4o scored 2%." on
".../glossary/frontiermath.html". A clause of quoted scores alone, with no benchmark in its sentence, the sentence
before or the title, is on the one catalog benchmark the page's address names, and says so in its review notes. Never
where the address names two benchmarks, nor for a ranking or a win (its board must be said in the text: "best around
15%" names no one's place). Every sentence here was written for these tests. Catalog: the seed catalog plus the
extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor

PAGE = "https://example.org/glossary/frontiermath.html"


def said(ex: Extractor, text: str, address: str = PAGE) -> list:
    found = [(f.kind, f.subject, f.value, f.benchmarks) for f in ex.extract(Document(address, text))]
    return found + [c.reason for c in ex.candidates]


def test_scores_with_no_benchmark_named_are_on_the_one_the_page_s_address_names(ex):
    assert said(ex, "At launch, GPT-4o scored 2%, and o1-preview scored 9%.") == [
        ("score", "gpt-4o", 2.0, ["frontiermath"]),
        ("score", "o1-preview", 9.0, ["frontiermath"]),
    ]
    found = ex.extract(Document(PAGE, "o1-preview scored 9%."))
    assert found[0].review[-1] == "benchmark carried over from the page's address: FrontierMath"
    # ".../benchmarks/simpleqa/": a folder of the address names it as well
    assert said(ex, "GPT-4o got 38.2 percent right.", "https://example.org/benchmarks/simpleqa/") == [
        ("score", "gpt-4o", 38.2, ["simpleqa"])
    ]


def test_a_benchmark_the_text_names_comes_before_the_address_s(ex):
    # the sentence's own benchmark
    assert said(ex, "GPT-4o scored 88.7% on MMLU.") == [("score", "gpt-4o", 88.7, ["mmlu"])]
    # the sentence before's
    assert said(ex, "GPQA is hard. GPT-4o scored 53%.") == [("score", "gpt-4o", 53.0, ["gpqa"])]
    # the title's
    assert said(ex, "SimpleQA results\n\nGPT-4o scored 38%.") == [("score", "gpt-4o", 38.0, ["simpleqa"])]


def test_no_benchmark_is_carried_from_an_address_that_names_two_or_none(ex):
    two = "https://example.org/frontiermath-vs-simpleqa.html"
    assert said(ex, "GPT-4o scored 2%.", two) == [
        "cue not understood: no subject and competitor, ranking or quoted score could be read"
    ]
    assert said(ex, "GPT-4o scored 2%.", "https://example.org/glossary/results.html") == [
        "cue not understood: no subject and competitor, ranking or quoted score could be read"
    ]


def test_a_ranking_or_a_win_takes_no_benchmark_from_the_address(ex):
    # the board of a place or a win is said in the text, or the claim is a candidate, as without an address
    assert said(ex, "GPT-4o beats o1-preview with 12%.") == said(ex, "GPT-4o beats o1-preview with 12%.", "t.txt")
    assert said(ex, "GPT-4o beats o1-preview with 12%.")[0][3] == "shared"
    assert said(ex, "Zorb-7 is the best model at 15%.") == said(ex, "Zorb-7 is the best model at 15%.", "t.txt")
