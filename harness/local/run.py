"""Re-run open-weight models through lm-eval's Python API, with a content-addressed cache."""

from __future__ import annotations

import json
import os
import shlex
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import yaml

from harness.claims.catalog import Catalog
from harness.claims.catalog_entries import BenchmarkEntry, ModelEntry
from harness.claims.spec import Claim
from harness.errors import InputError, MissingDependency, RunError
from harness.evidence.adapters.lm_eval_run import content_sha256
from harness.evidence.itemstore import write_items
from harness.inputs import within
from harness.local.plan import SEED, RunSpec, fingerprint, plan
from harness.local.results import cache_key, is_cached, retire_superseded, run_key
from harness.outputs import project_folder, write_file
from harness.yamlfile import load_yaml


def _model_args(model: ModelEntry, root: Path, device: str) -> tuple[str, dict]:
    run = model.run
    args: dict = dict(run.model_args)
    if run.backend == "local-completions":
        args |= {"model": run.pretrained or model.id, "base_url": run.base_url, "num_concurrent": 1, "max_retries": 1}
        if run.tokenizer:
            tok = root / run.tokenizer
            args |= {"tokenizer": str(tok) if tok.exists() else run.tokenizer, "tokenizer_backend": "huggingface"}
        return "local-completions", args
    path = root / run.pretrained if run.pretrained and (root / run.pretrained).exists() else run.pretrained
    args |= {"pretrained": str(path)}
    if run.revision:
        args["revision"] = run.revision
    if run.backend == "hf":
        args |= {"device": device, "dtype": args.get("dtype", "float32")}
    return run.backend, args


def _package_versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("lm_eval", "torch", "transformers", "datasets"):
        try:
            out[f"{name}_version"] = version(name)
        except PackageNotFoundError:
            out[f"{name}_version"] = None
    return out


@contextmanager
def _light_env_info():
    """Replace lm-eval's add_env_info for the duration of a run.

    lm-eval calls torch's collect_env on every evaluation, which shells out and took 1.2 s of a
    5 s run here; we record the versions that matter in our own provenance instead.
    """
    import lm_eval.evaluator as evaluator

    original = evaluator.add_env_info
    evaluator.add_env_info = lambda results: results.update(_package_versions())
    try:
        yield
    finally:
        evaluator.add_env_info = original


def _task_dir(bench: BenchmarkEntry, root: Path, work: Path) -> Path | None:
    """Copy the task YAML into a fresh include dir with its data paths made absolute."""
    if not bench.run.task_file:
        return None
    src = root / bench.run.task_file
    label = bench.run.task_file
    if not bench.run.allow_outside_project:
        within(src, root, label)  # a task file symlinked out of the project is not read either
    config = load_yaml(src, label).data
    if not isinstance(config, dict):
        raise InputError(label, "a task file must be a mapping (task, dataset_kwargs, ...)")
    kwargs = config.get("dataset_kwargs") or {}
    files = kwargs.get("data_files") if isinstance(kwargs, dict) else None

    def resolved(name: str, value) -> str:
        if not isinstance(value, str):
            raise InputError(label, "must be a path", field=f"dataset_kwargs.data_files.{name}".rstrip("."))
        path = (src.parent / value).resolve()
        if not bench.run.allow_outside_project and not path.is_relative_to(root.resolve()):
            raise InputError(
                label,
                "path must stay inside the project (set allow_outside_project: true on the benchmark's run)",
                field=f"dataset_kwargs.data_files.{name}".rstrip("."),
            )
        return str(path)

    if isinstance(files, dict):
        config["dataset_kwargs"]["data_files"] = {k: resolved(str(k), v) for k, v in files.items()}
    elif files is not None:
        config["dataset_kwargs"]["data_files"] = resolved("", files)
    out = work / bench.id
    out.mkdir(parents=True, exist_ok=True)
    (out / src.name).write_text(yaml.safe_dump(config, sort_keys=False))
    return out


