"""A leaderboard is read by the lead's rule: a board named by a benchmark the text names is that benchmark ("the
LiveBench leaderboard" is LiveBench where the catalog has it; "the ARC-AGI leaderboard", beside the catalog's
ARC-AGI-2, is the benchmark ARC-AGI as written); any other board is drafted as written, with its word ("the OpenASR
leaderboard", "the Open LLM Leaderboard"), never dropped for "no benchmark named". Sentences written for the rule,
not taken from a labelled set. Catalog: the seed catalog plus tests/fixtures/extract/catalog.yaml (LiveBench, no
Open LLM Leaderboard)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    found = ex.extract(Document("t.txt", text))
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value) for f in found]


def test_a_board_the_catalog_lacks_is_drafted_as_written_with_its_word(ex):
    # each was a candidate ("a ranking on 'the Open LLM Leaderboard', which names no benchmark ...") or its first word
    assert read(ex, "Zorb-7 tops the Open LLM Leaderboard.") == [
        ("Zorb-7", "ranks", [], ["Open LLM Leaderboard"], "all", None)
    ]
    assert read(ex, "On the Hugging Face Open LLM Leaderboard, Phi-4 ranks first.") == [
        ("phi-4", "ranks", [], ["Open LLM Leaderboard"], "all", None)
    ]
    assert read(ex, "Phi-4 ranks first on the Tiny Speech Leaderboard v2.") == [
        ("phi-4", "ranks", [], ["Tiny Speech Leaderboard v2"], "all", None)
    ]
    assert read(ex, "On the HuggingFace OpenASR leaderboard, Phi-4 ranks first.") == [
        ("phi-4", "ranks", [], ["OpenASR leaderboard"], "all", None)
    ]
    notes = [n for f in ex.extract(Document("t.txt", "Phi-4 tops the Zorble leaderboard.")) for n in f.review]
    assert (
        "benchmark 'Zorble leaderboard' is not in the catalog (closest: WebDev leaderboard, Arena Expert leaderboard)"
        in notes
    )

    # look-alikes: a board named by a benchmark is that benchmark
    assert read(ex, "Phi-4 tops the LiveBench leaderboard.") == [("phi-4", "ranks", [], ["livebench"], "all", None)]
    assert read(ex, "Phi-4 leads the LiveBench Leaderboard with a score of 71.2.") == [
        ("phi-4", "ranks", [], ["livebench"], "all", None),
        ("phi-4", "score", [], ["livebench"], "all", 71.2),
    ]
    assert read(ex, "Phi-4 is topping the ARC-AGI leaderboard.") == [("phi-4", "ranks", [], ["ARC-AGI"], "all", None)]
    # look-alikes: a platform's board and a word capitalised by its place ("Public") name no board
    assert read(ex, "Phi-4 tops the GitHub leaderboard.") == []
    assert read(ex, "Public leaderboard results show Phi-4 ahead of GPT-4o on MMLU.") == [
        ("phi-4", "outperforms", ["gpt-4o"], ["mmlu"], "all", None)
    ]
