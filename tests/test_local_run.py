"""Real lm-eval runs on tiny real models built offline (marked `local`; CI installs [local])."""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from harness.claims.catalog import load_catalog
from harness.claims.claimfile import load_claim
from harness.local import plan as local_plan
from harness.local import run as local_run

local = pytest.mark.local  # needs the [local] extra: tiny models are built and run with lm-eval
EXAMPLE = Path(__file__).parent.parent / "examples" / "local"


def _builder_key() -> str:
    """The builder's content and the versions that shape what it writes: a new key rebuilds."""
    from importlib.metadata import version

    h = hashlib.sha256((EXAMPLE / "build_models.py").read_bytes())
    for name in ("torch", "transformers", "tokenizers"):
        h.update(f"{name}={version(name)};".encode())
    return h.hexdigest()[:16]


@pytest.fixture(scope="session")
def models(request, tmp_path_factory):
    """The tiny models, built once and kept in pytest's cache (keyed by the builder) across sessions."""
    pytest.importorskip("lm_eval")
    pytest.importorskip("torch")
    cache = getattr(request.config, "cache", None)
    base = cache.mkdir("tiny-models") if cache is not None else tmp_path_factory.mktemp("tiny-models")
    out = base / _builder_key()
    if not (out / "tiny-good" / "model.safetensors").is_file():
        staging = Path(tempfile.mkdtemp(prefix="building-", dir=base))
        try:
            subprocess.run([sys.executable, str(EXAMPLE / "build_models.py"), str(staging)], check=True)
            shutil.rmtree(out, ignore_errors=True)
            staging.rename(out)  # whole or not at all
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return out


@pytest.fixture
def project(tmp_path, models, monkeypatch):
    root = tmp_path / "ex"
    for part in ("catalog", "claims", "tasks"):
        shutil.copytree(EXAMPLE / part, root / part)
    shutil.copytree(models, root / "work" / "models")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    return root


@pytest.fixture(scope="session")
def evaluated(models, tmp_path_factory) -> Path:
    """Both tiny models' full results, evaluated once per session (results/local of a throwaway copy)."""
    root = tmp_path_factory.mktemp("evaluated") / "ex"
    for part in ("catalog", "claims", "tasks"):
        shutil.copytree(EXAMPLE / part, root / part)
    shutil.copytree(models, root / "work" / "models")
    _run(root)
    return root / "results" / "local"


def _reuse(evaluated: Path, project: Path, *models: str) -> None:
    """Copy these models' evaluated results in: the cache is keyed by content, so they are hits here."""
    out = project / "results" / "local"
    out.mkdir(parents=True, exist_ok=True)
    for path in evaluated.iterdir():
        if path.name.split("__")[0] in models:
            shutil.copy(path, out / path.name)


def _run(root, limit=None):
    catalog = load_catalog(root / "catalog", root)
    claim = load_claim(root / "claims" / "good-beats-weak.yaml", "c", catalog)
    return local_run.run_local([claim], catalog, root, limit=limit, device="cpu", log=lambda m: None)


def _stored(path):
    return json.loads(Path(path).read_text())


@local
def test_first_run_then_cache_hit_loads_no_model(project, monkeypatch):
    first = _run(project)
    assert sorted(p.name.split("__")[0] for p in first) == ["tiny-good", "tiny-weak"]
    good = _stored(next(p for p in first if "tiny-good" in p.name))
    assert good["value"] > 80 and good["n"] == 200 and good["partial"] is False
    items = next(p for p in first if "tiny-good" in p.name).parent / good["items_file"]["file"]
    assert good["items_file"]["count"] == 200 and items.is_file()  # per-item results in Parquet beside it
    assert good["provenance"]["weights_sha256"] and good["provenance"]["task_config_sha256"]
    assert good["provenance"]["lm_eval_command"].startswith("lm_eval --model hf --model_args ")
    assert good["provenance"]["torch_version"] and good["provenance"]["device"] == "cpu"

    def boom(*a, **k):
        raise AssertionError("a cached re-check must not evaluate")

    monkeypatch.setattr(local_run, "_evaluate_model", boom)
    assert sorted(_run(project)) == sorted(first)


