"""lm-eval runs: convert lm-eval's output once, here, and read back what `benchclaims run` stored."""

from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from harness.claims.catalog import Catalog
from harness.errors import BenchclaimsError, InputError
from harness.evidence.adapters.base import Adapter
from harness.evidence.columns import Batch
from harness.evidence.itemstats import cluster_label, cluster_robust_se, item_means
from harness.evidence.itemstore import items_ref
from harness.evidence.records import ScoreRecord
from harness.evidence.settings import Setting, measure_of
from harness.inputs import parse_json, read_text

FORMAT = "benchclaims-local-run/1"


def split_key(key: str) -> tuple[str, str]:
    """lm-eval's "metric,filter" key as (metric, filter); the filter is "none" when absent."""
    metric, _, filt = key.partition(",")
    return metric, filt or "none"


def sample_keys(samples: list, filt: str) -> list[tuple[dict, str]]:
    """lm-eval's sample records of one filter, each with its item key.

    lm-eval writes one record per document and filter; the `repeats` of a document (several
    generations) sit inside that record (`resps`), scored together by the filter (take_first,
    majority_vote), so a document is one item however often it was sampled. The key is the
    document's hash (stable when a dataset is reordered) or its `doc_id`. Two documents with the
    same content (duplicate questions in the data) share a hash but not a `doc_id`: they stay two
    items, keyed `hash#doc_id`. Records of one document written more than once share a key and are
    averaged by `sample_items`.
    """
    records = [s for s in samples if isinstance(s, dict) and s.get("filter", filt) == filt]
    ids: dict[str, set] = {}
    for s in records:
        if s.get("doc_hash"):
            ids.setdefault(str(s["doc_hash"]), set()).add(s.get("doc_id"))
    out = []
    for s in records:
        key = s.get("doc_hash") or s.get("doc_id")
        if key is None:
            continue
        key = str(key)
        if s.get("doc_hash") and len(ids[key]) > 1 and s.get("doc_id") is not None:
            key = f"{key}#{s['doc_id']}"
        out.append((s, key))
    return out


def sample_items(samples: list, metric: str, filt: str) -> dict[str, float]:
    """Per-item scores from lm-eval's sample records (one filter), keyed as `sample_keys` says;
    records of one document written more than once are averaged into its mean."""
    scores = []
    for s, key in sample_keys(samples, filt):
        value = s.get(metric)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            scores.append((key, float(value)))
    return item_means(scores)


def sample_clusters(samples: list, filt: str) -> dict[str, str] | None:
    """Each document's cluster when the task data gives one (a `cluster` field in the document)."""
    groups = {}
    for s, key in sample_keys(samples, filt):
        doc = s.get("doc")
        cluster = doc.get("cluster") if isinstance(doc, dict) else None
        if isinstance(cluster, (str, int, float)) and cluster_label(cluster) is not None:
            groups[key] = cluster_label(cluster)  # blank or NaN: no cluster (the document is its own)
    return groups or None


def from_lm_eval(results: dict, task: str, metric: str) -> dict:
    """Pick one task's score, stderr, n and per-item results out of lm-eval's output dict."""
    scores = results["results"][task]
    key = next((k for k in scores if split_key(k)[0] == metric and "_stderr" not in k), None)
    if key is None:
        raise BenchclaimsError(f"lm-eval gave no {metric!r} for task {task!r} (got {sorted(scores)})")
    filt = split_key(key)[1]
    stderr = scores.get(f"{metric}_stderr,{filt}")
    stderr = float(stderr) if isinstance(stderr, (int, float)) and math.isfinite(stderr) else None
    n = results.get("n-samples", {}).get(task, {})
    samples = results.get("samples", {}).get(task, [])
    items = sample_items(samples, metric, filt)
    groups = sample_clusters(samples, filt)
    if groups and items:
        # items in clusters are not independent: the SE is cluster-robust over the item means
        keys = sorted(items)
        stderr = cluster_robust_se([items[k] for k in keys], [groups.get(k, "\0" + k) for k in keys])
    return {
        "value": 100.0 * float(scores[key]),
        "stderr": None if stderr is None else 100.0 * stderr,
        "n": int(n.get("effective", len(items))),
        "n_original": int(n.get("original", len(items))),
        "metric_key": key,
        "model_sha": results.get("config", {}).get("model_sha"),
        "items": items,
        "clusters": groups,
    }


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Provenance(BaseModel):
    # what `benchclaims run` records; more fields are kept as they are
    model_config = ConfigDict(extra="allow", strict=True)

    lm_eval_version: str
    command: str
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    backend: str
    num_fewshot: int | None = None
    limit: int | None = None


