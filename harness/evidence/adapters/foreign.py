"""Small readers shared by the importers: JSON, numbers, percents, dates and names as sources write them."""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
import unicodedata
from datetime import date, datetime, timezone

from harness.counting import counted
from harness.errors import InputError
from harness.evidence.adapters.csvfile import Swallowed, Tape, data_rows, never_closed
from harness.evidence.fetching import Fetched
from harness.inputs import parse_json

_PERCENT = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*%\s*$", re.ASCII)


def load_json(src: Fetched, what: str):
    """Parse the source as JSON; one-line errors that say which format was expected."""
    return parse_json(src.text(), src.label, what)


def whole(text: str, zero_ok: bool = False) -> int | None:
    """A count a source writes in a cell (votes, shots, n): ASCII digits, at most MAX_COUNT; else None.

    str.isdigit passes "²", which int() refuses, and int() of more than 4,300 digits refuses in Python's
    words: either ended a whole file's import; a count longer than MAX_COUNT would overflow the store.
    """
    from harness.evidence.adapters.published_cells import MAX_COUNT

    text = (text or "").strip()
    if not (text.isascii() and text.isdigit()) or len(text.lstrip("0")) > len(str(MAX_COUNT)):
        return None
    value = int(text.lstrip("0") or "0")  # int() counts leading zeros against its 4,300 digits
    return value if value <= MAX_COUNT and (value or zero_ok) else None


def number(value) -> float | None:
    """A finite number from a JSON number or numeric string; None otherwise (e.g. lm-eval's "N/A")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        out = float(value)
    elif isinstance(value, str):
        if "_" in value or foreign_digits(value):  # float() reads "8_0.5" as 80.5, and "６４.８" as 64.8
            return None
        try:
            out = float(value.strip())
        except ValueError:
            return None
        if out == 0 and underflows(value):  # '1e-400' reads as 0: a number the source never wrote
            return None
    else:
        return None
    return out if math.isfinite(out) else None


def underflows(text: str) -> bool:
    """A number written with a digit other than 0 before its exponent, which float() reads as 0 ('1e-400')."""
    try:
        read = float(text)
    except ValueError:
        return False
    return read == 0 and re.search(r"[1-9]", re.split(r"[eE]", text)[0]) is not None


def foreign_digits(value) -> str:
    """Why a cell written in digits other than ASCII 0-9 ('６４.８', '٦٤') is no number here; '' for any other.

    Python's float() reads every script's decimal digits, so a full-width '６４.８' was imported as 64.8:
    a number cell takes 0-9 only (what the publisher typed may not be what it shows), said in one line.
    """
    odd = next((ch for ch in value if ch.isdecimal() and not ch.isascii()), None) if isinstance(value, str) else None
    if odd is None:
        return ""
    return f" ({odd!r} is {unicodedata.name(odd, 'a digit').lower()}, not 0-9: write the number in ASCII digits)"


def not_a_number(value) -> str:
    """Why a cell `number` refuses is no number, for a one-line error: "must be a finite number, got '1e400': no
    number is that large" (a table's column said only "needs numbers in ifeval and ifeval_raw")."""
    text = "" if value is None else str(value).strip()
    if not text:
        return "is empty: a number belongs here"
    shown = repr(text[:40])
    if foreign_digits(text) or "_" in text:
        return f"must be a number, got {shown}" + (foreign_digits(text) or ": write it without '_'")
    try:
        read = float(text)
    except ValueError:
        return f"must be a number, got {shown}"
    if read == 0 and underflows(text):
        return f"must be a number, got {shown}: no number that small is held (it reads as 0)"
    large = math.isinf(read) and text.lstrip("+-").lower() not in {"inf", "infinity"}
    return f"must be a finite number, got {shown}" + (": no number is that large" if large else "")


def percent_or_number(value) -> tuple[float | None, bool]:
    """(value, True) for "73.8%"; (value, False) for a bare number whose scale the source does not say."""
    if isinstance(value, str):
        found = _PERCENT.match(value)
        if found:
            return float(found.group(1)), True
    return number(value), False


_ISO_TIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|z|[+-]\d{2}:?\d{2})?$", re.ASCII
)


def iso_time_text(text: str) -> str:
    """The ISO time written as Python 3.10's fromisoformat reads it ('+0200' as '+02:00', 'Z', nine-digit seconds).

    Python 3.11 reads those spellings and 3.10 does not; without this one file's run could be dated a day apart
    depending on the Python that imported it. Digits past the microsecond are dropped, as 3.11 drops them.
    """
    found = _ISO_TIME.match(text)
    if found is None:
        return text
    day_part, clock, fraction, zone = found.groups()
    fraction = f".{fraction[:6].ljust(6, '0')}" if fraction else ""
    if zone in ("Z", "z"):
        zone = "+00:00"
    elif zone and ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    return f"{day_part}T{clock}{fraction}{zone or ''}"


