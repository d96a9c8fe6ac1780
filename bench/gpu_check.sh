#!/usr/bin/env bash
# Device check: `benchclaims run --device auto` must pick CUDA on a GPU box and agree with a CPU run
# item by item on the example's tiny models. Prints, per model: devices, values, cache keys, per-item
# agreement (read from the Parquet files beside the results), and the verdict of each pass.
# Run: bash bench/gpu_check.sh   (a few minutes on a laptop CPU; OUT=dir keeps the logs; PYTHON=python3)
# Without CUDA it says so and runs both passes on the CPU, which still checks the script end to end.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${OUT:-/tmp/gpu_check_out}"; mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/gpu_check.XXXXXX)"
PY="${PYTHON:-python3}"
if [ -d .whl ]; then  # wheels for packages an offline box lacks
  "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
  export PYTHONPATH=/tmp/site
fi
# benchclaims runs from this checkout (`python -m harness` from the repository root); the [local]
# extra is installed only when something is missing, so a GPU box's own CUDA torch is never replaced
if ! "$PY" -c "import torch, lm_eval, pydantic, pyarrow, click, jinja2, yaml, pandas, matplotlib, httpx" 2>/dev/null; then
  "$PY" -m pip install -q -e '.[local]'
fi
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 HF_HOME="$WORK/hf" MPLCONFIGDIR="$WORK/mpl" PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>/dev/null || echo "nvidia-smi: none"
CUDA=$("$PY" -c "import torch; print(int(torch.cuda.is_available()))")
"$PY" -c "import torch, lm_eval; print('torch', torch.__version__, 'lm_eval', lm_eval.__version__, 'cuda', torch.cuda.is_available(), torch.cuda.get_device_name(0) if torch.cuda.is_available() else '')"
if [ "$CUDA" != 1 ]; then
  echo "NOTE: no CUDA device here: --device auto picks the CPU, so both passes run on the CPU"
fi
models="$WORK/models"
"$PY" examples/local/build_models.py "$models"
for dev in auto cpu; do
  project="$WORK/p_$dev"
  mkdir -p "$project/work"
  cp -r examples/local/catalog examples/local/claims examples/local/tasks "$project/"
  cp -r "$models" "$project/work/models"
  start=$(date +%s%N)
  "$PY" -m harness run --project "$project" --device "$dev" 2>&1 | grep -vE "it/s|examples/s" | tee "$OUT/run_$dev.log"
  echo "wall $dev: $(( ($(date +%s%N) - start) / 1000000 )) ms" | tee -a "$OUT/run_$dev.log"
  "$PY" -m harness verify --project "$project" --no-report --json --detail full > "$OUT/verify_$dev.json"
done
"$PY" - "$WORK" "$OUT" <<'PY' | tee "$OUT/compare.txt"
import json, sys
from pathlib import Path

from harness.evidence.itemstore import items_ref, read_items

work, out = Path(sys.argv[1]), Path(sys.argv[2])


def load(dev):
    """model -> (result, per-item scores) for one pass, read from results/local/ (Parquet beside each result)."""
    found = {}
    for path in sorted((work / f"p_{dev}" / "results" / "local").glob("*.json")):
        result = json.loads(path.read_text())
        ref = items_ref(path, path.name, result["items_file"], result["value"])
        found[result["model"]] = (result, read_items(ref))
    return found


first, second = load("auto"), load("cpu")
assert sorted(first) == sorted(second), (sorted(first), sorted(second))
ok = True
for model in sorted(first):
    (g, g_items), (c, c_items) = first[model], second[model]
    same = sum(g_items[k] == c_items.get(k) for k in g_items)
    keys = "cache keys equal" if g["cache_key"] == c["cache_key"] else "cache keys differ"
    print(
        f"{model}: devices {g['provenance']['device']} / {c['provenance']['device']}; "
        f"values {g['value']} / {c['value']}; items agreeing {same}/{len(g_items)} (cpu has {len(c_items)}); {keys}"
    )
    ok &= same == len(g_items) == len(c_items) and g["value"] == c["value"]
for dev in ("auto", "cpu"):
    claim = json.loads((out / f"verify_{dev}.json").read_text())["claims"][0]
    comparison = claim["assertions"][0]["comparisons"][0]
    print(f"verdict ({dev}): {claim['id']} {claim['verdict']} {claim['strength']} ({comparison['test']})")
print("AGREE" if ok else "DIFFER: see above")
PY
rm -rf "$WORK"
