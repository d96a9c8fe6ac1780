"""Two sentences in a row, each a win of one model with no rival named ("Claude Opus 4.6 wins on SWE-bench. GPT-5.4
wins on HumanEval."), are set against each other as two clauses of one sentence are ("X wins on MMLU, while Y leads
on GPQA"): each win is over the other model, on its own sentence's benchmarks. Never across paragraphs or documents,
and not where a sentence names a rival or a third model. Every sentence here was written for these tests. Catalog:
the seed catalog plus the extraction fixtures' catalog."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def said(ex: Extractor, text: str) -> list:
    found = [(f.kind, f.subject, f.competitors, f.benchmarks, f.location) for f in ex.extract(Document("t.txt", text))]
    return found + [c.reason for c in ex.candidates]


def test_two_wins_in_a_row_are_each_over_the_other(ex):
    assert said(ex, "GPT-4o wins on MMLU. o3-mini wins on GPQA.") == [
        ("outperforms", "gpt-4o", ["o3-mini"], ["mmlu"], "characters 0-20"),
        ("outperforms", "o3-mini", ["gpt-4o"], ["gpqa"], "characters 21-42"),
    ]
    found = ex.extract(Document("t.txt", "GPT-4o wins on MMLU. o3-mini performs better on GPQA."))
    assert [f.review[0] for f in found] == [
        "set against o3-mini's win in the sentence after: read as a win over it",
        "set against GPT-4o's win in the sentence before: read as a win over it",
    ]
    # names the catalog lacks, as written
    text = (
        "Developer TL;DR: Claude 4.6 Opus wins on real-world software engineering (SWE-bench). "
        "GPT-5.4 wins on algorithmic problem-solving (HumanEval)."
    )
    assert [f[:4] for f in said(ex, text)] == [
        ("outperforms", "Claude 4.6 Opus", ["GPT-5.4"], ["SWE-bench"]),
        ("outperforms", "GPT-5.4", ["Claude 4.6 Opus"], ["humaneval"]),
    ]


def test_wins_apart_or_with_a_rival_named_are_not_set_against_each_other(ex):
    # another paragraph
    assert said(ex, "GPT-4o wins on MMLU.\n\no3-mini wins on GPQA.") == [
        "cue not understood: no subject and competitor, ranking or quoted score could be read",
        "cue not understood: no subject and competitor, ranking or quoted score could be read",
    ]
    # another document
    said(ex, "GPT-4o wins on MMLU.")
    assert said(ex, "o3-mini wins on GPQA.") == [
        "cue not understood: no subject and competitor, ranking or quoted score could be read"
    ]
    # a rival named, or two models in one sentence: read as ever
    assert said(ex, "GPT-4o wins on MMLU. o3-mini beats Claude 3.5 Sonnet on GPQA.") == [
        ("outperforms", "o3-mini", ["claude-3.5-sonnet"], ["gpqa"], "characters 21-61"),
        "cue not understood: no subject and competitor, ranking or quoted score could be read",
    ]
    assert said(ex, "GPT-4o wins on MMLU. o3-mini and Claude 3.5 Sonnet win on GPQA.")[-1].startswith("cue not")
