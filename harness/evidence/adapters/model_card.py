"""The model-index results in a Hugging Face model card's YAML front matter."""

from __future__ import annotations

import re

from harness.errors import InputError, UsageError
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.foreign import foreign_digits, given_model, hf_owner, noted, percent_or_number
from harness.evidence.adapters.open_llm_tasks import V1, v1_differences, v1_task, v2_name
from harness.evidence.adapters.spread import Spread, read_spread
from harness.evidence.fetching import Fetched
from harness.evidence.metrics import load_vocabulary

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|\Z)", re.S)
_DOUBLED = re.compile(r"\A---[ \t]*\r\r\n")  # a front matter whose lines end "\r\r\n"
_HF = re.compile(r"https?://huggingface\.co/([^/]+/[^/]+)")
# the Open LLM Leaderboard v2 (its space; v1's was HuggingFaceH4/open_llm_leaderboard) writes into a card's
# model-index its normalized scores, rescaled so random guessing scores 0, under names such as "GPQA (0-shot)"
_OLL_V2 = re.compile(r"^https?://huggingface\.co/spaces/open-llm-leaderboard/open_llm_leaderboard\b", re.I)


class ModelCard(Importer):
    name = "model-card"
    # 2: a result in the Open LLM Leaderboard v1's setting is its benchmark, "ARC (Open LLM Leaderboard v1)"
    # 3: a value written with its spread ("0.14 [0.14, 0.15]", "1518.70 +/- 568.14") is read, not skipped
    # 4: a reinforcement-learning return is its environment's own points of either sign, never 'outside 0-100'
    # 5: MTEB's nAUC metrics (nauc_map_at_10_std, _max, _diff1) are all skipped as diagnostics: the _std ones were
    # skipped as "an uncertainty", the _max and _diff1 ones imported as benchmarks of their own (a negative one
    # skipped as under the benchmark's 0)
    # 6: the split a result was scored on is in its setting ("split test_r3"): a card's results on two splits
    # were one result stated twice
    # 7: a card's correlations written x100 (MTEB's cosine_spearman 85.3, an STS22 pearson -5.7) are read on that
    # scale, -100 to 100: they were skipped as outside -1 to 1, or under an unknown name imported as percents with
    # their negatives skipped; MTEB's decision thresholds are no scores (they were imported as benchmarks)
    version = "7"
    summary = "a Hugging Face model card (README.md) whose front matter has model-index results"
    reads = frozenset({"model"})

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        import yaml

        text = src.text()
        if _DOUBLED.match(text):
            # a CRLF card saved again through a text-mode write ends every line "\r\r\n", which YAML and the front
            # matter's '---' read as two line ends: each is one (the card was refused as having no front matter)
            text = text.replace("\r\r\n", "\n")
        found = _FRONT.match(text)
        if not found:
            raise InputError(src.label, "no YAML front matter (a model card starts with a '---' block)", line=1)
        try:
            meta = yaml.safe_load(found.group(1)) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise InputError(
                src.label,
                f"front matter is not valid YAML ({getattr(exc, 'problem', exc)})",
                line=None if mark is None else mark.line + 2,
            ) from None
        index = meta.get("model-index") if isinstance(meta, dict) else None
        if not isinstance(index, list) or not index:
            raise InputError(src.label, "the front matter has no model-index results", field="model-index")
        # the card's own page: where it was fetched from, else where --source-url says it is published
        repo = _HF.match(src.url or "") or _HF.match(opts.source_url or "")
        owner = hf_owner(repo.group(1)) if repo else ""
        licence = str(meta.get("license") or "")
        vocab = load_vocabulary()
        rows, correlations = [], []
        for i, entry in enumerate(index):
            if not isinstance(entry, dict) or not isinstance(entry.get("results"), list):
                raise InputError(src.label, "each model-index entry needs name and results", field=f"model-index[{i}]")
            model = opts.model or str(entry.get("name") or "")
            if not model:
                raise UsageError(f"{src.label}: model-index[{i}] has no name; pass --model NAME")
            replaced, first = given_model(opts.model, str(entry.get("name") or "")), len(rows)
            for j, result in enumerate(entry["results"]):
                where = f"model-index[{i}].results[{j}]"
                dataset = result.get("dataset") if isinstance(result, dict) else None
                metrics = result.get("metrics") if isinstance(result, dict) else None
                # a result with metrics and no dataset at all (spaCy's cards: NER precision, recall, F) names no
                # benchmark, as one whose dataset has no name: its scores are skipped with the reason, the card's
                # other results still read (it refused the whole card)
                missing = isinstance(result, dict) and result.get("dataset") is None
                if not (isinstance(dataset, dict) or missing) or not isinstance(metrics, list):
                    raise InputError(src.label, "a result needs dataset and metrics", field=where)
                dataset = dataset if isinstance(dataset, dict) else {}
                source = result.get("source") if isinstance(result.get("source"), dict) else {}
                # the dataset's name, else its type (the Hub's id, "ai2_arc"); a result with neither names no
                # benchmark: each score skipped with the reason (it was filed under " (accuracy)", or refused whole)
                bench = next((t for t in map(_text, (dataset.get("name"), dataset.get("type"))) if t), "")
                for k, metric in enumerate(metrics):
                    if not isinstance(metric, dict):
                        raise InputError(src.label, "a metric must be a mapping", field=f"{where}.metrics[{k}]")
                    if not bench:
                        rows.append(
                            ImportedRow.skipped(model, "", str(metric.get("name") or metric.get("type") or "score"),
                                                f"model card front matter, {where}.metrics[{k}]",
                                                f"{where}{' has no dataset' if missing else '.dataset has no name or type'}: "
                                                "no benchmark to file the score under")
                        )  # fmt: skip
                        continue
                    value, is_percent = percent_or_number(metric.get("value"))
                    subset = str(dataset.get("config") or "")
                    split = _text(dataset.get("split"))
                    metric_name = str(metric.get("name") or metric.get("type") or "score")
                    # a score with its spread (JAT's "0.14 [0.14, 0.15]", RL cards' "1518.70 +/- 568.14"): the score,
                    # and an SE only where the card says the spread is one; a layout that does not say which number
                    # is the score is skipped with the reason, as is any other value that is no number
                    spread = read_spread(metric.get("value")) if value is None else None
                    if isinstance(spread, str):
                        rows.append(ImportedRow.skipped(model, bench, metric_name,
                                                        f"model card front matter, {where}.metrics[{k}]", spread))  # fmt: skip
                        continue
                    if isinstance(spread, Spread):
                        value, is_percent = spread.value, spread.percent
                    if value is None:
                        # one metric the card could not state (a Hugging Face-verified `loss: .nan`, a
                        # placeholder "xx.xx", "0,912"): that metric is skipped with its reason, never read
                        # as a number; it no longer refuses the card's other results
                        rows.append(
                            ImportedRow.skipped(
                                model,
                                bench,
                                metric_name,
                                f"model card front matter, {where}.metrics[{k}]",
                                f"value {str(metric.get('value'))[:60]!r} is not a number"
                                f"{foreign_digits(metric.get('value'))}: no score",
                            )
                        )
                        continue
                    notes = ["verified by Hugging Face"] if metric.get("verified") else []
                    if isinstance(spread, Spread):
                        notes.append(spread.note)
                    v2 = _v2_name(bench, source)
                    leaderboard = "" if v2 else _v1_benchmark(dataset, metric, _shots(dataset, metric), notes)
                    # a metric the vocabulary does not know is its own benchmark, as lm-eval's are: a card that
                    # names benchmarks as metrics of its training set ("ARC (25-shot)" and "HellaSwag (10-shot)"
                    # under dataset Open-Orca/SlimOrca) never gives one benchmark seven scores
                    own = (
                        not (v2 or leaderboard)
                        and vocab.lookup(metric_name) is None
                        and vocab.lookup(str(metric.get("type"))) is None
                    )
                    if v2:  # the leaderboard's normalized score, never the benchmark's accuracy
                        notes.append(
                            "rescaled so random guessing scores 0 (the leaderboard's normalization); "
                            f"the card calls it {metric_name!r}"
                        )
                    rows.append(
                        ImportedRow(
                            model=model,
                            benchmark=f"{v2} (normalized, Open LLM Leaderboard v2)"
                            if v2
                            else leaderboard
                            if leaderboard
                            else f"{bench} ({metric_name})"
                            if own
                            else bench,
                            metric="normalized score" if v2 else _v1_metric(leaderboard) or metric_name,
                            value=value,
                            stderr=spread.stderr if isinstance(spread, Spread) else None,
                            # a v1 benchmark names its configuration (ARC-Challenge): not a subset, which the table's
                            # precision (its subset) would contradict, so no comparison
                            subset="" if leaderboard or subset in ("", "default", "main") else subset,
                            shots=_shots(dataset, metric),
                            # the split scored (ANLI's test_r1, test_r3, dev_r1: three accuracies of one card, 71.2,
                            # 49.5 and 73.7, read as one result stated three ways); a leaderboard's setting names its own
                            setting="" if v2 or leaderboard or not split else f"split {split}",
                            reported_by=opts.reported_by or str(source.get("name") or "") or owner or "model card",
                            source_url=str(source.get("url") or "")
                            if str(source.get("url") or "").startswith(("http://", "https://"))
                            else "",
                            locator=f"model card front matter, {where}.metrics[{k}]",
                            as_of=None,
                            notes="; ".join(filter(None, notes)),
                            developer=owner,
                            open_weights=True if owner else None,
                            license=licence,
                            scale="percent" if is_percent else "unknown",
                        )
                    )
                    if any(_correlation(vocab.lookup(str(t))) for t in (metric_name, metric.get("type"))):
                        correlations.append(rows[-1])
            noted(rows[first:], replaced)  # this entry's rows: another entry names another model
        _hundredfold(correlations)
        if not (src.url or opts.source_url) and any(not r.source_url for r in rows if not r.skip):
            raise UsageError(
                f"{src.label}: say where the card is published: --source-url URL (its huggingface.co page)"
            )
        return rows


