"""Inspect AI eval logs (JSON, or the .eval zip of JSON): results.scores[].metrics, and samples as per-item results."""

from __future__ import annotations

import math
import re

from harness.errors import InputError
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.foreign import (
    day,
    foreign_digits,
    given_model,
    hf_owner,
    load_json,
    need,
    noted,
    number,
    zone_note,
)
from harness.evidence.fetching import Fetched
from harness.evidence.itemstats import cluster_label, cluster_robust_se, item_means

MAX_MEMBER = 200 * 1024 * 1024  # a zip member larger than this is refused, not inflated
ZIP_ZSTANDARD = 93  # the zip compression method Inspect writes .eval logs with since mid-2026


def _eval_zip(src: Fetched) -> dict:
    """An .eval log as its JSON form: header.json, with the samples/ members as `samples`."""
    import io
    import json
    import zipfile

    z = None
    try:
        z = zipfile.ZipFile(io.BytesIO(src.data))
        names = z.namelist()
        if "header.json" not in names:
            raise InputError(src.label, "a zip without header.json: not an Inspect AI .eval log")

        def member(name: str):
            if z.getinfo(name).file_size > MAX_MEMBER:
                raise InputError(src.label, f"{name} is larger than {MAX_MEMBER // 2**20} MB", field=name)
            return json.loads(z.read(name))

        data = member("header.json")
        if not isinstance(data, dict):
            raise InputError(src.label, "header.json is not an object", field="header.json")
        data["samples"] = [member(n) for n in sorted(names) if n.startswith("samples/") and n.endswith(".json")]
        return data
    except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError, KeyError) as exc:
        raise InputError(src.label, f"not a readable Inspect AI .eval log ({exc})") from None
    except (NotImplementedError, RuntimeError) as exc:
        # Inspect writes its newer logs with Zstandard (zip method 93), which Python's zipfile reads from 3.14 on
        if z is not None and any(i.compress_type == ZIP_ZSTANDARD for i in z.infolist()):
            raise InputError(
                src.label,
                "compressed with Zstandard (zip method 93), which this Python cannot read; "
                "convert it with `inspect log convert --to json` and import the JSON log",
            ) from None
        raise InputError(src.label, f"not a readable Inspect AI .eval log ({exc})") from None


# Inspect's letter grades (inspect_ai.scorer: CORRECT, INCORRECT, PARTIAL, NOANSWER)
GRADES = {"C": 1.0, "I": 0.0, "P": 0.5, "N": 0.0}


