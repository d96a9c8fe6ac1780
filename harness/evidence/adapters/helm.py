"""A HELM run: stats.json, with run_spec.json and per_instance_stats.json from the same run folder."""

from __future__ import annotations

import math
from collections import Counter

from harness.errors import InputError, UsageError
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.foreign import foreign_digits, given_model, load_json, noted, number
from harness.evidence.fetching import Fetched, lfs_pointer_size
from harness.evidence.itemstats import item_means
from harness.evidence.metrics import load_vocabulary
from harness.inputs import parse_json, printable

SPLITS = ("test", "valid")


class HelmRun(Importer):
    name = "helm"
    # 2: per-instance results whose mean is not the run's are neither its per-item results nor its stderr
    # 3: the run's other metrics on the split are named in the row's notes (they were left unsaid)
    # 4: ROUGE and BLEU-1/4 are read on 0-1, as HELM computes them (an import by --metric asked for --scale)
    version = "4"
    summary = "a HELM run's stats.json (run_spec.json and per_instance_stats.json beside it)"
    reads = frozenset({"model", "metric"})

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        stats = load_json(src, "a HELM stats.json")
        if not isinstance(stats, list) or not all(
            isinstance(s, dict) and isinstance(s.get("name"), dict) for s in stats
        ):
            raise InputError(src.label, "not a HELM stats.json (a list of {name: {name, split}, mean, count})")
        spec = _sibling_json(src, "run_spec.json")
        if not isinstance(spec, dict):
            raise InputError(src.label, "run_spec.json must sit beside stats.json (it names the model and scenario)")
        adapter = spec.get("adapter_spec") if isinstance(spec.get("adapter_spec"), dict) else {}
        model = opts.model or str(adapter.get("model") or "")
        replaced = given_model(opts.model, str(adapter.get("model") or ""))
        metric = opts.metric or _main_metric(spec)
        flat = {(s["name"].get("name"), s["name"].get("split")): s for s in stats if not s["name"].get("perturbation")}
        split = next((sp for sp in SPLITS if (metric, sp) in flat), None)
        if split is None:
            # a safety run's spec names no metric HELM's way (its default exact_match is not there): say which it has
            raise UsageError(
                f"{src.label}: no {metric!r} on a test or valid split; pass --metric NAME{_its_metrics(flat)}"
            )
        mean = number(flat[(metric, split)].get("mean"))
        n_stat = flat.get(("num_instances", split), {})
        n = int(number(n_stat.get("mean")) or 0) or None
        if mean is None:
            hint = foreign_digits(flat[(metric, split)].get("mean"))
            raise InputError(src.label, f"{metric} on {split} has no numeric mean{hint}")
        items, trials = _items(src, metric, split)
        unused = ""
        if items and len(items) == n and not math.isclose(sum(items.values()) / n, mean, rel_tol=1e-6, abs_tol=1e-9):
            # per-instance results of another run (or an edited file): their spread is no stderr of this mean
            unused = (
                f"per_instance_stats.json's mean {sum(items.values()) / n:.6g} is not stats.json's {mean:.6g}: its "
                "per-item results and stderr are not used"
            )
            items = {}
        stderr = None
        if items and len(items) == n and n > 1:
            values = list(items.values())
            avg = sum(values) / n
            stderr = math.sqrt(sum((v - avg) ** 2 for v in values) / (n - 1) / n)
        name = str(spec.get("name") or "")
        bench = (
            ",".join(p for p in name.split(":", 1)[-1].split(",") if not p.startswith(("model=", "method=")))
            if ":" in name
            else name
        )
        bench = f"{name.split(':', 1)[0]}:{bench}" if ":" in name and bench else name.split(":", 1)[0]
        known = load_vocabulary().lookup(metric)
        # a metric that is no 0-1 share (BBQ's bias score, -1 to 1; one the vocabulary does not know) is
        # its own benchmark, kept as written: times 100 beside the run's accuracy, a bias of 0.05 read as 5 %
        own_scale = known is None or (known.score and not known.percent_like)
        if own_scale:
            bench = f"{bench} ({metric})"
        # HELM's own code computes these per instance on 0-1; the vocabulary's ROUGE and BLEU may be written either
        # way, so the import asked for --scale though the run's code settles it
        helm_fraction = metric in _FRACTION_METRICS
        rows = [
            ImportedRow(
                model=model,
                benchmark=bench,
                metric=metric,
                value=mean,
                stderr=stderr,
                n=n,
                setting=f"HELM, {adapter.get('method', '?')}, {adapter.get('max_train_instances', '?')}-shot, split {split}",
                shots=adapter.get("max_train_instances")
                if isinstance(adapter.get("max_train_instances"), int)
                else None,
                harness="HELM",
                prompt=str(adapter.get("method") or ""),
                reported_by=opts.reported_by or "HELM run",
                source_url=opts.source_url or src.url or "",
                locator=f"{name} stats.json {metric} ({split})",
                as_of=None,
                notes="; ".join(
                    note
                    for note in (
                        f"HELM computes {metric} on 0-1 ({_FRACTION_METRICS[metric]})" if helm_fraction else "",
                        "stderr computed from per_instance_stats.json"
                        + (f" over instance means of {trials} trials each" if trials > 1 else "")
                        if stderr is not None
                        else "",
                    )
                    if note
                ),
                # partial only when the cap was reached: a scenario smaller than the cap was run whole
                partial=_capped(adapter, flat),
                items=items if items and len(items) == n else None,
                scale="as-is" if known is None else "unknown" if own_scale else "fraction",
                max_score=1.0 if helm_fraction else None,
                benchmark_kind="points" if own_scale else "",
            )
        ]
        return noted(noted(noted(rows, replaced), unused), _others(flat, metric, split))


