"""lm-eval's own results JSON (0.4.x) and the samples_<task>_*.jsonl beside it, as imported rows."""

from __future__ import annotations

import json
import math
import re

from harness.errors import InputError, UsageError
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.foreign import day, foreign_digits, given_model, hf_owner, load_json, need, noted, number
from harness.evidence.adapters.lm_eval_merged import merged_layout, merged_runs
from harness.evidence.adapters.lm_eval_run import named_day, sample_clusters, sample_items, split_key
from harness.evidence.fetching import Fetched, lfs_pointer_size
from harness.evidence.itemstats import cluster_robust_se
from harness.evidence.metrics import load_vocabulary

_STAMP = re.compile(r"results_(.+)\.json$")
# what lm-eval appends to a samples file's name: the run's date_id, 2024-08-21T03-44-09.494230
_SAMPLES_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(\.\d+)?\.jsonl")
# the same date_id at the end of the results file's name, whatever comes before it (`results_`, or a name of the
# user's own: truthfulqa_gen_neo125_2025-05-31T14-30-51.983293.json)
_RUN_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:\.\d+)?)\.json$")


class LmEvalResults(Importer):
    name = "lm-eval"
    # 2: a group's notes name only the subtasks that report the metric (GLUE's mcc is CoLA's alone)
    # 3: the weights' revision the run loaded is in the setting; a 2023 0.4 file's shots come from its configs
    # 4: so is GPT-NeoX's checkpoint step (model_args.iteration)
    # 5: the `bypass` metric of a --predict_only run (999, nothing scored) is no score (the metric vocabulary)
    # 6: a 0-1 metric is read as the fraction lm-eval writes: one `acc` above 1 no longer makes every acc a percent
    # 7: an unknown metric whose direction the file's higher_is_better states says so in its notes ("lower is better,
    # as the source says"), not "direction and range unchecked"
    # 8: lm-eval's SQuAD 2.0 f1 is read on 0-100, as its squad_v2 metric writes it
    # 9: a run's samples are the file of its own timestamp: a results file whose name ends in one never takes
    # another run's, and one whose name gives none takes a task's samples file only where there is one
    # 10: a samples file that is a Git LFS pointer is said so in the rows' notes, its run's scores imported (the
    # whole file was refused as "not valid JSON Lines")
    # 11: a name's 12-30-2022 (GPT-NeoX's eval_results_<m>-<d>-<y>-...) dates the rows where one number is a day
    version = "11"
    summary = "lm-eval results_*.json (0.4.x), with samples_<task>_*.jsonl beside it as per-item results"
    reads = frozenset({"model"})

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        data = load_json(src, "an lm-eval results file")
        if isinstance(data, dict) and isinstance(data.get("results"), list):
            # BigScience's fork of lm-eval (promptsource prompts) writes one record per task and prompt; "no
            # 'results' dict" told its user the key was missing
            raise InputError(
                src.label,
                "'results' is a list of per-prompt records (BigScience's fork of lm-eval, with promptsource "
                "prompts), not lm-eval's {task: {metric: value}}; this layout is not read",
                field="results",
            )
        if runs := merged_runs(data):
            raise InputError(src.label, runs)
        results = need(data, "results", src, "an lm-eval results file")
        if "config_general" in data or any("|" in str(k) for k in results):
            # lighteval (and the Open LLM Leaderboard's per-model results files) share the "results" key but
            # not its meaning: "suite|task|shots" keys and an "all" average that is no benchmark
            raise InputError(
                src.label,
                "a lighteval results file (config_general, suite|task|shots keys), not lm-eval's layout; "
                'benchclaims does not import lighteval files yet (its "all" entry is an average, not a benchmark)',
            )
        config = data.get("config") if isinstance(data.get("config"), dict) else {}
        model = opts.model or _model_name(data, config)
        replaced = given_model(opts.model, _model_name(data, config))
        # the weights' revision the run loaded (Pythia's `revision=step3000`, an early checkpoint): part of what
        # was run, as the Open LLM Leaderboard's model_sha is, so two revisions of one repo are two results
        revision = _revision(config)  # "revision step3000", "iteration 135000" (GPT-NeoX's own checkpoints), or ""
        if not model:
            raise UsageError(f"{src.label}: the run does not name its model; pass --model NAME")
        if model.startswith(("/", "./", "../", "~")) and not opts.model:
            raise UsageError(f"{src.label}: the run names a local path ({model}); pass --model NAME for the catalog")
        # lm-eval 0.3 wrote {"results", "versions"}, stderr as "acc_stderr", and (its main.py) a "config" whose one
        # "num_fewshot" held for every task; 0.4 writes per-task "n-shot" and "configs" beside its "config"
        old_layout = not any(k in data for k in ("n-shot", "configs", "lm_eval_version", "n-samples"))
        version = str(data.get("lm_eval_version") or ("0.3" if old_layout else "0.4.x"))
        directions = data.get("higher_is_better") if isinstance(data.get("higher_is_better"), dict) else {}
        when = day(data.get("date")) or day(_stamp(src.name))
        named = ""
        if when is None and (found := named_day(src.name)):  # GPT-NeoX's eval_results_12-30-2022-23-05-56.json
            when, named = found
        n_samples = data.get("n-samples") if isinstance(data.get("n-samples"), dict) else {}
        n_shot = data.get("n-shot") if isinstance(data.get("n-shot"), dict) else {}
        limit = config.get("limit")
        task_groups = _groups(data)
        configs = data.get("configs") if isinstance(data.get("configs"), dict) else {}
        vocab = load_vocabulary()
        rows = []
        for task, scores in results.items():
            if not isinstance(scores, dict):
                raise InputError(src.label, f"results[{task!r}] must be an object", field="results")
            counts = n_samples.get(task) if isinstance(n_samples.get(task), dict) else {}
            effective, original = _int(counts.get("effective")), _int(counts.get("original"))
            # a 0.4 file without per-task "n-shot" (the 2023 pre-releases) states each task's shots in its "configs"
            task_config = configs.get(task) if isinstance(configs.get(task), dict) else {}
            shots = (
                _int(config.get("num_fewshot"))
                if old_layout
                else _int(n_shot.get(task))
                if task in n_shot
                else _int(task_config.get("num_fewshot"))
            )
            samples = None
            for key, raw in scores.items():
                metric, filt = split_key(key)
                value = number(raw)
                if metric == "alias" or metric.endswith("_stderr"):
                    continue  # (a stderr is read with its metric; the metric vocabulary decides the rest)
                if value is None and not old_layout and "," not in key:
                    continue  # 0.4's own bookkeeping beside the "metric,filter" keys: "name", a group's "sample_count"
                known = vocab.lookup(metric)
                # lm-eval's SQuAD 2.0 task scores with the `squad_v2` metric, which writes its f1 on 0-100: read as
                # the vocabulary's 0-1 f1, bloom-560m's 1.86 was skipped as out of range, and an f1 under 1 would
                # have been multiplied by 100
                squad = metric in _SQUAD_V2_METRICS and _squad_v2_task(task, task_config, old_layout)
                stated = (directions.get(task) or {}).get(metric) if isinstance(directions.get(task), dict) else None
                # a metric that is not a 0-100 score (perplexity, bits_per_byte) is its own benchmark,
                # so its direction and scale never mix with the task's accuracy
                # (so is a metric the vocabulary does not know: kept as written, never read as a percent)
                own_scale = stated is False or known is None or (known.score and not known.percent_like)
                # (and a skipped row is named as its score would be: `materials_qa (mae)`)
                bench = f"{task} ({metric})" if own_scale else task
                if value is None:
                    # a metric the run could not compute (Infinity, NaN, "N/A") or one of another shape (a
                    # dict of ROUGE parts) is no score: counted and said, never dropped without a word
                    shown = json.dumps(raw)[:60]
                    rows.append(
                        ImportedRow.skipped(
                            model,
                            bench,
                            metric,
                            f"{src.name} results[{task!r}][{key!r}]",
                            f"{key!r} is {shown}, not a number: no score{foreign_digits(raw)}",
                        )
                    )
                    continue
                se_key = f"{metric}_stderr,{filt}"
                se_raw = scores.get(se_key)
                stderr = number(se_raw)
                if stderr is None and "," not in key and not foreign_digits(se_raw):
                    se_key = f"{metric}_stderr"  # the 0.3 layout
                    se_raw = scores.get(se_key)
                    stderr = number(se_raw)
                if stderr is None and foreign_digits(se_raw):  # '０.０２' read as no stderr, unsaid
                    rows.append(
                        ImportedRow.skipped(
                            model,
                            bench,
                            metric,
                            f"{src.name} results[{task!r}][{se_key!r}]",
                            f"{se_key!r} is {se_raw!r:.60}, not a number{foreign_digits(se_raw)}",
                        )
                    )
                    continue
                if samples is None:
                    samples, unmatched = _samples(src, task)
                items = sample_items(samples, metric, filt)
                groups = sample_clusters(samples, filt)
                notes = [unmatched] if unmatched else []
                if items and effective is not None and len(items) != effective:
                    notes.append(f"samples file holds {len(items)} of {effective} items: per-item results not attached")
                    items = None
                if items and not math.isclose(
                    mean := sum(items.values()) / len(items), value, rel_tol=1e-6, abs_tol=1e-9
                ):
                    # another run's samples, or an edited file: items averaging 0.45 were attached to a score of 0.9
                    notes.append(
                        f"samples file's mean {mean:.6g} is not the score {value:.6g}: per-item results not attached"
                    )
                    items = None
                if items and groups:
                    # items in clusters are not independent: the SE is cluster-robust over the item means
                    keys = sorted(items)
                    robust = cluster_robust_se([items[k] for k in keys], [groups.get(k, "\0" + k) for k in keys])
                    own = f" (lm-eval's own: {stderr:g})" if stderr is not None else ""
                    notes.append(f"stderr cluster-robust over {len(set(groups.values()))} clusters{own}")
                    stderr = robust
                if squad and known is not None and known.range == "fraction":
                    notes.append(f"lm-eval's SQuAD 2.0 task computes {metric} with the squad_v2 metric, on 0-100")
                if task in task_groups:  # never a task of its own: ai2_arc pools ARC-Easy with ARC-Challenge
                    notes.append(_group_note(task_groups[task], results, key, metric))
                partial = limit is not None or (effective is not None and original is not None and effective < original)
                rows.append(
                    ImportedRow(
                        model=model,
                        benchmark=bench,
                        metric=metric,
                        value=value,
                        stderr=stderr,
                        n=effective if effective is not None else (len(items) if items else None),
                        setting=f"lm-eval {version}, {f'{shots}-shot' if shots is not None else 'shots not stated'}, filter {filt}"
                        + (f", {revision}" if revision else ""),
                        shots=shots,
                        harness="lm-eval",
                        reported_by=opts.reported_by or "lm-eval run",
                        source_url=opts.source_url,
                        locator=f"{src.name} results[{task!r}][{key!r}]",
                        as_of=when,
                        notes="; ".join(
                            notes + ([f"limit={limit}"] if limit is not None else []) + ([named] if named else [])
                        ),
                        partial=partial,
                        items=items or None,
                        clusters=groups if items else None,
                        developer=hf_owner(model),
                        open_weights=True if hf_owner(model) else None,
                        benchmark_items=original,
                        # settled per metric by the vocabulary; a BLEU or ROUGE (either scale) by who computed it; a
                        # 0-1 metric (acc, exact_match) as the fraction lm-eval computes, so an `acc` of 1.5 is out of
                        # its range, never read, with the file's other accuracies, as 1.5 %
                        scale="as-is"
                        if known is None
                        else "percent"
                        if squad
                        else _either_scale(task, metric, configs.get(task), old_layout)
                        if known.range == "either"
                        else "fraction"
                        if known.range == "fraction"
                        else "unknown",
                        benchmark_kind="points" if own_scale else "",
                        higher_is_better=stated if isinstance(stated, bool) else None,
                    )
                )
        if not rows:
            raise InputError(src.label, "no scores in 'results' (an lm-eval results file lists metric,filter keys)")
        if all(row.skip for row in rows):
            merged = merged_layout(data, results)
            raise InputError(
                src.label,
                merged or f"no score in 'results': {rows[0].skip}" + (" (and the others)" if len(rows) > 1 else ""),
                field="results" if merged else None,
            )
        return noted(rows, replaced)


