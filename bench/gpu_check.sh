#!/usr/bin/env bash
# Device check (GPU box): `benchclaims run --device auto` must pick CUDA and agree with a CPU run
# item by item on the example's tiny models. Wheels for packages the box lacks travel in .whl/.
set -euo pipefail
OUT="${OUT:-/tmp/gpu_check_out}"; mkdir -p "$OUT"
if [ -d .whl ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
  export PYTHONPATH=/tmp/site
fi
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 HF_HOME=/tmp/hf MPLCONFIGDIR=/tmp/mpl PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
python3 -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.is_available())"
python3 examples/local/build_models.py examples/local/work/models
for dev in auto cpu; do
  rm -rf /tmp/p_$dev && mkdir -p /tmp/p_$dev && cp -r examples/local/{catalog,claims,tasks,work} /tmp/p_$dev/
  start=$(date +%s%N)
  python3 -m harness run --project /tmp/p_$dev --device $dev 2>&1 | grep -vE "it/s|examples/s" | tee "$OUT/run_$dev.log"
  echo "wall $dev: $(( ($(date +%s%N) - start) / 1000000 )) ms" | tee -a "$OUT/run_$dev.log"
  python3 -m harness verify --project /tmp/p_$dev --no-report --json > "$OUT/verify_$dev.json"
done
python3 - <<'PY' | tee "$OUT/compare.txt"
import glob, json
def load(d):
    return {json.load(open(p))["model"]: json.load(open(p)) for p in glob.glob(f"/tmp/p_{d}/results/local/*.json")}
gpu, cpu = load("auto"), load("cpu")
for m in sorted(gpu):
    g, c = gpu[m], cpu[m]
    same = sum(g["items"][k] == c["items"].get(k) for k in g["items"])
    print(m, "devices", g["provenance"]["device"], c["provenance"]["device"], "values", g["value"], c["value"],
          f"items agreeing {same}/{len(g['items'])}", "keys equal" if g["cache_key"] == c["cache_key"] else "keys differ")
import os
v = json.load(open(os.environ.get("OUT", "/tmp/gpu_check_out") + "/verify_auto.json"))
c = v["claims"][0]
print("verdict", c["verdict"], c["strength"], c["assertions"][0]["comparisons"][0]["test"])
PY
