"""The compact layout's lines written as text piece by piece, for the records a worker writes by the
hundred thousand (evidence rows, comparisons, rank rows, power records): the same bytes as `line_text` of
`jsonrecords`' records, without building each record and handing it to the encoder. A field of a type other
than the ones written here takes the record's way."""

from __future__ import annotations

import sys
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
    value, stderr, n, first, partial, as_of = r.value, r.stderr, r.n, r.first_party, r.partial, r.as_of
    value = _FLOAT_REPR(value) if type(value) is float and value - value == 0.0 else _scalar(value)
    if (
        value is None
        or not (stderr is None or type(stderr) is float)
        or not (n is None or type(n) is int)
        or not (first is None or type(first) is bool)
        or type(partial) is not bool
        or not (as_of is None or type(as_of) is date)
    ):
        return line_text(row_dict(r))
    try:  # (the text fields: `ESCAPE` takes a str only)
        out = '{"id": %s, "model": %s, "benchmark": %s, "metric": %s, "value": %s' % (
            ESCAPE(row_key(r)),
            ESCAPE(r.model),
            ESCAPE(r.benchmark),
            ESCAPE(r.metric),
            value,
        )
        if stderr is not None:
            out += ', "stderr": ' + (_FLOAT_REPR(stderr) if stderr - stderr == 0.0 else "null")
        if n is not None:
            out += ', "n": ' + _INT_REPR(n)
        out += ', "reported_by": ' + ESCAPE(r.reported_by)
        if first is not None:
            out += ', "first_party": true' if first else ', "first_party": false'
        out += ', "url": %s, "locator": %s' % (ESCAPE(r.source_url), ESCAPE(r.source_locator))
        if as_of is not None:
            out += ', "as_of": "' + as_of.isoformat() + '"'
        snapshot, setting, kind, origin = ESCAPE(r.snapshot), ESCAPE(r.setting_text), r.kind, ESCAPE(r.origin)
        if r.snapshot:
            out += ', "snapshot": ' + snapshot
        if r.setting_text:
            out += ', "setting": ' + setting
        if kind != "published":
            out += ', "kind": ' + ESCAPE(kind)
    except TypeError:
        return line_text(row_dict(r))
    if partial:
        out += ', "partial": true'
    return out + ', "origin": ' + origin + "}"


def comparison_text(c: Comparison, rows: Rows) -> str:
    """`line_text(_comparison_line(c, rows))`, written piece by piece: the same text without building the
    record and handing it to the encoder (a rank claim writes some 140 of these lines). A field of a type
    other than the ones written here takes the record's way."""
    benchmark, competitor = c.benchmark, c.competitor
    fields = comparison_fields_text(c)
    if fields is None or type(benchmark) is not str:
        return line_text(_comparison_line(c, rows))
    competitor = ESCAPE(competitor) if type(competitor) is str else _scalar(competitor)
    if competitor is None:
        return line_text(_comparison_line(c, rows))
    subject_rows, competitor_rows = c.subject_rows, c.competitor_rows
    tail = ""
    if (len(subject_rows) > 1 or len(competitor_rows) > 1) and c.conflict:  # (one row a side: none)
        tail = ', "conflict": true'
    if c.alternatives:
        tail += ', "alternatives": ' + line_text(c.alternatives)
    if c.notes:
        tail += ', "notes": ' + line_text(c.notes)
    return '{"benchmark": %s, "competitor": %s%s%s, "subject_rows": %s, "competitor_rows": %s}' % (
        ESCAPE(benchmark),
        competitor,
        fields,
        tail,
        rows.ids_text(subject_rows),
        rows.ids_text(competitor_rows),
    )


