import json
import math
import shutil

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harness.judge import clusters, stats


def _statsmodels_cluster_se(y, groups) -> tuple[float, float]:
    """SE and p of the intercept of OLS(y ~ 1) with statsmodels' cluster-robust covariance."""
    import statsmodels.api as sm

    codes = np.unique(np.asarray(groups), return_inverse=True)[1]
    fit = sm.OLS(np.asarray(y, dtype=float), np.ones((len(y), 1))).fit(cov_type="cluster", cov_kwds={"groups": codes})
    return float(fit.bse[0]), float(fit.pvalues[0])


def _data(seed=3, n=120, groups=12):
    rng = np.random.default_rng(seed)
    g = rng.integers(0, groups, n)
    shared = rng.normal(0, 0.3, groups)[g]  # a cluster's items move together
    a = (rng.random(n) < 0.6 + shared).astype(float)
    b = (rng.random(n) < 0.5 + shared).astype(float)
    return a, b, [f"repo{x}" for x in g]


def test_cluster_robust_se_matches_statsmodels():
    a, _, g = _data()
    se, _ = _statsmodels_cluster_se(a, g)
    assert clusters.cluster_robust_se(list(a), g) == pytest.approx(se, rel=1e-12)


def test_paired_clustered_test_matches_statsmodels_on_the_differences():
    a, b, g = _data()
    keys = [f"i{k}" for k in range(len(a))]
    result = clusters.paired_clustered_test(dict(zip(keys, a)), dict(zip(keys, b)), dict(zip(keys, g)))
    se, p = _statsmodels_cluster_se(a - b, g)
    assert result.stderr == pytest.approx(100 * se, rel=1e-12)
    assert result.p_value == pytest.approx(p, rel=1e-9)
    assert result.test == "paired z-test, cluster-robust SE (12 clusters, 120 items)"
    # clustering widens the SE here: the plain paired SE is smaller
    plain = stats.paired_test(dict(zip(keys, a)), dict(zip(keys, b)))
    assert result.stderr > plain.stderr


def test_item_means_average_repeats():
    assert clusters.item_means([("q1", 1.0), ("q2", 0.0), ("q1", 0.0), ("q1", 1.0)]) == {"q1": 2 / 3, "q2": 0.0}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=2, max_size=60))
def test_every_item_its_own_cluster_is_the_plain_se(values):
    plain = float(np.std(values, ddof=1) / math.sqrt(len(values)))
    assert clusters.cluster_robust_se(values, [str(i) for i in range(len(values))]) == pytest.approx(plain, abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 5)), min_size=2, max_size=60))
def test_cluster_labels_are_only_labels(pairs):
    values = [v for v, _ in pairs]
    one = clusters.cluster_robust_se(values, [f"g{g}" for _, g in pairs])
    two = clusters.cluster_robust_se(values, [f"other{5 - g}" for _, g in pairs])
    assert one == pytest.approx(two, abs=1e-12) and one >= 0


def test_local_runs_with_clusters_get_the_cluster_robust_paired_test(proj):
    from test_store import _local_run

    a, b, g = _data(n=200, groups=20)
    keys = [f"q{k}" for k in range(200)]
    _local_run(proj, "a", "Alpha-1", dict(zip(keys, a)), dict(zip(keys, g)))
    _local_run(proj, "b", "Beta-2", dict(zip(keys, b)))
    result = proj.one_claim(
        "  - {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench], evidence: {kinds: [local]}}"
    )
    cmp = result.assertions[0].comparisons[0]
    se, p = _statsmodels_cluster_se(a - b, g)
    assert cmp.test == "paired z-test, cluster-robust SE (20 clusters, 200 items)"
    assert (cmp.stderr, cmp.p_value) == (pytest.approx(100 * se), pytest.approx(p))
    assert cmp.power.discordant is None and cmp.power.items_now == 200


def test_inspect_epochs_are_averaged_and_clusters_make_the_stderr_robust(tmp_path):
    from harness.evidence.adapters.base import ImportOptions
    from harness.evidence.adapters.inspect_log import InspectLog
    from harness.evidence.fetching import Fetched

    src = tmp_path / "log.json"
    here = __import__("pathlib").Path(__file__).parent / "fixtures" / "importers" / "inspect"
    shutil.copy(here / "evaleval_data_arc_sonnet.json", src)
    data = json.loads(src.read_text())
    # a second epoch of each of the 5 samples: items 1 and 3 wrong this time; clusters a, a, b, b, c
    second = []
    for s, grade, group in zip(data["samples"], "ICICC", "aabbc"):
        s["metadata"] = {"cluster": group}
        again = json.loads(json.dumps(s))
        again["epoch"], again["scores"]["choice"]["value"] = 2, grade
        second.append(again)
    data["samples"] += second
    data["results"]["scores"][0]["metrics"]["accuracy"]["value"] = 0.8
    data["eval"]["config"]["epochs"] = 2
    raw = json.dumps(data).encode()
    rows = InspectLog().read(Fetched(raw, "log.json", None, src), ImportOptions())
    row = rows[0]
    assert row.items == {"1": 0.5, "2": 1.0, "3": 0.5, "4": 1.0, "5": 1.0}
    assert row.clusters == {"1": "a", "2": "a", "3": "b", "4": "b", "5": "c"}
    # residuals -0.3, 0.2, -0.3, 0.2, 0.2 summed per cluster: -0.1, -0.1, 0.2; sqrt(3/2 * 0.06) / 5
    assert row.stderr == pytest.approx(0.06)
    assert row.stderr == pytest.approx(_statsmodels_cluster_se([0.5, 1, 0.5, 1, 1], list("aabbc"))[0])
    assert "stderr cluster-robust over 3 clusters from the samples' metadata (the log's own: 0)" in row.notes
