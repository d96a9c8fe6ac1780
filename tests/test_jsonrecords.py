"""The compact layout's records made by their fast paths are those the general ones make."""

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from harness.evidence.records import ScoreRecord
from harness.evidence.settings import Setting
from harness.judge.power import Power
from harness.judge.results import Comparison, RankRow
from harness.report import jsonout, jsonrecord_text, jsonrecords
from harness.report.jsonrecords import RANK_DEFAULTS, Rows, _line, _num, rank_dict, row_dict, row_key
from harness.report.jsontext import line_text


def _generic_rank_line(r: RankRow):
    """The compact rank row as `_line` makes any record: each field at its RANK_DEFAULTS left out."""
    return _line(
        (
            ("benchmark", r.benchmark),
            ("status", r.status),
            ("rank_best", r.rank_best),
            ("rank_worst", r.rank_worst),
            ("cohort_size", r.cohort_size),
            ("top_k_probability", _num(r.top_k_probability, 4)),
            ("tie_group_rank", r.tie_group_rank),
            ("tie_group", r.tie_group),
            ("rank_set", None if r.rank_set is None else list(r.rank_set)),
            ("rank_method", r.rank_method),
            ("missing_members", r.missing_members),
            ("subject_missing", r.subject_missing),
            ("deciding_members", r.deciding),
        ),
        RANK_DEFAULTS,
    )


_names = st.lists(st.sampled_from(["a", "b", "M01"]), max_size=2)
_rank_row = st.builds(
    RankRow,
    benchmark=st.sampled_from(["hi", "lo"]),
    rank_best=st.none() | st.integers(1, 5),
    rank_worst=st.none() | st.integers(1, 5),
    cohort_size=st.integers(0, 700),
    status=st.sampled_from(["pass", "fail", "unknown"]),
    top_k_probability=st.none() | st.sampled_from([0.0, -0.0, 1.0, 0.123456789, 0.99995]),
    tie_group_rank=st.none() | st.integers(0, 3),
    missing_members=_names | st.just(()),
    subject_missing=st.sampled_from([False, True, 0, 1]),
    deciding=_names | st.just(()),
    rank_set=st.none() | st.tuples(st.integers(1, 3), st.integers(1, 3)),
    tie_group=st.none() | _names,
    rank_method=st.none() | st.sampled_from(["", "independent normal draws"]),
)


@settings(max_examples=500, deadline=None)
@given(_rank_row)
def test_a_compact_rank_row_is_the_record_the_general_writer_makes(row):
    """Field by field, the same fields in the same order with the same values (and types: 0 is not
    False, an empty tuple is not the empty list of the defaults) as `_line` over RANK_DEFAULTS."""
    fast, generic = rank_dict(row, compact=True), _generic_rank_line(row)
    assert [(k, type(v), v) for k, v in fast.items()] == [(k, type(v), v) for k, v in generic.items()]
    assert line_text(fast) == line_text(generic)


def _record(value: float, snapshot: str = "", source: str = "table 1") -> ScoreRecord:
    return ScoreRecord(
        "published", "m", "b", "acc", Setting(), value, "lab", "https://x.example", source, None, snapshot=snapshot
    )


def test_rows_ids_and_texts_read_by_the_records_ids_are_those_made_afresh():
    """Each record's id in the table and its line, read again by the record's id (and for records equal
    to it, which are other objects), are those `row_key` and `row_dict` give it."""
    records = [_record(61.3), _record(61.3, "ab" * 32), _record(0.0), _record(-0.0), _record(61.3, source="t 2")]
    records += [_record(61.3), _record(-0.0)]  # equal to earlier ones, other objects
    jsonrecords._KEYS.clear(), jsonout._ROW_TEXTS.clear()
    for _ in range(2):  # the second round reads every record by its id
        rows, texts = Rows(), Rows()
        for a in records:
            for b in records:
                assert rows.add([a, b]) == [row_key(a), row_key(b)]
                assert texts.ids_text([a, b]) == line_text([row_key(a), row_key(b)])
            assert texts.ids_text([a]) == "[" + texts.id_text(a) + "]" == f'["{row_key(a)}"]'
        assert sorted(rows.found) == sorted({row_key(r) for r in records}) == sorted(texts.found)
        for r in records:
            assert jsonout._row_text(r) == line_text(row_dict(r)), r
    assert '"value": -0.0' in jsonout._row_text(records[-1])


