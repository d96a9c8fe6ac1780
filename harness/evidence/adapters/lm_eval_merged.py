"""Files that merge several lm-eval runs into one layout lm-eval never writes: told apart, so a refusal says so."""

from __future__ import annotations

import re

from harness.evidence.adapters.foreign import number

_RUN_DATE = re.compile(r"\d{4}-\d{2}-\d{2}[-T_ ]\d{2}[-:]\d{2}[-:]\d{2}(\.\d+)?")


def merged_layout(data: dict, results: dict) -> str:
    """Why a file whose every value is no score holds several runs' results, where its layout says so; "" else.

    BigScience merged its runs in two layouts lm-eval never writes, each refused as "no score in 'results':
    '2022-07-07-20-56-59' is {...}, not a number", the run's date read as a metric: each task's runs by the time they
    ran (bslmeval.json), and each metric's values through training, one per checkpoint (`checkpoints` beside)."""
    tasks = [(t, v) for t, v in results.items() if isinstance(v, dict) and v]
    if tasks and all(all(_RUN_DATE.fullmatch(str(k)) for k in v) for _, v in tasks):
        task, runs = tasks[0]
        return (
            f"'results' holds each task's runs by the time they ran ({task!r}: {next(iter(runs))!r}), several runs "
            "merged into one file (as BigScience's bslmeval.json), not one run's {task: {metric: value}}: import each "
            "run's own results file"
        )
    for task, metrics in tasks:
        for metric, values in metrics.items():
            if isinstance(values, list) and len(values) > 1 and all(number(x) is not None for x in values):
                steps = next((k for k in ("checkpoints", "checkpoint_steps") if isinstance(data.get(k), list)), "")
                per = f", one per checkpoint of its {steps!r}" if steps else ""
                return (
                    f"'results' holds a list of values for each metric ({task!r} {metric!r}: {len(values)} values"
                    f"{per}), results through training, not one run's scores: import a checkpoint's own results file"
                )
    return ""
