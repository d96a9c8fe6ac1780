"""Every Eval Ever records (schema 0.2-0.3): model_info and evaluation_results with their uncertainty."""

from __future__ import annotations

import math
import re

from harness.errors import InputError
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.eee_helm import helm_column
from harness.evidence.adapters.foreign import (
    day,
    foreign_digits,
    given_model,
    load_json,
    need,
    not_a_number,
    noted,
    number,
    zone_note,
)
from harness.evidence.adapters.open_llm_tasks import v2_task
from harness.evidence.fetching import Fetched
from harness.evidence.settings import harness_named

_RELEASE = re.compile(r"/releases/(v[\w.]+)/")
Z = {0.9: 1.6448536269514722, 0.95: 1.959963984540054, 0.99: 2.5758293035489004}


class EveryEvalEver(Importer):
    name = "eee"
    # 2: an Open LLM Leaderboard v2 record's raw scores are the leaderboard's own run, as its table's are
    # 3: a result scored on fewer samples than its dataset holds (source_data.sample_ids) is partial, with its n
    # 4: an unknown metric the record states lower_is_better says so in its notes, not "direction ... unchecked"
    # 5: a result the record says was run on a subset of its benchmark's tasks (HAL's AssistantBench: 33 of 214, in
    # source_data.additional_details) is partial, with its n, as one scored on fewer sample_ids is
    # 6: a confidence interval that states no level gives no SE (it was taken for a 95 % one), and says so
    # 7: a HELM result named as its column, "BoolQ - EM", is the scenario BoolQ with the metric EM, as the earlier
    # records ("BoolQ", "EM on BoolQ") give it (it was the benchmark "BoolQ - EM" with the metric "score")
    # 8: a note of the metric a HELM column names quotes the description's name, and only where it is another
    # ('HELM's EM column is "Quasi-exact match" ...'): "WB Score" spelled out as "WildBench Score" is no news
    version = "8"
    summary = "an Every Eval Ever record (JSON, schema 0.2-0.3)"
    reads = frozenset({"model"})

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        data = load_json(src, "an Every Eval Ever record")
        if not isinstance(data, dict) or not str(data.get("schema_version", "")).startswith(("0.2", "0.3")):
            version = data.get("schema_version") if isinstance(data, dict) else None
            looks = isinstance(data, dict) and "evaluation_results" in data and "model_info" in data
            raise InputError(
                src.label,
                # a record of the first schemas is one, in a layout this importer does not read: said as such, and
                # what to import instead. Its results tie no dataset or source of their own (the record's one list
                # of URLs: LiveCodeBench Pro's three for its three results, none said to be which), so RewardBench's
                # and RewardBench 2's `Score` are one name; Every Eval Ever rewrote its records in schema 0.2
                f"an Every Eval Ever record of schema {str(version)[:20]}, which is not read (0.2 and 0.3 are: the "
                "first schemas tie no dataset or source to each result); import its schema 0.2 copy where Every Eval "
                "Ever has one (it keeps its records in 0.2 or later since February 2026: "
                "huggingface.co/datasets/evaleval/EEE_datastore)"
                if looks and version
                else "not an Every Eval Ever record (schema_version 0.2 or 0.3)",
                field="schema_version",
            )
        info = need(data, "model_info", src, "an Every Eval Ever record")
        results = need(data, "evaluation_results", src, "an Every Eval Ever record", list)
        meta = data.get("source_metadata") if isinstance(data.get("source_metadata"), dict) else {}
        details = meta.get("additional_details") if isinstance(meta.get("additional_details"), dict) else {}
        model = opts.model or str(info.get("id") or info.get("name") or "")
        replaced = given_model(opts.model, str(info.get("id") or info.get("name") or ""))
        record_urls = (details.get("leaderboard_space_url"), details.get("results_csv_url"))
        source_name = str(meta.get("source_name") or "")
        retrieved = day(data.get("retrieved_timestamp"))
        about = info.get("additional_details") if isinstance(info.get("additional_details"), dict) else {}
        # the agent a leaderboard ran the model in (HAL: "HAL Generalist Agent" 64.24 vs "HF Open Deep
        # Research" 35.76 on GAIA for one model): the row's harness, another setting, never a second score
        agent = harness_named(about.get("agent_scaffold"))
        rows = []
        for i, result in enumerate(results):
            where = f"evaluation_results[{i}]"
            if not isinstance(result, dict) or not isinstance(result.get("score_details"), dict):
                raise InputError(src.label, "needs score_details", field=where)
            config = result.get("metric_config") if isinstance(result.get("metric_config"), dict) else {}
            score = number(result["score_details"].get("score"))
            if score is None:
                raise InputError(
                    src.label, not_a_number(result["score_details"].get("score")), field=f"{where}.score_details.score"
                )
            stderr, n, unread = _uncertainty(result["score_details"].get("uncertainty"), src, f"{where}.score_details")
            top = number(config.get("max_score"))
            # the lowest score the record states: below 0 for a correlation, "-Infinity" for no bound
            low = -math.inf if config.get("min_score") == "-Infinity" else number(config.get("min_score"))
            # HELM's leaderboards write -1 (under their own min_score 0) where a model has no result
            # (HELM's -1 is its mark for a result it does not have; any other value under the range is not said to
            # be one: RewardBench 2's Ties of -0.01 under its record's min_score 0 was called such a mark)
            missing = (
                ""
                if low is None or score >= low
                else f"score {score:g} is below the record's own min_score {low:g}: the leaderboard's mark for a "
                "result it does not have, not a score"
                if score == -1 and low == 0
                else f"score {score:g} is below the record's own min_score {low:g}: the record's range does not "
                "hold its score, and which of the two is wrong it does not say"
            )
            name, said, shots = str(result.get("evaluation_name") or ""), [], None
            metric = _metric(config, name)
            setting = _setting(config, result.get("generation_config"), info)
            data_block = result.get("source_data") if isinstance(result.get("source_data"), dict) else {}
            # the row's own source (HELM's groups file of the release), else the record's, else its publisher
            url = _first_url(*_row_urls(data_block), *record_urls, meta.get("source_organization_url"), src.url or "")
            suite = _suite(source_name, data_block)
            if suite.startswith("helm"):
                name, metric, told = helm_column(name, metric, config, data_block.get("dataset_name"))
                said += told
                # a HELM suite runs its own subset and prompt of each scenario: HELM Lite's "MMLU" (five
                # subjects) is not MMLU, so every row is named with its suite and release
                name = f"{name} ({suite})" if name else name
            elif str(data.get("evaluation_id") or "").startswith("hfopenllm_v2/") and (task := v2_task(name)):
                # the Open LLM Leaderboard v2's raw score: the leaderboard's own run, named as its table's row is
                # ("MATH Level 5" is its "MATH Lvl 5"), so the two are one benchmark, never the catalog's MMLU-Pro
                said.append(task.note())
                if task.name != name:
                    said.append(f"the record calls it {name!r}")
                name, metric, shots = task.benchmark, "accuracy (raw)", task.shots
            elif suite:  # a board's own name for a result, told apart by the board's dataset
                name = _with_dataset(name, data_block.get("dataset_name"))
            when, dated = _dated(result, data, retrieved)
            scored, size, partial = _sampled(data_block)
            if partial:
                said.append(partial)
            if unread:
                said.append(unread)
            rows.append(
                ImportedRow(
                    model=model,
                    benchmark=name,
                    suite=suite,
                    metric=metric,
                    value=score,
                    stderr=stderr,
                    n=n if n is not None else scored,
                    partial=bool(partial),
                    benchmark_items=size,
                    setting=setting,
                    shots=shots,
                    harness=agent,
                    higher_is_better=False if config.get("lower_is_better") is True else None,
                    reported_by=opts.reported_by
                    or str(meta.get("source_organization_name") or meta.get("source_name") or ""),
                    source_url=opts.source_url or url,
                    locator=f"Every Eval Ever {data.get('evaluation_id', '')} {where}".strip(),
                    as_of=when,
                    notes="; ".join(
                        ([f"evaluator: {meta['evaluator_relationship']}"] if meta.get("evaluator_relationship") else [])
                        + [dated]
                        + said
                    ),
                    developer=_stated(info.get("developer")),
                    # the range the record states: 0-1 a fraction, 0-100 a percent, anything else as written
                    scale="as-is"
                    if low is not None and low < 0
                    else "fraction"
                    if top == 1.0
                    else "percent"
                    if top in (None, 100.0)
                    else "as-is",
                    max_score=top,
                    min_score=low if low is not None and low < 0 else 0.0,
                    skip=missing,
                )
            )
        if not rows:
            raise InputError(src.label, "evaluation_results is empty", field="evaluation_results")
        return noted(rows, replaced)


