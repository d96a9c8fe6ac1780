"""The adapter registry: one entry per evidence format, parsed here and nowhere else."""

from __future__ import annotations

from pathlib import Path

from harness.adapters.base import Adapter
from harness.adapters.lm_eval_run import LmEvalRunAdapter
from harness.adapters.published_csv import PublishedCsvAdapter

ADAPTERS: dict[str, Adapter] = {
    "published_csv": PublishedCsvAdapter(),
    "lm_eval_run": LmEvalRunAdapter(),
}


def adapter_for(path: Path) -> Adapter | None:
    """Return the adapter that reads `path`, or None for files that are not evidence."""
    for adapter in ADAPTERS.values():
        if adapter.matches(path):
            return adapter
    return None
