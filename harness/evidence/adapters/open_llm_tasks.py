"""The Open LLM Leaderboard's benchmarks under one name, whichever importer meets them.

The leaderboard's own table says `arc`, the results its bot writes into a model card say "AI2 Reasoning
Challenge (25-Shot)" (dataset `ai2_arc`), and v2's MATH is "MATH Lvl 5" in the table and the cards but "MATH
Level 5" in the contents dataset and Every Eval Ever: one result would sit on two benchmarks, so a claim saw it
twice or missed one. Each importer names them from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class V1Task:
    """One v1 benchmark and the setting the leaderboard ran it in (as its model-card results state it)."""

    column: str  # the flat table's column
    name: str
    shots: int
    metric: str  # lm-eval's metric, a card's `metrics[].type`
    metric_name: str  # the metric as the leaderboard's card results name it
    config: str  # the dataset's configuration
    split: str
    datasets: tuple[str, ...]  # the Hub ids a card gives as `dataset.type`
    names: tuple[str, ...]  # the card's `dataset.name` without "(25-Shot)"
    caveat: str = ""  # what a reader of its scores must know, said in each row's notes

    @property
    def benchmark(self) -> str:
        return f"{self.name} (Open LLM Leaderboard v1)"

    def setting(self) -> str:
        """The setting in words: "25-shot, acc_norm, test split, configuration ARC-Challenge"."""
        return f"{self.shots}-shot, {self.metric}, {self.split} split" + (
            f", configuration {self.config}" if self.config else ""
        )


V1 = (
    V1Task("arc", "ARC", 25, "acc_norm", "normalized accuracy", "ARC-Challenge", "test", ("ai2_arc", "allenai/ai2_arc"),
           ("AI2 Reasoning Challenge", "ARC")),
    V1Task("hellaswag", "HellaSwag", 10, "acc_norm", "normalized accuracy", "", "validation",
           ("hellaswag", "Rowan/hellaswag"), ("HellaSwag",)),
    V1Task("mmlu", "MMLU", 5, "acc", "accuracy", "all", "test", ("cais/mmlu",), ("MMLU",)),
    V1Task("truthfulqa", "TruthfulQA", 0, "mc2", "mc2", "multiple_choice", "validation",
           ("truthful_qa", "truthfulqa/truthful_qa"), ("TruthfulQA",)),
    V1Task("winogrande", "Winogrande", 5, "acc", "accuracy", "winogrande_xl", "validation",
           ("winogrande", "allenai/winogrande"), ("Winogrande",)),
    V1Task("gsm8k", "GSM8K", 5, "acc", "accuracy", "main", "test", ("gsm8k", "openai/gsm8k"), ("GSM8k",)),
    # run from November 2023 for a few weeks (its table never had the column; cards of the time give it, as the
    # leaderboard's team wrote it into zephyr-7b-beta's: 3-shot f1 on the validation split): not a developer's DROP
    # 3-shot F1 (GPT-4's), since the leaderboard found its scoring missed numeric answers and withdrew it
    V1Task("drop", "DROP", 3, "f1", "f1 score", "", "validation", ("drop", "ucinlp/drop"), ("DROP",),
           "a run the leaderboard withdrew: its final six tasks leave DROP out, and its DROP deep dive (Hugging "
           "Face, 2023-12-01) found its f1 missed correct numeric answers"),
)  # fmt: skip


@dataclass(frozen=True)
class V2Task:
    """One v2 benchmark and the protocol the leaderboard runs it in, as its documentation states it (the About
    page, huggingface/leaderboards docs/source/en/open_llm_leaderboard/about.md): each is its own run of the
    benchmark, never the number a developer reports under the benchmark's name (MMLU-Pro's 5-shot chain of
    thought; GPQA Diamond's 198 questions; IFEval's prompt-level accuracy alone)."""

    column: str  # the flat table's column (`mmlupro`; its raw score `mmlupro_raw`)
    name: str  # the leaderboard's name
    shots: int
    protocol: str  # what its raw score is, in words

    @property
    def benchmark(self) -> str:
        """Its raw score's benchmark: the leaderboard's run, not the catalog's benchmark of the same name."""
        return f"{self.name} (Open LLM Leaderboard v2)"

    @property
    def normalized(self) -> str:
        return f"{self.name} (normalized, Open LLM Leaderboard v2)"

    def note(self) -> str:
        return f"the leaderboard's own run: {self.protocol}"


V2_TASKS = (
    V2Task("ifeval", "IFEval", 0,
           "0-shot, the mean of prompt-level and instruction-level strict accuracy over IFEval's 541 prompts"),
    V2Task("bbh", "BBH", 3, "3-shot, acc_norm over 24 BIG-Bench Hard subtasks as multiple choice"),
    V2Task("math_lvl_5", "MATH Lvl 5", 4, "4-shot, exact match on MATH's level-5 problems only"),
    V2Task("gpqa", "GPQA", 0,
           "0-shot, acc_norm over GPQA's main, extended and diamond sets pooled (1,192 questions), not GPQA Diamond"),
    V2Task("musr", "MUSR", 0, "0-shot, acc_norm over MuSR's three subtasks"),
    V2Task("mmlupro", "MMLU-PRO", 5,
           "5-shot, acc: the likeliest of each question's options, no chain of thought, over the 12,032 test questions"),
)  # fmt: skip
# other spellings of a v2 name: the contents dataset's and Every Eval Ever's "MATH Level 5", the cards' "MuSR"
_V2_NAMES = {t.name.casefold(): t.name for t in V2_TASKS} | {"math level 5": "MATH Lvl 5"}
_V2_BY_NAME = {t.name: t for t in V2_TASKS}
_SHOTS = re.compile(r"\s*\(\d+-shot\)\s*$", re.I)
_V1_BY_DATASET = {d.casefold(): t for t in V1 for d in t.datasets}
_V1_BY_NAME = {n.casefold(): t for t in V1 for n in t.names}


def v2_name(name: str) -> str:
    """The leaderboard's name of a v2 benchmark as a table, card or record spells it ("MATH Level 5",
    "GPQA (0-shot)"); '' for any other name."""
    return _V2_NAMES.get(_SHOTS.sub("", " ".join(name.split())).casefold(), "")


def v2_task(name: str) -> V2Task | None:
    """The v2 benchmark a table, card or record names, in any of its spellings; None for any other name."""
    return _V2_BY_NAME.get(v2_name(name))


def v1_task(dataset_type: str, dataset_name: str) -> V1Task | None:
    """The v1 benchmark a card's result names, by its dataset's Hub id, else its name ("HellaSwag (10-Shot)")."""
    return _V1_BY_DATASET.get(dataset_type.strip().casefold()) or _V1_BY_NAME.get(
        _SHOTS.sub("", " ".join(dataset_name.split())).casefold()
    )


def v1_differences(task: V1Task, shots: int | None, metric: str, config: str, split: str) -> list[str]:
    """How a result's stated setting differs from the leaderboard's run of `task` (none: the same result)."""
    out = []
    if shots != task.shots:
        out.append("states no shots" if shots is None else f"is {shots}-shot")
    if metric.strip().casefold() not in (task.metric, task.metric_name):
        out.append(f"reports {metric.strip()!r}" if metric.strip() else "states no metric")
    if config and task.config and config.casefold() != task.config.casefold():
        out.append(f"is on configuration {config!r}")
    if split and split.casefold() != task.split:
        out.append(f"is on the {split!r} split")
    return out
