import numpy as np
import pytest

from harness.judge import stats
from harness.judge.rank_sets import CHUNK, paired_rank_set


def _reference(subject, others, k, iters, seed=0):
    """The same bootstrap written plainly: per draw, every model's mean over the drawn items."""
    keys = sorted(subject)
    m = np.array([[subject[x] for x in keys]] + [[o[x] for x in keys] for o in others])
    rng = np.random.default_rng(seed)
    ranks = []
    for start in range(0, iters, CHUNK):
        idx = rng.integers(0, len(keys), size=(min(iters, start + CHUNK) - start, len(keys)))
        for row in idx:
            means = m[:, row].mean(axis=1)
            ranks.append(1 + int(np.sum(means[1:] > means[0] + 1e-12)))
    return np.array(ranks)


def _models(seed=5, n=300):
    rng = np.random.default_rng(seed)
    difficulty = rng.random(n)  # shared: a model gets right every item easier than its skill
    keys = [f"q{i}" for i in range(n)]

    def model(skill):
        return dict(zip(keys, (difficulty < skill).astype(float)))

    return model(0.60), [model(0.56), model(0.40), model(0.64)]


def test_paired_rank_set_matches_a_plain_bootstrap():
    subject, others = _models()
    result = paired_rank_set(subject, [(f"m{i}", o) for i, o in enumerate(others)], 1, iters=600)
    ranks = _reference(subject, others, 1, 600)
    assert result.top_k_probability == pytest.approx(np.mean(ranks <= 1))
    assert (result.low, result.high) == tuple(int(x) for x in np.quantile(ranks, [0.025, 0.975], method="inverted_cdf"))
    assert result.items == 300 and result.iters == 600


def test_shared_hard_items_narrow_the_rank_set():
    # m2 gets right every item the subject does, and a few more: pairing puts it ahead in every draw,
    # while independent draws leave the order of the two in doubt
    subject, others = _models()
    named = [(f"m{i}", o) for i, o in enumerate(others)]
    result = paired_rank_set(subject, named, 2)
    assert (result.low, result.high) == (2, 2)
    assert result.tie_group == [] and result.clearly_above == 1
    means = [100 * np.mean(list(x.values())) for x in [subject, *others]]
    ses = [stats.binomial_se(v, 300) for v in means]
    independent = stats.top_k_probability((means[0], ses[0]), list(zip(means[1:], ses[1:])), 1)
    assert 0.05 < independent < 0.95
    assert paired_rank_set(subject, named, 1).top_k_probability < 0.001  # 1 draw in 4,000


def test_identical_models_are_one_tie_group_and_lower_is_better_flips():
    keys = [f"q{i}" for i in range(50)]
    same = dict(zip(keys, [float(i % 3 == 0) for i in range(50)]))
    shifted = dict(zip(keys, [float(i % 3 == 0) for i in range(1, 51)]))
    result = paired_rank_set(same, [("twin", dict(same)), ("other", shifted)], 1)
    assert "twin" in result.tie_group and result.low == 1
    assert paired_rank_set(same, [("x", {"q0": 1.0})], 1, higher_is_better=False).items == 1
    assert paired_rank_set(same, [("x", {"zz": 1.0})], 1) is None


def test_ranks_claim_uses_the_paired_bootstrap_when_every_member_has_items(proj):
    from test_store import _local_run

    subject, others = _models()
    _local_run(proj, "a", "Alpha-1", subject)
    for name, items in zip(["Beta-2", "Gamma-3", "Delta-4"], others):
        _local_run(proj, name.lower(), name, items)
    result = proj.one_claim(
        "  - kind: ranks\n    cohort: {models: [Beta-2, Gamma-3, Delta-4]}\n    top: 2\n"
        "    benchmarks: [BigBench]\n    evidence: {kinds: [local]}\n"
    )
    a = result.assertions[0]
    row = a.ranks[0]
    assert row.rank_set == (2, 2) and row.tie_group == [] and row.tie_group_rank == 2
    assert row.rank_method == "paired bootstrap over the 300 items every member shares (4,000 draws)"
    assert row.top_k_probability == 1.0
    assert "paired bootstrap over the shared items instead" in a.rule
    from harness.report.jsonrecords import rank_dict

    assert rank_dict(row)["rank_set"] == [2, 2]