def _device(device: str) -> str:
    if device != "auto":
        return device
    try:
        import torch

        return "cuda" if torch.cuda.is_available() else "cpu"
    except ImportError:
        return "cpu"


def run_local(
    claims: list[Claim],
    catalog: Catalog,
    root: Path,
    limit: int | None = None,
    batch_size: int = 16,
    device: str = "auto",
    log=None,
) -> list[Path]:
    """Evaluate what the claims need, skipping every result the cache already holds."""
    log = log or (lambda msg: print(msg, file=sys.stderr))
    out_dir = root / "results" / "local"
    project_folder(root, out_dir)  # real folders of the project: never a symlinked results/ or results/local
    pairs = plan(claims, catalog)
    if not pairs:
        log("Nothing to run: no claimed model x benchmark has a `run` entry in the catalog.")
        return []
    specs = [RunSpec(m, b, limit, batch_size, device) for m, b in pairs]
    todo, done = [], []
    for i, spec in enumerate(specs, 1):
        spec.fingerprint = fingerprint(spec, root)
        spec.key = cache_key(spec.fingerprint)
        path = out_dir / spec.out_name
        if is_cached(path, spec.key):
            log(f"[{i}/{len(specs)}] cached   {spec.model.id} on {spec.bench.id} ({path.name})")
            done.append(path)
        else:
            if path.exists():
                log(f"[{i}/{len(specs)}] stale    {spec.model.id} on {spec.bench.id}: changed since it was written")
            todo.append(spec)
    by_model: dict[str, list[RunSpec]] = {}
    for spec in todo:
        by_model.setdefault(spec.model.id, []).append(spec)
    for specs_for_model in by_model.values():
        done += _evaluate_model(specs_for_model, root, out_dir, _device(device), log)
    return done


# what the [local] extra brings; an ImportError naming one of these means the extra is missing
LOCAL_EXTRA = ("torch", "lm_eval", "transformers", "datasets", "accelerate", "evaluate", "tokenizers")


def _missing_extra(exc: BaseException) -> MissingDependency | None:
    """The one-line missing-extra error for an ImportError of the [local] extra's packages, else None."""
    name = getattr(exc, "name", None) or ""
    if isinstance(exc, ImportError) and name.split(".")[0] in LOCAL_EXTRA:
        return MissingDependency("benchclaims run", name.split(".")[0])
    return None


@contextmanager
def _needs_local_extra():
    """Turn an import of the [local] extra that fails, wherever lm-eval does it, into the one-line message."""
    try:
        yield
    except ImportError as exc:
        missing = _missing_extra(exc)
        if missing is None:
            raise
        raise missing from None


