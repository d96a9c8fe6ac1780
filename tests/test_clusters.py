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


def _statsmodels_se(y) -> float:
    """SE of the intercept of OLS(y ~ 1), statsmodels' ordinary covariance (the SE of a mean)."""
    import statsmodels.api as sm

    return float(sm.OLS(np.asarray(y, dtype=float), np.ones((len(y), 1))).fit().bse[0])


def test_helm_trials_are_averaged_per_instance_never_counted_as_items(tmp_path):
    from harness.evidence.adapters.base import ImportOptions
    from harness.evidence.adapters.helm import HelmRun
    from harness.evidence.fetching import Fetched

    here = __import__("pathlib").Path(__file__).parent / "fixtures" / "importers" / "helm" / "mmlu_philosophy_gpt2"
    folder = tmp_path / "run"
    shutil.copytree(here, folder)
    per = json.loads((folder / "per_instance_stats.json").read_text())
    # the real run (one trial; id222 right, 1 of 9 test instances) given two more trials, as HELM writes
    # them with num_train_trials 3: trial 1 gets id147, id65, id222 right, trial 2 id59 and id222
    right = {1: {"id147", "id65", "id222"}, 2: {"id59", "id222"}}
    extra = []
    for trial, ids in right.items():
        for inst in per:
            again = json.loads(json.dumps(inst))
            again["train_trial_index"] = trial
            for stat in again["stats"]:
                if stat["name"]["name"] == "exact_match":
                    stat["mean"] = stat["sum"] = float(inst["instance_id"] in ids)
            extra.append(again)
    # a perturbed copy of id147 (same instance id) that got it right: not the headline, left out
    perturbed = json.loads(json.dumps(per[0]))
    perturbed["perturbation"] = {"name": "typos", "robustness": True, "fairness": False}
    for stat in perturbed["stats"]:
        stat["mean"] = 1.0
    (folder / "per_instance_stats.json").write_text(json.dumps(per + extra + [perturbed]))
    stats_json = json.loads((folder / "stats.json").read_text())
    for s in stats_json:
        if s["name"] == {"name": "exact_match", "split": "test"}:
            s["mean"] = (1 / 9 + 3 / 9 + 2 / 9) / 3  # HELM: the mean of each trial's mean
        if s["name"] == {"name": "num_train_trials", "split": "test"}:
            s["mean"] = 3.0
    (folder / "stats.json").write_text(json.dumps(stats_json))
    src = folder / "stats.json"
    [row] = HelmRun().read(Fetched(src.read_bytes(), "stats.json", None, src), ImportOptions())
    third = 1 / 3
    assert row.items == {
        "id147": third,
        "id65": third,
        "id344": 0.0,
        "id59": third,
        "id291": 0.0,
        "id131": 0.0,
        "id222": 1.0,
        "id259": 0.0,
        "id105": 0.0,
    }
    assert row.n == 9 and row.value == pytest.approx(2 / 9)
    assert sum(row.items.values()) / 9 == pytest.approx(row.value)  # item means give stats.json's mean
    assert row.stderr == pytest.approx(_statsmodels_se(list(row.items.values())), rel=1e-12)
    assert row.stderr == pytest.approx(0.1111111111111111)
    assert (
        row.notes.split("; ")[0] == "stderr computed from per_instance_stats.json over instance means of 3 trials each"
    )
    assert row.clusters is None  # HELM names no group of instances


def test_helm_single_trial_items_are_keyed_by_instance_id():
    from harness.evidence.adapters.base import ImportOptions
    from harness.evidence.adapters.helm import HelmRun
    from harness.evidence.fetching import Fetched

    src = __import__("pathlib").Path(__file__).parent / "fixtures" / "importers" / "helm" / "hellaswag_pythia-1b"
    src = src / "stats.json"
    [row] = HelmRun().read(Fetched(src.read_bytes(), "stats.json", None, src), ImportOptions())
    per = json.loads((src.parent / "per_instance_stats.json").read_text())
    assert sorted(row.items) == sorted(inst["instance_id"] for inst in per)
    assert row.notes.split("; ")[0] == "stderr computed from per_instance_stats.json"