def _repositories(g=10, per=20):
    """Ten repositories of 20 items: within one, a model solves the first share of the items (its
    rate there), so items of a repository rise and fall together."""
    keys = [f"r{c}-{i}" for c in range(g) for i in range(per)]

    def model(rates):
        return {f"r{c}-{i}": float(i < round(rates[c] * per)) for c in range(g) for i in range(per)}

    subject = model([0.9, 0.8, 0.2, 0.7, 0.6, 0.9, 0.1, 0.5, 0.8, 0.7])  # 62 %
    a = model([0.6, 0.5, 0.6, 0.4, 0.7, 0.5, 0.5, 0.3, 0.6, 0.4])  # 51 %
    b = model([0.3, 0.2, 0.3, 0.3, 0.2, 0.4, 0.3, 0.2, 0.3, 0.3])  # 28 %
    return subject, [("a", a), ("b", b)], {k: k.split("-")[0] for k in keys}


def _cluster_reference(subject, others, clusters, iters, seed=0):
    """The cluster bootstrap written plainly: per draw, the clusters drawn, every model's mean over their items."""
    keys = sorted(subject)
    names = list(dict.fromkeys(clusters[k] for k in keys))
    members = {g: [k for k in keys if clusters[k] == g] for g in names}
    models = [subject, *(o for _, o in others)]
    rng = np.random.default_rng(seed)
    ranks = []
    for start in range(0, iters, CHUNK):
        for row in rng.integers(0, len(names), size=(min(iters, start + CHUNK) - start, len(names))):
            drawn = [k for j in row for k in members[names[j]]]
            means = [sum(m[k] for k in drawn) / len(drawn) for m in models]
            ranks.append(1 + sum(x > means[0] + 1e-12 for x in means[1:]))
    return np.array(ranks)


def test_cluster_bootstrap_matches_a_plain_one():
    subject, others, clusters = _repositories()
    result = paired_rank_set(subject, others, 1, iters=500, clusters=clusters)
    ranks = _cluster_reference(subject, others, clusters, 500)
    assert result.top_k_probability == pytest.approx(np.mean(ranks <= 1))
    assert (result.low, result.high) == tuple(int(x) for x in np.quantile(ranks, [0.025, 0.975], method="inverted_cdf"))
    assert (result.items, result.clusters) == (200, 10)


def test_ignoring_clusters_makes_the_rank_set_too_narrow():
    # the subject's lead over `a` comes from a few repositories: drawn item by item it looks certain,
    # drawn repository by repository it is not
    subject, others, clusters = _repositories()
    items = paired_rank_set(subject, others, 1)
    whole = paired_rank_set(subject, others, 1, clusters=clusters)
    assert (items.low, items.high, items.tie_group, items.clusters) == (1, 1, [], None)
    assert (whole.low, whole.high, whole.tie_group, whole.clusters) == (1, 2, ["a"], 10)
    assert items.top_k_probability == 0.99875 and whole.top_k_probability == 0.89275
    # a cluster per item is the item bootstrap, draw for draw
    singletons = paired_rank_set(subject, others, 1, clusters={k: k for k in subject})
    assert singletons == items


def test_ranks_claim_draws_whole_clusters_when_the_items_have_them(proj):
    from test_store import _local_run

    subject, others, clusters = _repositories()
    _local_run(proj, "a", "Alpha-1", subject, clusters)
    for name, (_, items) in zip(["Beta-2", "Gamma-3"], others):
        _local_run(proj, name.lower(), name, items, clusters)
    _local_run(proj, "delta", "Delta-4", {k: 0.0 for k in subject})  # no clusters of its own: the subject's apply
    result = proj.one_claim(
        "  - kind: ranks\n    cohort: {models: [Beta-2, Gamma-3, Delta-4]}\n    top: 1\n"
        "    benchmarks: [BigBench]\n    evidence: {kinds: [local]}\n"
    )
    a = result.assertions[0]
    row = a.ranks[0]
    assert row.rank_set == (1, 2) and row.tie_group == ["Beta-2"] and row.tie_group_rank == 1
    assert row.rank_method == (
        "paired cluster bootstrap over the 10 clusters of the 200 items every member shares (4,000 draws)"
    )
    assert "(whole clusters drawn where the items come in clusters)" in a.rule