# lm-eval's own corpus-level aggregations: sacrebleu's BLEU, chrF and TER, each on 0-100
_SACREBLEU = {"bleu", "chrf", "ter"}
# lm-eval's TruthfulQA generation task: its process_results_gen writes sacrebleu's BLEU and ROUGE times 100
_TRUTHFULQA_MAX = {"bleu_max", "rouge1_max", "rouge2_max", "rougeL_max"}


def _either_scale(task: str, metric: str, config, old_layout: bool) -> str:
    """The scale of a metric written on 0-1 by some code and 0-100 by other code (BLEU, ROUGE, chrF).

    Known only where lm-eval's own code computed it: its sacrebleu aggregations (a `metric_list`
    entry aggregated by `bleu`, `chrf` or `ter`; in the 0.3 layout, which had no task files, the
    metric of that name) and TruthfulQA's `bleu_max`/`rouge*_max`. A task's own code (a custom
    `process_results` averaged with `mean`, as NL2FOAM's BLEU of 0.61) may write either scale, and
    the file does not say which: "either?", for the import to settle from the values or refuse.
    """
    config = config if isinstance(config, dict) else {}
    if metric in _TRUTHFULQA_MAX and task.startswith("truthfulqa"):
        if old_layout or "def process_results_gen(" in str(config.get("process_results") or ""):
            return "percent"
    if old_layout:
        return "percent" if metric in _SACREBLEU else "either?"
    listed = config.get("metric_list") if isinstance(config.get("metric_list"), list) else []
    for entry in listed:
        if isinstance(entry, dict) and entry.get("metric") == metric:
            return "percent" if entry.get("aggregation") in _SACREBLEU else "either?"
    return "either?"