class ItemsEntry(_Strict):
    file: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    count: int = Field(ge=0)


class LocalResult(_Strict):
    """A result file in results/local/, as `benchclaims run` writes it."""

    format: Literal["benchclaims-local-run/1"]
    model: str
    benchmark: str
    metric: str
    value: float = Field(ge=0, le=100, allow_inf_nan=False)
    stderr: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    n: int = Field(ge=1)
    n_original: int | None = Field(default=None, ge=1)
    partial: bool
    cache_key: str = Field(pattern=r"^[0-9a-f]{64}$")
    run_key: str = Field(pattern=r"^[0-9a-f]{64}$")
    provenance: Provenance
    items_file: ItemsEntry
    content_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


def content_sha256(data: dict) -> str:
    """The hash a result carries over everything else in it (value, per-item file hash, provenance)."""
    body = {k: v for k, v in data.items() if k != "content_sha256"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def read_local_result(path: Path, label: str) -> LocalResult:
    """Read and check one local result: its shape, and that nothing changed since the run wrote it."""
    # the one JSON reader: a key given twice, deep nesting or a number of 5,000 digits is one line (the last
    # was a traceback in verify and validate)
    data = parse_json(read_text(path, label), label, "a benchclaims local run")
    if isinstance(data, dict) and "results" in data and ("config" in data or "versions" in data):
        raise InputError(
            label,
            f"an lm-eval results file, not a benchclaims run: bring it in with `benchclaims import lm-eval {label}`",
        )
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(label, f"not a benchclaims local run (format must be {FORMAT!r})", field="format")
    try:
        result = LocalResult.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(x) for x in first["loc"]) or None
        raise InputError(label, f"malformed local run ({first['msg']})", field=where) from None
    if content_sha256(data) != result.content_sha256:
        raise InputError(
            label, "changed since `benchclaims run` wrote it (content hash differs); run it again to replace it"
        )
    return result


class LmEvalRunAdapter(Adapter):
    name = "lm_eval_run"

    def matches(self, path: Path) -> bool:
        return path.suffix == ".json" and path.parent.name == "local"

    def load(self, path: Path, label: str, catalog: Catalog) -> tuple[list[Batch], list[InputError]]:
        data = read_local_result(path, label)
        try:
            model = catalog.model(data.model)
            bench = catalog.benchmark(data.benchmark)
        except BenchclaimsError as exc:
            raise InputError(label, str(exc)) from None
        prov = data.provenance
        record = ScoreRecord(
            origin=label,
            model=model.id,
            benchmark=bench.id,
            metric=data.metric,
            setting=Setting(tools=False, shots=prov.num_fewshot, measure=measure_of(data.metric)),
            value=data.value,
            reported_by=f"benchclaims re-run (lm-eval {prov.lm_eval_version})",
            source_url=f"local:{label}",
            source_locator=prov.command,
            as_of=_date(prov.date, label),
            model_name=model.name,
            benchmark_name=bench.name,
            setting_text=f"lm-eval {prov.backend}, {prov.num_fewshot or 0}-shot, limit={prov.limit}",
            stderr=data.stderr,
            n=data.n,
            first_party=False,
            notes=f"cache key {data.cache_key[:12]}",
            kind="local",
            partial=data.partial,
            items=items_ref(path, label, data.items_file.model_dump(), expected=data.value),
        )
        return [Batch.from_records(label, [record])], []


def _date(text: str, label: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(label, f"not a date: {text!r}", field="provenance.date") from None


# GPT-NeoX's evaluate.py names its results eval_results_<2 digits>-<2 digits>-<year>-<hour>-<minute>-<second>.json
_TWO_FIRST = re.compile(r"results_(\d{2})-(\d{2})-(\d{4})-\d{2}-\d{2}-\d{2}\.json$")


def named_day(name: str) -> tuple[date, str] | None:
    """The day a results file's name gives as <month>-<day>-<year> or <day>-<month>-<year>, where one of the first
    two numbers can only be a day (over 12), and the note that says so; None where neither can (01-02-2023 is January
    or February): Pythia's GPT-NeoX runs were undated, their names' 12-30-2022 read as no date."""
    found = _TWO_FIRST.search(name)
    if not found:
        return None
    first, second, year = (int(x) for x in found.groups())
    if (first > 12) == (second > 12):
        return None
    month, dom = (second, first) if first > 12 else (first, second)
    try:
        when = date(year, month, dom)
    except ValueError:
        return None
    return when, f"dated by its file name's {'-'.join(found.groups())}, {dom} being the day"
