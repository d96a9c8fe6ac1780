"""One comparison, rank row and evidence row of `verify --json` as records: in full, or (compact) on one line
with every field at its default left out (the `*_DEFAULTS` tables below; `jsonexpand.expand` writes them back).

The compact layout names a comparison's evidence rows by id (`row_key`) into the table `Rows` collects.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from harness.judge.power import Power
from harness.judge.stats import round_p
from harness.report.jsontext import ESCAPE, Line, Shared

if TYPE_CHECKING:
    from harness.evidence.records import ScoreRecord
    from harness.judge.results import Comparison, RankRow

# The compact layout's one-line records leave out a field at its default, as listed here (a power
# record: as `Power` gives it); `jsonexpand.expand` writes these back.
COMPARISON_DEFAULTS = {
    "stderr": None,
    "p_value": None,
    "p_adjusted": None,
    "significant": None,
    "delta_interval": None,
    "min_detectable_difference": None,
    "power": None,
    "conflict": False,
    "alternatives": [],
    "notes": [],
}
POWER_DEFAULTS = Power(None, None).as_json()  # every field of a power record at its default
RANK_DEFAULTS = {
    "top_k_probability": None,
    "tie_group_rank": None,
    "tie_group": None,
    "rank_set": None,
    "rank_method": None,
    "missing_members": [],
    "subject_missing": False,
    "deciding_members": [],
}
# an evidence row; its `row_id` is never written: it is the `id` up to any "@"
ROW_DEFAULTS = {
    "stderr": None,
    "n": None,
    "first_party": None,
    "as_of": None,
    "setting": "",
    "kind": "published",
    "partial": False,
}
# what a comparison's `sources` say about each row, in the full layout (and `side`)
SOURCE_FIELDS = (
    "row_id",
    "origin",
    "value",
    "reported_by",
    "first_party",
    "url",
    "locator",
    "as_of",
    "setting",
    "kind",
    "partial",
)


def _num(x: float | None, digits: int = 6) -> float | None:
    return None if x is None else round(float(x), digits)


def _p(p: float | None) -> float | None:
    return None if p is None else round_p(p)


_REQUIRED = object()


def _line(pairs, defaults: dict) -> Line:
    """A one-line record of `pairs` (name, value), less the fields equal to their default."""
    out = Line()
    for key, value in pairs:
        d = defaults.get(key, _REQUIRED)
        if d is _REQUIRED or not (value is d or (type(value) is type(d) and value == d)):
            out[key] = value
    return out


@functools.lru_cache(maxsize=1 << 16)
def _source(r: ScoreRecord, side: str) -> Shared:
    # a row is a source of every comparison it takes part in (the subject's row once per competitor)
    out = Shared(r.source_dict(), side=side)
    out.texts = {}
    return out


def row_key(r: ScoreRecord) -> str:
    """The id of a row in the compact table: its row id, and the snapshot it was read from, if any
    (two copies of a source share row ids and may differ in value; each is listed)."""
    return f"{r.row_id}@{r.snapshot[:12]}" if r.snapshot else r.row_id


_ROW_WRITTEN = {**ROW_DEFAULTS, "snapshot": ""}  # a row read from no snapshot says nothing of one


def row_dict(r: ScoreRecord) -> Line:
    """One entry of the compact layout's evidence table: the row and its provenance, on one line."""
    s = r.source_dict()
    return _line(
        (
            ("id", row_key(r)),
            ("model", r.model),
            ("benchmark", r.benchmark),
            ("metric", r.metric),
            ("value", s["value"]),
            ("stderr", r.stderr),
            ("n", r.n),
            ("reported_by", s["reported_by"]),
            ("first_party", s["first_party"]),
            ("url", s["url"]),
            ("locator", s["locator"]),
            ("as_of", s["as_of"]),
            ("snapshot", s.get("snapshot", "")),
            ("setting", s["setting"]),
            ("kind", s["kind"]),
            ("partial", s["partial"]),
            ("origin", s["origin"]),
        ),
        _ROW_WRITTEN,
    )


class Rows:
    """The evidence rows the comparisons written so far refer to, each once."""

    def __init__(self):
        self.found: dict[str, ScoreRecord] = {}

    def add(self, rows: list[ScoreRecord]) -> list[str]:
        """Note `rows` and return their ids."""
        return [self._note(r)[1] for r in rows]

    def ids_text(self, rows: list[ScoreRecord]) -> str:
        """Note `rows` and return their ids as a JSON list (`line_text(self.add(rows))`)."""
        if len(rows) == 1:
            return "[" + self.id_text(rows[0]) + "]"
        return "[" + ", ".join([self.id_text(r) for r in rows]) + "]"

    def id_text(self, r: ScoreRecord) -> str:
        """Note one row and return its id as JSON text."""
        return self._note(r)[2]

    def _note(self, r: ScoreRecord) -> tuple[ScoreRecord, str, str]:
        """Note one row: (the row, its id, the id as JSON text)."""
        seen = _KEYS.get(id(r))
        if seen is None or seen[0] is not r:
            key = row_key(r)
            if len(_KEYS) >= 1 << 17:
                _KEYS.clear()
            seen = _KEYS[id(r)] = (r, key, ESCAPE(key))  # the record kept: its id is not reused meanwhile
        self.found.setdefault(seen[1], r)
        return seen

    def table(self) -> list[Line]:
        return [row_dict(self.found[k]) for k in sorted(self.found)]