def _sampled(block: dict) -> tuple[int | None, int | None, str]:
    """The samples a result scored (`source_data.sample_ids`, "sample ids used for evaluation"), the dataset's
    size (`samples_number`) and, where fewer were scored, what the row's notes say: a run of 2 of GAIA's 165
    samples scoring 0 is no GAIA score of the model, and was imported as one, with no count."""
    ids = block.get("sample_ids")
    total = block.get("samples_number")
    total = total if isinstance(total, int) and not isinstance(total, bool) and total > 0 else None
    scored = len({str(i) for i in ids}) if isinstance(ids, list) and ids else None
    details = block.get("additional_details") if isinstance(block.get("additional_details"), dict) else {}
    tasks, full = _count(details.get("tasks_evaluated")), _count(details.get("full_benchmark_size"))
    if scored is None and total is None and tasks is not None and full is not None and tasks < full:
        # HAL's AssistantBench: "HAL evaluates on a 33-task subset; full AssistantBench has 214 tasks", said only in
        # the details: the score of 33 tasks was filed as the model's AssistantBench score, not partial, no count
        return tasks, full, f"scored {tasks} of the {full} tasks of its benchmark (source_data.additional_details)"
    if scored is not None and total is not None and scored > total:
        return None, total, ""  # more ids than the dataset holds: the count says nothing sure
    if scored is not None and total is not None and scored < total:
        return (
            scored,
            total,
            f"scored {scored} of the {total} samples of its dataset (source_data.sample_ids): a partial run",
        )
    return scored, total, ""


