"""Claim specs: what users write in claims/*.yaml, validated strictly."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StringConstraints,
    field_validator,
    model_validator,
)

from harness.claims.catalog import Catalog
from harness.claims.catalog_entries import ID_PATTERN, Day, not_after_today
from harness.claims.cohort import Cohort
from harness.counting import counted
from harness.inputs import URL_PATTERN, control_character, text_control_character


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _one_line(text: str) -> str:
    if why := control_character(text):
        raise ValueError(why)
    return text


def _printable(text: str) -> str:
    if why := text_control_character(text):
        raise ValueError(why)
    return text


# what a person writes that may run over lines (statement, quote, notes): a tab or a line break may stay, no other
# control character (a file's reader refuses one at its line; this check holds for drafts and `new` before writing)
Text = Annotated[str, AfterValidator(_printable)]
Note = Annotated[str, StringConstraints(max_length=5000), AfterValidator(_printable)]


class ClaimSource(Strict):
    """Where the claim was made."""

    # named in every report of the claim: printable, on one line, as `new --publisher` takes it
    publisher: Annotated[str, AfterValidator(_one_line)] = Field(min_length=1, max_length=300)
    url: str = Field(pattern=URL_PATTERN, max_length=2000)
    date: Day
    quote: Note | None = None

    @field_validator("date")
    @classmethod
    def _said_by_now(cls, v):
        return not_after_today(v, "the day the claim was made")


class SettingFilter(Strict):
    """Only use evidence obtained under this setting."""

    tools: StrictBool | None = None
    aggregation: str | None = None
    shots: StrictInt | None = Field(default=None, ge=0)
    harness: str | None = None
    subset: str | None = None
    prompt: str | None = None
    thinking: StrictBool | None = None
    compute: str | None = None
    effort: str | None = None

    @field_validator("aggregation", "harness", "subset", "prompt", "compute", "effort")
    @classmethod
    def _not_empty(cls, v: str | None) -> str | None:
        # no row states an empty setting: the claim was insufficient_evidence whatever the rows ("under harness=")
        if v is not None and not v.strip():
            raise ValueError(f"{v!r} is empty: no row states it; give the setting, or leave it out")
        return v

    def pairs(self) -> tuple[tuple[str, object], ...]:
        return tuple((k, v) for k, v in self.model_dump().items() if v is not None)


class EvidenceSpec(Strict):
    """Limits on which evidence rows may decide the claim."""

    reported_by: list[str] = []
    sources: list[str] = []
    setting: SettingFilter | None = None
    as_of: Day | None = None
    kinds: list[Literal["published", "local"]] = []
    # imported snapshots to use (sha256, or its first 8+ hex digits); other snapshots of their sources are ignored
    snapshots: list[Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8,64}$")]] = []
    independent: StrictBool = False  # third-party evidence only: rows not reported by the model's developer
    locators: list[str] = []  # substrings of source_locator: one table of a source that has several
    # a setting for one side only: the subject's rows at one budget while the competitors' state none
    subject_setting: SettingFilter | None = None
    competitor_setting: SettingFilter | None = None

    @model_validator(mode="after")
    def _one_side_agrees(self):
        # a side's setting adds to `setting`; one that gives a key of it another value made `setting` hold for the
        # other side only, while the reason still said "under shots=5" for both
        for side in ("subject_setting", "competitor_setting"):
            own = getattr(self, side)
            for key, value in own.pairs() if own and self.setting else ():
                given = getattr(self.setting, key)
                if given is not None and given != value:
                    said, other = (str(v).lower() if isinstance(v, bool) else repr(v) for v in (value, given))
                    raise ValueError(
                        f"{side}.{key} is {said} and setting.{key} {other}: a side's setting adds to setting; "
                        f"give {key} in one of them"
                    )
        return self

    @field_validator("as_of")
    @classmethod
    def _by_now(cls, v):
        # a day that has not come is a slip (2052 for 2025): every row dated up to today passed it, so rows published
        # after the claim was made judged it, unseen
        return not_after_today(v, "the day the evidence is taken up to")

    @field_validator("reported_by", "sources", "locators")
    @classmethod
    def _no_empty_text(cls, v: list[str]) -> list[str]:
        # an empty text is a substring of every source and locator: a limit that limits nothing, unseen
        for text in v:
            if not text.strip():
                raise ValueError(
                    f"{text!r} is empty: it would match every row; give the text to match, or leave it out"
                )
        return v


class AtLeast(Strict):
    at_least: StrictInt = Field(ge=1, le=10_000)


def _number_means_at_least(value):
    """`quantifier: 2` is read as `{at_least: 2}`, as `new --quantifier 2` writes it."""
    whole = isinstance(value, int) and not isinstance(value, bool)
    if whole and not 1 <= value <= 10_000:
        raise ValueError(f"must be all, most, any or a number from 1 to 10,000 (at least that many), got {value}")
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value) < 100:
        # a quoted number is text: never converted, but the general "must be all, most, ..." hides why
        n = int(value)
        if 1 <= n <= 10_000:
            raise ValueError(
                f"must be all, most, any or a number without quotes, got {value!r}: write {n} (at least {n}) "
                f"or {{at_least: {n}}}"
            )
    return {"at_least": value} if whole else value


Quantifier = Annotated[
    Union[Literal["all", "most", "any"], AtLeast],
    BeforeValidator(_number_means_at_least, json_schema_input_type=Union[Literal["all", "most", "any"], AtLeast, int]),
]
# what a user may write, in the project's words, for fields pydantic would describe by one union member
ACCEPTED_FORMS = {
    "kind": "outperforms, matches, ranks or score",  # an assertion's; the only field of that name
    "quantifier": "all, most, any, a number (at least that many), or {at_least: k}",
    "competitors_quantifier": "all, most, any, a number (at least that many), or {at_least: k}",
    "at_least": "a whole number from 1 to 10,000",  # the bound too: 10,001 was told "1 or more"
    "benchmarks": "a list of benchmarks ([A, B]), shared (every benchmark both sides have), "
    "or {tags: [...]} (optionally with include: [...] and exclude: [...])",
}


class BenchmarkSelector(Strict):
    """Every benchmark both sides have, optionally narrowed by tag or list."""

    shared: Literal[True] = True
    tags: list[str] = []
    include: list[str] = []
    exclude: list[str] = []

    def accepts(self, bench_id: str, catalog: Catalog) -> bool:
        """True when the benchmark passes the tag, include and exclude filters."""
        entry = catalog.benchmark(bench_id)
        if self.tags and not any(tag in entry.tags for tag in self.tags):
            return False
        if self.include and entry.id not in {catalog.benchmark(x).id for x in self.include}:
            return False
        return not self.exclude or entry.id not in {catalog.benchmark(x).id for x in self.exclude}


BenchmarkSet = Union[Literal["shared"], list[str], BenchmarkSelector]


class _Comparative(Strict):
    benchmarks: BenchmarkSet = "shared"
    quantifier: Quantifier = "all"
    evidence: EvidenceSpec | None = None
    note: Note | None = None
    # an emphatic universal ("broke every benchmark", "matches, not approaches"): any failed unit refutes
    strict: StrictBool = False
    # "on average over the suite": compare (or, for ranks, rank by) the mean over the benchmarks instead of each one
    aggregate: Literal["each", "mean"] = "each"

    @model_validator(mode="after")
    def _at_least_fits(self):
        if self.aggregate == "mean" and self.quantifier != "all":
            # the mean is one unit: a quantifier over the benchmarks would be read and silently never used
            raise ValueError(
                f"quantifier {_quantifier_text(self.quantifier)} counts benchmarks one by one, and aggregate: mean "
                "judges one mean over them: leave the quantifier out"
            )
        if isinstance(self.benchmarks, list):
            if not self.benchmarks:
                raise ValueError("benchmarks list is empty")
            if len(set(self.benchmarks)) != len(self.benchmarks):
                raise ValueError("benchmarks list names a benchmark twice")
            if isinstance(self.quantifier, AtLeast) and self.quantifier.at_least > len(self.benchmarks):
                raise ValueError(
                    f"at_least {self.quantifier.at_least} is more than the {counted(len(self.benchmarks), 'benchmark')} listed"
                )
        return self


def _quantifier_text(q) -> str:
    return f"at_least {q.at_least}" if isinstance(q, AtLeast) else str(q)


class _AgainstCompetitors(_Comparative):
    @model_validator(mode="after")
    def _competitors_fit(self):
        # more than are listed can never hold: the claim would be insufficient_evidence whatever the scores
        wanted = self.competitors_quantifier
        if isinstance(wanted, AtLeast) and wanted.at_least > len(self.competitors):
            raise ValueError(
                f"competitors_quantifier at_least {wanted.at_least} is more than the {len(self.competitors)} "
                "competitors listed"
            )
        return self


class Outperforms(_AgainstCompetitors):
    """Subject beats each competitor; a tie is not a win."""

    kind: Literal["outperforms"]
    competitors: list[str] = Field(min_length=1)
    margin: StrictFloat = Field(default=0.0, ge=0, le=1e6)
    # "surpassing most baselines": how many competitors the subject must beat (default: each one)
    competitors_quantifier: Quantifier = "all"


class Matches(_AgainstCompetitors):
    """|subject - competitor| <= tolerance."""

    kind: Literal["matches"]
    competitors: list[str] = Field(min_length=1)
    tolerance: StrictFloat = Field(ge=0, le=1e6)
    tolerance_unit: Literal["points", "percent"] = "points"
    # "comparable or better", "competitive with": at_least passes any score above the band too
    direction: Literal["both", "at_least"] = "both"
    competitors_quantifier: Quantifier = "all"


class Ranks(_Comparative):
    """Subject's rank within a cohort is at most `top`."""

    kind: Literal["ranks"]
    cohort: Cohort
    top: StrictInt = Field(default=1, ge=1, le=10_000)


