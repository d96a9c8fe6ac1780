"""A published-CSV cell's own checks: counts, hashes, URLs, and cells a spreadsheet would run as formulas.

Each reader raises ValueError on a cell it refuses; `published_row` turns that into the row's `file:row: field:
reason` line.
"""

from __future__ import annotations

import re

from harness.evidence.fetching import public_url
from harness.inputs import URL_PATTERN

_URL = re.compile(rf"{URL_PATTERN}|^snapshot:[0-9a-f]{{64}}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


def _nonnegative(value: float) -> float:
    if value < 0:
        raise ValueError("negative")
    return value


# no benchmark has a quadrillion items or shots; a longer number is a slip (and would overflow the
# 64-bit count column the store keeps: a traceback in verify and import)
MAX_COUNT = 10**15


class _CountTooLarge(ValueError):
    pass


def _count(text: str, zero_ok: bool = False) -> int:
    """A whole number written in ASCII digits ("²" passes isdigit but is no count), at most MAX_COUNT."""
    if not text.isdigit() or not text.isascii():
        raise ValueError(text)
    if len(text.lstrip("0")) > len(str(MAX_COUNT)) or int(text) > MAX_COUNT:  # int() of 5,000 digits refuses
        raise _CountTooLarge(text)
    if int(text) == 0 and not zero_ok:
        raise ValueError(text)
    return int(text)


def _sha(text: str) -> str:
    if not _SHA.match(text):
        raise ValueError(text)
    return text


def _urls(text: str) -> str:
    urls = [u.strip() for u in text.split(";") if u.strip()]
    if not urls or not all(_URL.match(u) for u in urls):
        raise ValueError(text)
    # a password or token in a URL is never kept in a record, so never shown in a report
    return " ; ".join(public_url(u) for u in urls)


_FORMULA_START = ("=", "+", "-", "@")


def inert_cell(text: str) -> str:
    """A cell a spreadsheet will not run: one starting like a formula gets a leading apostrophe."""
    return "'" + text if text and text[0] in "=+-@" else text


def cell_text(text: str) -> str:
    """A cell as written before `inert_cell`: the apostrophe in front of a formula character dropped."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def stderr_over_range(stderr: float, floor: float, cap: float, name: str) -> str | None:
    """Why an SE cannot be one of a score between `floor` and `cap`, or None. A score held in a range has a
    standard deviation of at most half the range (all of it at the two ends), so its SE is no larger: an SE of
    500 on a percent benchmark (a slip, or another unit) was read, and made every difference 'within noise'."""
    half = (cap - floor) / 2
    if stderr <= half:  # an unbounded scale (a rating) has an infinite half: never refused
        return None
    return (
        f"{stderr:.3g} is more than half of {name}'s whole range {floor:g}-{cap:g}, which no score on it has as "
        f"its SE (at most {half:g}): give the SE in the score's units"
    )