def _correlation(metric) -> bool:
    """A correlation of the vocabulary: a score from -1 to 1 (Spearman's, Pearson's, Matthews')."""
    return metric is not None and metric.score and metric.range == "-1 to 1"


def _hundredfold(rows: list[ImportedRow]) -> None:
    """A card's correlations written x100 read on that scale, -100 to 100, decided for them together as a metric
    written 0-1 or 0-100 is decided for a file: one outside -1 to 1 (MTEB writes every score x100: cosine_spearman
    85.3, an STS22 pearson -5.7) says the card writes them so, and a near-zero one (0.5) is then 0.005, not 0.5.
    A value past 100 is no correlation on either scale: each is left to the range check, which skips it."""
    if all(-1 <= r.value <= 1 for r in rows) or any(abs(r.value) > 100 for r in rows):
        return
    far = max(rows, key=lambda r: abs(r.value))
    for r in rows:
        r.max_score, r.min_score = 100.0, -100.0
        r.notes = "; ".join(
            filter(None, [r.notes, f"a correlation written x100, as the card writes them ({far.metric} {far.value:g} "
                           f"on {far.benchmark})"])
        )  # fmt: skip


def _text(value) -> str:
    """A name the card writes as text (or a number, as YAML reads `2024`); '' for none, or a list or mapping."""
    return " ".join(str(value).split()) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""