# metrics HELM computes per instance on 0-1 whose names the vocabulary reads as either scale (its
# evaluate_reference_metrics.py: rouge_score's F-measure, nltk's sentence_bleu); its machine-translation `bleu` is
# sacrebleu's corpus score on 0-100, and is not among them
_FRACTION_METRICS = {
    "rouge_1": "rouge_score's F-measure",
    "rouge_2": "rouge_score's F-measure",
    "rouge_l": "rouge_score's F-measure",
    "bleu_1": "nltk's sentence BLEU",
    "bleu_4": "nltk's sentence BLEU",
}


def _capped(adapter: dict, flat: dict) -> bool:
    """True when HELM's max_eval_instances cut the run short (it evaluated as many instances as the cap)."""
    cap = adapter.get("max_eval_instances")
    if not isinstance(cap, int) or isinstance(cap, bool) or cap <= 0:
        return False
    evaluated = sum(number(flat.get(("num_instances", sp), {}).get("mean")) or 0 for sp in SPLITS)
    return evaluated >= cap


def _sibling_json(src: Fetched, name: str):
    data = src.sibling(name)
    if data is None:
        return None
    label = printable(str(src.path.parent / name)) if src.path is not None else name
    if size := lfs_pointer_size(data):
        # a run folder checked out without its Git LFS files: "per_instance_stats.json:1: not valid JSON" hid why
        raise InputError(
            label, f"a Git LFS pointer to a file of {size} bytes, not the file itself: fetch it (`git lfs pull`)"
        )
    return parse_json(data, label)


# HELM's bookkeeping beside the scores: counts, tokens, timings, costs, truncation
_NOT_SCORES = ("num_", "finish_reason_", "training_", "batch_size", "inference_", "prompt_truncated", "max_prob")


def _others(flat: dict, metric: str, split: str) -> str:
    """The run's other metrics on `split`, which an import of one metric leaves out, said in the row.

    A run states many (BBQ's bias scores beside its accuracy, MMLU's quasi_exact_match and perplexity):
    one import reads one, and a reviewer who sees no word of the rest takes the row for all the run gave.
    """
    names = sorted({str(n) for n, sp in flat if sp == split and n != metric and not str(n).startswith(_NOT_SCORES)})
    if not names:
        return ""
    more = f" and {len(names) - 8} more" if len(names) > 8 else ""
    return (
        f"not imported: the run's other metrics on {split}, {', '.join(names[:8])}{more} "
        "(an import reads one metric; --metric NAME reads another)"
    )


def _its_metrics(flat: dict) -> str:
    """The metrics a run states on a test or valid split, for the message that asks for one."""
    names = sorted({name for name, split in flat if split in SPLITS and not str(name).startswith(_NOT_SCORES)})
    if not names:
        return ""
    more = f" and {len(names) - 12} more" if len(names) > 12 else ""
    return f" (its metrics: {', '.join(map(str, names[:12]))}{more})"


def _main_metric(spec: dict) -> str:
    """The first metric the run spec asks for (HELM's headline for the scenario)."""
    for m in spec.get("metric_specs") or []:
        names = (m.get("args") or {}).get("names") if isinstance(m, dict) else None
        if names:
            return str(names[0])
    return "exact_match"


def _items(src: Fetched, metric: str, split: str) -> tuple[dict[str, float], int]:
    """Each instance's score on one metric and split, its trials averaged (instance id -> mean), and
    the most trials any instance had.

    With `num_train_trials` > 1 HELM runs every instance once per trial (a different draw of
    in-context examples) and lists one entry per (instance, trial); stats.json averages each
    trial's mean. The trials are repeats of one item, never separate items: the item is the
    instance, its score the mean over its trials (with the same instances in every trial, the
    mean of the item means is stats.json's mean). Perturbed copies of an instance are left out,
    as in stats.json's headline. HELM gives no group of instances (a subject is a run of its own).
    """
    per = _sibling_json(src, "per_instance_stats.json")
    scores: list[tuple[str, float]] = []
    for inst in per if isinstance(per, list) else []:
        if not isinstance(inst, dict) or inst.get("perturbation") or inst.get("instance_id") is None:
            continue
        for stat in inst["stats"] if isinstance(inst.get("stats"), list) else []:
            nm = stat.get("name") if isinstance(stat, dict) else None
            if (
                isinstance(nm, dict)
                and nm.get("name") == metric
                and nm.get("split") == split
                and not nm.get("perturbation")
            ):
                value = number(stat.get("mean"))
                if value is not None:
                    scores.append((str(inst["instance_id"]), value))
    counts = Counter(k for k, _ in scores)
    return item_means(scores), max(counts.values(), default=0)
