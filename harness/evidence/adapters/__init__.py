"""The adapter registry: one entry per evidence format, parsed here and nowhere else.

ADAPTERS read the files under results/ (what `verify` loads); IMPORTERS read publishers' own
formats for `benchclaims import`, which writes their rows as published-CSV files under results/.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from harness.evidence.adapters.base import Adapter, Importer
from harness.evidence.adapters.eee import EveryEvalEver
from harness.evidence.adapters.epoch import EpochRuns
from harness.evidence.adapters.helm import HelmRun
from harness.evidence.adapters.inspect_log import InspectLog
from harness.evidence.adapters.lm_eval_results import LmEvalResults
from harness.evidence.adapters.lm_eval_run import LmEvalRunAdapter
from harness.evidence.adapters.lmarena import LmArena
from harness.evidence.adapters.model_card import ModelCard
from harness.evidence.adapters.open_llm import OpenLlmLeaderboard
from harness.evidence.adapters.published_csv import PublishedCsvAdapter
from harness.evidence.adapters.table_csv import TableCsv

ADAPTERS: dict[str, Adapter] = {
    "published_csv": PublishedCsvAdapter(),
    "lm_eval_run": LmEvalRunAdapter(),
}

IMPORTERS: dict[str, Importer] = {
    imp.name: imp
    for imp in (
        LmEvalResults(),
        TableCsv(),
        ModelCard(),
        EpochRuns(),
        LmArena(),
        OpenLlmLeaderboard(),
        EveryEvalEver(),
        InspectLog(),
        HelmRun(),
    )
}


def adapter_for(path: Path) -> Adapter | None:
    """Return the adapter that reads `path`, or None for files that are not evidence."""
    for adapter in ADAPTERS.values():
        if adapter.matches(path):
            return adapter
    return None


def _fold(name: str) -> str:
    return name.strip().casefold().replace("_", "-").replace(" ", "-")


def unknown_format(fmt: str) -> str:
    """What to say for a FORMAT no importer has: the closest real ones first, then every one."""
    return f"unknown format {fmt!r}; {format_hint(fmt)}choose one of: {', '.join(IMPORTERS)}"


def format_hint(fmt: str) -> str:
    """'did you mean lmarena? ' for a spelling of an importer's name ('lmarna', 'LMArena', 'open_llm'), else ''."""
    folded = _fold(fmt)
    close = [name for name in IMPORTERS if _fold(name) == folded]
    if not close and len(folded) >= 3:
        # a shortened or longer spelling ('open-llm', 'inspect-ai', 'lm-evaluation-harness')
        close = [name for name in IMPORTERS if name.startswith(folded) or folded.startswith(name)]
    if not close:
        close = difflib.get_close_matches(folded, list(IMPORTERS), n=2, cutoff=0.6)
    return f"did you mean {' or '.join(close)}? " if close else ""
