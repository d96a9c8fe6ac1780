"""bench/extract.py's fields: `value+benchmarks` checks the benchmark a score is quoted on, which `value` does not, and
the older fields keep their meaning (old figures stay comparable)."""

import sys
from pathlib import Path

REPO = Path(__file__).parent.parent


def _bench():
    sys.path.insert(0, str(REPO / "bench"))
    import extract as bench  # bench/extract.py

    return bench


def _item(text: str, claims: list[dict]) -> dict:
    return {"url": "https://example.org/a", "text": text, "claims": claims}


def test_a_score_on_the_wrong_benchmark_counts_for_value_but_not_value_and_benchmarks(ex):
    bench = _bench()
    right = _item("Phi-4 scores 80.2% on MMLU.", [{"subject": "phi-4", "kind": "score", "benchmarks": ["mmlu"],
                                                    "value": 80.2}])  # fmt: skip
    wrong = _item("Phi-4 scores 80.2% on MMLU.", [{"subject": "phi-4", "kind": "score", "benchmarks": ["gpqa"],
                                                    "value": 80.2}])  # fmt: skip
    figures, problems = bench.field_scores(ex, [right, wrong])
    fields = figures["fields"]
    assert fields["value"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert fields["subject+kind"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert fields["value+benchmarks"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    # the miss is printed once, as the benchmark's
    assert problems == ["wrong benchmarks: ['mmlu'] (label ['gpqa']) for phi-4 in 'Phi-4 scores 80.2% on MMLU.'"]


def test_value_and_benchmarks_is_scored_only_where_a_score_is_labelled(ex):
    bench = _bench()
    beats = _item("Phi-4 beats GPT-4o on MMLU.", [{"subject": "phi-4", "kind": "outperforms", "competitors": ["gpt-4o"],
                                                   "benchmarks": ["mmlu"], "quantifier": "all"}])  # fmt: skip
    figures, _ = bench.field_scores(ex, [beats])
    assert figures["fields"]["value+benchmarks"] == {"precision": None, "recall": None, "f1": None}
    assert figures["fields"]["benchmarks"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert bench.FIELDS[:7] == ("subject+kind", "subject", "kind", "competitors", "benchmarks", "quantifier", "value")