@local
def test_other_model_never_gets_this_models_result(project, evaluated):
    _reuse(evaluated, project, "tiny-good", "tiny-weak")
    results = {_stored(p)["model"]: _stored(p) for p in _run(project)}
    assert results["tiny-good"]["cache_key"] != results["tiny-weak"]["cache_key"]
    assert results["tiny-good"]["value"] != results["tiny-weak"]["value"]
    # point the weak entry at the good weights: the weights hash changes, so the cache misses
    cat = project / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("pretrained: work/models/tiny-weak", "pretrained: work/models/tiny-good"))
    again = {_stored(p)["model"]: _stored(p) for p in _run(project)}
    assert again["tiny-weak"]["cache_key"] != results["tiny-weak"]["cache_key"]
    assert again["tiny-weak"]["value"] == results["tiny-good"]["value"]


def _key(project, **changes):
    catalog = load_catalog(project / "catalog", project)
    spec = local_plan.RunSpec(
        catalog.model("tiny-good"), catalog.benchmark("bigger-mc"), changes.get("limit"), 16, "cpu"
    )
    return local_run.cache_key(local_plan.fingerprint(spec, project))


@local
def test_cache_key_changes_with_weights_task_version_and_limit(project, monkeypatch):
    base = _key(project)
    assert _key(project) == base
    assert _key(project, limit=10) != base
    yaml_path = project / "tasks" / "bigger_mc.yaml"
    yaml_path.write_text(yaml_path.read_text().replace('target_delimiter: " "', 'target_delimiter: "  "'))
    changed_task = _key(project)
    assert changed_task != base
    with (project / "work" / "models" / "tiny-good" / "config.json").open("a") as f:
        f.write("\n")
    changed_weights = _key(project)
    assert changed_weights != changed_task
    monkeypatch.setattr(local_plan, "lm_eval_version", lambda: "9.9.9")
    assert _key(project) != changed_weights


@local
def test_partial_run_is_marked_and_said_in_the_verdict(project):
    paths = _run(project, limit=20)
    assert all(_stored(p)["partial"] and _stored(p)["n"] == 20 for p in paths)
    from harness.verify import Project, verify

    run = verify(Project(project), [project / "claims"])
    a = run.results[0].assertions[0]
    assert "Rests on partial local runs (--limit): it does not speak for the full benchmark." in a.caveats
    assert a.comparisons[0].test == "exact McNemar (paired, 20 items)"


@local
def test_paired_test_on_real_per_item_results(project, evaluated):
    _reuse(evaluated, project, "tiny-good", "tiny-weak")
    from harness.verify import Project, verify

    run = verify(Project(project), [project / "claims"])
    c = run.results[0].assertions[0].comparisons[0]
    assert c.test == "exact McNemar (paired, 200 items)"
    assert (c.outcome, c.significant, run.results[0].verdict) == ("win", True, "supported")


# Runs `benchclaims run` with one change: after tiny-weak's per-item file is written and before its
# result is, the process says PAUSED on stderr and waits to be signalled (no timing involved).
# Ctrl-C's default is restored first: a shell without job control starts background jobs with it ignored.
PAUSE_BEFORE_SECOND_RESULT = """
import signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)
from harness.local import run
real = run.write_items
def write_items_then_pause(path, *args, **kwargs):
    written = real(path, *args, **kwargs)
    if "tiny-weak" in path.name:
        print("PAUSED", file=sys.stderr, flush=True)
        time.sleep(300)  # the test signals long before; this only bounds a broken test
    return written
run.write_items = write_items_then_pause
from harness.cli.main import cli
cli(sys.argv[1:], prog_name="benchclaims")
"""


@local
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_interrupt_mid_run_leaves_nothing_half_written(project, evaluated, sig):
    _reuse(evaluated, project, "tiny-good")  # finished before the interrupt
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    args = ["run", "--project", str(project), "--device", "cpu"]
    paused = [sys.executable, "-c", PAUSE_BEFORE_SECOND_RESULT, *args]
    proc = subprocess.Popen(paused, stderr=subprocess.PIPE, text=True, env=env)
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if line.startswith("PAUSED"):
            proc.send_signal(sig)
            break
    assert seen[-1].startswith("PAUSED"), "".join(seen)[-2000:]
    try:
        rest = proc.communicate(timeout=120)[1]
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        assert "Traceback" not in rest
        assert "Interrupted; finished results are kept, run the command again to do the rest." in rest
    out = project / "results" / "local"
    for path in out.glob("*.json"):
        _stored(path)  # anything there is complete JSON
    assert not list(out.glob("*.tmp"))
    assert [p.name.split("__")[0] for p in out.glob("*.json")] == ["tiny-good"]  # tiny-weak's was never stored
    cmd = [sys.executable, "-m", "harness", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("*.json"))) == 2
    assert "cached" in done.stderr  # the model finished before the interrupt is not run again


