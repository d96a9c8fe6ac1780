"""Per-item results in a Parquet dataset (a local folder or any fsspec URL), read two models at a time.

A results table can name a dataset instead of one Parquet file per run (`items_dataset`, a folder
relative to the table, or a URL such as `s3://bucket/items`): one row per model, benchmark and
item, hive-partitioned by benchmark (`benchmark=<catalog id>/*.parquet`) with columns `model`
(catalog id), `item` and `score` (and, optionally, `cluster`: the item's group, such as its
repository), rows sorted by model. A lookup filters on the benchmark (only
its partition is listed) and on the model (row groups whose statistics exclude it are skipped),
so a paired test reads the row groups of two models, not the dataset. pyarrow's dataset reader
does the pushdown; DuckDB's `read_parquet(..., hive_partitioning = true)` reads the same layout.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from harness.counting import counted
from harness.errors import InputError
from harness.evidence.itemstore import cluster_column


@dataclass(frozen=True)
class DatasetItems:
    """A row's per-item results in a dataset: read only when a paired test uses them."""

    uri: str
    label: str  # the dataset as the table names it, for messages
    model: str
    benchmark: str
    count: int | None = None  # the items the table says the run has, checked when read

    def load(self) -> dict[str, float]:
        items = read_items(self.uri, [self.model], self.benchmark, self.label).get(self.model, {})
        if not items:
            raise InputError(self.label, f"has no items for {self.model} on {self.benchmark}")
        if self.count is not None and len(items) != self.count:
            raise InputError(
                self.label,
                f"holds {counted(len(items), 'item')} for {self.model}; the table says {self.count}",
            )
        return items

    def clusters(self) -> dict[str, str] | None:
        """The items' clusters (item id -> group) when the dataset has a `cluster` column, else None."""
        return read_clusters(self.uri, self.model, self.benchmark, self.label)


def _filesystem(uri: str):
    """A pyarrow filesystem and path for a local folder or an fsspec URL (s3://, gs://, memory://, ...)."""
    if "://" not in uri or uri.startswith("file://"):
        return None, uri.removeprefix("file://")
    import fsspec
    from pyarrow.fs import FSSpecHandler, PyFileSystem

    fs, path = fsspec.core.url_to_fs(uri)
    return PyFileSystem(FSSpecHandler(fs)), path


@functools.lru_cache(maxsize=16)
def open_dataset(uri: str, label: str = ""):
    """The dataset at `uri` (its file listing read once per process)."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    try:
        filesystem, path = _filesystem(uri)
    except ImportError as exc:  # fsspec knows the store, its package is not installed: "Install s3fs to access S3"
        scheme = uri.split("://")[0]
        if exc.name == "fsspec":  # the extra itself: "(No module named 'fsspec')" said nothing of how to get it
            why = (
                "needs the [remote] extra (fsspec is not installed); install it with: pip install 'benchclaims[remote]'"
            )
            raise InputError(label or uri, f"cannot read {scheme}:// URLs here: {why}") from None
        raise InputError(label or uri, f"cannot read {scheme}:// URLs here ({exc})") from None
    except ValueError as exc:  # "Protocol not known: foo"
        raise InputError(label or uri, f"not a store fsspec can read ({exc})") from None
    partitioning = ds.partitioning(pa.schema([("benchmark", pa.string())]), flavor="hive")
    try:
        return ds.dataset(path, format="parquet", partitioning=partitioning, filesystem=filesystem)
    except (OSError, pa.ArrowException) as exc:
        raise InputError(label or uri, f"not a per-item Parquet dataset ({str(exc).splitlines()[0][:200]})") from None


def item_filter(models: list[str], benchmark: str):
    """The predicate pushed down to the dataset: one benchmark's partition, the models' row groups."""
    import pyarrow.dataset as ds

    return (ds.field("benchmark") == benchmark) & ds.field("model").isin(models)


def read_items(uri: str, models: list[str], benchmark: str, label: str = "") -> dict[str, dict[str, float]]:
    """Each model's items (item id -> score) on one benchmark, reading only their row groups."""
    import pyarrow as pa

    dataset = open_dataset(uri, label)
    try:
        table = dataset.to_table(columns=["model", "item", "score"], filter=item_filter(models, benchmark))
    except (OSError, pa.ArrowException) as exc:
        raise InputError(label or uri, f"cannot read per-item results ({str(exc).splitlines()[0][:200]})") from None
    out: dict[str, dict[str, float]] = {m: {} for m in models}
    for model, item, score in zip(*(table.column(c).to_pylist() for c in ("model", "item", "score"))):
        if item in out[model]:
            raise InputError(label or uri, f"item {item!r} of {model} on {benchmark} is listed twice")
        out[model][item] = score
    return out


def read_clusters(uri: str, model: str, benchmark: str, label: str = "") -> dict[str, str] | None:
    """One model's item clusters on one benchmark (its row groups only); None without a `cluster` column."""
    import pyarrow as pa

    dataset = open_dataset(uri, label)
    if "cluster" not in dataset.schema.names:
        return None
    try:
        table = dataset.to_table(columns=["item", "cluster"], filter=item_filter([model], benchmark))
    except (OSError, pa.ArrowException) as exc:
        raise InputError(label or uri, f"cannot read per-item results ({str(exc).splitlines()[0][:200]})") from None
    return cluster_column(table, label or uri)


def write_dataset(uri: str, table, row_group_size: int = 65_536) -> None:
    """Write a table (model, benchmark, item, score[, cluster]) in the layout above: by benchmark, sorted by model."""
    import pyarrow.dataset as ds

    filesystem, path = _filesystem(uri)
    table = table.sort_by([("benchmark", "ascending"), ("model", "ascending"), ("item", "ascending")])
    partitioning = ds.partitioning(table.select(["benchmark"]).schema, flavor="hive")
    ds.write_dataset(
        table,
        path,
        format="parquet",
        partitioning=partitioning,
        filesystem=filesystem,
        max_rows_per_group=row_group_size,
        min_rows_per_group=min(row_group_size, 1 << 14),
        existing_data_behavior="overwrite_or_ignore",
    )