def comparison_fields_text(c: Comparison) -> str | None:
    """The part of `comparison_text`'s line from the outcome to the power (what the two scores and their
    test give), or None where a field takes the record's way. Apart so that a rank unit's kept comparisons,
    whose fields recur with the scores, can write it once for every comparison of the same scores."""
    value, other, outcome, test = c.subject_value, c.competitor_value, c.outcome, c.test
    if type(value) is float and type(other) is float:
        # `Comparison.delta` (both scores known), without making the rounded float
        delta = _rounded(value - other, 6)
        value = _FLOAT_REPR(value) if value - value == 0.0 else "null"
        other = _FLOAT_REPR(other) if other - other == 0.0 else "null"
    else:
        value, other, delta = _scalar(value), _scalar(other), _scalar(c.delta)
    test = ESCAPE(test) if type(test) is str else _scalar(test)
    if None in (value, other, delta, test) or type(outcome) is not str:
        return None
    out = ', "outcome": %s, "subject_value": %s, "competitor_value": %s, "delta": %s, "test": %s' % (
        ESCAPE(outcome),
        value,
        other,
        delta,
        test,
    )
    if c.stderr is not None:
        out += ', "stderr": ' + _rounded(c.stderr, 6)
    if c.p_value is not None:
        out += ', "p_value": ' + _p_text(c.p_value)
    if c.p_adjusted is not None:
        out += ', "p_adjusted": ' + _p_text(c.p_adjusted)
    significant = c.significant
    if significant is not None:
        if type(significant) is not bool:
            return None
        out += ', "significant": true' if significant else ', "significant": false'
    if c.interval is not None:
        low, high = c.interval[0], c.interval[1]
        low = "null" if low is None else _rounded(low, 6)  # (as `_num`)
        out += ', "delta_interval": [%s, %s]' % (low, "null" if high is None else _rounded(high, 6))
    if c.mdd is not None:
        out += ', "min_detectable_difference": ' + _rounded(c.mdd, 3)
    if c.power is not None:
        out += ', "power": ' + _power_text(c.power)
    return out


_FLOAT_REPR = float.__repr__


_INT_REPR = int.__repr__


def _float(x: float) -> str:
    # as the encoder writes a float; one that is not finite is null, as `line_text` writes it
    return _FLOAT_REPR(x) if x - x == 0.0 else "null"


_FIXED = {3: "%.3f", 6: "%.6f"}


def _rounded(x, digits: int) -> str:
    """`_float(round(float(x), digits))`, the float rounded as the JSON writes it, without the rounded float.

    `round` takes the digits `"%.<digits>f"` writes (both round the exact binary value correctly), and the
    rounded float's repr is those digits less the trailing zeros: no shorter text reads back as it where a
    float's spacing is finer than 10**-digits (below 1e9), and repr writes no exponent from 1e-4 up (at
    3 digits a float under 1e-4 rounds to a zero, "0.0" or "-0.0" either way; at 6 it may not). A rounding
    of some 0.8 us made 0.5 us; outside that range, or for another type, the float is rounded."""
    if type(x) is float and 1e-4 <= abs(x) < 1e9:  # (False for NaN)
        text = (_FIXED[digits] % x).rstrip("0")
        return text + "0" if text[-1] == "." else text
    return _float(round(float(x), digits))


def _p_text(p) -> str:
    """`_float(round_p(p))`: a p of 1e-4 and more at six decimals (`_rounded`); a smaller one at three
    significant digits as `"%.3g"` writes them, which is the repr of the float they read back as (no
    shorter text reads back as it, and both write an exponent below 1e-4) where it is a normal float
    (a subnormal one, such as the least p, `stats.P_FLOOR`, loses digits: rounded, as everything else)."""
    if type(p) is float:
        size = abs(p)
        if 1e-4 <= size < 1e9:
            return _rounded(p, 6)
        if _NORMAL <= size < 1e-4:
            return "%.3g" % p
    return _float(round_p(p))


_NORMAL = sys.float_info.min


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
    try:
        out = []
        if p.mdd_50 is not None:  # (rounded: a False is 0)
            out.append('"mdd_50": ' + _power_number(p.mdd_50))
        if p.mdd_80 is not None:
            out.append('"mdd_80": ' + _power_number(p.mdd_80))
        if p.items_now is not None and p.items_now is not False:
            out.append('"items_now": ' + _scalar(p.items_now))
        if p.items_needed is not None and p.items_needed is not False:
            out.append('"items_needed": ' + _scalar(p.items_needed))
        if p.factor_needed is not None:
            out.append('"factor_needed": ' + _power_number(p.factor_needed))
        if p.at_boundary is not None and p.at_boundary is not False:
            out.append('"at_boundary": ' + _scalar(p.at_boundary))
        if p.fragility is not None and p.fragility is not False:
            out.append('"fragility": ' + _scalar(p.fragility))
        if p.fragility_to is not None and p.fragility_to is not False:
            out.append('"fragility_to": ' + _scalar(p.fragility_to))
        if p.runs_needed is not None and p.runs_needed is not False:
            out.append('"runs_needed_at_least": ' + _scalar(p.runs_needed))
    except TypeError:  # a text of None: a field of a type not written here
        return line_text(_power_line(p))
    return "{" + ", ".join(out) + "}"


def _power_number(x) -> str | None:
    # `as_json` rounds to 3 places without making a float of it (an int stays one)
    return _rounded(x, 3) if type(x) is float else _scalar(round(x, 3))


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