def _count(value) -> int | None:
    """A count the record writes as a whole number or its digits ("33"); None for anything else."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _dated(result: dict, data: dict, retrieved):
    """The day a result stood, and which of the record's timestamps says so (for the row's notes).

    When the evaluation ran (the result's own `evaluation_timestamp`, else the record's) where the
    record says; else when Every Eval Ever collected it (`retrieved_timestamp`: the result stood
    then, perhaps long before), never the first silently taken for the second.
    """
    got = f" (Every Eval Ever retrieved it {retrieved.isoformat()})" if retrieved else ""
    for where, block in (("the result's", result), ("the record's", data)):
        stated = block.get("evaluation_timestamp")
        if stated in (None, ""):
            continue
        when = day(stated)
        if when is not None:
            zone = f"; {zone_note(stated)}" if zone_note(stated) else ""
            return when, f"dated by {where} evaluation_timestamp, when it was run{got}{zone}"
        return retrieved, (
            f"{where} evaluation_timestamp {str(stated)[:40]!r} is no date: dated by the record's "
            "retrieved_timestamp, when Every Eval Ever collected it"
        )
    if retrieved is None:
        return None, "the record states no evaluation_timestamp and no readable retrieved_timestamp"
    return retrieved, (
        "dated by the record's retrieved_timestamp, when Every Eval Ever collected it: the record states no "
        "evaluation date"
    )


def _stated(value) -> str:
    """A name the record states; "" for its placeholders ("unknown")."""
    text = str(value or "").strip()
    return "" if text.casefold() in ("unknown", "n/a", "none") else text


def _metric(config: dict, name: str) -> str:
    """A short metric name: the kind, else the name, else the "EM" of a description "EM on GSM8K".

    Never the description paragraph; a suite's aggregate named as the result ("Mean win rate") is its
    own metric; "score" when the record says nothing more.
    """
    given = config.get("metric_kind") or config.get("metric_name")
    if given:
        return str(given)
    description = " ".join(str(config.get("evaluation_description") or "").split())
    if name and description.endswith(f" on {name}") and 0 < len(description) - len(name) - 4 <= 40:
        return description[: -len(name) - 4]
    if name.casefold() in ("mean win rate", "win rate"):
        return name
    return "score"


def _row_urls(block: dict) -> list:
    details = block.get("additional_details") if isinstance(block.get("additional_details"), dict) else {}
    urls = block.get("url") if block.get("source_type") == "url" and isinstance(block.get("url"), list) else []
    return [*urls, details.get("leaderboard_space_url"), details.get("results_csv_url")]


def _first_url(*candidates) -> str:
    return next((str(u) for u in candidates if isinstance(u, str) and u.startswith(("http://", "https://"))), "")


def _with_dataset(name: str, dataset) -> str:
    """A result named only within its leaderboard, named with the dataset its record gives.

    RewardBench and RewardBench 2 both name their overall result "Score" and a subset "Safety"
    (claude-3-opus: 80.08 and 57.44), Global MMLU Lite its languages ("English"), an Inspect run its
    scorer ("choice" on pubmed_qa): alone, each is every leaderboard's, and two boards' scores of one
    model became one benchmark's. "Score (RewardBench 2)". A name that holds its dataset's stays
    ("GAIA - GAIA Level 1"), as does one whose first word the dataset names ("MMLU-Pro (Biology)"
    of "MMLU-Pro leaderboard submissions (TIGER-Lab)").
    """
    dataset = " ".join(dataset.split()) if isinstance(dataset, str) else ""
    if (
        not name.strip()
        or not dataset
        or _squash(dataset) in _squash(name)
        or _squash(name.split()[0]) in _squash(dataset)
    ):
        return name
    return f"{name} ({dataset})"


def _squash(text: str) -> str:
    """Letters and digits only, casefolded: "global-mmlu-lite" is in "Global MMLU Lite"."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _suite(source_name: str, block: dict) -> str:
    """The suite and release a row belongs to: "helm_lite v1.13.0" from HELM's release URL; "" unknown."""
    if not source_name:
        return ""
    urls = block.get("url") if isinstance(block.get("url"), list) else []
    release = next((m.group(1) for u in urls if isinstance(u, str) and (m := _RELEASE.search(u))), "")
    return f"{source_name} {release}" if release else source_name


