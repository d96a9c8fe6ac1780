"""lm-eval runs: convert lm-eval's output once, here, and read back what `benchclaims run` stored."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

from harness.adapters.base import Adapter
from harness.catalog import Catalog
from harness.errors import BenchclaimsError, InputError
from harness.inputs import read_text
from harness.itemstore import items_ref
from harness.records import ScoreRecord
from harness.settings import Setting
from harness.store import Batch

FORMAT = "benchclaims-local-run/1"


def from_lm_eval(results: dict, task: str, metric: str) -> dict:
    """Pick one task's score, stderr, n and per-item results out of lm-eval's output dict."""
    scores = results["results"][task]
    key = next((k for k in scores if k.split(",")[0] == metric and "_stderr" not in k), None)
    if key is None:
        raise BenchclaimsError(f"lm-eval gave no {metric!r} for task {task!r} (got {sorted(scores)})")
    filt = key.split(",", 1)[1] if "," in key else "none"
    stderr = scores.get(f"{metric}_stderr,{filt}")
    stderr = float(stderr) if isinstance(stderr, (int, float)) and math.isfinite(stderr) else None
    n = results.get("n-samples", {}).get(task, {})
    items = {}
    for s in results.get("samples", {}).get(task, []):
        if s.get("filter", filt) == filt and metric in s:
            items[str(s["doc_hash"])] = float(s[metric])
    return {
        "value": 100.0 * float(scores[key]),
        "stderr": None if stderr is None else 100.0 * stderr,
        "n": int(n.get("effective", len(items))),
        "n_original": int(n.get("original", len(items))),
        "metric_key": key,
        "model_sha": results.get("config", {}).get("model_sha"),
        "items": items,
    }


class LmEvalRunAdapter(Adapter):
    name = "lm_eval_run"

    def matches(self, path: Path) -> bool:
        return path.suffix == ".json" and path.parent.name == "local"

    def load(self, path: Path, label: str, catalog: Catalog) -> tuple[list[Batch], list[InputError]]:
        try:
            data = json.loads(read_text(path, label))
        except json.JSONDecodeError as exc:
            raise InputError(label, f"not valid JSON ({exc.msg})", line=exc.lineno) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise InputError(label, f"not a benchclaims local run (format must be {FORMAT!r})", field="format")
        try:
            model = catalog.model(data["model"])
            bench = catalog.benchmark(data["benchmark"])
            prov = data["provenance"]
            value = float(data["value"])
            if not math.isfinite(value) or not 0 <= value <= 100:
                raise InputError(label, f"value must be a percentage, got {data['value']!r}", field="value")
            record = ScoreRecord(
                origin=label,
                model=model.id,
                benchmark=bench.id,
                metric=str(data["metric"]),
                setting=Setting(tools=False, shots=prov.get("num_fewshot")),
                value=value,
                reported_by=f"benchclaims re-run (lm-eval {prov['lm_eval_version']})",
                source_url=f"local:{label}",
                source_locator=prov["command"],
                as_of=date.fromisoformat(prov["date"]),
                model_name=model.name,
                benchmark_name=bench.name,
                setting_text=f"lm-eval {prov['backend']}, {prov.get('num_fewshot') or 0}-shot, limit={prov.get('limit')}",
                stderr=data.get("stderr"),
                n=int(data["n"]),
                first_party=False,
                notes=f"cache key {data['cache_key'][:12]}",
                kind="local",
                partial=bool(data["partial"]),
                items=items_ref(path, label, data["items_file"])
                if "items_file" in data
                else {str(k): float(v) for k, v in data.get("items", {}).items()},
            )
        except InputError:
            raise
        except BenchclaimsError as exc:
            raise InputError(label, str(exc)) from None
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(label, f"malformed local run ({type(exc).__name__}: {exc})") from None
        return [Batch.from_records(label, [record])], []
