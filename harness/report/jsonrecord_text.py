"""The compact layout's lines written as text piece by piece, for the records a worker writes by the
hundred thousand (evidence rows, comparisons, rank rows, power records): the same bytes as `line_text` of
`jsonrecords`' records, without building each record and handing it to the encoder. A field of a type other
than the ones written here takes the record's way."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from harness.judge.power import Power
from harness.judge.stats import round_p
from harness.report.jsonrecords import _comparison_line, _num, _power_line, _rank_line, row_dict, row_key
from harness.report.jsontext import ESCAPE, line_text

if TYPE_CHECKING:
    from harness.evidence.records import ScoreRecord
    from harness.judge.results import Comparison, RankRow
    from harness.report.jsonrecords import Rows


def row_text(r: ScoreRecord) -> str:
    """`line_text(row_dict(r))`, written piece by piece (a worker writes some 140,000 rows, each once): the
    same text without the record's source dict, the line and the encoder. A field of a type other than
    the ones written here takes the record's way."""
    value, stderr, n = _scalar(r.value), _scalar(r.stderr), _scalar(r.n)
    texts = (r.model, r.benchmark, r.metric, r.reported_by, r.source_url, r.source_locator, r.origin)
    first, partial, as_of = r.first_party, r.partial, r.as_of
    optional = (r.snapshot, r.setting_text, r.kind)
    if (
        None in (value, stderr, n)
        or type(r.n) is bool
        or set(map(type, texts + optional)) != _STR
        or not (first is None or type(first) is bool)
        or type(partial) is not bool
        or not (as_of is None or type(as_of) is date)
    ):
        return line_text(row_dict(r))
    model, benchmark, metric, reported_by, url, locator, origin = map(ESCAPE, texts)
    out = ['{"id": ', ESCAPE(row_key(r)), ', "model": ', model, ', "benchmark": ', benchmark, ', "metric": ']
    out += (metric, ', "value": ', value)
    if r.stderr is not None:
        out += (', "stderr": ', stderr)
    if r.n is not None:
        out += (', "n": ', n)
    out += (', "reported_by": ', reported_by)
    if first is not None:
        out.append(', "first_party": true' if first else ', "first_party": false')
    out += (', "url": ', url, ', "locator": ', locator)
    if as_of is not None:
        out += (', "as_of": "', as_of.isoformat(), '"')
    snapshot, setting, kind = optional
    if snapshot:
        out += (', "snapshot": ', ESCAPE(snapshot))
    if setting:
        out += (', "setting": ', ESCAPE(setting))
    if kind != "published":
        out += (', "kind": ', ESCAPE(kind))
    if partial:
        out.append(', "partial": true')
    out += (', "origin": ', origin, "}")
    return "".join(out)


_STR = {str}


def comparison_text(c: Comparison, rows: Rows) -> str:
    """`line_text(_comparison_line(c, rows))`, written piece by piece: the same text without building the
    record and handing it to the encoder (a rank claim writes some 140 of these lines). A field of a type
    other than the ones written here takes the record's way."""
    competitor = _scalar(c.competitor)
    fields = comparison_fields_text(c)
    if fields is None or competitor is None or type(c.benchmark) is not str:
        return line_text(_comparison_line(c, rows))
    out = ['{"benchmark": ', ESCAPE(c.benchmark), ', "competitor": ', competitor, fields]
    if (len(c.subject_rows) > 1 or len(c.competitor_rows) > 1) and c.conflict:  # (one row a side: none)
        out.append(', "conflict": true')
    if c.alternatives:
        out += (', "alternatives": ', line_text(c.alternatives))
    if c.notes:
        out += (', "notes": ', line_text(c.notes))
    out += (', "subject_rows": ', _keys_text(rows.add(c.subject_rows)))
    out += (', "competitor_rows": ', _keys_text(rows.add(c.competitor_rows)), "}")
    return "".join(out)


def comparison_fields_text(c: Comparison) -> str | None:
    """The part of `comparison_text`'s line from the outcome to the power (what the two scores and their
    test give), or None where a field takes the record's way. Apart so that a rank unit's kept comparisons,
    whose fields recur with the scores, can write it once for every comparison of the same scores."""
    value = _scalar(c.subject_value)
    other = _scalar(c.competitor_value)
    delta = _scalar(c.delta)
    test = _scalar(c.test)
    if None in (value, other, delta, test) or type(c.outcome) is not str:
        return None
    out = [', "outcome": ', ESCAPE(c.outcome), ', "subject_value": ', value, ', "competitor_value": ', other]
    out += (', "delta": ', delta, ', "test": ', test)
    if c.stderr is not None:
        out += (', "stderr": ', _float(round(float(c.stderr), 6)))
    if c.p_value is not None:
        out += (', "p_value": ', _float(round_p(c.p_value)))
    if c.p_adjusted is not None:
        out += (', "p_adjusted": ', _float(round_p(c.p_adjusted)))
    if c.significant is not None:
        if type(c.significant) is not bool:
            return None
        out += (', "significant": ', "true" if c.significant else "false")
    if c.interval is not None:
        low, high = _num(c.interval[0]), _num(c.interval[1])
        out += (', "delta_interval": [', "null" if low is None else _float(low), ", ")
        out += ("null" if high is None else _float(high), "]")
    if c.mdd is not None:
        out += (', "min_detectable_difference": ', _float(round(float(c.mdd), 3)))
    if c.power is not None:
        out += (', "power": ', _power_text(c.power))
    return "".join(out)


