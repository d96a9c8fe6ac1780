"""Side by side, same model and task: `benchclaims run` vs a bare `lm_eval` CLI run.

1. first run: `benchclaims run` (fresh cache) vs `lm_eval --model hf ...`         goal >= 2x faster
2. re-check: `benchclaims run` (cache hit) vs `lm_eval ... --use_cache` re-run     goal >= 15x faster
Usage: python bench/local_vs_lm_eval.py [RUNS]   (needs the [local] extra; builds the tiny models)
"""

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "local"
CLAIM = """id: good-score
statement: "Tiny Good scores at least 50 on the bigger-number task"
source: {publisher: bench, url: "https://example.invalid/bench", date: 2026-01-01}
subject: Tiny Good
evidence: {kinds: [local]}
assertions:
  - {kind: score, benchmark: Bigger (multiple choice), value: 50, op: at_least}
"""


def timed(cmd, env) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    return time.perf_counter() - t


def main(runs: int) -> None:
    import os

    work = Path(tempfile.mkdtemp(prefix="bench-local-"))
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", HF_HOME=str(work / "hf"))
    models = work / "models"
    subprocess.run([sys.executable, str(EXAMPLE / "build_models.py"), str(models)], check=True, capture_output=True)
    proj = work / "proj"
    for part in ("catalog", "tasks"):
        shutil.copytree(EXAMPLE / part, proj / part)
    (proj / "claims").mkdir()
    (proj / "claims" / "c.yaml").write_text(CLAIM)
    shutil.copytree(models, proj / "work" / "models")
    # lm-eval's CLI resolves data_files against the working directory: give it an absolute path
    tasks = work / "cli_tasks"
    tasks.mkdir()
    cfg = yaml.safe_load((EXAMPLE / "tasks" / "bigger_mc.yaml").read_text())
    cfg["dataset_kwargs"]["data_files"]["test"] = str(EXAMPLE / "tasks" / "bigger.jsonl")
    (tasks / "bigger_mc.yaml").write_text(yaml.safe_dump(cfg))
    lm_eval = [
        shutil.which("lm_eval") or "lm_eval",
        "--model",
        "hf",
        "--model_args",
        f"pretrained={proj / 'work/models/tiny-good'},dtype=float32",
        "--tasks",
        "tiny_bigger_mc",
        "--include_path",
        str(tasks),
        "--device",
        "cpu",
        "--batch_size",
        "16",
        "--log_samples",
    ]
    ours = [shutil.which("benchclaims") or "benchclaims", "run", "--project", str(proj), "--device", "cpu"]
    rows = {"lm_eval first": [], "ours first": [], "lm_eval --use_cache re-run": [], "ours re-check": []}
    for i in range(runs):
        shutil.rmtree(proj / "results", ignore_errors=True)
        rows["ours first"].append(timed(ours, env))
        rows["ours re-check"].append(timed(ours, env))
        out = work / f"out{i}"
        rows["lm_eval first"].append(timed(lm_eval + ["--output_path", str(out)], env))
        cache = ["--use_cache", str(work / f"lmcache{i}" / "tiny-good")]
        timed(lm_eval + ["--output_path", str(out)] + cache, env)  # fill lm-eval's cache
        rows["lm_eval --use_cache re-run"].append(timed(lm_eval + ["--output_path", str(out)] + cache, env))
    med = {k: statistics.median(v) for k, v in rows.items()}
    for k, v in rows.items():
        print(f"{k:28s} median {med[k]:7.3f} s  runs {', '.join(f'{x:.2f}' for x in v)}")
    print(f"first run speed-up:  {med['lm_eval first'] / med['ours first']:.2f}x (goal >= 2x)")
    print(f"re-check speed-up:   {med['lm_eval --use_cache re-run'] / med['ours re-check']:.2f}x (goal >= 15x)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
