"""Per-item results in a Parquet dataset: two models' row groups read, the rest skipped; paired tests use them."""

import pyarrow as pa
import pytest

from harness.evidence.itemset import item_filter, open_dataset, read_items, write_dataset

MODELS = [f"m{i:02d}" for i in range(40)]


def _table(benches=("big-bench", "mid-bench"), items=50):
    rows = [
        (m, b, f"q{k:03d}", float((i + k) % 2)) for b in benches for i, m in enumerate(MODELS) for k in range(items)
    ]
    return pa.table({name: [r[j] for r in rows] for j, name in enumerate(("model", "benchmark", "item", "score"))})


def test_a_paired_lookup_reads_only_the_two_models_row_groups(tmp_path):
    write_dataset(str(tmp_path / "items"), _table(), row_group_size=100)  # two models per row group
    found = read_items(str(tmp_path / "items"), ["m03", "m31"], "mid-bench")
    assert sorted(found) == ["m03", "m31"]
    assert len(found["m03"]) == 50 and found["m03"]["q000"] == 1.0 and found["m31"]["q001"] == 0.0
    dataset = open_dataset(str(tmp_path / "items"))
    flt = item_filter(["m03", "m31"], "mid-bench")
    fragments = list(dataset.get_fragments(filter=flt))
    assert len(fragments) == 1  # the other benchmark's partition is never opened
    groups = [g for f in fragments for g in f.split_by_row_group(filter=flt, schema=dataset.schema)]
    assert len(groups) == 2 and fragments[0].metadata.num_row_groups == 20  # 2 of the 20 row groups read


def test_an_fsspec_url_is_a_dataset_too():
    pytest.importorskip("fsspec")
    write_dataset("memory://bench/items", _table(("big-bench",), 5))
    assert read_items("memory://bench/items", ["m01"], "big-bench")["m01"] == {
        "q000": 1.0, "q001": 0.0, "q002": 1.0, "q003": 0.0, "q004": 1.0,
    }  # fmt: skip


def test_a_results_row_names_a_dataset_and_the_paired_test_reads_it(proj):
    # 80 % and 70 % of 200 items, as the table's scores say
    items = [("alpha-1", "big-bench", f"q{k:03d}", 1.0 if k < 160 else 0.0) for k in range(200)]
    items += [("beta-2", "big-bench", f"q{k:03d}", 1.0 if k < 140 else 0.0) for k in range(200)]
    table = pa.table({n: [r[j] for r in items] for j, n in enumerate(("model", "benchmark", "item", "score"))})
    write_dataset(str(proj.root / "results" / "published" / "items"), table)
    scores = proj.root / "results" / "published" / "scores.csv"
    lines = scores.read_text().splitlines()
    lines[0] += ",items_dataset,items_count"
    lines = [lines[0]] + [
        line + (",items,200" if line.startswith(("Alpha-1,BigBench", "Beta-2,BigBench")) else ",,")
        for line in lines[1:]
    ]
    scores.write_text("\n".join(lines) + "\n")
    result = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n")
    [c] = result.assertions[0].comparisons
    assert c.test == "exact McNemar (paired, 200 items)"
    # 20 items only Alpha-1 gets right, none only Beta-2: exact McNemar p = 2 * 0.5 ** 20
    assert c.p_value == 2 * 0.5**20


def test_a_dataset_cluster_column_makes_the_rank_set_a_cluster_bootstrap(proj):
    from harness.evidence.itemset import read_clusters
    from harness.judge.rank_sets import paired_rank_set

    # 200 items in 10 repositories of 20; per repository, how many items each model gets right
    # (sums 160, 140, 150, 158: the table's 80, 70, 75 and 79)
    right = {
        "alpha-1": [20, 20, 20, 20, 20, 10, 10, 16, 12, 12],
        "beta-2": [14] * 10,
        "gamma-3": [15] * 10,
        "delta-4": [12, 14, 16, 18, 16, 16, 18, 16, 16, 16],
    }
    rows = [
        (m, "big-bench", f"r{c}-{i:02d}", float(i < k), f"repo{c}")
        for m, counts in right.items()
        for c, k in enumerate(counts)
        for i in range(20)
    ]
    names = ("model", "benchmark", "item", "score", "cluster")
    write_dataset(
        str(proj.root / "results" / "published" / "items"),
        pa.table({n: [r[j] for r in rows] for j, n in enumerate(names)}),
    )
    assert read_clusters(str(proj.root / "results" / "published" / "items"), "beta-2", "big-bench")["r3-07"] == "repo3"
    scores = proj.root / "results" / "published" / "scores.csv"
    lines = scores.read_text().splitlines()
    lines[0] += ",items_dataset,items_count"
    lines = [lines[0]] + [line + (",items,200" if ",BigBench," in line else ",,") for line in lines[1:]]
    scores.write_text("\n".join(lines) + "\n")
    result = proj.one_claim(
        "  - kind: ranks\n    cohort: {models: [Beta-2, Gamma-3, Delta-4]}\n    top: 1\n    benchmarks: [BigBench]\n"
    )
    row = result.assertions[0].ranks[0]
    assert row.rank_method == (
        "paired cluster bootstrap over the 10 clusters of the 200 items every member shares (4,000 draws)"
    )
    items = {m: {r[2]: r[3] for r in rows if r[0] == m} for m in right}
    expected = paired_rank_set(items["alpha-1"], expected_others(items), 1, clusters={r[2]: r[4] for r in rows})
    assert (row.rank_set, row.tie_group, row.top_k_probability) == (
        (expected.low, expected.high),
        expected.tie_group,
        expected.top_k_probability,
    )
    # Alpha-1's lead comes from five repositories: drawn whole, Beta-2 is no longer clearly behind it
    assert (row.rank_set, row.tie_group, row.top_k_probability) == ((1, 4), ["Beta-2", "Gamma-3", "Delta-4"], 0.5755)
    by_item = paired_rank_set(items["alpha-1"], expected_others(items), 1)
    assert ((by_item.low, by_item.high), by_item.tie_group) == ((1, 3), ["Gamma-3", "Delta-4"])


