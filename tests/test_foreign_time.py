"""ISO times as sources spell them, read alike on every Python the project supports."""

import re
from datetime import date

import pytest

from harness.evidence.adapters.foreign import day, iso_time_text

# What Python 3.10's datetime.fromisoformat accepts: a colon in the offset, 3 or 6 fraction digits, no 'Z'.
_PY310 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{3}|\.\d{6})?)?([+-]\d{2}:\d{2})?$")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025-10-21T00:40:45+0200", "2025-10-21T00:40:45+02:00"),
        ("2025-10-21T00:40:45.123456789+02:00", "2025-10-21T00:40:45.123456+02:00"),
        ("2025-10-21T00:40:45.5Z", "2025-10-21T00:40:45.500000+00:00"),
        ("2025-10-21 23:10-0130", "2025-10-21T23:10-01:30"),
        ("2025-10-21T00:40:45", "2025-10-21T00:40:45"),
        ("17 November 2025 4:28pm", "17 November 2025 4:28pm"),
    ],
)
def test_an_iso_time_is_written_as_python_3_10_reads_it(written, expected):
    assert iso_time_text(written) == expected
    if expected != written or _PY310.match(written):
        assert _PY310.match(expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025-10-21T00:40:45+0200", date(2025, 10, 20)),
        ("2025-10-21T00:40:45.123456789+0200", date(2025, 10, 20)),
        ("2025-10-20T23:59:59.999999999Z", date(2025, 10, 20)),
        ("2025-10-20T22:30:00-0300", date(2025, 10, 21)),
    ],
)
def test_a_zoned_time_in_any_spelling_gives_its_utc_day(written, expected):
    assert day(written) == expected