SWE_IDS = [
    "astropy__astropy-12907",
    "astropy__astropy-14365",
    "django__django-11099",
    "django__django-11133",
    "scikit-learn__scikit-learn-13142",
]


def _swe_bench_log(tmp_path, task="inspect_evals/swe_bench", cluster_meta=False):
    """The real Inspect log (5 samples, one epoch, all right) as a two-epoch SWE-bench run: sample ids
    are SWE-bench instance ids, and in the second epoch the two astropy tasks and one django task fail."""
    from harness.evidence.adapters.base import ImportOptions
    from harness.evidence.adapters.inspect_log import InspectLog
    from harness.evidence.fetching import Fetched

    here = __import__("pathlib").Path(__file__).parent / "fixtures" / "importers" / "inspect"
    data = json.loads((here / "evaleval_data_arc_sonnet.json").read_text())
    data["eval"]["task"] = data["eval"]["task_registry_name"] = task
    second = []
    for s, sid, grade in zip(data["samples"], SWE_IDS, "IICCC"):
        s["id"] = sid
        if cluster_meta:
            s["metadata"] = {"cluster": "one"}
        again = json.loads(json.dumps(s))
        again["epoch"], again["scores"]["choice"]["value"] = 2, grade
        second.append(again)
    data["samples"] += second
    data["results"]["scores"][0]["metrics"]["accuracy"]["value"] = 0.8
    data["eval"]["config"]["epochs"] = 2
    src = tmp_path / "swe.json"
    src.write_text(json.dumps(data))
    return InspectLog().read(Fetched(src.read_bytes(), "swe.json", None, src), ImportOptions())[0]


def test_inspect_swe_bench_samples_are_clustered_by_repository(tmp_path):
    row = _swe_bench_log(tmp_path)
    means = [0.5, 0.5, 1.0, 1.0, 1.0]
    assert row.items == dict(zip(SWE_IDS, means))  # epochs averaged: one item per task
    assert row.clusters == dict(
        zip(SWE_IDS, ["astropy/astropy"] * 2 + ["django/django"] * 2 + ["scikit-learn/scikit-learn"])
    )
    repos = [row.clusters[k] for k in SWE_IDS]
    assert row.stderr == pytest.approx(_statsmodels_cluster_se(means, repos)[0], rel=1e-12)
    # residuals -0.3, -0.3, 0.2, 0.2, 0.2 summed per repository: -0.6, 0.4, 0.2; sqrt(3/2 * 0.56) / 5
    assert row.stderr == pytest.approx(math.sqrt(1.5 * 0.56) / 5)
    assert row.stderr > _statsmodels_se(means)  # the astropy pair fails together: wider than item by item
    assert row.notes.endswith(
        "; stderr cluster-robust over 3 SWE-bench repositories (read from the sample ids) (the log's own: 0)"
    )


def test_repositories_only_for_swe_bench_and_metadata_clusters_win(tmp_path):
    assert _swe_bench_log(tmp_path, task="inspect_evals/arc_easy").clusters is None
    assert set(_swe_bench_log(tmp_path, cluster_meta=True).clusters.values()) == {"one"}


LM_EVAL = __import__("pathlib").Path(__file__).parent / "fixtures" / "importers" / "lm_eval"


def _lm_eval_samples() -> list[dict]:
    name = "samples_math_perturbed_full_2026-01-21T03-44-18.458309.jsonl"
    return [json.loads(line) for line in (LM_EVAL / name).read_text().splitlines() if line.strip()]


def test_lm_eval_samples_are_keyed_by_document_hash():
    from harness.evidence.adapters.lm_eval_run import sample_clusters, sample_items

    records = _lm_eval_samples()  # the real file: 10 MATH documents, filter none, all wrong
    items = sample_items(records, "exact_match", "none")
    assert items == {r["doc_hash"]: 0.0 for r in records} and len(items) == 10
    assert sample_items(records, "exact_match", "maj@4") == {}  # no record of that filter
    assert sample_clusters(records, "none") is None  # MATH's documents carry no cluster field