# each row's id (and its JSON text) by the record's id: the store builds a row's record once, and a row is
# met in many comparisons (two ids per comparison line)
_KEYS: dict[int, tuple[ScoreRecord, str, str]] = {}


def comparison_dict(c: Comparison, rows: Rows | None = None) -> dict:
    """A comparison; with `rows` (compact), a one-line record whose rows are ids (`subject_rows`,
    `competitor_rows`) into the table `rows` collects, instead of `sources` written out in full."""
    if rows is not None:
        return _comparison_line(c, rows)
    sources = [_source(r, "subject") for r in c.subject_rows]
    sources += [_source(r, "competitor") for r in c.competitor_rows]
    return {
        "benchmark": c.benchmark,
        "competitor": c.competitor,
        "subject_value": c.subject_value,
        "competitor_value": c.competitor_value,
        "delta": c.delta,
        "outcome": c.outcome,
        "alternatives": c.alternatives,
        "conflict": c.conflict,
        "stderr": _num(c.stderr),
        "p_value": _p(c.p_value),
        "p_adjusted": _p(c.p_adjusted),
        "significant": c.significant,
        "test": c.test,
        "min_detectable_difference": _num(c.mdd, 3),
        "power": None if c.power is None else c.power.as_json(),
        "delta_interval": None if c.interval is None else [_num(c.interval[0]), _num(c.interval[1])],
        "notes": c.notes,
        "sources": sources,
    }


def _comparison_line(c: Comparison, rows: Rows) -> Line:
    # COMPARISON_DEFAULTS are None, False or empty: each field is left out when it is one of them
    out = Line(
        benchmark=c.benchmark,
        competitor=c.competitor,
        outcome=c.outcome,
        subject_value=c.subject_value,
        competitor_value=c.competitor_value,
        delta=c.delta,
        test=c.test,
    )
    if c.stderr is not None:
        out["stderr"] = round(float(c.stderr), 6)
    if c.p_value is not None:
        out["p_value"] = round_p(c.p_value)
    if c.p_adjusted is not None:
        out["p_adjusted"] = round_p(c.p_adjusted)
    if c.significant is not None:
        out["significant"] = c.significant
    if c.interval is not None:
        out["delta_interval"] = [_num(c.interval[0]), _num(c.interval[1])]
    if c.mdd is not None:
        out["min_detectable_difference"] = round(float(c.mdd), 3)
    if c.power is not None:  # POWER_DEFAULTS are None or False
        out["power"] = _power_line(c.power)
    if c.conflict:
        out["conflict"] = True
    if c.alternatives:
        out["alternatives"] = c.alternatives
    if c.notes:
        out["notes"] = c.notes
    out["subject_rows"] = rows.add(c.subject_rows)
    out["competitor_rows"] = rows.add(c.competitor_rows)
    return out


def _power_line(power: Power) -> Line:
    """A power record's line, its fields at their default left out; made once per Power object (the
    comparisons of a pair of scores seen before share their Power), kept by identity."""
    known = _POWER_LINES.get(id(power))
    if known is None or known[0] is not power:
        if len(_POWER_LINES) >= 1 << 15:
            _POWER_LINES.clear()
        line = Line((k, v) for k, v in power.as_json().items() if v is not None and v is not False)
        known = _POWER_LINES[id(power)] = (power, line)  # the Power kept: its id is not reused meanwhile
    return known[1]


_POWER_LINES: dict[int, tuple[Power, Line]] = {}


def rank_dict(r: RankRow, compact: bool = False) -> dict:
    """A rank row; `compact`: a one-line record that also names the members whose comparisons are listed."""
    if compact:
        return _rank_line(r)
    return {
        "benchmark": r.benchmark,
        "rank_best": r.rank_best,
        "rank_worst": r.rank_worst,
        "cohort_size": r.cohort_size,
        "status": r.status,
        "top_k_probability": _num(r.top_k_probability, 4),
        "tie_group_rank": r.tie_group_rank,
        "missing_members": r.missing_members,
        "subject_missing": r.subject_missing,
        "rank_set": None if r.rank_set is None else list(r.rank_set),
        "tie_group": r.tie_group,
        "rank_method": r.rank_method,
    }


def _rank_line(r: RankRow) -> Line:
    """`rank_dict(r, compact=True)`: the fields at their RANK_DEFAULTS left out, written out field by
    field (what `_line` does for any record, without its loop: 50 rank rows a rank claim)."""
    out = Line(
        benchmark=r.benchmark,
        status=r.status,
        rank_best=r.rank_best,
        rank_worst=r.rank_worst,
        cohort_size=r.cohort_size,
    )
    if r.top_k_probability is not None:
        out["top_k_probability"] = _num(r.top_k_probability, 4)
    if r.tie_group_rank is not None:
        out["tie_group_rank"] = r.tie_group_rank
    if r.tie_group is not None:
        out["tie_group"] = r.tie_group
    if r.rank_set is not None:
        out["rank_set"] = list(r.rank_set)
    if r.rank_method is not None:
        out["rank_method"] = r.rank_method
    if not (type(r.missing_members) is list and not r.missing_members):
        out["missing_members"] = r.missing_members
    if r.subject_missing is not False:
        out["subject_missing"] = r.subject_missing
    if not (type(r.deciding) is list and not r.deciding):
        out["deciding_members"] = r.deciding
    return out