@local
def test_local_completions_backend_against_a_local_server(project):
    from openai_server import serve

    server, url = serve(str(project / "work" / "models" / "tiny-good"))
    try:
        hf_value = {_stored(p)["model"]: _stored(p)["value"] for p in _run(project)}["tiny-good"]
        cat = project / "catalog" / "catalog.yaml"
        cat.write_text(
            cat.read_text().replace(
                "run: {backend: hf, pretrained: work/models/tiny-good}",
                f"run: {{backend: local-completions, base_url: '{url}', tokenizer: work/models/tiny-good}}",
            )
        )
        served = {_stored(p)["model"]: _stored(p) for p in _run(project)}["tiny-good"]
    finally:
        server.shutdown()
    assert served["provenance"]["backend"] == "local-completions"
    assert served["value"] == pytest.approx(hf_value, abs=1.0)


@local
def test_published_number_tested_against_the_rerun_interval(project, evaluated):
    _reuse(evaluated, project, "tiny-good", "tiny-weak")
    paths = _run(project)  # both cached
    good = next(_stored(p) for p in paths if "tiny-good" in p.name)
    pub = project / "results" / "published"
    pub.mkdir()
    (pub / "card.csv").write_text(
        "model,benchmark,metric,score,reported_by,source_url,source_locator,as_of_date\n"
        f"Tiny Good,Bigger (multiple choice),acc,{good['value']},Example Lab,https://card.example,T1,2026-01-01\n"
        "Tiny Good,Bigger (multiple choice),acc,60,Hype Blog,https://hype.example,post,2026-01-02\n"
    )
    from harness.verify import Project, verify

    checks = {c.published.reported_by: c for c in verify(Project(project), [project / "claims"]).reruns}
    assert checks["Example Lab"].inside is True
    assert checks["Hype Blog"].inside is False
    assert checks["Hype Blog"].low == pytest.approx(good["value"] - 1.959964 * good["stderr"], abs=1e-3)


@local
def test_bad_model_path_is_one_line(project):
    cat = project / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("pretrained: work/models/tiny-weak", "pretrained: work/models/nope"))
    with pytest.raises(local_run.RunError) as exc:
        _run(project)
    assert str(exc.value).startswith("cannot load model tiny-weak from 'work/models/nope': ")
    assert "\n" not in str(exc.value)


@local
def test_custom_tasks_skip_the_builtin_task_index(project, monkeypatch):
    import lm_eval.tasks

    seen = []
    real = lm_eval.tasks.TaskManager

    def spy(*args, **kwargs):
        seen.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(lm_eval.tasks, "TaskManager", spy)
    _run(project, limit=5)
    assert seen and all(k["include_defaults"] is False for k in seen)


@local
def test_a_cluster_field_in_the_task_data_reaches_the_items_and_the_paired_test(project):
    # the example task's 200 documents, each given a cluster: the tens of its bigger number (10 groups)
    data = project / "tasks" / "bigger.jsonl"
    docs = [json.loads(line) for line in data.read_text().splitlines() if line.strip()]
    for d in docs:
        d["cluster"] = f"tens-{max(d['a'], d['b']) // 10}"
    data.write_text("".join(json.dumps(d) + "\n" for d in docs))
    _run(project)
    import pyarrow.parquet as pq

    from harness.verify import Project, verify

    [items] = [p for p in (project / "results" / "local").glob("tiny-good__*.items.parquet")]
    table = pq.read_table(items)
    assert table.column_names == ["item", "score", "cluster"] and table.num_rows == 200
    assert set(table.column("cluster").to_pylist()) == {d["cluster"] for d in docs}
    groups = len({d["cluster"] for d in docs})
    run = verify(Project(project), [project / "claims"])
    c = run.results[0].assertions[0].comparisons[0]
    assert c.test == f"paired z-test, cluster-robust SE ({groups} clusters, 200 items)"


