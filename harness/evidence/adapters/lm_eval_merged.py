"""Files that merge several lm-eval runs into one layout lm-eval never writes: told apart, so a refusal says so."""

from __future__ import annotations

import re

from harness.evidence.adapters.foreign import number

_RUN_DATE = re.compile(r"\d{4}-\d{2}-\d{2}[-T_ ]\d{2}[-:]\d{2}[-:]\d{2}(\.\d+)?")
_NOT_ONE_RUN = "results through training, not one run's scores: import a checkpoint's own results file"


def merged_layout(data: dict, results: dict) -> str:
    """Why a file whose every value is no score holds several runs' results, where its layout says so; "" else.

    BigScience merged its runs in layouts lm-eval never writes, each refused as "no score in 'results':
    '2022-07-07-20-56-59' is {...}, not a number", the run's date read as a metric: each task's runs by the time they
    ran (bslmeval.json), each metric's values through training, one per checkpoint (`checkpoints` beside), and
    several training runs' such values, each under the run's name (tr3_results_through_training.json)."""
    tasks = [(t, v) for t, v in results.items() if isinstance(v, dict) and v]
    if tasks and all(all(_RUN_DATE.fullmatch(str(k)) for k in v) for _, v in tasks):
        task, runs = tasks[0]
        return (
            f"'results' holds each task's runs by the time they ran ({task!r}: {next(iter(runs))!r}), several runs "
            "merged into one file (as BigScience's bslmeval.json), not one run's {task: {metric: value}}: import each "
            "run's own results file"
        )
    if through := _through_training(data, results):
        return f"'results' holds a list of values for each metric ({through}), {_NOT_ONE_RUN}"
    # one level deeper: several training runs, each its tasks' values through training under the run's name
    runs = [(name, _through_training(data, inner)) for name, inner in tasks]
    if runs and all(through for _, through in runs):
        name, through = runs[0]
        return (
            f"'results' holds {len(runs)} training runs, each under its name, with a list of values for each metric "
            f"({name!r}: {through}), {_NOT_ONE_RUN}"
        )
    return ""


def merged_runs(data) -> str:
    """Why a file with no 'results' of its own holds several training runs' results through training, one run's
    {tokens, checkpoints, results} under each run's name (BigScience's tr3_results_through_training.json, which was
    refused as no lm-eval file, "no 'results' dict"); "" else."""
    if not isinstance(data, dict) or "results" in data:
        return ""
    runs = [(k, v) for k, v in data.items() if isinstance(v, dict) and isinstance(v.get("results"), dict)]
    if not runs or len(runs) != len(data):
        return ""
    found = [(name, _through_training(run, run["results"])) for name, run in runs]
    if not all(through for _, through in found):
        return ""
    name, through = found[0]
    return (
        f"the file holds {len(found)} training runs, each under its name with its own 'results', a list of values "
        f"for each metric ({name!r}: {through}), {_NOT_ONE_RUN}"
    )


def _through_training(data: dict, results: dict) -> str:
    """Where a metric of `results` is a list of values (one per checkpoint), which: `'arc_challenge' 'acc': 3 values,
    one per checkpoint of its 'checkpoints'`; "" where none is."""
    for task, metrics in results.items():
        if not isinstance(metrics, dict):
            continue
        for metric, values in metrics.items():
            if isinstance(values, list) and len(values) > 1 and all(number(x) is not None for x in values):
                steps = next((k for k in ("checkpoints", "checkpoint_steps") if isinstance(data.get(k), list)), "")
                per = f", one per checkpoint of its {steps!r}" if steps else ""
                return f"{task!r} {metric!r}: {len(values)} values{per}"
    return ""