def test_lm_eval_repeats_stay_one_item_per_document_and_filter():
    from harness.evidence.adapters.lm_eval_run import sample_items

    # lm-eval with `repeats: 4` and filters none (take_first) and maj@4: one record per document and
    # filter, the 4 generations inside `resps`; the filter's score is the document's
    records = _lm_eval_samples()
    voted = []
    for i, r in enumerate(records):
        r["resps"] = [[r["resps"][0][0]] * 4]
        again = json.loads(json.dumps(r))
        again["filter"], again["exact_match"] = "maj@4", float(i < 3)
        voted.append(again)
    both = records + voted
    first = sample_items(both, "exact_match", "none")
    vote = sample_items(both, "exact_match", "maj@4")
    assert len(first) == len(vote) == 10 and set(first) == set(vote)
    assert sum(vote.values()) == 3.0 and sum(first.values()) == 0.0


def test_duplicate_documents_stay_two_items_and_repeated_records_are_averaged():
    from harness.evidence.adapters.lm_eval_run import sample_items

    records = _lm_eval_samples()
    twin = json.loads(json.dumps(records[0]))
    twin["doc_id"], twin["exact_match"] = 10, 1.0  # the same question again in the data: same hash, own id
    again = json.loads(json.dumps(records[1]))
    again["exact_match"] = 1.0  # document 1 written a second time: one item, its mean
    items = sample_items([*records, twin, again], "exact_match", "none")
    h0, h1 = records[0]["doc_hash"], records[1]["doc_hash"]
    assert len(items) == 11 and h0 not in items
    assert (items[f"{h0}#0"], items[f"{h0}#10"], items[h1]) == (0.0, 1.0, 0.5)


def test_lm_eval_cluster_field_keeps_clusters_and_makes_the_stderr_robust():
    from harness.evidence.adapters.lm_eval_run import from_lm_eval

    # the 10 real records in three clusters (a `cluster` field in the task data), 6 of them right
    records = _lm_eval_samples()
    groups = ["a", "a", "a", "a", "b", "b", "b", "c", "c", "c"]
    right = [1, 1, 1, 1, 0, 0, 1, 1, 0, 1]
    for r, g, ok in zip(records, groups, right):
        r["doc"]["cluster"], r["exact_match"] = g, float(ok)
    task = "math_perturbed_full"
    results = {
        "results": {task: {"exact_match,none": 0.7, "exact_match_stderr,none": 0.15275}},
        "n-samples": {task: {"original": 10, "effective": 10}},
        "samples": {task: records},
    }
    got = from_lm_eval(results, task, "exact_match")
    assert got["clusters"] == {r["doc_hash"]: g for r, g in zip(records, groups)}
    assert got["items"] == {r["doc_hash"]: float(ok) for r, ok in zip(records, right)}
    se, _ = _statsmodels_cluster_se(right, groups)
    assert got["stderr"] == pytest.approx(100 * se, rel=1e-12)
    # residuals 0.3 x4 | -0.7, -0.7, 0.3 | 0.3, -0.7, 0.3 summed per cluster: 1.2, -1.1, -0.1
    assert got["stderr"] == pytest.approx(100 * math.sqrt(1.5 * (1.44 + 1.21 + 0.01)) / 10)


def test_lm_eval_blank_and_nan_cluster_fields_name_no_cluster():
    from harness.evidence.adapters.lm_eval_run import sample_clusters

    # a task's data with gaps: blank and NaN mean "no cluster" (the document is its own), never one
    # cluster of every gap; 2.0 (a whole number written as a float) is cluster 2
    records = _lm_eval_samples()
    for r, g in zip(records, ["r1", "r1", "", " ", float("nan"), 2.0, 2, None, True, ["x"]]):
        r["doc"]["cluster"] = g
    hashes = [r["doc_hash"] for r in records]
    assert sample_clusters(records, "none") == {hashes[0]: "r1", hashes[1]: "r1", hashes[5]: "2", hashes[6]: "2"}
