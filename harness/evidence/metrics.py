"""What a metric name means: a score or not, which way is better, and its range (harness/data/metrics.yaml).

Importers hand over every number a file states with its metric name; this module decides, per
metric (and, for metrics tools write on two scales, per metric and benchmark together), whether a
row is a score at all, whether lower is better, and whether 0.53 is a fraction or a percent. A
metric the vocabulary does not know is imported as the source states it, with a visible note.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from harness.counting import counted
from harness.errors import InputError

VOCABULARY = Path(__file__).parent.parent / "data" / "metrics.yaml"
PROJECT_FILE = "metrics.yaml"
RANGES = ("fraction", "percent", "either", "unbounded", "signed")
_RANGE = re.compile(r"^0-(\d+(?:\.\d+)?)$")
_SPAN = re.compile(r"^(-?\d+(?:\.\d+)?) to (-?\d+(?:\.\d+)?)$")  # "-1 to 1": a correlation


@dataclass(frozen=True)
class Metric:
    name: str
    score: bool = True
    lower_is_better: bool = False
    range: str = "fraction"  # fraction | percent | either | unbounded | signed | 0-N | LOW to HIGH
    notes: str = ""
    # a suite's aggregate (HELM's "Mean win rate"): the same name means a different number in each
    # suite and release, so a row of it is named with its suite (HELM Lite's is not HELM MMLU's)
    within_suite: bool = False
    # a lower-is-better share that can pass 100 % (a word error rate: insertions are errors too)
    above_100: bool = False

    @property
    def maximum(self) -> float | None:
        found = _RANGE.match(self.range) or _SPAN.match(self.range)
        return float(found.groups()[-1]) if found else None

    @property
    def minimum(self) -> float:
        """The lowest score the metric allows: 0 unless its range says otherwise (-inf when signed)."""
        if self.range == "signed":
            return -math.inf
        found = _SPAN.match(self.range)
        return float(found.group(1)) if found else 0.0

    @property
    def share(self) -> bool:
        """A share written 0-1 or 0-100, either way up (an accuracy, an error rate): a percent benchmark's score."""
        return self.score and self.range in ("fraction", "percent", "either")

    @property
    def percent_like(self) -> bool:
        """A share that is higher-is-better: one that sits beside a task's or table's accuracy.

        A lower-is-better share (a word error rate) is a percent too, but its own benchmark.
        """
        return self.share and not self.lower_is_better


@dataclass
class Vocabulary:
    exact: dict[str, Metric]
    patterns: list[tuple[re.Pattern, Metric]]

    def lookup(self, name: str) -> Metric | None:
        """The vocabulary's entry for a metric name as a source writes it; None when unknown."""
        for key in _keys(name):
            if key in self.exact:
                return self.exact[key]
            for pattern, metric in self.patterns:
                if pattern.search(key):
                    return metric
        return None


def _keys(name: str) -> list[str]:
    """A metric name as written, then without lm-eval's filter and Inspect's scorer prefix."""
    key = " ".join(str(name).split()).casefold()
    out = [key]
    base = key.split(",", 1)[0].strip()
    if base not in out:
        out.append(base)
    if " " in base:
        out.append(base.rsplit(" ", 1)[1])  # "choice accuracy": Inspect's scorer, then the metric
    return out


def load_vocabulary(root: Path | None = None) -> Vocabulary:
    """The shipped vocabulary, extended (and overridden by name) by a project's metrics.yaml."""
    extra = root / PROJECT_FILE if root is not None else None
    if extra is not None and extra.is_file():
        from harness.inputs import within

        within(extra, root, PROJECT_FILE)  # a project's metrics.yaml symlinked out of it is not read
    return _load(str(extra) if extra is not None and extra.is_file() else "")


