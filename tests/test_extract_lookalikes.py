"""Known misreadings of issue 24 found in review, one general rule each, tested on sentences written for the rule (not
taken from a labelled set), with look-alikes that must not change: a comparison asked ("whether X can beat Y") is no
claim, and a name in brackets with a placing verb after 'and' ("and GPT-5 (high) sits in second place") starts a claim
of its own. Catalog: the seed catalog plus the extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from harness.extract.documents import Document
from harness.extract.lexicon import Extractor


def read(ex: Extractor, text: str) -> list[tuple]:
    return [(f.subject, f.kind, f.competitors, f.benchmarks, f.top, f.confidence) for f in ex.extract(
        Document("t.txt", text))]  # fmt: skip


def reasons(ex: Extractor, text: str) -> list[str]:
    ex.extract(Document("t.txt", text))
    return [c.reason for c in ex.candidates]


def test_a_comparison_asked_or_planned_is_no_claim(ex):
    # drafted as GPT-5 (high) outperforms Gemini 3 Pro, confidence 1.00: a test to come asserts nothing
    text = "We will test whether GPT-5 (high) can beat Gemini 3 Pro on AIME 2025 next month."
    assert read(ex, text) == []
    assert reasons(ex, text) == [
        "hedged, planned or denied ('We will test whether'): not a claim of a result"
    ]  # fmt: skip
    assert read(ex, "Next month we check if GPT-5 (high) outperforms Gemini 3 Pro on AIME 2025.") == []
    assert read(ex, "Whether GPT-5 (high) could beat Gemini 3 Pro on AIME 2025 is still open.") == []
    # look-alikes: the claim comes before the "whether", or the "whether" asks nothing about a comparison
    assert read(ex, "GPT-5 beats Gemini 3 Pro on AIME 2025, and we will test whether it holds next month.") == [
        ("gpt-5-high", "outperforms", ["gemini-3-pro"], ["aime-2025"], 1, 1.0)
    ]
    assert read(ex, "GPT-5 (high) beats Gemini 3 Pro on AIME 2025 whether or not tools are used.") == [
        ("gpt-5-high", "outperforms", ["gemini-3-pro"], ["aime-2025"], 1, 1.0)
    ]


def test_a_bracketed_name_placing_after_and_starts_a_claim_of_its_own(ex):
    # two rankings of Gemini 3 Pro (top 1 and top 2, the first against GPT-5 (high)), and none of GPT-5 (high); the
    # benchmark of the second is carried over from the first clause
    assert read(ex, "Gemini 3 Pro leads on GPQA Diamond and GPT-5 (high) sits in second place on the same chart.") == [
        ("gemini-3-pro", "ranks", [], ["gpqa-diamond"], 1, 0.85),
        ("gpt-5-high", "ranks", [], ["gpqa-diamond"], 2, 0.7),
    ]
    assert read(ex, "Gemini 3 Pro leads on GPQA Diamond and GPT-5 (high) finishes second.") == [
        ("gemini-3-pro", "ranks", [], ["gpqa-diamond"], 1, 0.85),
        ("gpt-5-high", "ranks", [], ["gpqa-diamond"], 2, 0.7),
    ]
    # look-alikes: two subjects of one verb stay one claim each, and a bracketed rival after 'beats' stays a rival
    assert read(ex, "Gemini 3 Pro and GPT-5 (high) sit in the top two on GPQA Diamond.") == [
        ("gemini-3-pro", "ranks", [], ["gpqa-diamond"], 2, 0.85),
        ("gpt-5-high", "ranks", [], ["gpqa-diamond"], 2, 0.85),
    ]
    assert read(ex, "Gemini 3 Pro beats Claude Opus 4 and GPT-5 (high) on GPQA Diamond.") == [
        ("gemini-3-pro", "outperforms", ["claude-opus-4", "gpt-5-high"], ["gpqa-diamond"], 1, 1.0)
    ]