class ScoreClaim(Strict):
    """A quoted score: equals a number (within tolerance) or is at least it."""

    kind: Literal["score"]
    benchmark: str
    # the model the number is quoted for, when it is not the subject ("... outperforming X with 32.2")
    model: str | None = None
    value: StrictFloat = Field(ge=-1e9, le=1e9, allow_inf_nan=False)
    op: Literal["equals", "at_least"] = "equals"
    tolerance: StrictFloat = Field(default=0.05, ge=0, le=1e6)
    evidence: EvidenceSpec | None = None
    note: Note | None = None


Assertion = Annotated[Union[Outperforms, Matches, Ranks, ScoreClaim], Field(discriminator="kind")]


RESERVED_IDS = {"index"}  # report pages are named by claim id; index.md is the report's own


class Extraction(Strict):
    """How `benchclaims extract` drafted this claim from a document, and what a person should check."""

    document: str
    location: str
    confidence: StrictFloat = Field(ge=0, le=1)
    extractor: str = "lexicon"
    review: list[str] = []
    # names the extractor kept as written because the catalog lacks them: such a claim is not verified
    uncatalogued: list[str] = []


class Claim(Strict):
    """One claim as said somewhere, split into checkable assertions."""

    id: str = Field(pattern=ID_PATTERN)
    statement: Text = Field(min_length=1, max_length=5000)
    source: ClaimSource
    subject: str = Field(min_length=1)
    evidence: EvidenceSpec = EvidenceSpec()
    assertions: list[Assertion] = Field(min_length=1, max_length=100)
    notes: Annotated[str, StringConstraints(max_length=10_000), AfterValidator(_printable)] | None = None
    extraction: Extraction | None = None
    # "Llama 4 Scout" for the pre-trained and the instruct checkpoint; a model at two budgets
    subject_variants: list[str] = []
    variants_rule: Literal["any", "all"] = "any"
    # an emphatic claim split over assertions ("every", "never worse"): any refuted assertion refutes it
    strict: StrictBool = False

    @field_validator("subject", mode="before")
    @classmethod
    def _subject_given(cls, v):
        # `subject:` with nothing after it is YAML's null: "must be text (quote it ...)" would mislead; spaces
        # alone would be "unknown model '  '"
        if v is None or (isinstance(v, str) and not v.strip()):
            raise ValueError(
                "is empty (nothing after the colon, or null): write the model the claim is about, by its "
                "catalog name or an alias"
            )
        return v

    @model_validator(mode="after")
    def _id_not_reserved(self):
        if self.id in RESERVED_IDS:
            raise ValueError(f"claim id {self.id!r} is reserved for the report's index page; choose another")
        return self