# lm-eval's SQuAD 2.0 task (`squad2` in 0.3, the `squadv2` class in 0.4) and what its squad_v2 metric writes
_SQUAD_V2_METRICS = {"exact", "f1", "HasAns_exact", "HasAns_f1", "NoAns_exact", "NoAns_f1", "best_exact", "best_f1"}


def _squad_v2_task(task: str, config: dict, old_layout: bool) -> bool:
    """lm-eval's own SQuAD 2.0 task: `squad2` in the 0.3 layout, `squadv2` in 0.4 as its class defines it (a task
    of that name with its own `metric_list` is another's, whose scale the file does not say)."""
    return task == "squad2" if old_layout else task == "squadv2" and not config.get("metric_list")


def _model_name(data: dict, config: dict) -> str:
    args = config.get("model_args")
    if isinstance(args, str):
        for part in args.split(","):
            key, _, value = part.partition("=")
            if key.strip() in {"pretrained", "model"} and value.strip():
                return value.strip()
    if isinstance(args, dict) and isinstance(args.get("pretrained"), str):
        return args["pretrained"]
    return str(data.get("model_name") or "")


def _revision(config: dict) -> str:
    """Which weights of the model the run loaded, for its setting: `revision step3000` (model_args' revision, else
    0.4's model_revision), or `iteration 135000` (GPT-NeoX's evaluate.py names the checkpoint by its training
    step, `model_args.iteration`); "" for the default branch, `main`, which is what the model's name alone means."""
    args = config.get("model_args")
    stated = ""
    if isinstance(args, str):
        for part in args.split(","):
            key, _, value = part.partition("=")
            if key.strip() == "revision":
                stated = value.strip()
    elif isinstance(args, dict):
        if isinstance(args.get("revision"), str):
            stated = args["revision"].strip()
        elif isinstance(args.get("iteration"), int) and not isinstance(args["iteration"], bool):
            return f"iteration {args['iteration']}"
    if not stated and isinstance(config.get("model_revision"), str):
        stated = config["model_revision"].strip()
    return "" if stated in ("", "main") else f"revision {stated}"