class InspectLog(Importer):
    name = "inspect"
    # 2: samples whose mean is not a metric's value are not its per-item results
    # 3: a log naming no version of Inspect says so in the setting ("Inspect AI , epochs 1" before)
    # 4: the models a log names as grading a scorer (its `grader_model`, `judge_model` or `model` parameter) or in a
    # role (`model_roles`) are in the setting: a score graded by another judge read as the same setting
    # 5: a score whose epochs were reduced otherwise than by the mean (pass_at_5, max) says so in its setting
    # 6: a metric's own `<x>_stderr` beside it (IFEval's prompt_strict_stderr) is its SE, no longer a skipped row
    # 7: `<x>_stderr` is the SE of the metric named `<x>` where there is one, though `<x>_...` names another
    # 8: a scorer whose samples are scored beyond 0-1 (a monitor's 0-10 suspicion) is no share, whatever its mean:
    # a mean suspicion of 0.8 was read as an accuracy of 80 %
    version = "8"
    summary = "an Inspect AI eval log: a .eval file (a zip of JSON) or its JSON form"
    reads = frozenset({"model"})

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        data = _eval_zip(src) if src.data[:4] == b"PK\x03\x04" else load_json(src, "an Inspect AI JSON log")
        ev = need(data, "eval", src, "an Inspect AI log")
        if isinstance(data, dict) and data.get("status") not in (None, "success") and "results" not in data:
            # a run that stopped on an error logs no results: it was "not an Inspect AI log (a finished run): no
            # 'results' dict", where the log says why the run stopped
            raise InputError(src.label, f"the run did not finish (status {data.get('status')!r}{_why(data)})",
                             field="status")  # fmt: skip
        results = need(data, "results", src, "an Inspect AI log (a finished run)")
        if isinstance(results, dict) and "scores" not in results and isinstance(results.get("scorer"), dict):
            # a log of format 1 (spring 2024): one `scorer` with the `metrics` beside it, as Inspect itself migrates it
            results = {**results, "scores": [{**results["scorer"], "metrics": results.get("metrics")}]}
        scores = need(results, "scores", src, "an Inspect AI log with scores", list)
        if data.get("status") not in (None, "success"):
            raise InputError(src.label, f"the run did not finish (status {data.get('status')!r})", field="status")
        if not scores:  # a run logged without scoring (`--no-score`): its samples hold no scores either
            raise InputError(src.label, "empty: the run was not scored", field="results.scores")
        model = opts.model or str(ev.get("model") or "")
        replaced = given_model(opts.model, str(ev.get("model") or ""))
        task = str(ev.get("task_registry_name") or ev.get("task") or "")
        dataset = ev.get("dataset") if isinstance(ev.get("dataset"), dict) else {}
        total = dataset.get("samples") if isinstance(dataset.get("samples"), int) else None
        config = ev.get("config") if isinstance(ev.get("config"), dict) else {}
        generate = ev.get("model_generate_config") if isinstance(ev.get("model_generate_config"), dict) else {}
        packages = ev.get("packages") if isinstance(ev.get("packages"), dict) else {}
        # (a log that names no version of Inspect said "Inspect AI , epochs 1")
        version = str(packages.get("inspect_ai") or "").strip() or "(version not stated)"
        setting = f"Inspect AI {version}, epochs {config.get('epochs', 1)}"
        if generate.get("reasoning_effort"):  # the mode the run asked for: part of which model was measured
            setting += f", {generate['reasoning_effort']} reasoning effort"
        roles = ev.get("model_roles") if isinstance(ev.get("model_roles"), dict) else {}
        # a model in a role (a grader, a red team) acts on every sample: part of what the score measured
        setting += "".join(f", {role} model {m}" for role, spec in sorted(roles.items()) for m in _models(spec))
        declared = {str(x.get("name")): x.get("options") for x in ev.get("scorers") or [] if isinstance(x, dict)}
        samples = data.get("samples") if isinstance(data.get("samples"), list) else []
        rows = []
        for i, score in enumerate(scores):
            metrics = score.get("metrics") if isinstance(score, dict) else None
            if not isinstance(metrics, dict):
                raise InputError(src.label, "needs metrics", field=f"results.scores[{i}]")
            scorer = str(score.get("name") or score.get("scorer") or "score")
            se_raw = metrics["stderr"].get("value") if isinstance(metrics.get("stderr"), dict) else None
            stderr = number(se_raw)
            # '０.０２' was read as no stderr, unsaid: each of the scorer's rows is skipped saying why
            bad_se = f"its stderr {se_raw!r} is no number{foreign_digits(se_raw)}" if foreign_digits(se_raw) else ""
            paired = _paired_stderrs(metrics)
            scored = score.get("scored_samples") if isinstance(score.get("scored_samples"), int) else None
            n = scored or _samples_run(results.get("completed_samples"), config.get("epochs"))
            cut, size = _cut(
                config.get("limit"), total, _samples_run(results.get("total_samples"), config.get("epochs")), n
            )
            items, groups, where = _items(samples, scorer, task)
            beyond = _beyond_share(samples, scorer)
            note, own = "", stderr
            if groups and items and len(items) == n:
                # items in clusters are not independent: the SE is cluster-robust over the item means
                keys = sorted(items)
                robust = cluster_robust_se([items[k] for k in keys], [groups.get(k, "\0" + k) for k in keys])
                note = f"stderr cluster-robust over {len(set(groups.values()))} {where}" + (
                    f" (the log's own: {stderr:g})" if stderr is not None else ""
                )
                stderr = robust
            bench = task.split("/", 1)[1] if task.startswith("inspect_evals/") else task
            graders = _graders(score.get("params") or declared.get(scorer))
            # how the epochs were reduced, where not Inspect's default mean: a log with epochs_reducer [mean,
            # pass_at_1, pass_at_2, pass_at_5] gives one scorer's accuracy four times, and all four were one result
            # (the same score stated again, or two scores of one setting where they differ)
            reducer = score.get("reducer")
            reduced = (
                f", epochs reduced by {reducer}" if isinstance(reducer, str) and reducer not in ("", "mean") else ""
            )
            graded = setting + reduced + (f", graded by {' and '.join(graders)}" if graders else "")
            for name, metric in metrics.items():
                raw = metric.get("value") if isinstance(metric, dict) else None
                value = number(raw)
                if name == "stderr" or name in paired.values():
                    continue  # (a stderr goes with its metric's rows; the metric vocabulary decides the rest)
                if (
                    value is None or bad_se
                ):  # '６４.８' was read as 64.8, a NaN accuracy dropped: now said, never unsaid
                    rows.append(
                        ImportedRow.skipped(model, bench, f"{scorer} {name}", f"{src.name} results.scores[{i}].metrics.{name}",
                                            f"{raw!r:.60} is no number{foreign_digits(raw)}" if value is None else bad_se)
                    )  # fmt: skip
                    continue
                attach, said, se, logged = bool(items) and len(items) == n, note, stderr, own
                if name in paired:
                    # a metric's own stderr (IFEval's prompt_strict_stderr beside prompt_strict_acc) was skipped as
                    # "not a score": its metric had no SE, or the scorer's `stderr`, which is another metric's
                    raw_se = metrics[paired[name]].get("value") if isinstance(metrics[paired[name]], dict) else None
                    if number(raw_se) is None:
                        rows.append(
                            ImportedRow.skipped(model, bench, f"{scorer} {name}", f"{src.name} results.scores[{i}].metrics.{name}",
                                                f"its stderr {paired[name]} {raw_se!r:.60} is no number{foreign_digits(raw_se)}")
                        )  # fmt: skip
                        continue
                    logged = number(raw_se)
                    if not note:  # (a cluster-robust SE from the samples stays the SE)
                        se, said = logged, f"stderr from {paired[name]}"
                if attach and not math.isclose(mean := sum(items.values()) / n, value, rel_tol=1e-6, abs_tol=1e-9):
                    # a metric that is no mean of the samples' scores (or an edited log): neither they nor an SE from
                    # them belong to it (an accuracy set to 0.5 over five right answers kept them)
                    attach, se = False, logged
                    said = f"its samples' mean {mean:.6g} is not its {name} {value:.6g}: per-item results not attached"
                rows.append(
                    ImportedRow(
                        model=model,
                        benchmark=bench,
                        metric=f"{scorer} {name}",
                        value=value,
                        stderr=se,
                        n=n if isinstance(n, int) and n > 0 else None,
                        setting=graded.strip(),
                        harness="Inspect AI",
                        reported_by=opts.reported_by or "Inspect AI run",
                        source_url=opts.source_url or src.url or "",
                        locator=f"{src.name} results.scores[{i}].metrics.{name}",
                        as_of=day(ev.get("created")),
                        notes="; ".join(x for x in (cut, zone_note(ev.get("created")), said) if x),
                        partial=bool(cut),
                        items=items if attach else None,
                        clusters=groups if groups and attach else None,
                        developer=hf_owner(model.split("/", 1)[1]) if model.count("/") == 2 else "",
                        benchmark_items=size,
                        # a share of 0-1; any other value (a 0-10 judge's mean) is kept as written, never a percent,
                        # and so is a mean under 1 of samples scored beyond 0-1 (suspicions 0, 1, 1, 0, 2: 0.8)
                        scale="fraction" if 0 <= value <= 1 and not beyond else "as-is",
                    )
                )
        if not rows:
            raise InputError(src.label, "no 0-1 scores in results.scores (accuracy or mean)", field="results.scores")
        return noted(rows, replaced)