def _setting(config: dict, generation, info: dict) -> str:
    """What tells this result apart from another of the same model and metric: prompt style, effort, reasoning."""
    parts = []
    details = config.get("additional_details") if isinstance(config.get("additional_details"), dict) else {}
    if details.get("prompt_style"):
        parts.append(str(details["prompt_style"]))
    gen = generation if isinstance(generation, dict) else {}
    args = gen.get("generation_args") if isinstance(gen.get("generation_args"), dict) else {}
    extra = [gen.get("additional_details"), info.get("additional_details"), args]
    for block in extra:
        if isinstance(block, dict):
            for key in ("inference_effort", "reasoning_effort"):
                if block.get(key) not in (None, ""):
                    parts.append(f"effort {block[key]}")
                    break
    if isinstance(args.get("reasoning"), bool):
        parts.append("reasoning on" if args["reasoning"] else "reasoning off")
    return ", ".join(dict.fromkeys(parts))


def _uncertainty(block, src: Fetched, where: str) -> tuple[float | None, int | None, str]:
    """The standard error (from a stated SE, or a CI at its stated level), the sample count, and what the row's notes
    say of an interval not read.

    A CI whose record states no `confidence_level` gives no SE: its width over 2 x 1.96 took a level of 95 % the
    record never gives. Global MMLU Lite's (Kaggle's `confidenceInterval`, written -0.0429 to 0.0429 about no
    score: a half-width, `method` "unknown") all were, and became SEs of 2.19 points.
    """
    if not isinstance(block, dict):
        return None, None, ""
    for path in (("standard_error", "value"), ("confidence_interval", "lower"), ("confidence_interval", "upper")):
        part = block.get(path[0])
        raw = part.get(path[1]) if isinstance(part, dict) else None
        if foreign_digits(raw):  # '０.０２' was read as no uncertainty, unsaid: refused, as such a score is
            field = ".".join((where, "uncertainty", *path))
            raise InputError(src.label, f"must be a number{foreign_digits(raw)}", field=field)
    n = block.get("num_samples")
    n = n if isinstance(n, int) and not isinstance(n, bool) and n > 0 else None
    se = block.get("standard_error")
    if isinstance(se, dict) and number(se.get("value")) is not None:
        return number(se["value"]), n, ""
    ci = block.get("confidence_interval")
    if isinstance(ci, dict):
        low, high = number(ci.get("lower")), number(ci.get("upper"))
        level = number(ci.get("confidence_level"))
        z = Z.get(level) if level is not None else None
        if low is not None and high is not None and z and high >= low:
            return (high - low) / (2 * z), n, ""
        if low is not None and high is not None:
            why = (
                "states no confidence level"
                if level is None
                else f"is at a level of {level:g}, which this does not read"
            )
            return None, n, f"the record's confidence interval {low:g} to {high:g} {why}: not read as an SE"
    return None, n, ""