def _group_note(subs: list[str], results: dict, key: str, metric: str) -> str:
    """What a group's score aggregates: only the subtasks that report its metric. GLUE's mcc is CoLA's alone and its
    acc pools the other eight; "the aggregate of 9 subtasks" said of both was wrong of each."""
    if not subs:
        return "an lm-eval group: the aggregate of its subtasks"
    some = [s for s in subs if isinstance(results.get(s), dict) and number(results[s].get(key)) is not None]
    if not some or len(some) == len(subs):
        return f"an lm-eval group: the aggregate of {len(subs)} subtasks ({_names(subs)})"
    if len(some) == 1:
        return f"an lm-eval group: the aggregate of {some[0]} alone, the one of its {len(subs)} subtasks that reports {metric}"
    return f"an lm-eval group: the aggregate of the {len(some)} of its {len(subs)} subtasks that report {metric} ({_names(some)})"


def _names(subs: list[str]) -> str:
    return ", ".join(subs[:3]) + (", ..." if len(subs) > 3 else "")


def _groups(data: dict) -> dict[str, list[str]]:
    """The results entries that are groups (lm-eval's `groups`, or a non-empty `group_subtasks` list): their subtasks."""
    out: dict[str, list[str]] = {}
    listed = data.get("group_subtasks") if isinstance(data.get("group_subtasks"), dict) else {}
    for name, subs in listed.items():
        if isinstance(subs, list) and subs:
            out[str(name)] = sorted(str(x) for x in subs)
    if isinstance(data.get("groups"), dict):
        for name in data["groups"]:
            out.setdefault(str(name), [])
    return out


