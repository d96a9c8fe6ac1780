#!/usr/bin/env bash
# Build two tiny real HF models offline, re-run them with lm-eval, verify the example claim.
# Needs the [local] extra: pip install -e '.[local]'   A second run hits the cache.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 HF_HOME="$here/work/hf_home" MPLCONFIGDIR="$here/work/mpl"
if [ ! -f "$here/work/models/tiny-good/model.safetensors" ] || [ ! -f "$here/work/models/tiny-weak/model.safetensors" ]; then
  python "$here/build_models.py" "$here/work/models" >&2  # keep stdout for the JSON
fi
benchclaims run --project "$here" >&2
benchclaims verify --project "$here" --report-dir "$here/work/reports" --json