def _evaluate_model(specs: list[RunSpec], root: Path, out_dir: Path, device: str, log) -> list[Path]:
    with _needs_local_extra():
        import lm_eval
        import lm_eval.evaluator  # noqa: F401
        import torch  # noqa: F401  (lm-eval imports it lazily, deep inside; fail here, with the message)
        from lm_eval.tasks import TaskManager
    from harness.evidence.adapters.lm_eval_run import FORMAT, from_lm_eval

    model = specs[0].model
    backend, args = _model_args(model, root, device)
    os.environ.setdefault("HF_HOME", str(root / ".benchclaims" / "hf_home"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    written = []
    with tempfile.TemporaryDirectory(prefix="benchclaims-tasks-") as tmp:
        dirs = [_task_dir(s.bench, root, Path(tmp)) for s in specs]
        custom = [str(d) for d in dirs if d]
        # indexing lm-eval's ~14k built-in tasks takes 8-12 s; skip it when only our tasks are needed
        tm = TaskManager(include_path=custom or None, include_defaults=not all(dirs))
        lm = None
        if backend == "hf":
            with _needs_local_extra():
                from lm_eval.models.huggingface import HFLM

            log(f"loading {model.id} ({backend}) on {device}")
            try:
                lm = HFLM(batch_size=specs[0].batch_size, **args)
            except ImportError as exc:
                raise (_missing_extra(exc) or RunError(f"cannot load model {model.id}: {exc}")) from None
            except Exception as exc:  # transformers raises OSError/ValueError for a bad path or repo id
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise RunError(f"cannot load model {model.id} from {args.get('pretrained')!r}: {first}") from exc
        for spec in specs:
            spec.device = device
            log(
                f"running  {model.id} on {spec.bench.id} (task {spec.bench.run.task}"
                + (f", limit {spec.limit}" if spec.limit else "")
                + ")"
            )
            try:
                with _light_env_info():
                    res = lm_eval.simple_evaluate(
                        model=lm if lm is not None else backend,
                        model_args=None if lm is not None else args,
                        tasks=[spec.bench.run.task],
                        num_fewshot=spec.bench.run.num_fewshot,
                        batch_size=spec.batch_size,
                        device=device,
                        limit=spec.limit,
                        log_samples=True,
                        task_manager=tm,
                        random_seed=0,
                        numpy_random_seed=SEED,
                        torch_random_seed=SEED,
                        fewshot_random_seed=SEED,
                        verbosity="WARNING",
                    )
            except Exception as exc:  # lm-eval raises bare ValueError/KeyError for bad tasks or models
                missing = _missing_extra(exc)  # a backend's own import (vllm, an API client) fails only here
                if missing is not None:
                    raise missing from None
                raise RunError(
                    f"lm-eval failed for {model.id} on {spec.bench.id}: {type(exc).__name__}: {exc}"
                ) from exc
            parsed = from_lm_eval(res, spec.bench.run.task, spec.bench.run.metric)
            written.append(_store(spec, parsed, out_dir, FORMAT, root))
    return written


def reproduce_command(spec: RunSpec, root: Path) -> str:
    backend, args = _model_args(spec.model, root, spec.device if spec.device != "auto" else "cpu")
    parts = [
        "lm_eval",
        "--model",
        backend,
        "--model_args",
        ",".join(f"{k}={v}" for k, v in sorted(args.items())),
        "--tasks",
        spec.bench.run.task,
        "--batch_size",
        str(spec.batch_size),
        "--log_samples",
        "--output_path",
        "OUT",
    ]
    if spec.bench.run.task_file:
        parts += ["--include_path", str(Path(spec.bench.run.task_file).parent)]
    if spec.limit:
        parts += ["--limit", str(spec.limit)]
    return shlex.join(parts)


def _store(spec: RunSpec, parsed: dict, out_dir: Path, fmt: str, root: Path) -> Path:
    prov = dict(spec.fingerprint)
    prov |= {
        "model_sha": parsed["model_sha"],
        "device": spec.device,
        **{k: v for k, v in _package_versions().items() if k != "lm_eval_version"},
        "metric_key": parsed["metric_key"],
        "date": date.today().isoformat(),
        "command": f"benchclaims run --limit {spec.limit}" if spec.limit else "benchclaims run",
        "lm_eval_command": reproduce_command(spec, root),
    }
    data = {
        "format": fmt,
        "model": spec.model.id,
        "benchmark": spec.bench.id,
        "metric": spec.bench.run.metric,
        "value": round(parsed["value"], 6),
        "stderr": None if parsed["stderr"] is None else round(parsed["stderr"], 6),
        "n": parsed["n"],
        "n_original": parsed["n_original"],
        "partial": spec.limit is not None and parsed["n"] < parsed["n_original"],
        "cache_key": spec.key,
        # the key without limit and batch size: equal for a --limit run and the full run it samples
        "run_key": run_key(spec.fingerprint),
        "provenance": prov,
    }
    path = out_dir / spec.out_name
    # per-item results go to Parquet beside the result, read only by the paired tests that use them
    data["items_file"] = write_items(path, parsed["items"], parsed.get("clusters"))
    data["content_sha256"] = content_sha256(data)
    # write then rename: an interrupted run leaves no half-written result behind
    write_file(path, json.dumps(data, indent=1, sort_keys=True) + "\n", root)
    return retire_superseded(path, out_dir, spec.model.id, spec.bench.id)