def _paired_stderrs(metrics: dict) -> dict[str, str]:
    """Each metric that has a stderr of its own, by the name of that stderr: IFEval's `prompt_strict_acc` ->
    `prompt_strict_stderr`, `final_acc` -> `final_stderr`.

    `<x>_stderr` belongs to the metric named `<x>` where there is one (`acc_stderr` to `acc`, never to `acc_norm`,
    which has its own `acc_norm_stderr`), else to the one other metric named `<x>_<something>` (never a spread
    itself); where two metrics could own it (`<x>_acc` and `<x>_f1`), or two stderrs one metric, to none: a guess is
    no SE.
    """
    out: dict[str, str] = {}
    claimed: list[str] = []
    for name in metrics:
        if not (isinstance(name, str) and name.endswith("_stderr")) or not name[: -len("_stderr")]:
            continue
        stem = name[: -len("_stderr")]
        owners = [
            m
            for m in metrics
            if isinstance(m, str)
            and m != name
            and (m == stem or m.startswith(stem + "_"))
            and not re.search(r"_(stderr|std|stddev|se|var)$", m)
        ]
        if stem in owners:  # (the exact name: `acc_stderr` beside `acc` and `acc_norm` is acc's)
            owners = [stem]
        if len(owners) == 1:
            claimed.append(owners[0])
            out[owners[0]] = name
    # (a metric two stderrs could belong to takes neither)
    return {m: se for m, se in out.items() if claimed.count(m) == 1}


