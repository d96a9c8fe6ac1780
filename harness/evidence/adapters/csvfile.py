"""Reading CSV files of any size: streamed, checked for text, every cell a string, rows set aside by shape."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from pathlib import Path

import numpy as np

from harness.errors import InputError
from harness.inputs import not_text, not_utf8, open_regular

# what Arrow's reader takes at a time: a row it finds across two block boundaries (one over 32 MB, or over 16 MB
# where it falls so) is refused
BLOCK = 1 << 24


def codes(indices) -> np.ndarray:
    """Arrow dictionary indices as int64 (read from the buffer: Arrow's to_numpy imports pandas)."""
    width = indices.type.bit_width // 8
    raw = np.frombuffer(indices.buffers()[1], dtype=f"<i{width}", count=len(indices), offset=indices.offset * width)
    return raw.astype(np.int64)


def read_table(path: Path, label: str):
    """Read a CSV file of any size into an Arrow table of strings; one-line errors for bad files.

    Returns the table, the file's number of lines, and how many rows were set aside for having
    another number of fields than the header.
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    head, lines = check_text_file(path, label)
    header = next(_rows(csv.reader(io.StringIO(head, newline="")), label), [])
    skipped = []

    def set_aside(row) -> str:
        skipped.append(row)  # a row with too few or too many fields: reported, the others still load
        return "skip"

    try:
        table = pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(block_size=BLOCK),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=set_aside),
            convert_options=pacsv.ConvertOptions(
                column_types={h.lstrip("\ufeff"): pa.string() for h in header}, strings_can_be_null=False
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        if "straddling object" in str(exc):  # Arrow's own words: "straddles two block boundaries (try to increase ...)"
            mb = BLOCK / 2**20  # in MB as the README counts them (16 for 1 << 24)
            raise InputError(
                label,
                f"holds a row too long to read (over {2 * mb:g} MB, or over {mb:g} MB where it falls across two of the "
                f"reader's {mb:g} MB blocks): a row is one score and its source, so a row this long is a quote left "
                "open or a file cut wrong",
            ) from None
        raise InputError(label, f"not a valid CSV file ({str(exc).splitlines()[0][:200]})") from None
    except OSError as exc:
        raise InputError(label, f"cannot read file ({exc.strerror or exc})") from None
    return table, lines, len(skipped)


def record_lines(path: Path, label: str, width: int) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The line each data row starts on, for files whose rows and lines do not match one to one.

    Also returns (line, number of fields) of each row whose field count differs from the header's:
    Arrow's reader sets those aside, and so are they left out of the lines here.
    """
    starts, short, previous, first = [], [], 0, True

    def rows_again():
        with open_regular(path, label) as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as f:
            yield from data_rows(csv.reader(f))

    swallowed = Swallowed(label, width, rows_again)
    csv.field_size_limit(max(csv.field_size_limit(), BLOCK))  # as long as one block of Arrow's reader
    with open_regular(path, label) as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as f:
        tape = Tape(f)
        reader = csv.reader(tape)
        for row in _rows(reader, label):
            if row and first:
                first = False  # the header
            elif row:  # a blank line is no row, for Arrow's reader as for this one
                if len(row) == width:
                    swallowed.row(previous + 1, tape.taken())
                (starts if len(row) == width else short).append(
                    previous + 1 if len(row) == width else (previous + 1, len(row))
                )
            last, previous = previous + 1, reader.line_num
            tape.taken()
    swallowed.check()
    if previous > last:  # the last row spans lines: its quote may never close
        with open_regular(path, label) as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as f:
            never_closed(label, last, "".join(itertools.islice(f, last - 1, None)), previous)
    return np.asarray(starts, dtype=np.int64), short


def never_closed(label: str, line: int, tail: str, end: int) -> None:
    """Refuse a file whose last row, on lines `line` to `end` (`tail`: their text), opens a quote it never closes.

    Both readers take such a quote's cell to run to the end of the file: every row after it
    became that one cell, and a table of two rows read as one, unsaid (a note's stray '"open').
    """
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" not in str(exc):
            return  # another departure from strict CSV (text after a closing quote), read as before
        raise InputError(
            label,
            f"a quoted cell that starts in this row is never closed, so lines {line}-{end}, to the end of the file, "
            'would be read as that one cell: close the quote (a quote inside a quoted cell is written twice, "")',
            line=line,
        ) from None


class Tape:
    """A file's lines as a csv reader takes them; `taken()` gives those of the row just read (the reader never reads
    ahead of a row), so that a row spanning lines can be read again line by line."""

    def __init__(self, lines):
        self.lines, self.kept = lines, []

    def __iter__(self):
        for line in self.lines:
            self.kept.append(line)
            yield line

    def taken(self) -> list[str]:
        kept, self.kept = self.kept, []
        return kept


_NUMBER = re.compile(r"\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*%?\s*")


class Swallowed:
    """Rows of the header's width whose quoted cell takes in lines that are rows of their own: refused at the end of
    the file, once every row written on one line has said which columns always hold a number.

    A stray quote closed rows later ('"see note' on one row, 'closing"' two rows on) made the rows between part of
    one cell; where the merged row had the header's number of fields it was read, and the rows in it lost, unsaid.
    The rows taken in are lines that each read alone as a row of the header's width: a cell that spans lines in
    earnest (notes) is kept, as its lines do not. The last line holds the rest of the merged row; it is a row of
    its own only where the cell did not open the row (else a cell's last line with no comma reads as one too).
    The row that opens the quote is one written whole on its line (its commas, quotes aside, give at least the
    header's width): one whose line ends inside the cell spans lines in earnest.

    A last column's notes are always written whole on their first line, and a later line of prose may hold exactly
    the header's width less one commas ('Settings: temp 0, top_p 1, ...'): such a table was refused. So a line is a
    row of its own only where it also holds a number in each column that every row written on one line fills with a
    number (the score, say); where no column does, or no row is written on one line, any line of the header's width
    is, as before (a refusal rather than rows lost unsaid).
    """

    def __init__(self, label: str, width: int, rows_again):
        # rows_again(): the file's data rows read again, each (cells, written on one line): only a file with a row
        # found here is read twice, so the others pay nothing for the columns' numbers
        self.label, self.width, self.rows_again = label, width, rows_again
        self.found: list[tuple[int, int, list[tuple[int, list[str]]]]] = []

    def row(self, line: int, record: list[str]) -> None:
        """One row of the header's width, starting on `line`, as written (`record`: its lines)."""
        if len(record) < 2 or self.width < 2:
            return
        try:
            for _ in csv.reader(io.StringIO("".join(record), newline=""), strict=True):
                pass
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                return  # a quote never closed: `never_closed` says so, of the whole rest of the file
        if record[0].count(",") + 1 < self.width:
            # a stray quote in a row written whole on its line leaves the row's cells after it on that line; a cell
            # that spans lines in earnest ends its first line inside the cell ('Alpha-1,"Strong model'), so the row
            # is short there, and its later lines are the cell's text, whatever commas they hold ('see card, p. 3')
            return
        before = len(next(csv.reader([record[0]]), [])) - 1  # the cells before the one that spans lines
        taken = [
            (line + i, next(csv.reader([text]), []))
            for i, text in enumerate(record[1:], 1)
            if text.strip() and (i < len(record) - 1 or before)
        ]
        if taken and all(len(cells) == self.width for _, cells in taken):
            self.found.append((line, line + len(record) - 1, taken))

    def check(self) -> None:
        """Refuse the first row found to have taken in rows of their own (call at the end of the file)."""
        if not self.found:
            return
        numbers, whole_rows = [True] * self.width, 0
        for cells, one_line in self.rows_again():
            if one_line and len(cells) == self.width:
                whole_rows += 1
                numbers = [was and bool(_NUMBER.fullmatch(c)) for was, c in zip(numbers, cells)]
        numbered = [i for i, yes in enumerate(numbers) if yes] if whole_rows else []
        for line, last, taken in self.found:
            if any(not _NUMBER.fullmatch(cells[i]) for _, cells in taken for i in numbered):
                continue  # a line of the cell's text, not a row: no number where every row has one
            numbers = [n for n, _ in taken]
            rows = (
                f"line {numbers[0]}, a row"
                if len(numbers) == 1
                else f"lines {numbers[0]}-{numbers[-1]}, each a row"
                if numbers[-1] - numbers[0] == len(numbers) - 1
                else "lines "
                + ", ".join(str(n) for n in numbers[:5])
                + (", …" if len(numbers) > 5 else "")
                + ", each a row"
            )
            raise InputError(
                self.label,
                f"a quoted cell that starts in this row closes on line {last}, so {rows} of {self.width} fields, would "
                "be read as part of that one cell: close the quote where it belongs (a quote inside a quoted cell is "
                'written twice, "")',
                line=line,
            )


def data_rows(reader):
    """A csv reader's rows after the header (its first row that is not blank), each (cells, whether it was written
    on one line)."""
    for header in reader:
        if header:
            break
    before = reader.line_num
    for cells in reader:
        yield cells, reader.line_num - before == 1
        before = reader.line_num


def _rows(reader, label: str):
    try:
        yield from reader
    except csv.Error as exc:
        raise InputError(label, f"not a valid CSV file ({exc})") from None


def check_text_file(path: Path, label: str, chunk: int = 1 << 23) -> tuple[str, int]:
    """Stream the file once: refuse binary or non-UTF-8 content and empty files.

    Returns its start (for the header) and its number of lines.
    """
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    head, offset, blank, lines, last = "", 0, True, 0, b"\n"
    try:
        with open_regular(path, label) as f:
            while block := f.read(chunk):
                if b"\x00" in block:
                    raise InputError(label, (not offset and not_text(block)) or "file is binary, not text")
                try:
                    text = decoder.decode(block)
                except UnicodeDecodeError as exc:
                    raise not_utf8(label, exc, block, offset, lines) from None
                head = head or text[:65536]
                blank = blank and not text.strip()
                offset += len(block)
                lines += block.count(b"\n")
                last = block[-1:]
            decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:  # a character left unfinished at the end
        raise not_utf8(label, exc, b"", offset, lines) from None
    except OSError as exc:
        raise InputError(label, f"cannot read file ({exc.strerror or exc})") from None
    if blank:
        raise InputError(label, "file is empty")
    return head, lines + (last != b"\n")