def _v2_name(bench: str, source: dict) -> str:
    """The leaderboard's name for a result the Open LLM Leaderboard v2 wrote into the card; '' otherwise."""
    if not _OLL_V2.match(str(source.get("url") or "")):
        return ""
    return v2_name(bench)


def _v1_metric(benchmark: str) -> str:
    """The metric of a v1 benchmark as the leaderboard names it, so its table's row and the card's are one metric."""
    return next((t.metric_name for t in V1 if t.benchmark == benchmark), "")


def _v1_benchmark(dataset: dict, metric: dict, shots: int | None, notes: list[str]) -> str:
    """The Open LLM Leaderboard v1 benchmark a result is, where it states the leaderboard's setting ("AI2 Reasoning
    Challenge (25-Shot)", 25-shot acc_norm on ARC-Challenge's test split: the open-llm-leaderboard importer's "ARC
    (Open LLM Leaderboard v1)"); '' otherwise, with a note where it names a v1 benchmark in another setting."""
    written = _text(dataset.get("name")) or _text(dataset.get("type"))
    task = v1_task(_text(dataset.get("type")), _text(dataset.get("name")))
    if task is None:
        # a card naming the leaderboard's benchmarks as metrics of its training set ("ARC (25-shot)" of
        # Open-Orca/SlimOrca, with no metric of its own): not the leaderboard's setting as far as it says
        said = _text(metric.get("name")) or _text(metric.get("type"))
        named = v1_task("", said) if said else None
        if named is not None:
            notes.append(
                f"not filed under {named.benchmark}, whose setting is {named.setting()}: the card names {said!r} as a "
                f"metric of {written}, with no metric of its own"
            )
        return ""
    differs = v1_differences(
        task, shots, _text(metric.get("type")) or _text(metric.get("name")), _text(dataset.get("config")),
        _text(dataset.get("split")),
    )  # fmt: skip
    if differs:
        notes.append(
            f"not filed under {task.benchmark}, whose setting is {task.setting()}: this result " + ", ".join(differs)
        )
        return ""
    notes += [f"the card calls it {written!r}", task.caveat]
    return task.benchmark


def _shots(dataset: dict, metric: dict) -> int | None:
    args = metric.get("args") if isinstance(metric.get("args"), dict) else {}
    shots = args.get(
        "num_few_shot", dataset.get("args", {}).get("num_few_shot") if isinstance(dataset.get("args"), dict) else None
    )
    return shots if isinstance(shots, int) and not isinstance(shots, bool) else None
