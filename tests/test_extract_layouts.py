"""A number quoted in a document is read whole or not at all (`harness/extract/layouts.py`): never the head or the
tail of a number written another way. Catalog: the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.value) for f in ex.extract(Document("t.txt", text))]


def reasons(ex: Extractor) -> list[str]:
    return [c.reason for c in ex.candidates]


def test_a_number_written_another_way_is_never_read_as_its_head_or_tail(ex):
    # each was drafted as a score claim on a number the sentence does not give: 1e2 as 1, 7.12e1% as 1, a decimal
    # comma's 71,2 as 71 and 71,2% as 2, 0x47 as 0, 7_1.2 as 7, 12345 as 1234
    for written in ("1e2", "7.12e1%", "71,2", "71,2%", "0x47", "7_1.2", "12345"):
        assert read(ex, f"GPT-4o scores {written} on MMLU.") == []
        assert reasons(ex) == ["cue not understood: no subject and competitor, ranking or quoted score could be read"]
    assert read(ex, "GPT-4o (71,2%) beats Claude 3.5 Sonnet on MMLU.") == [
        ("gpt-4o", "outperforms", ["claude-3.5-sonnet"], ["mmlu"], None)  # and no score of 2
    ]
    # look-alikes: a number with thousands separators, one at a sentence's end, and a list of numbers stay as read
    assert read(ex, "GPT-4o has an Elo of 1,287 on LMArena text.") == [
        ("gpt-4o", "score", [], ["lmarena-text"], 1287.0)
    ]
    assert read(ex, "On MMLU, GPT-4o scores 71.2.") == [("gpt-4o", "score", [], ["mmlu"], 71.2)]
    assert read(ex, "GPT-4o reaches 88.7, 71.2 and 53.6 on MMLU, MMLU-Pro and GPQA Diamond.") == [
        ("gpt-4o", "score", [], ["mmlu"], 88.7),
        ("gpt-4o", "score", [], ["mmlu-pro"], 71.2),
        ("gpt-4o", "score", [], ["gpqa-diamond"], 53.6),
    ]


def test_a_number_with_a_magnitude_after_it_is_no_score(ex):
    # "71.2k" was drafted as a score of 71.2, and "reached 1.2M downloads and scores 80.1 on MMLU" as scores of 1.2
    # and 80.1: a count of views or downloads read as a benchmark result
    assert read(ex, "GPT-4o scores 71.2k on MMLU.") == []
    assert read(ex, "GPT-4o reached 1.2M downloads and scores 80.1 on MMLU.") == [
        ("gpt-4o", "score", [], ["mmlu"], 80.1)
    ]
    # look-alikes: a unit of its own word ("80 points", "71.2 MMLU") is no magnitude
    assert read(ex, "GPT-4o scores 71.2 MMLU points.") == [("gpt-4o", "score", [], ["mmlu"], 71.2)]


def test_the_head_of_a_fraction_is_no_score_but_a_score_out_of_10_or_100_is(ex):
    # "scores 1/2 on MMLU" was drafted as a score of 1
    assert read(ex, "GPT-4o scores 1/2 on MMLU.") == []
    assert read(ex, "GPT-4o scores 12/30 on MMLU.") == []
    assert read(ex, "GPT-4o scores 71.2/100 on MMLU.") == [("gpt-4o", "score", [], ["mmlu"], 71.2)]