def _why(data: dict) -> str:
    """': ' and the first line of the error a stopped run logged (`error.message`), or ''."""
    error = data.get("error") if isinstance(data.get("error"), dict) else {}
    message = str(error.get("message") or "").strip().splitlines()
    return f": {message[0][:120]}" if message else ""


def _models(spec) -> list[str]:
    """The model names a parameter gives: a name, a model's config (`{"model": "google/gemini-2.0-flash-001", ...}`),
    or a list of them (a panel of graders)."""
    if isinstance(spec, list):
        return [m for x in spec for m in _models(x)]
    if isinstance(spec, dict):
        spec = spec.get("model")
    return [spec.strip()] if isinstance(spec, str) and spec.strip() else []


def _graders(params) -> list[str]:
    """The models a scorer's parameters name as grading it: `model` (model_graded_qa's) or any `*_model`
    (SimpleQA's `grader_model`, a `judge_model`); none where it names none (such a scorer grades with the model in
    the log's `grader` role, or the evaluated model itself: the setting says only what the log says)."""
    if not isinstance(params, dict):
        return []
    return [m for key, spec in params.items() if key == "model" or str(key).endswith("_model") for m in _models(spec)]


def _cut(limit, dataset: int | None, attempted: int | None, n: int | None) -> tuple[str, int | None]:
    """Why the run scored fewer samples than its dataset holds ('' where it scored them all), and the dataset's size
    where the log gives one the run does not contradict.

    `limit` is the run's sample limit, `dataset` the log's count of the dataset's samples, `attempted` the samples the
    run set out to score (`total_samples` over the epochs: the limit's or the dataset's, the smaller), `n` those it
    scored. A limit at or over the dataset's size (a run configured with `limit: 20000` for 'all') cut nothing: such a
    run was marked partial. Samples that did not complete (78 of 80) did cut it: such a run was not. A dataset count
    under the samples attempted (a log trimmed to one sample, 585 run) is no size of the dataset."""
    if dataset is not None and attempted is not None and dataset < attempted:
        dataset = None
    if dataset is None and isinstance(limit, int) and attempted is not None and attempted < limit:
        dataset = attempted  # the run ran out of samples before its limit: it set out to score every one
    if isinstance(n, int) and attempted is not None and n < attempted:
        return f"{n} of the {attempted} samples it set out to score were scored", dataset
    if limit and not (isinstance(limit, int) and dataset is not None and limit >= dataset):
        return f"limit={limit} of {dataset if dataset is not None else 'an unstated number of'} samples", dataset
    if isinstance(n, int) and dataset is not None and n < dataset:
        return f"{n} of {dataset} samples scored", dataset
    return "", dataset


