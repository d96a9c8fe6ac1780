"""Benchmarks as people write them: names set apart by a slash ("VQAv2/GQA", "MMLU/HellaSwag"), a name in capitals
with a version after a "v" ("VQAv2"), an edition marked "++" ("WMT24++"), a capital after a name's digit
("MiniF2F", also before "at Pass@32"), and a benchmark written out with its acronym in brackets ("the Massive Text
Embedding Benchmark (MTEB)"), read as the acronym. Every sentence here was written for these tests, with look-alikes
that must stay as they were. Catalog: the seed catalog plus the extraction fixtures'."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def benches(ex: Extractor, text: str) -> list:
    return [f.benchmarks for f in ex.extract(Document("t.txt", text))] + [c.reason for c in ex.candidates]


def test_names_set_apart_by_a_slash_are_a_list(ex):
    assert benches(ex, "Zorbo 3 matches GPT-4o on MMLU/HellaSwag.") == [["mmlu", "HellaSwag"]]
    assert benches(ex, "Zorbo 3 matches GPT-4o on VQAv2/GQA.") == [["VQAv2", "GQA"]]
    assert benches(ex, "Zorbo 3 matches GPT-4o on Zorbix/MMLU.") == [["Zorbix", "mmlu"]]
    # a fraction is no list
    assert benches(ex, "Zorbo 3 matches GPT-4o on 3/4 of MMLU.") == [["mmlu"]]


def test_capitals_with_a_version_after_v_are_a_benchmarks_shape(ex):
    assert benches(ex, "Zorbo 3 matches GPT-4o on VQAv2 and GQA.") == [["VQAv2", "GQA"]]


def test_an_edition_marked_plus_plus_is_read_whole(ex):
    assert benches(ex, "Zorbo 3 beats GPT-4o on the WMT24++ benchmark.") == [["WMT24++"]]
    assert benches(ex, "Zorbo 3 beats GPT-4o on WMT24 and MMLU.") == [["WMT24", "mmlu"]]


def test_a_benchmark_written_out_is_read_as_its_acronym(ex):
    assert benches(ex, "Zorbo 3 matches GPT-4o on the Massive Text Embedding Benchmark (MTEB).") == [["MTEB"]]
    assert benches(ex, "Zorbo 3 beats GPT-4o on the General AI Assistants benchmark (GAIA).") == [["GAIA"]]
    # the catalog's acronym
    text = "Zorbo 3 beats GPT-4o on the Massive Multitask Language Understanding benchmark (MMLU)."
    assert benches(ex, text) == [["mmlu"]]
    # no acronym: the word before "benchmark", as before; a board keeps its title
    assert benches(ex, "Zorbo 3 beats GPT-4o on the Zorb Assistants benchmark.") == [["Assistants"]]
    assert benches(ex, "Zorbo 3 tops the Berkeley Function Calling Leaderboard (BFCL).") == [
        ["Berkeley Function Calling Leaderboard"]
    ]


def test_a_name_with_a_capital_after_its_digit_and_how_it_was_run(ex):
    text = "Zorbo 3 achieves 88.1% on MiniF2F at Pass@32, outperforming DeepSeek-R1."
    assert [(f.kind, f.benchmarks) for f in ex.extract(Document("t.txt", text))] == [
        ("outperforms", ["MiniF2F"]),
        ("score", ["MiniF2F"]),
    ]
    # "at" and no run setting: a name listed after it starts a clause of its own
    assert benches(ex, "GPT-4o scores 80% on MMLU and Zorbix at 70%.") == [["mmlu"], ["mmlu"]]
