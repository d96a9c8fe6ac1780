import random

from harness.judge import power, power_batch, significance
from harness.judge.intervals import NORMAL, WILSON, Score


def _keys(seed: int, count: int):
    """Pairs within noise and not: shares of few or many items, a published SE on one side, boundaries
    0, margins and band edges, two alphas; a difference no number of items settles (None) too."""
    rng = random.Random(seed)
    keys = []
    for _ in range(count):
        n1, n2 = rng.choice([6, 30, 198, 500, 2_150]), rng.choice([30, 500, 2_150])
        a = Score(round(100 * rng.randrange(n1 + 1) / n1, rng.choice([1, 2])), WILSON, n=n1, se=1.0)
        b = Score(round(100 * rng.randrange(n2 + 1) / n2, rng.choice([1, 2])), WILSON, n=n2, se=1.0)
        if rng.random() < 0.2:
            b = Score(b.value, NORMAL, se=rng.choice([0.5, 2.0, 7.5]), low_bound=0.0, high_bound=100.0)
        if rng.random() < 0.1:
            a, b = b, a  # the published SE first: the count is the share's, on the second side
        keys.append((a, b, rng.choice([0.0, -0.0, 2.0, -2.0, 0.5]), rng.choice([0.05, 0.01])))
    same = Score(50.0, WILSON, n=100, se=5.0)
    keys.append((same, same, 0.0, 0.05))  # no difference: no count decides it
    keys.append((Score(70.0, NORMAL, se=1.0), Score(60.0, NORMAL, se=1.0), 0.0, 0.05))  # no share: no count
    return keys


def test_factors_in_one_batch_are_the_one_by_one_search():
    """Each (a, b, boundary, alpha) gets what `power._factor_for_shares` gives it, to the last bit."""
    keys = _keys(53, 600)
    want = [power._factor_for_shares(*key) for key in keys]
    assert power_batch.factors_many(keys) == want
    assert None in want and len({w for w in want if w is not None}) > 100


def test_a_chunk_s_factors_are_known_before_its_comparisons_ask(proj, monkeypatch):
    """`know_tests` (the chunk's batch) works out the factor of every plain share comparison within noise:
    verifying the claims afterwards searches none one by one, and the verdicts and figures are the same."""
    power.FACTORS.clear()
    significance.forget_tests()
    before = proj.verify()
    searched = []
    real = power._factor_for_shares
    monkeypatch.setattr(power, "_factor_for_shares", lambda *key: searched.append(key) or real(*key))
    power.FACTORS.clear()
    significance.forget_tests()
    from harness.verify import Project, verify

    after = verify(Project(proj.root), [proj.root / "claims"], jobs=1)
    assert searched == []
    assert [r.verdict for r in after.results] == [r.verdict for r in before.results]
    figures = [
        (c.p_value, c.power)
        for run in (before, after)
        for r in run.results
        for a in r.assertions
        for c in a.comparisons
    ]
    assert figures[: len(figures) // 2] == figures[len(figures) // 2 :]
    assert any(p.factor_needed for _, p in figures if p is not None)