def test_plan_follows_cohort_exclusions_and_benchmark_filters(tmp_path):
    root = tmp_path / "p"
    shutil.copytree(EXAMPLE / "catalog", root / "catalog")
    cat = root / "catalog" / "catalog.yaml"
    cat.write_text(
        cat.read_text()
        + (
            "  - id: other-mc\n    name: Other\n    tags: [toy]\n"
            "    run: {task: other_mc, task_file: tasks/bigger_mc.yaml}\n"
        )
    )
    catalog = load_catalog(root / "catalog", root)
    claim_text = (
        'id: c\nstatement: s\nsource: {publisher: P, url: "https://p.example", date: 2026-01-01}\n'
        "subject: Tiny Good\nassertions:\n"
        "  - {kind: ranks, cohort: {open_weights: true, exclude: [Tiny Weak]}, benchmarks: {exclude: [Other]}}\n"
    )
    (root / "c.yaml").write_text(claim_text)
    claim = load_claim(root / "c.yaml", "c.yaml", catalog)
    assert [(m.id, b.id) for m, b in local_plan.plan([claim], catalog)] == [("tiny-good", "bigger-mc")]


@local
def test_example_script_end_to_end_then_cached(tmp_path, models):
    """examples/local/run.sh as a user runs it: JSON verdicts on stdout, the second run all cached."""
    ex = tmp_path / "local"
    shutil.copytree(EXAMPLE, ex, ignore=shutil.ignore_patterns("work", "results"))
    shutil.copytree(models, ex / "work" / "models")  # same builder; skips the 10 s training here
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    first = subprocess.run([str(ex / "run.sh")], capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr[-2000:]
    claim = json.loads(first.stdout)["claims"][0]
    assert (claim["id"], claim["verdict"], claim["strength"]) == ("good-beats-weak", "supported", "significant")
    second = subprocess.run([str(ex / "run.sh")], capture_output=True, text=True, env=env)
    assert second.returncode == 0 and second.stderr.count("cached") == 2
    assert json.loads(second.stdout) == json.loads(first.stdout)


# Starts a command with some of the [local] extra's packages made unimportable, as if not installed.
WITHOUT = """
import importlib.abc, runpy, sys
blocked = set(sys.argv[1].split(","))
class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, NotInstalled())
how, sys.argv = sys.argv[2], [sys.argv[2], *sys.argv[3:]]
if how == "library":
    from harness.claims.catalog import load_catalog
    from harness.claims.claimfile import load_claim
    from harness.local.run import run_local
    root = __import__("pathlib").Path(sys.argv[1])
    catalog = load_catalog(root / "catalog", root)
    claim = load_claim(root / "claims" / "good-beats-weak.yaml", "c", catalog)
    try:
        run_local([claim], catalog, root, device=sys.argv[2], log=lambda m: None)
    except Exception as exc:
        sys.exit(f"{type(exc).__name__}: {exc}")
elif how == "module":
    runpy.run_module("harness", run_name="__main__")
else:
    from harness.cli.main import cli
    cli(sys.argv[1:], prog_name="benchclaims")
"""
EXTRA_MESSAGE = "install them with: pip install 'benchclaims[local]'"


@pytest.mark.parametrize(
    "blocked,how,backend,device",
    [
        ("torch", "cli", "hf", "auto"),
        ("torch", "module", "hf", "cpu"),
        ("torch", "library", "hf", "cpu"),
        ("torch", "cli", "local-completions", "auto"),
        ("lm_eval", "cli", "hf", "cpu"),
        ("lm_eval", "library", "local-completions", "cpu"),
        ("transformers", "cli", "hf", "cpu"),
    ],
)
def test_every_way_into_run_says_which_extra_is_missing(tmp_path, blocked, how, backend, device):
    root = tmp_path / "ex"
    for part in ("catalog", "claims", "tasks"):
        shutil.copytree(EXAMPLE / part, root / part)
    if backend == "local-completions":
        cat = root / "catalog" / "catalog.yaml"
        served = "run: {backend: local-completions, base_url: 'http://127.0.0.1:9/v1/completions', pretrained: tiny}"
        cat.write_text(cat.read_text().replace("run: {backend: hf, pretrained: work/models/tiny-good}", served))
    args = {
        "cli": ["run", "--project", str(root), "--device", device],
        "module": ["run", "--project", str(root), "--device", device],
        "library": [str(root), device],
    }[how]
    env = dict(os.environ, HF_HOME=str(tmp_path / "hf"))
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT, blocked, how, *args], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == (1 if how == "library" else 2), done.stderr[-2000:]
    last = done.stderr.strip().splitlines()[-1]
    assert "Traceback" not in done.stderr
    prefix = "MissingDependency: " if how == "library" else "Error: "
    assert last.startswith(prefix + "benchclaims run needs optional dependencies (") and last.endswith(EXTRA_MESSAGE)
    assert f"({blocked} is not installed)" in last or "(lm_eval is not installed)" in last  # no lm-eval at all