@lru_cache(maxsize=8)
def _load(extra: str) -> Vocabulary:
    from harness.yamlfile import load_yaml

    exact: dict[str, Metric] = {}
    patterns: list[tuple[re.Pattern, Metric]] = []
    files = [(VOCABULARY, "harness/data/metrics.yaml")] + ([(Path(extra), PROJECT_FILE)] if extra else [])
    for path, label in files:
        doc = load_yaml(path, label)
        data = doc.data or {}
        layout = "expected {metrics: {NAME: {score, lower_is_better, range}}, patterns: [...]}"
        if not isinstance(data, dict):
            raise InputError(label, layout, line=doc.line_of(()))
        unknown = set(data) - {"metrics", "patterns"}
        if unknown:
            key = sorted(map(str, unknown))[0]
            raise InputError(label, f"unknown key; {layout}", field=key, line=doc.line_of((key,)))
        metrics, listed = data.get("metrics") or {}, data.get("patterns") or []
        if not isinstance(metrics, dict):
            raise InputError(label, "must be a mapping of NAME: {score, lower_is_better, range}", field="metrics",
                             line=doc.line_of(("metrics",)))  # fmt: skip
        if not isinstance(listed, list):
            raise InputError(label, "must be a list of {pattern, score, lower_is_better, range}", field="patterns",
                             line=doc.line_of(("patterns",)))  # fmt: skip
        for name, raw in metrics.items():
            line = doc.line_of(("metrics", name))
            exact[str(name).casefold()] = _metric(label, str(name), raw, line)  # a project's entry replaces ours
        mine = []
        for i, raw in enumerate(listed):
            line = doc.line_of(("patterns", i))
            if not isinstance(raw, dict) or not raw.get("pattern"):
                raise InputError(label, "each pattern needs a pattern", field=f"patterns[{i}]", line=line)
            try:
                compiled = re.compile(str(raw["pattern"]))
            except re.error as exc:
                raise InputError(
                    label, f"not a regular expression ({exc})", field=f"patterns[{i}]", line=line
                ) from None
            rest = {k: v for k, v in raw.items() if k != "pattern"}
            mine.append((compiled, _metric(label, str(raw["pattern"]), rest, line)))
        patterns = mine + patterns  # a project's patterns are tried first
    return Vocabulary(exact, patterns)


def _metric(label: str, name: str, raw, line: int | None = None) -> Metric:
    if not isinstance(raw, dict):
        raise InputError(label, "must be a mapping of score, lower_is_better, range, notes", field=name, line=line)
    unknown = set(raw) - {"score", "lower_is_better", "range", "notes", "within_suite", "above_100"}
    if unknown:
        raise InputError(
            label,
            f"{counted(len(unknown), 'unknown key')}: {', '.join(sorted(map(str, unknown)))}",
            field=name,
            line=line,
        )
    for flag in ("score", "lower_is_better", "within_suite", "above_100"):
        if flag in raw and not isinstance(raw[flag], bool):  # bool("false") is True: never read text as a flag
            raise InputError(label, f"{flag} must be true or false, got {raw[flag]!r}", field=name, line=line)
    if raw.get("notes") is not None and not isinstance(raw["notes"], str):
        raise InputError(label, f"notes must be text, got {raw['notes']!r}", field=name, line=line)
    rng = str(raw.get("range", "fraction"))
    span, top = _SPAN.match(rng), _RANGE.match(rng)
    if (
        rng not in RANGES
        and not (top and float(top.group(1)) > 0)
        and not (span and float(span.group(1)) < float(span.group(2)))
    ):
        raise InputError(
            label,
            f"range must be one of {', '.join(RANGES)}, 0-N (N above 0) or LOW to HIGH (-1 to 1), got {rng!r}",
            field=name,
            line=line,
        )
    if raw.get("above_100") and not (raw.get("lower_is_better") and rng in ("fraction", "percent", "either")):
        # a higher-is-better share is a share of items, at most 100: only an error rate counts past its reference
        raise InputError(
            label,
            "above_100 is for a lower-is-better share (lower_is_better: true, range fraction, percent or either), "
            "as a word error rate",
            field=name,
            line=line,
        )
    return Metric(
        name,
        raw.get("score", True),
        raw.get("lower_is_better", False),
        rng,
        raw.get("notes") or "",
        raw.get("within_suite", False),
        raw.get("above_100", False),
    )