def _samples_run(completed, epochs) -> int | None:
    """The samples a run scored, from `completed_samples`, which counts each sample once per epoch.

    (Inspect's `scored_samples`, where a log has it, already counts samples after the epochs are reduced.)
    A count that is not a whole number of epochs says no sample count: None, never the sample-epochs.
    """
    if not isinstance(completed, int) or isinstance(completed, bool) or completed <= 0:
        return None
    if not isinstance(epochs, int) or isinstance(epochs, bool) or epochs <= 1:
        return completed
    return completed // epochs if completed % epochs == 0 else None


SWE_BENCH_ID = re.compile(r"^([A-Za-z0-9_.-]+?)__([A-Za-z0-9_.-]+)-\d+$")  # owner__repo-1234


def _beyond_share(samples: list, scorer: str) -> bool:
    """Whether a sample's score for `scorer` lies outside 0-1.

    A scorer's mean is a share only where its samples are: ControlArena's monitors score each sample's suspicion
    0-10, and a mean of 0.8 over suspicions 0, 1, 1, 0, 2 was imported as an accuracy of 80 %.
    """
    for s in samples:
        entry = s.get("scores", {}).get(scorer) if isinstance(s, dict) and isinstance(s.get("scores"), dict) else None
        raw = entry.get("value") if isinstance(entry, dict) else None
        value = GRADES.get(raw) if isinstance(raw, str) else number(raw)
        if value is not None and not 0 <= value <= 1:
            return True
    return False


def _items(samples: list, scorer: str, task: str = "") -> tuple[dict[str, float], dict[str, str], str]:
    """Each sample's score for one scorer, its epochs averaged (item id -> mean); each sample's
    cluster; and where the clusters come from.

    A cluster is the sample's `metadata.cluster` when the log gives one. In a SWE-bench task
    (`swe_bench` in the task's name) without one, it is the sample's repository, read from its id
    (SWE-bench's `owner__repo-1234`): a repository's tasks share code, tests and conventions.
    """
    per: list[tuple[str, float]] = []
    groups: dict[str, str] = {}
    repos: dict[str, str] = {}
    for s in samples:
        if not isinstance(s, dict) or not isinstance(s.get("scores"), dict):
            continue
        entry = s["scores"].get(scorer)
        raw = entry.get("value") if isinstance(entry, dict) else None
        value = GRADES.get(raw) if isinstance(raw, str) else number(raw)
        if value is not None and s.get("id") is not None:
            sid = str(s["id"])
            per.append((sid, value))
            meta = s.get("metadata") if isinstance(s.get("metadata"), dict) else {}
            if isinstance(meta.get("cluster"), (str, int, float)) and cluster_label(meta["cluster"]) is not None:
                groups[sid] = cluster_label(meta["cluster"])
            elif match := SWE_BENCH_ID.match(sid):
                repos[sid] = f"{match[1]}/{match[2]}"
    if groups:
        return item_means(per), groups, "clusters from the samples' metadata"
    if repos and "swe_bench" in task.replace("-", "_").lower():
        return item_means(per), repos, "SWE-bench repositories (read from the sample ids)"
    return item_means(per), {}, ""
