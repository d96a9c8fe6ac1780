"""Counts in words: one way for every message, reason and progress line to say '1 row' and '2 rows'."""

from __future__ import annotations


def counted(n: int, one: str, many: str | None = None) -> str:
    """'1 row', '2 rows', '0 rows'; `many` where the plural is not `one` + 's' ('1 file or folder', '2 files or folders')."""
    return f"{n} {one if n == 1 else many or one + 's'}"