def classify(rows: list, vocab: Vocabulary) -> tuple[list, list[tuple[object, str]]]:
    """Keep the score rows, each with its direction and scale settled; return them and (row, why) skips.

    A non-score is skipped with its reason; a metric the vocabulary does not know is kept with a
    note. A range the source states (a maximum other than 1 or 100) is kept as written, never read
    as a percent.
    """
    kept, skipped = [], []
    for row in rows:
        if row.skip:
            skipped.append((row, row.skip))
            continue
        metric = vocab.lookup(row.metric)
        _name_suite(row, vocab)
        # a range the source states: a maximum other than 1 or 100, or a minimum below 0
        stated = row.max_score not in (None, 1.0, 100.0) or row.min_score < 0
        if metric is None:
            # a direction the file states (lm-eval's higher_is_better: materials' mae, False) is taken, and said so:
            # "direction unchecked" beside a benchmark filed lower-is-better from it read as if nothing set it
            direction = (
                "direction and range unchecked"
                if row.higher_is_better is None
                else f"{'higher' if row.higher_is_better else 'lower'} is better, as the source says; range unchecked"
            )
            row.notes = _join(
                row.notes,
                f"metric {row.metric!r} is not in the metric vocabulary: imported as the source states it ({direction})",
            )
            if stated:
                _as_written(row)
            kept.append(row)
            continue
        if not metric.score:
            skipped.append((row, f"{row.metric!r} is not a score ({metric.notes or 'per the metric vocabulary'})"))
            continue
        if metric.lower_is_better:
            row.higher_is_better = False
        row.above_100 = metric.above_100
        top = row.max_score if stated else metric.maximum
        if top is None and metric.range == "fraction" and row.scale == "fraction":
            top = 1.0  # the importer knows its tool writes this metric as a fraction: 1.5 is out of range
        low = row.min_score if stated else metric.minimum
        if row.value < low or (top is not None and row.value > top):
            why = f"score {row.value:g} is outside the range of {row.metric!r} ({span_text(low, top)})"
            skipped.append((row, why))
            continue
        # a lower-is-better share (an error rate) is still a share: on a percent benchmark, lower is better
        if stated or not metric.share:
            row.max_score, row.min_score = top, low
            _as_written(row)
            kept.append(row)
            continue
        if row.benchmark_kind == "points":
            # an importer's own benchmark for a share that does not sit beside the task's accuracy (a WER
            # beside it would rank the other way): still a percent, lower is better
            row.benchmark_kind = ""
        if metric.range == "fraction" and row.scale == "unknown":
            row.scale = "fraction?"  # a 0-1 metric: a fraction unless the file writes this metric in percent
        elif metric.range == "percent" and row.scale in ("unknown", "fraction"):
            row.scale = "percent"
        elif metric.range == "either" and row.scale == "fraction" and row.max_score != 1.0:
            row.scale = "unknown"  # decided with the other rows of this metric and benchmark
        kept.append(row)
    return kept, skipped


def _name_suite(row, vocab: Vocabulary) -> None:
    """A benchmark named only by a suite's aggregate ("Mean win rate") named with its suite.

    A win rate on a benchmark that names its board (Epoch's `mcbench` table) is already that board's.
    """
    named = vocab.exact.get(" ".join(row.benchmark.split()).casefold())
    if named is None or not named.within_suite:
        return
    if row.suite and row.suite.casefold() not in row.benchmark.casefold():
        row.benchmark = f"{row.benchmark} ({row.suite})"
    elif not row.suite:
        row.notes = _join(
            row.notes,
            f"{row.benchmark!r} is a suite's aggregate, and the file names no suite: map it (--map) to the "
            "suite's own benchmark",
        )


def _as_written(row) -> None:
    """A score kept on the source's own scale: not a percent, so never multiplied or capped at 100."""
    row.scale = "as-is"
    if row.benchmark_kind in ("", "percent"):
        row.benchmark_kind = "points"
    if row.max_score is not None or row.min_score < 0:
        span = span_text(row.min_score, row.max_score)
        # "on the source's 0-5 scale" reads; "on the source's any value scale" (BLEURT) and "up to 5 scale" did not
        bounded = row.max_score is not None and not math.isinf(row.min_score)
        row.notes = _join(
            row.notes, f"on the source's {span} scale" if bounded else f"on the source's own scale ({span})"
        )


def span_text(low: float, top: float | None) -> str:
    """A score range as a reader sees it: "0-5", "-1 to 1", "any value"."""
    if top is None:
        return "any value" if math.isinf(low) else f"{low:g} or more"
    if math.isinf(low):
        return f"up to {top:g}"
    return f"0-{top:g}" if low == 0 else f"{low:g} to {top:g}"


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b
