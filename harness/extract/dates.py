"""Dates in text, which are never models' names: "November 24", "Nov. 2024", "24 November 2025", "Q3 2024"."""

from __future__ import annotations

import re

# a date or a quarter, never a model's name ("November 24", "Nov. 2024", "24 November 2025", "Q3 2024", "H1 2025"):
# a month's name with a day or a year beside it, so that a name's own word ("Mistral May") is left alone
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY, _YEAR = r"\d{1,2}(?:st|nd|rd|th)?(?!\w|\.\d)", r"(?:,?\s+(?:19|20)\d\d(?!\w|\.\d))"
_DATE = re.compile(
    rf"(?<![\w.-])(?:{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}?|{_MONTH}\s+{_DAY}{_YEAR}?|{_MONTH}{_YEAR}|"
    r"[QH][1-4]\s*(?:['’]\d\d|(?:19|20)\d\d)(?!\w|\.\d))"
)


def undated(text: str) -> str:
    """The text with its dates blanked (same length, so offsets hold)."""
    return _DATE.sub(lambda m: " " * len(m.group()), text)