def expected_others(items):
    return [(n, items[m]) for n, m in [("Beta-2", "beta-2"), ("Gamma-3", "gamma-3"), ("Delta-4", "delta-4")]]


def _cluster_table(models, clusters):
    n = len(clusters)
    return pa.table(
        {
            "model": [m for m in models for _ in range(n)],
            "benchmark": ["b"] * (n * len(models)),
            "item": [f"q{k}" for _ in models for k in range(n)],
            "score": [float(k % 2) for _ in models for k in range(n)],
            "cluster": list(clusters) * len(models),
        }
    )


def _items_file(tmp_path, table):
    import hashlib

    import pyarrow.parquet as pq

    from harness.evidence.itemstore import ItemsFile

    path = tmp_path / "run.items.parquet"
    pq.write_table(table.select(["item", "score", "cluster"]), path)
    return ItemsFile(path, "run.items.parquet", hashlib.sha256(path.read_bytes()).hexdigest(), table.num_rows)


@pytest.mark.parametrize(
    "clusters,expected",
    [
        # blank and NaN cells name no cluster: each such item is its own, never one cluster "" or "nan"
        (["repo1", "repo1", "", "  ", None], {"q0": "repo1", "q1": "repo1"}),
        ([1.0, 1.0, 2.0, float("nan"), float("nan")], {"q0": "1", "q1": "1", "q2": "2"}),
        ([7, 7, 8, None, 9], {"q0": "7", "q1": "7", "q2": "8", "q4": "9"}),
        ([None, float("nan"), None, None, None], None),
    ],
)
def test_cluster_cells_read_alike_from_a_dataset_and_an_items_file(tmp_path, clusters, expected):
    from harness.evidence.itemset import read_clusters
    from harness.evidence.itemstore import read_clusters as file_clusters

    table = _cluster_table(["m"], clusters)
    write_dataset(str(tmp_path / "items"), table)
    assert read_clusters(str(tmp_path / "items"), "m", "b") == expected
    assert file_clusters(_items_file(tmp_path, table)) == expected


def test_a_cluster_column_of_lists_is_refused_in_one_line(tmp_path):
    from harness.errors import InputError
    from harness.evidence.itemset import read_clusters
    from harness.evidence.itemstore import read_clusters as file_clusters

    table = _cluster_table(["m"], [["a"], ["b"]])
    write_dataset(str(tmp_path / "items"), table)
    with pytest.raises(InputError) as exc:
        read_clusters(str(tmp_path / "items"), "m", "b")
    assert str(exc.value).endswith(
        ": cluster: a column of list values; a cluster is text or a whole number (a repository)"
    )
    with pytest.raises(InputError) as exc:
        file_clusters(_items_file(tmp_path, table))
    assert str(exc.value) == (
        "run.items.parquet: cluster: a column of list values; a cluster is text or a whole number (a repository)"
    )


def test_a_store_url_without_the_remote_extra_says_how_to_install_it(monkeypatch):
    # "cannot read s3:// URLs here (No module named 'fsspec')" named no fix, where every other optional
    # dependency names its extra
    from harness.errors import InputError

    monkeypatch.setitem(__import__("sys").modules, "fsspec", None)  # as if not installed
    open_dataset.cache_clear()
    with pytest.raises(InputError) as caught:
        open_dataset("memory://items-without-fsspec")
    assert str(caught.value) == (
        "memory://items-without-fsspec: cannot read memory:// URLs here: needs the [remote] extra (fsspec is not "
        "installed); install it with: pip install 'benchclaims[remote]'"
    )