_FLOAT_REPR = float.__repr__


_INT_REPR = int.__repr__


def _float(x: float) -> str:
    # as the encoder writes a float; one that is not finite is null, as `line_text` writes it
    return _FLOAT_REPR(x) if x - x == 0.0 else "null"


def _scalar(x) -> str | None:
    """A str, float, int, bool or None as `line_text` writes it; None for any other type."""
    kind = type(x)
    if kind is float:
        return _FLOAT_REPR(x) if x - x == 0.0 else "null"
    if kind is str:
        return ESCAPE(x)
    if x is None:
        return "null"
    if kind is bool:
        return "true" if x else "false"
    if kind is int:
        return _INT_REPR(x)
    return None


def _keys_text(keys: list[str]) -> str:
    return "[" + ", ".join(map(ESCAPE, keys)) + "]"


def _power_text(power: Power) -> str:
    """The text of `_power_line(power)`, kept with it by the Power's identity (never by its value: 0.0
    and -0.0 are equal and written differently)."""
    known = _POWER_TEXTS.get(id(power))
    if known is None or known[0] is not power:
        if len(_POWER_TEXTS) >= 1 << 15:
            _POWER_TEXTS.clear()
        known = _POWER_TEXTS[id(power)] = (power, _power_line_text(power))  # the Power kept (its id)
    return known[1]


def _power_line_text(p: Power) -> str:
    """`line_text(_power_line(p))`, written piece by piece (a worker writes some 100,000 Powers): the fields
    of `Power.as_json` that are neither None nor False, in its order. The discordant counts (a paired
    test's) and a field of another type take the record's way."""
    if p.discordant is not None:
        return line_text(_power_line(p))
    out = []
    for key, value in (
        ('"mdd_50": ', None if p.mdd_50 is None else round(p.mdd_50, 3)),
        ('"mdd_80": ', None if p.mdd_80 is None else round(p.mdd_80, 3)),
        ('"items_now": ', p.items_now),
        ('"items_needed": ', p.items_needed),
        ('"factor_needed": ', None if p.factor_needed is None else round(p.factor_needed, 3)),
        ('"at_boundary": ', p.at_boundary),
        ('"fragility": ', p.fragility),
        ('"fragility_to": ', p.fragility_to),
        ('"runs_needed_at_least": ', p.runs_needed),
    ):
        if value is not None and value is not False:
            text = _scalar(value)
            if text is None:
                return line_text(_power_line(p))
            out.append(key + text)
    return "{" + ", ".join(out) + "}"


_POWER_TEXTS: dict[int, tuple[Power, str]] = {}


def rank_text(r: RankRow) -> str:
    """`line_text(_rank_line(r))`, written piece by piece (a rank claim writes 50 of these lines); the lists
    and a field of another type are written by the encoder."""
    head = [_scalar(x) for x in (r.benchmark, r.status, r.rank_best, r.rank_worst, r.cohort_size)]
    if None in head:
        return line_text(_rank_line(r))
    out = ['{"benchmark": ', head[0], ', "status": ', head[1], ', "rank_best": ', head[2], ', "rank_worst": ']
    out += (head[3], ', "cohort_size": ', head[4])
    if r.top_k_probability is not None:
        out += (', "top_k_probability": ', _float(_num(r.top_k_probability, 4)))
    for key, value in ((', "tie_group_rank": ', r.tie_group_rank), (', "tie_group": ', r.tie_group)):
        if value is not None:
            out += (key, _scalar(value) or line_text(value))
    if r.rank_set is not None:
        out += (', "rank_set": ', line_text(list(r.rank_set)))
    if r.rank_method is not None:
        out += (', "rank_method": ', _scalar(r.rank_method) or line_text(r.rank_method))
    if not (type(r.missing_members) is list and not r.missing_members):
        out += (', "missing_members": ', line_text(r.missing_members))
    if r.subject_missing is not False:
        out += (', "subject_missing": ', _scalar(r.subject_missing) or line_text(r.subject_missing))
    if not (type(r.deciding) is list and not r.deciding):
        out += (', "deciding_members": ', line_text(r.deciding))
    out.append("}")
    return "".join(out)
