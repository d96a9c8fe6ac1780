"""The catalog files' entries: models, benchmarks and organisations as pydantic models, with the checks of each."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta, timezone
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    field_validator,
    model_validator,
)

from harness.inputs import URL_PATTERN

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,80}$"


def _printable(name: str) -> str:
    """A name is text a reader sees: a control character (an escape sequence that retitles a terminal, a bell)
    or a bidirectional override (one name shown as another) is refused, never kept in pages and reasons."""
    bad = next((c for c in name if c in _BIDI or (c < " " or "\x7f" <= c <= "\x9f")), None)
    if bad is not None:
        raise ValueError(f"holds the control character {bad!r}: a name is printable text")
    return name


_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
Name = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_printable)]
Alias = Annotated[str, AfterValidator(_printable)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


REVIEWABLE = ("name", "developer", "open_weights", "licence", "release_date")


def latest_today() -> date:
    """Today where it is latest now (UTC+14): a day is in the future only while it has begun nowhere. The machine's
    own date refused, on a CI machine in UTC, a claim or row dated the day it had begun for its publisher in UTC+8
    (for eight hours of each day), and the same project was valid on one machine and not on another."""
    return (datetime.now(timezone.utc) + timedelta(hours=14)).date()


def in_the_future(day: date, what: str) -> str | None:
    """Why a day that has not come yet anywhere is refused (a slip of the keyboard, 2052 for 2025), or None."""
    latest = latest_today()
    return f"{day} is in the future (the latest date anywhere now is {latest}): {what}" if day > latest else None


_TIME = re.compile(r"\s*\d{4}-\d{2}-\d{2}[Tt ]\d")


def no_time(v):
    """A day, never a time: YAML reads an unquoted 2025-01-01T00:00:00+05:00 as a time, and pydantic took a midnight
    in any zone for its local day (while refusing 10:00). Which day a time falls on depends on the zone: that one is
    2024-12-31 in UTC. Refused, midnight too, as a published row's as_of_date is; the day is the writer's to say."""
    if isinstance(v, datetime) or (isinstance(v, str) and _TIME.match(v)):
        raise ValueError(time_not_day(v))
    return v


def time_not_day(v) -> str:
    """Why a time is no day: the time as written, and its day in UTC where its zone makes that another day."""
    when = v
    if isinstance(v, str):
        try:
            when = datetime.fromisoformat(v.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            when = None
    shown = when.isoformat() if isinstance(v, datetime) else str(v).strip()[:40]
    utc = when.astimezone(timezone.utc).date() if isinstance(when, datetime) and when.tzinfo else None
    other = f" ({utc} in UTC)" if utc is not None and utc != when.date() else ""
    return f"must be a date, YYYY-MM-DD, got a time, {shown}{other}: write the day it means"


Day = Annotated[date, BeforeValidator(no_time)]


def not_after_today(day: date | None, what: str) -> date | None:
    """A day that has not come yet is a slip of the keyboard (2052 for 2025), never a plan: refused."""
    if day is not None and (why := in_the_future(day, what)):
        raise ValueError(why)
    return day


def no_flag_billions(v):
    """A number of billions of parameters (a model's size, a cohort's size limit) never given as a flag: YAML's
    `true` would be read as 1B."""
    if isinstance(v, bool):
        raise ValueError(f"must be a number of billions of parameters, got {v!r}")
    return v


class Review(Strict):
    """Marks an entry `benchclaims import --add-unmapped` wrote: where from, and whether a person checked it
    (who, when, against which sources, and which facts the sources confirmed)."""

    imported_from: str
    reviewed: StrictBool = False
    reviewed_by: str | None = Field(default=None, min_length=1)
    reviewed_on: Day | None = None
    # the public pages the facts were checked against (the model card, the release post, the repository)
    source: list[str] = []
    checked: list[Literal[REVIEWABLE]] = []
    notes: str | None = None

    @field_validator("reviewed_by")
    @classmethod
    def _someone(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise ValueError("is blank: the name of who checked the entry")
        return v

    @field_validator("reviewed_on")
    @classmethod
    def _not_yet(cls, v: date | None) -> date | None:
        return not_after_today(v, "the day the entry was checked")

    @field_validator("source", mode="before")
    @classmethod
    def _one_or_more(cls, v):
        return [v] if isinstance(v, str) else v

    @field_validator("source")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        for url in v:
            if not re.match(URL_PATTERN, url):
                raise ValueError(f"source {url!r} is not an http(s) URL")
        return v

    @model_validator(mode="after")
    def _reviewed_needs(self):
        if self.reviewed:
            missing = [f for f in ("reviewed_by", "reviewed_on", "source") if not getattr(self, f)]
            if missing:
                raise ValueError(
                    f"reviewed: true needs {', '.join(missing)} (who checked it, when, against which source)"
                )
        return self


class Organisation(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: Name
    aliases: list[Alias] = []
    notes: str | None = None
    review: Review | None = None


class Variant(Strict):
    """How this entry differs from its siblings (same weights, other mode)."""

    thinking: StrictBool | None = None
    reasoning_effort: str | None = None
    label: str | None = None


class ModelRun(Strict):
    """How to run the model locally with lm-eval."""

    backend: Literal["hf", "local-completions", "vllm"] = "hf"
    pretrained: str | None = None
    revision: str | None = None
    base_url: str | None = None
    tokenizer: str | None = None
    model_args: dict[str, str | int | float | bool] = {}
    # weights and tokenizer are read from inside the project unless this says otherwise
    allow_outside_project: StrictBool = False

    @model_validator(mode="after")
    def _backend_needs(self):
        if self.backend == "local-completions" and not self.base_url:
            raise ValueError("backend local-completions needs base_url")
        if self.backend in {"hf", "vllm"} and not self.pretrained:
            raise ValueError(f"backend {self.backend} needs pretrained (a repo id or a path)")
        return self


class ModelEntry(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: Name
    aliases: list[Alias] = []
    developer: str
    open_weights: StrictBool
    variant: Variant | None = None
    release_date: Day | None = None
    release_source: str | None = None
    # total parameters in billions, as the developer's model card states them (with that card's URL)
    parameters_b: StrictFloat | None = Field(default=None, gt=0, le=100_000, allow_inf_nan=False)
    parameters_source: str | None = None
    notes: str | None = None
    run: ModelRun | None = None
    review: Review | None = None

    @field_validator("release_date")
    @classmethod
    def _released(cls, v: date | None) -> date | None:
        # a release after today would also keep the model out of every claim's cohort without a word
        return not_after_today(v, "the day the model was released")

    @field_validator("parameters_b", mode="before")
    @classmethod
    def _no_flag(cls, v):
        # a size written with its unit, as a model card and a claim's size class write it ('7B', '500M'): the
        # number to write instead, where 'must be a number, got '7B'' left the unit the field takes unsaid
        if isinstance(v, str) and (m := re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([BMT])\s*", v, re.I)):
            billions = float(m[1]) * {"b": 1.0, "m": 1e-3, "t": 1e3}[m[2].lower()]
            raise ValueError(f"must be a number of billions of parameters, got {v!r}: write {billions:g}")
        return no_flag_billions(v)

    @model_validator(mode="after")
    def _size_has_a_source(self):
        if self.parameters_b is not None and not self.parameters_source:
            raise ValueError("parameters_b needs parameters_source: the model card that states the size")
        if self.parameters_source is not None and not re.match(URL_PATTERN, self.parameters_source):
            raise ValueError(f"parameters_source {self.parameters_source!r} is not an http(s) URL (the model card)")
        return self

    @model_validator(mode="after")
    def _review_covers_facts(self):
        if self.review is not None and self.review.reviewed:
            stated = ["developer", "open_weights"] + (["release_date"] if self.release_date else [])
            unchecked = [f for f in stated if f not in self.review.checked]
            if unchecked:
                raise ValueError(
                    f"reviewed: true but review.checked does not list {', '.join(unchecked)}: "
                    "confirm each stated fact against the source, or leave reviewed: false"
                )
        return self


class BenchmarkRun(Strict):
    """How to run the benchmark locally with lm-eval: a built-in task or a task YAML here."""

    task: str = Field(min_length=1)
    task_file: str | None = None
    metric: str = "acc"
    num_fewshot: StrictInt | None = Field(default=None, ge=0)
    # the task's data files are read from inside the project unless this says otherwise
    allow_outside_project: StrictBool = False


class BenchmarkEntry(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: Name
    aliases: list[Alias] = []
    items: StrictInt | None = Field(default=None, gt=0)
    items_status: Literal["exact", "derived", "unknown"] = "unknown"
    items_source: str | None = None
    metric_kind: Literal["percent", "rating", "elo", "count", "points"] = "percent"
    higher_is_better: StrictBool = True
    max_score: StrictFloat | None = None
    # the lowest score allowed: 0 unless given (-1 for a correlation such as MCC, -.inf for BLEURT)
    min_score: StrictFloat | None = None
    tags: list[str] = []
    # a suite average (e.g. a leaderboard's "average"): its parts, so a published average is checked
    average_of: list[str] = []
    notes: str | None = None
    run: BenchmarkRun | None = None
    review: Review | None = None

    @field_validator("items_status")
    @classmethod
    def _status_needs_items(cls, v: str, info) -> str:
        # items that failed their own check are not in info.data: that error is the one to read
        if v != "unknown" and "items" in info.data and info.data["items"] is None:
            raise ValueError(f"items_status is {v!r} but items is not given")
        return v

    @field_validator("max_score")
    @classmethod
    def _a_percent_is_at_most_100(cls, v: float | None, info) -> float | None:
        # else a row of 150 % would be read as a score, and its interval, granularity and power with it. An error
        # rate over a reference's words (WER) is the one percent that passes 100: insertions are errors too; it is
        # lower-is-better, and no share of items (`share_of_items`), so nothing is read from its item count
        if v is not None and v > 100 and info.data.get("metric_kind") == "percent":
            if info.data.get("higher_is_better") is False:
                return v
            raise ValueError(
                f"max_score {v:g} on a percent benchmark: a percent is a share of items and cannot exceed "
                "100; a score on another scale is metric_kind: points (or rating, elo, count); an error rate that "
                "can pass 100 (a word error rate) is lower-is-better: higher_is_better: false"
            )
        return v

    @property
    def share_of_items(self) -> bool:
        """A percent of the items (at most 100): its SE and its grid of possible values follow from the item count.

        A lower-is-better percent whose max_score is above 100 (a word error rate) is not one.
        """
        return self.metric_kind == "percent" and (self.max_score is None or self.max_score <= 100)

    @model_validator(mode="after")
    def _a_range_scores_fit_in(self):
        # a NaN bound compares false with every score, so it would let any score in unseen
        low, high = self.min_score, self.max_score
        if low is not None and (math.isnan(low) or low == math.inf):
            raise ValueError(f"min_score must be a number or -.inf, got {low}")
        if high is not None and (math.isnan(high) or high == -math.inf):
            raise ValueError(f"max_score must be a number or .inf, got {high}")
        if low is not None and low < 0 and self.metric_kind == "percent":
            raise ValueError(
                f"min_score {low:g} on a percent benchmark: a percent is a share of items, 0-100 (its interval, "
                "granularity and power assume one); a score that can be negative is metric_kind: points"
            )
        top = high if high is not None else 100.0 if self.metric_kind == "percent" else None
        if low is not None and top is not None and low >= top:
            cap = f"max_score {top:g}" if high is not None else "100, a percent's maximum"
            raise ValueError(f"min_score {low:g} is not below {cap}: no score fits between them")
        if low is None and high is not None and high <= 0:
            # without a min_score the floor is 0, so every row would be refused as out of range
            raise ValueError(
                f"max_score {high:g} is not above 0, the lowest score without a min_score: no score fits "
                "between them (a scale that goes below 0 gives its min_score)"
            )
        return self


class CatalogFile(Strict):
    organisations: list[Organisation] = []
    models: list[ModelEntry] = []
    benchmarks: list[BenchmarkEntry] = []
