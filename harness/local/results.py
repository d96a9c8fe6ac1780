"""The results/local folder: a cache hit decided by content, and superseded runs retired."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from harness.errors import InputError
from harness.evidence.adapters.lm_eval_run import read_local_result
from harness.evidence.itemstore import ITEMS_MAX_BYTES, items_ref
from harness.inputs import read_bytes

SUPERSEDED = "superseded"
# fingerprint fields that make two results measure different things (limit and batch size do not)
_SAME_RUN_EXCEPT = {"limit", "batch_size"}


def cache_key(fingerprint: dict) -> str:
    """The hash of everything a result depends on: results are filed under it."""
    return hashlib.sha256(json.dumps(fingerprint, sort_keys=True).encode()).hexdigest()


def run_key(fingerprint: dict) -> str:
    """The cache key without limit and batch size: equal for a --limit run and the full run it samples."""
    return cache_key({k: v for k, v in fingerprint.items() if k not in _SAME_RUN_EXCEPT})


def is_cached(path: Path, key: str) -> bool:
    """A cache hit is decided by content: the file for this key is intact and says it is this key's result."""
    if not path.exists():
        return False
    try:
        result = read_local_result(path, path.name)
        ref = items_ref(path, path.name, result.items_file.model_dump(), expected=result.value)
        # the bytes' hash is enough here (the file's content was checked when it was written)
        intact = hashlib.sha256(read_bytes(ref.path, ref.label, ITEMS_MAX_BYTES)).hexdigest() == ref.sha256
    except InputError:
        return False
    return intact and result.cache_key == key


def retire_superseded(new: Path, out_dir: Path, model_id: str, bench_id: str) -> Path:
    """Move older results of the same model x benchmark to results/local/superseded/; return the one kept.

    A new full run retires every other (other weights, task config, lm-eval, or a --limit run).
    A new --limit run retires other results too, except a full run that differs only in the limit:
    then the partial run is the one retired, and the full run is kept.
    """
    new_result = read_local_result(new, new.name)
    keep, retire = new, []
    for other in sorted(out_dir.glob(f"{model_id}__{bench_id}__*.json")):
        if other == new:
            continue
        try:
            old = read_local_result(other, other.name)
        except InputError:
            retire.append(other)  # unreadable or edited: never evidence again
            continue
        if new_result.partial and not old.partial and _same_run(old, new_result):
            keep, retire = other, [new]
            break
        retire.append(other)
    for path in retire:
        _move_to_superseded(path, out_dir)
    return keep


def _same_run(a, b) -> bool:
    return a.run_key == b.run_key


def _move_to_superseded(path: Path, out_dir: Path) -> None:
    target = out_dir / SUPERSEDED
    target.mkdir(exist_ok=True)
    items = path.with_name(path.name.removesuffix(".json") + ".items.parquet")
    for p in (path, items):
        if p.exists():
            os.replace(p, target / p.name)
