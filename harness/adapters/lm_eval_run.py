"""Local lm-eval runs stored by `benchclaims run` (filled in by the local-runs work)."""

from __future__ import annotations

from pathlib import Path

from harness.adapters.base import Adapter


class LmEvalRunAdapter(Adapter):
    name = "lm_eval_run"

    def matches(self, path: Path) -> bool:
        return False