_number = st.none() | st.sampled_from([0.0, -0.0, 1.5, 61.349999, 1e-7, 12, float("nan"), float("inf"), -float("inf")])
_comparison = st.builds(
    Comparison,
    benchmark=st.sampled_from(["hi", 'é"\\\n']),
    competitor=st.none() | st.sampled_from(["m", "M\u2028"]),
    subject_value=_number,
    competitor_value=_number,
    outcome=st.sampled_from(["win", "loss", "tie"]),
    subject_rows=st.lists(st.sampled_from([_record(61.3), _record(0.5), _record(61.3, "ab" * 32)]), max_size=2),
    competitor_rows=st.lists(st.sampled_from([_record(60.0), _record(60.0, source="t 2")]), max_size=2),
    alternatives=st.lists(st.sampled_from(["loss", "win"]), max_size=2),
    notes=st.lists(st.sampled_from(["a note", "ü"]), max_size=2),
    stderr=_number,
    p_value=_number,
    p_adjusted=_number,
    significant=st.none() | st.booleans() | st.just(1),
    test=st.none() | st.sampled_from(["Newcombe", "unknown (item count or stderr missing)"]),
    mdd=_number,
    interval=st.none() | st.tuples(_number, _number),
    power=st.none()
    | st.builds(Power, _number, _number, st.none() | st.integers(0, 9), fragility_to=st.none() | st.just("x")),
)


@settings(max_examples=500, deadline=None)
@given(_comparison)
def test_a_comparisons_line_written_piece_by_piece_is_the_encoded_record(c):
    """The compact comparison line `comparison_text` writes is `line_text` of `_comparison_line`'s record,
    byte for byte (floats as repr, -0.0, NaN and infinities as null, escapes, a non-bool flag), and it
    notes the same rows."""
    want_rows, rows = Rows(), Rows()
    assert jsonrecord_text.comparison_text(c, rows) == line_text(jsonrecords._comparison_line(c, want_rows))
    assert list(rows.found) == list(want_rows.found)


_text = st.sampled_from(["lab", 'é"\\\n', "M\u2028", ""])
_row = st.builds(
    ScoreRecord,
    origin=_text,
    model=_text,
    benchmark=_text,
    metric=_text,
    setting=st.just(Setting()),
    value=_number.filter(lambda x: x is not None) | st.just(3),
    reported_by=_text,
    source_url=_text,
    source_locator=_text,
    as_of=st.none() | st.sampled_from([date(2025, 1, 9), datetime(2025, 1, 9, 12)]),
    model_name=_text,
    setting_text=st.sampled_from(["", "pass@1", 'a "b"']),
    stderr=_number,
    n=st.none() | st.sampled_from([0, 200, True]),
    first_party=st.none() | st.booleans() | st.just(1),
    kind=st.sampled_from(["published", "local", ""]),
    partial=st.booleans() | st.sampled_from([0, 1]),
    snapshot=st.sampled_from(["", "ab" * 32]),
)


@settings(max_examples=500, deadline=None)
@given(_row)
def test_an_evidence_rows_line_written_piece_by_piece_is_the_encoded_record(r):
    """The compact evidence row `row_text` writes is `line_text` of `row_dict`'s record, byte for byte (floats
    as repr, -0.0, NaN and infinities as null, escapes, fields at their default left out, a flag or count
    of another type, a date with a time)."""
    assert jsonrecord_text.row_text(r) == line_text(row_dict(r))


@settings(max_examples=500, deadline=None)
@given(_rank_row)
def test_a_rank_rows_line_written_piece_by_piece_is_the_encoded_record(row):
    """`rank_text` is `line_text` of the compact rank record, byte for byte."""
    assert jsonrecord_text.rank_text(row) == line_text(rank_dict(row, compact=True))


