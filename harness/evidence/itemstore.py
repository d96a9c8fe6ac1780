"""Per-item results in Parquet: one file beside each local run, read only when a paired test needs it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from harness.counting import counted
from harness.errors import InputError
from harness.evidence.itemstats import cluster_label
from harness.inputs import read_bytes, within
from harness.outputs import write_file

SUFFIX = ".items.parquet"
ITEMS_MAX_BYTES = 1_000_000_000


@dataclass(frozen=True)
class ItemsFile:
    """Per-item results kept in a Parquet file beside a local run, read only when a comparison uses them."""

    path: Path
    label: str
    sha256: str
    count: int
    value: float | None = None  # the score the run reported, checked against the items' mean

    def load(self) -> dict[str, float]:
        return read_items(self)

    def clusters(self) -> dict[str, str] | None:
        return read_clusters(self)


def write_items(json_path: Path, items: dict[str, float], clusters: dict[str, str] | None = None) -> dict:
    """Write items (id -> score) beside a result file; return what the result file records about them."""
    path = json_path.with_name(json_path.name.removesuffix(".json") + SUFFIX)
    digest, count = write_items_file(path, items, clusters=clusters)
    return {"file": path.name, "sha256": digest, "count": count}


def items_bytes(items: dict[str, float], clusters: dict[str, str] | None = None) -> bytes:
    """The Parquet bytes for items (id -> score), sorted by id so the same items give the same bytes.

    With clusters (item id -> group, e.g. a SWE-bench repository) a third column `cluster` holds them;
    without, the file is the two columns it always was.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    keys = sorted(items)
    columns = {"item": pa.array(keys, pa.string()), "score": pa.array([items[k] for k in keys], pa.float64())}
    if clusters:
        columns["cluster"] = pa.array([clusters.get(k) for k in keys], pa.string())
    table = pa.table(columns)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def write_items_file(
    path: Path, items: dict[str, float], dry: bool = False, clusters: dict[str, str] | None = None
) -> tuple[str, int]:
    """Write items to a Parquet file (unchanged bytes left alone; nothing with `dry`); return sha256 and count."""
    data = items_bytes(items, clusters)
    if not dry and (not path.exists() or path.read_bytes() != data):
        write_file(path, data)
    return hashlib.sha256(data).hexdigest(), len(items)


def items_ref(result_path: Path, label: str, entry: object, expected: float | None = None) -> ItemsFile:
    """Check a result file's `items_file` entry and point at the Parquet file it names."""
    if not isinstance(entry, dict) or not {"file", "sha256", "count"} <= set(entry):
        raise InputError(label, "items_file must give file, sha256 and count", field="items_file")
    name = entry["file"]
    if not isinstance(name, str) or Path(name).name != name or not name.endswith(SUFFIX):
        raise InputError(label, f"items_file must name a *{SUFFIX} file in the same folder", field="items_file.file")
    if not isinstance(entry["count"], int) or not isinstance(entry["sha256"], str):
        raise InputError(label, "items_file count must be a whole number and sha256 a string", field="items_file")
    folder = label.rsplit("/", 1)[0] + "/" if "/" in label else ""
    return ItemsFile(result_path.parent / name, folder + name, entry["sha256"], entry["count"], expected)


def read_items(ref: ItemsFile) -> dict[str, float]:
    """Read per-item results; a file that is missing or differs from the recorded hash is an error."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    within(ref.path, ref.path.parent, ref.label)  # a per-item file links nowhere out of its run's folder
    data = read_bytes(ref.path, ref.label, ITEMS_MAX_BYTES)
    if hashlib.sha256(data).hexdigest() != ref.sha256:
        raise InputError(ref.label, "per-item results differ from the sha256 recorded with the run")
    try:
        # one thread, no read-ahead: a file of one run's items gains nothing from Arrow's pools, and a pool
        # worker still alive at interpreter exit can abort the process (apache/arrow#34314, #50482)
        table = pq.read_table(pa.BufferReader(data), columns=["item", "score"], use_threads=False, pre_buffer=False)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(ref.label, f"not a per-item Parquet file ({str(exc).splitlines()[0][:200]})") from None
    items = dict(zip(table.column("item").to_pylist(), table.column("score").to_pylist()))
    if len(items) != ref.count:
        raise InputError(ref.label, f"holds {counted(len(items), 'item')}; the run recorded {ref.count}")
    values = list(items.values())
    if ref.value is not None and values and all(v in (0.0, 1.0) for v in values):
        # for right/wrong items the score is their mean: a value that says otherwise was not measured
        mean = 100.0 * sum(values) / len(values)
        if abs(mean - ref.value) > 1e-4:
            raise InputError(ref.label, f"per-item results give {mean:.4f}, the result says {ref.value:g}")
    return items


def read_clusters(ref: ItemsFile) -> dict[str, str] | None:
    """The items' clusters (item id -> group) when the file has a `cluster` column, else None."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    within(ref.path, ref.path.parent, ref.label)
    data = read_bytes(ref.path, ref.label, ITEMS_MAX_BYTES)
    if hashlib.sha256(data).hexdigest() != ref.sha256:
        raise InputError(ref.label, "per-item results differ from the sha256 recorded with the run")
    try:
        names = pq.read_schema(pa.BufferReader(data)).names
        if "cluster" not in names:
            return None
        table = pq.read_table(pa.BufferReader(data), columns=["item", "cluster"], use_threads=False, pre_buffer=False)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(ref.label, f"not a per-item Parquet file ({str(exc).splitlines()[0][:200]})") from None
    return cluster_column(table, ref.label)


def cluster_column(table, label: str) -> dict[str, str] | None:
    """item -> cluster label from an (item, cluster) table; a cluster column of lists or records is refused."""
    import pyarrow as pa

    kind = table.schema.field("cluster").type
    if pa.types.is_nested(kind) or pa.types.is_binary(kind) or pa.types.is_large_binary(kind):
        shape = str(kind).split("<")[0]  # list, struct, map, binary
        raise InputError(
            label, f"cluster: a column of {shape} values; a cluster is text or a whole number (a repository)"
        )
    pairs = zip(table.column("item").to_pylist(), table.column("cluster").to_pylist())
    return {k: g for k, g in ((k, cluster_label(g)) for k, g in pairs) if g is not None} or None