def _stamp(name: str) -> str:
    found = _STAMP.search(name)
    return found.group(1) if found else ""


def _int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _samples(src: Fetched, task: str) -> tuple[list[dict], str]:
    """The per-sample records of a task, from the samples file of the same run, and what the rows' notes say where
    none is taken.

    lm-eval names both files with the run's date_id: a results file whose name ends in one has the samples file of
    that stamp or none (a run of 20 of TruthfulQA's samples took the 817 of the run before it, the first beside it,
    and so attached none of its own). One whose name gives none (renamed `results.json`) takes the task's samples
    file where there is only one; of several, which is its run it does not say.
    """
    stamp = _RUN_STAMP.search(src.name)
    if stamp:
        names = [f"samples_{task}_{stamp.group(1)}.jsonl"]
    else:
        # the rest of the name must be lm-eval's timestamp, never another task's name: a group's "negotiationtom"
        # took the 20 samples of its subtask "negotiationtom_belief" (samples_negotiationtom_belief_<stamp>) as its own
        names = [
            n for n in src.siblings(f"samples_{task}_*.jsonl") if _SAMPLES_STAMP.fullmatch(n[len(f"samples_{task}_") :])
        ]
        if len(names) > 1:
            return [], (
                f"{len(names)} samples files of {task} beside it ({', '.join(names[:2])}{', ...' if len(names) > 2 else ''}), "
                "and its name gives no run's timestamp: per-item results not attached"
            )
    for name in names:
        data = src.sibling(name)
        if data is None:
            continue
        if size := lfs_pointer_size(data):
            # a repository keeping its samples in Git LFS holds, in a checkout without them, a pointer: the whole
            # results file was refused as "not valid JSON Lines", its scores with it
            return [], (
                f"{name} is a Git LFS pointer to a file of {size} bytes, not the file itself: per-item results not "
                "attached (fetch it with `git lfs pull` to attach them)"
            )
        out = []
        for i, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(name, f"not valid JSON Lines ({exc.msg})", line=i) from None
            if isinstance(record, dict):
                out.append(record)
        return out, ""
    return [], ""