_count = st.none() | st.sampled_from([0, 7, 1200, True, False])
_power = st.builds(
    Power,
    _number,
    _number,
    items_now=_count,
    items_needed=_count,
    factor_needed=_number,
    at_boundary=st.booleans() | st.sampled_from([0, 1]),
    discordant=st.none() | st.just((3, 5)),
    fragility=_count,
    fragility_to=st.none() | st.sampled_from(["significant", "not significant", ""]),
    runs_needed=_count,
)


@settings(max_examples=500, deadline=None)
@given(_power)
def test_a_power_records_line_written_piece_by_piece_is_the_encoded_record(p):
    """`_power_line_text` is `line_text` of `_power_line`'s record (fields at None or False left out, 0 kept,
    floats rounded to 3 places, -0.0, NaN and infinities as null), byte for byte."""
    assert jsonrecord_text._power_line_text(p) == line_text(jsonrecords._power_line(p))


# the floats whose text `_rounded` and `_p_text` write without rounding, about the edges of that range, and
# those they round: zeros, the least p (a subnormal), NaN and the infinities, an int
_EDGES = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1.5e-7, 4.9999e-7, 5e-7, 5.0000001e-7]
_EDGES += [1e-6, 5e-5, 9.99949e-5, 9.9995e-5, 0.0001, 0.00010000000000000002, 0.00049999, 0.0005, 0.0015, 0.1, 0.5]
_EDGES += [1.0, 2.5, 0.125, 1.0000005, 1.0000015, 2.675, 61.349999, 99.99999949999, 123456.0000005, 999999999.9999995]
_EDGES += [1e9, 1e9 - 1e-7, 1e16, 1.5e17, float("nan"), float("inf"), -float("inf"), 7, -3, True]
_EDGES += [-x for x in _EDGES if type(x) is float and x > 0]


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(_EDGES) | st.floats() | st.floats(-1e10, 1e10) | st.floats(-1e-3, 1e-3))
def test_a_float_rounded_as_the_json_writes_it_is_the_text_of_the_float_rounded(x):
    """`_rounded` writes a float rounded to 6 or 3 places without rounding it, from the digits `%.6f`
    (`%.3f`) write, below 1e9 and from 1e-4 up; `_p_text` a p as `round_p` rounds it (three significant
    digits below 1e-4): the same text as the float rounded, everywhere (-0.0, the least p, NaN as null)."""
    from harness.judge.stats import round_p
    from harness.report.jsonrecord_text import _float, _p_text, _rounded

    for digits in (6, 3):
        assert _rounded(x, digits) == _float(round(float(x), digits)), (x, digits)
    assert _p_text(x) == _float(round_p(x)), x


def test_the_texts_written_without_rounding_are_those_rounded_where_the_short_way_differs():
    """Where `%.6f` and `%.3g` differ from the rounded float's text, it is rounded: below 1e-4 repr writes an
    exponent, from 1e9 the digits past six places may read back as a shorter number, and a subnormal p's three
    digits are more than it holds."""
    from harness.report.jsonrecord_text import _p_text, _rounded

    assert [_rounded(x, 6) for x in (5e-5, -5e-5, 1.5e17, 0.00012, 2.0, -0.0, 1e-9, -1e-9)] == [
        "5e-05",
        "-5e-05",
        "1.5e+17",
        "0.00012",
        "2.0",
        "-0.0",
        "0.0",
        "-0.0",
    ]
    assert [_rounded(x, 3) for x in (0.0004, -0.0004, 0.0005, 1.0005, 12.0)] == [
        "0.0",
        "-0.0",
        "0.001",
        "1.0",
        "12.0",
    ]
    assert [_p_text(x) for x in (1.16e-25, 1.36e-06, 9.9996e-5, 5e-324, 0.0, 0.04999999)] == [
        "1.16e-25",
        "1.36e-06",
        "0.0001",
        "5e-324",
        "0.0",
        "0.05",
    ]
