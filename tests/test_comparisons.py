"""A claim's benchmark set: the selector's answers kept within a chunk are the answers asked afresh."""

import itertools

import pytest

from harness.claims.spec import BenchmarkSelector
from harness.evidence.records import EvidenceFilter
from harness.judge import benchmark_sets
from harness.judge.benchmark_sets import benchmark_set
from harness.judge.comparisons import Context
from tests.conftest import load_scores

BENCHES = {"b0": "[t0, t1]", "b1": "[t0]", "b2": "[t1]", "b3": "[]", "b4": "[t0, t2]"}


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    root = tmp_path_factory.mktemp("sets")
    (root / "catalog").mkdir()
    (root / "catalog" / "catalog.yaml").write_text(
        "organisations:\n  - {id: lab, name: Lab}\nmodels:\n"
        + "".join(f"  - {{id: m{i}, name: M{i}, developer: lab, open_weights: true}}\n" for i in range(3))
        + "benchmarks:\n"
        + "".join(f"  - {{id: {b}, name: {b.upper()}, items: 100, tags: {tags}}}\n" for b, tags in BENCHES.items())
    )
    rows = [
        f"M{i},{b.upper()},acc,pass@1,{50 + i},Lab,https://lab.example,T1,2025-01-01,"
        for i in range(3)
        for b in BENCHES
        if (i, b) not in {(0, "b3"), (1, "b1"), (2, "b4")}  # each side has a benchmark the others lack
    ]
    return load_scores(root, rows)


SELECTORS = [
    BenchmarkSelector(),
    BenchmarkSelector(tags=["t0"]),
    BenchmarkSelector(tags=["t1"]),
    BenchmarkSelector(tags=["t0"], exclude=["b4"]),
    BenchmarkSelector(tags=["t0"], include=["b0", "b1"]),
    BenchmarkSelector(tags=["t0", "t1"]),
    BenchmarkSelector(include=["b2", "b3"]),
    BenchmarkSelector(exclude=["b0"]),
]


def test_a_chunks_kept_answers_give_the_sets_asked_afresh(board, monkeypatch):
    """Every selector, in every order within one chunk (selectors that differ in one filter only
    among them), gives the set and caveats it gives outside a chunk; each benchmark is asked once
    per selector in the chunk."""
    asked = []
    accepts = BenchmarkSelector.accepts
    monkeypatch.setattr(BenchmarkSelector, "accepts", lambda self, b, c: asked.append(b) or accepts(self, b, c))

    def sets(selectors):
        out = []
        for spec, (subject, others) in itertools.product(selectors, [("m0", ["m1", "m2"]), ("m1", ["m0"])]):
            ctx = Context(board.catalog, board.evidence, EvidenceFilter(), subject, 0.05)
            out.append(benchmark_set(spec, ctx, others))
        return out

    afresh = sets(SELECTORS)
    asked_afresh = len(asked)
    for order in (SELECTORS, SELECTORS[::-1]):
        asked.clear()
        benchmark_sets.remember_selectors()
        try:
            assert sets(order) == (afresh if order is SELECTORS else sets_reversed(afresh))
        finally:
            benchmark_sets.forget_selectors()
        assert len(asked) == len(SELECTORS) * len(BENCHES) < asked_afresh
    asked.clear()
    assert sets(SELECTORS) == afresh and len(asked) == asked_afresh  # outside a chunk: asked afresh again


def sets_reversed(afresh):
    pairs = [afresh[i : i + 2] for i in range(0, len(afresh), 2)]
    return [s for pair in pairs[::-1] for s in pair]