def _zoned(text: str) -> datetime | None:
    """An ISO time that states its zone ('2025-10-21T00:40:45+02:00', '...Z'); None for any other text."""
    if len(text) <= 10:
        return None
    try:
        when = datetime.fromisoformat(iso_time_text(text))
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def day(value) -> date | None:
    """A date from an ISO string, a Unix timestamp, '17 November 2025 4:28pm' or 'November 17, 2025 4:28pm' (Epoch's
    runs table from October 2025 on); None when unreadable.

    A time that fixes its instant (a Unix time, an ISO time with its zone) gives its UTC date, so one run is one day
    whichever format logged it: Inspect logged a run `2025-10-21T00:40:45+02:00` that Every Eval Ever records as
    1761000045, and the first gave 2025-10-21, the second 2025-10-20 (`zone_note` says so in the row). A time with no
    zone (lm-eval's file name, Epoch's '17 November 2025 4:28pm') gives the date written: its zone is unknown.
    """
    if value in (None, ""):
        return None
    num = number(value)
    if num is not None and num > 1e8:
        return datetime.fromtimestamp(num, timezone.utc).date()
    text = str(value).strip()
    if (zoned := _zoned(text)) is not None:
        return zoned.astimezone(timezone.utc).date()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in ("%d %B %Y %I:%M%p", "%d %B %Y", "%B %d, %Y %I:%M%p", "%B %d, %Y", "%Y-%B-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def zone_note(value) -> str:
    """For a row's notes: the date a zoned time writes where its UTC date, the row's, is another ('' where alike)."""
    zoned = _zoned(str(value).strip()) if isinstance(value, str) else None
    if zoned is None or zoned.date() == zoned.astimezone(timezone.utc).date():
        return ""
    return f"logged {value.strip()}: dated {zoned.astimezone(timezone.utc).date().isoformat()}, its date in UTC"


def need(data, key: str, src: Fetched, what: str, kind=dict):
    """data[key], of the given type, or a one-line error naming the field."""
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, kind):
        raise InputError(src.label, f"not {what}: no {key!r} {kind.__name__}", field=key)
    return value


def given_model(given: str, stated: str) -> str:
    """The note a row gets where --model replaces a model the file names itself ('' where it does not).

    --model is for a file that names a local path or no model; given for a file that names one, it still
    wins (a catalog name for the file's spelling), but says so: a mistyped --model would otherwise file
    Qwen/Qwen3-8B's scores under Llama 3.1 8B with nothing on the row to tell."""
    stated = " ".join(stated.split())
    if not given or not stated or stated.startswith(("/", "./", "../", "~")) or stated == given.strip():
        return ""
    return f"the file names its model {stated[:100]!r}, filed under --model {given.strip()!r} as asked"


def noted(rows: list, note: str) -> list:
    """`rows`, each with `note` added to its notes (none added where the note is empty)."""
    for row in rows if note else ():
        row.notes = "; ".join(x for x in (row.notes, note) if x)
    return rows


def hf_owner(repo_id: str) -> str:
    """The organisation of a Hugging Face repo id ('org/name'), or ''."""
    return repo_id.split("/", 1)[0] if repo_id.count("/") == 1 and not repo_id.startswith((".", "/")) else ""


class CsvRows:
    """A publisher's CSV: its header, then (line, {column: cell}) for each row of the right width.

    A row with another number of fields than the header is a problem (collected in `problems`,
    with the line it starts on), never read as shifted columns; blank rows are skipped.
    """

    def __init__(self, src: Fetched):
        self.src = src
        self.tape = Tape(io.StringIO(src.text(), newline=""))
        self.reader = csv.reader(self.tape)
        try:
            self.header = [h.strip() for h in next(self.reader)]
        except StopIteration:
            raise InputError(src.label, "the file is empty") from None
        except csv.Error as exc:
            raise InputError(src.label, f"not a valid CSV file ({exc})", line=1) from None
        twice = sorted({h for h in self.header if self.header.count(h) > 1})
        if twice:
            raise InputError(src.label, f"{counted(len(twice), 'column')} given twice: {', '.join(twice)}", line=1)
        self.problems: list[InputError] = []

    def __iter__(self):
        width = len(self.header)
        swallowed = Swallowed(
            self.src.label, width, lambda: data_rows(csv.reader(io.StringIO(self.src.text(), newline="")))
        )
        line = 1
        while True:
            start, line = line, self.reader.line_num + 1  # where the next row starts (a quoted cell may span lines)
            self.tape.taken()
            try:
                cells = next(self.reader)
            except StopIteration:
                swallowed.check()  # the import writes nothing before its rows are all read: refused whole
                if self.reader.line_num > start:  # the last row spans lines: its quote may never close
                    tail = itertools.islice(io.StringIO(self.src.text(), newline=""), start - 1, None)
                    never_closed(self.src.label, start, "".join(tail), self.reader.line_num)
                return
            except csv.Error as exc:
                raise InputError(self.src.label, f"not a valid CSV file ({exc})", line=line) from None
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != width:
                self.problems.append(
                    InputError(self.src.label, f"has {counted(len(cells), 'field')}; the header has {width}", line=line)
                )
                continue
            swallowed.row(line, self.tape.taken())
            yield line, dict(zip(self.header, (c.strip() for c in cells)))
