"""What `benchclaims run` evaluates: the model x benchmark pairs the claims need that the catalog can run, and
the fingerprint of each (everything its result depends on), whose hash is its key in the results cache."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.claims.catalog_entries import BenchmarkEntry, ModelEntry
from harness.claims.spec import BenchmarkSelector, Claim, Matches, Outperforms, Ranks, ScoreClaim
from harness.errors import MissingDependency

SEED = 1234
BIG_FILE = 50_000_000


@dataclass
class RunSpec:
    """One model x benchmark to evaluate, and everything its result depends on."""

    model: ModelEntry
    bench: BenchmarkEntry
    limit: int | None
    batch_size: int
    device: str
    key: str = ""
    fingerprint: dict | None = None

    @property
    def out_name(self) -> str:
        return f"{self.model.id}__{self.bench.id}__{self.key[:12]}.json"


def plan(claims: list[Claim], catalog: Catalog) -> list[tuple[ModelEntry, BenchmarkEntry]]:
    """The model x benchmark pairs the claims mention that the catalog knows how to run."""
    pairs = []
    for claim in claims:
        models = [catalog.model(claim.subject)]
        benches: list[BenchmarkEntry] = []
        for a in claim.assertions:
            if isinstance(a, (Outperforms, Matches)):
                models += [catalog.model(c) for c in a.competitors]
            if isinstance(a, Ranks):
                models += [catalog.model(m) for m in a.cohort.members(catalog)]
            if isinstance(a, ScoreClaim):
                benches.append(catalog.benchmark(a.benchmark))
            elif isinstance(a.benchmarks, list):
                benches += [catalog.benchmark(b) for b in a.benchmarks]
            else:
                sel = a.benchmarks if isinstance(a.benchmarks, BenchmarkSelector) else BenchmarkSelector()
                benches += [b for b in catalog.all_benchmarks() if sel.accepts(b.id, catalog)]
        for m in models:
            for b in benches:
                if m.run and b.run and (m, b) not in pairs:
                    pairs.append((m, b))
    return pairs


def _hash_path(path: Path) -> str:
    """Content hash of a file or directory; very large files are hashed by size, mtime and head."""
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        h.update(str(f.relative_to(path) if path.is_dir() else f.name).encode())
        st = f.stat()
        if st.st_size > BIG_FILE:
            with f.open("rb") as fh:
                h.update(f"{st.st_size}:{st.st_mtime_ns}".encode() + fh.read(1 << 20))
        else:
            h.update(f.read_bytes())
    return h.hexdigest()


def lm_eval_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lm_eval")
    except PackageNotFoundError:
        raise MissingDependency("benchclaims run", "lm_eval") from None


def fingerprint(spec: RunSpec, root: Path) -> dict:
    """Everything a result depends on: the cache key is its hash."""
    run, brun = spec.model.run, spec.bench.run
    weights = None
    if run.pretrained and (root / run.pretrained).exists():
        weights = _hash_path(root / run.pretrained)
    task_hash = _hash_path((root / brun.task_file).parent) if brun.task_file else None
    return {
        "model": spec.model.id,
        "backend": run.backend,
        "pretrained": run.pretrained,
        "revision": run.revision,
        "base_url": run.base_url,
        "model_args": dict(sorted(run.model_args.items())),
        "weights_sha256": weights,
        "benchmark": spec.bench.id,
        "task": brun.task,
        "task_config_sha256": task_hash,
        "metric": brun.metric,
        "num_fewshot": brun.num_fewshot,
        "limit": spec.limit,
        "batch_size": spec.batch_size,
        "seed": SEED,
        "lm_eval_version": lm_eval_version(),
    }
