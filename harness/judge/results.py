"""What judging hands on: each comparison, a rank row, an assertion's result (plain dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field

from harness.evidence.records import ScoreRecord
from harness.judge.power import Power
from harness.judge.precision import finest, same_values
from harness.judge.verdicts import Unit


@dataclass
class Comparison:
    """Subject vs one competitor on one benchmark, with the rows that decided it."""

    benchmark: str
    competitor: str | None
    subject_value: float | None
    competitor_value: float | None
    outcome: str
    subject_rows: list[ScoreRecord] = field(default_factory=list)
    competitor_rows: list[ScoreRecord] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stderr: float | None = None
    p_value: float | None = None
    p_adjusted: float | None = None
    significant: bool | None = None
    test: str | None = None
    mdd: float | None = None
    interval: tuple[float, float] | None = None  # 95% interval of delta (subject - competitor)
    power: Power | None = None  # what would decide it: detectable gaps, items needed, fragility
    # a missing side whose rows the claim's own filters left out: which filters, and the rows each left out
    excluded_by: str = ""
    excluded_why: str = ""

    @property
    def delta(self) -> float | None:
        if self.subject_value is None or self.competitor_value is None:
            return None
        return round(self.subject_value - self.competitor_value, 6)

    @property
    def conflict(self) -> bool:
        """Sources disagree: two rows on one side with different values and settings that could be the same."""
        return _disagree(self.subject_rows) or _disagree(self.competitor_rows)


def _disagree(rows: list[ScoreRecord]) -> bool:
    """Two rows with different values whose settings could be the same, not one table's two settings.

    Decided per setting (as stated and as written), not per pair of rows: one model's 20,000 rows of one
    benchmark took 25 s pair by pair, and 100,000 more than ten minutes. Rows of one setting disagree when
    their values differ (one table's two rows of one setting are no two settings). Rows of two settings that
    could be the same disagree when their values differ, unless every row of both is in one table.
    """
    groups: dict[tuple, tuple[set[float], set[tuple]]] = {}
    for r in rows:
        values, tables = groups.setdefault((r.setting, r.setting_text), (set(), set()))
        values.add(r.value)
        tables.add(_table_copy(r))
    # one score printed to two precisions (76.0 and 76.03) is one value, not two
    groups = {key: (finest(values), tables) for key, (values, tables) in groups.items()}
    if any(len(values) > 1 for values, _ in groups.values()):
        return True
    kinds = list(groups.items())
    for i, ((setting, _), (values, tables)) in enumerate(kinds):
        for (other, _), (other_values, other_tables) in kinds[i + 1 :]:
            if same_values(values, other_values) or setting.differences(other):
                continue
            if len(tables) > 1 or tables != other_tables:  # some pair of rows is from two tables
                return True
    return False


def two_settings_of_one_table(a: ScoreRecord, b: ScoreRecord) -> bool:
    """Two rows of one model in one table (reporter, URL, locator, copy) that state their settings
    differently: the table scores the model twice, once in each setting ("Pass@1-COT" and "Pass@1"),
    so its two numbers are two settings, never two sources disagreeing. A setting left unstated on
    one row could match another source's, but not its own table's other row."""
    same_table = _table_copy(a) == _table_copy(b)
    return same_table and (a.setting != b.setting or a.setting_text != b.setting_text)


def _table_copy(r: ScoreRecord) -> tuple[str, str, str, str]:
    return (r.reported_by, r.source_url, r.source_locator, r.snapshot)


@dataclass
class RankRow:
    """The subject's place in the cohort on one benchmark."""

    benchmark: str
    rank_best: int | None
    rank_worst: int | None
    cohort_size: int
    status: str
    top_k_probability: float | None = None
    tie_group_rank: int | None = None
    missing_members: list[str] = field(default_factory=list)
    subject_missing: bool = False  # the subject itself has no score here: it is the one missing
    # members whose rows the claim's own filters left out (never "missing"): what each left out, for a caveat
    excluded: list[str] = field(default_factory=list)
    deciding: list[str] = field(default_factory=list)  # members whose comparisons decide it (the cut)
    # (reporter, locator) of every row the unit compared, for the cohort's coverage
    tables: frozenset = field(default=frozenset(), compare=False, repr=False)
    rank_set: tuple[int, int] | None = None  # ranks the subject could hold at 95% (paired bootstrap)
    tie_group: list[str] | None = None  # members the paired bootstrap cannot separate from the subject
    rank_method: str | None = None  # how the rank uncertainty was found
    # (the subject's score, the members with the same score) where they share its place across the top-k cut:
    # the rule counts the tie as the higher place, and the verdict's words say it was a tie
    tie_at_cut: tuple[float, list[str]] | None = None


@dataclass
class AssertionResult:
    kind: str
    verdict: str
    rule: str
    comparisons: list[Comparison]
    groups: dict[str, list[Unit]]
    group_verdicts: dict[str, str]
    caveats: list[str]
    strength: str | None
    depends_on_conflict: bool
    ranks: list[RankRow] = field(default_factory=list)
    summary: str = ""
    means: list[dict] = field(default_factory=list)  # aggregate: mean, one per competitor
    coverage: dict | None = None  # ranks: how many cohort members it was compared with, of how many known
