"""The one way input files are opened: regular files only, and never more bytes read than the cap."""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from harness.errors import InputError

MAX_BYTES = 5_000_000  # claims, catalog, local-run JSON, task YAML: written by hand or by `run`
BASELINE_MAX_BYTES = 2_000_000_000  # a saved `--json` output: about 30 KB per claim
# an http(s) URL as a claim, a catalog entry, an evidence row or sources.yaml may give it: no spaces, and no control
# or invisible formatting character (a right-to-left override shows one address as another; a zero-width space
# makes a link that leads nowhere). Python's and pydantic's regex engines read it alike.
URL_PATTERN = r"^https?://[^\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+$"


# C0 and C1 controls (an escape sequence that recolours a terminal or a log, a bell, a line break) and the
# bidirectional overrides and isolates (one text shown as another)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def control_character(text: str) -> str:
    """Why `text` cannot be kept as one line of printable text ('' where it can): its first control character.

    For what a user types to be stored in results or a claim and shown in reports (`--reported-by`, a
    source's options): a terminal escapes such a character where it prints it, a report file or a table cell
    does not."""
    found = _CONTROL.search(text)
    return "" if found is None else f"holds the control character {found.group()!r}: write printable text on one line"


# the same, less what multi-line text holds in earnest: a tab, a line break (a CRLF file's cell keeps its '\r\n')
_TEXT_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")


def text_control_character(text: str) -> str:
    """Why `text` cannot be kept as text that may span lines ('' where it can): its first control character other
    than a tab or a line break.

    For what a person writes that may run over lines (a claim's statement, quote and notes, a results row's notes,
    any text in a YAML file): nobody types an escape sequence, a bell or a right-to-left override there, and each
    would reach a page or a terminal as it is, where it was only escaped when shown. A form feed or a lone carriage
    return (which moves a terminal's cursor back over what it printed) is no line break here either."""
    found = _TEXT_CONTROL.search(text)
    if found is None:
        return ""
    return f"holds the control character {found.group()!r} (character {found.start() + 1}): write printable text"


def controls_escaped(text: str, spaces: bool = True) -> str:
    """`text` with each control character written as its escape (`\\x1b`): for pages, where data is shown as it is
    (a claim's statement or quote, copied from a document, may hold one). `spaces=False` leaves the ones that are
    white space (a tab, a line break) to the caller's layout: an import's notes, made one line where written."""
    return _CONTROL.sub(lambda m: m.group() if not spaces and m.group().isspace() else repr(m.group())[1:-1], text)


def is_yaml_name(path: Path) -> bool:
    """A file named as YAML, in any case (`x.yaml`, `x.yml`, `X.YAML`): claims and catalog files are read by name,
    and one spelt otherwise than lower case was passed over unsaid (a claim never verified, a catalog file unread)."""
    return path.suffix.lower() in (".yaml", ".yml")


def open_regular(path: Path, label: str):
    """Open a file for reading in binary; refuse anything but a regular file (FIFO, device, folder).

    O_NONBLOCK keeps a FIFO from blocking the open; the type is checked on the open file itself,
    so a symlink swapped between a check and the open cannot slip a device through.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(label, f"cannot read file ({exc.strerror or exc})") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(label, "not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: Path, label: str, limit: int = MAX_BYTES) -> bytes:
    """Read at most `limit` bytes of a regular file; a longer file is refused, whatever stat said."""
    with open_regular(path, label) as f:
        try:
            # what the file holds now and a byte more (to tell that it grew), not `limit` + 1 bytes at once:
            # a buffer of that size is allocated (5 MB for a claim file of 2 KB) and given back every time
            size = os.fstat(f.fileno()).st_size
            data = f.read(min(size, limit) + 1)
            if size < len(data) <= limit:  # it grew since: read on, up to the limit
                data += f.read(limit + 1 - len(data))
        except OSError as exc:
            raise InputError(label, f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(label, f"file is over the {limit:,}-byte limit")
    return data


def not_text(data: bytes) -> str:
    """Why bytes are no UTF-8 text before they are decoded: a UTF-16 or UTF-32 file (what Excel saves as "Unicode
    text", said as binary for the NULs its ASCII holds) or a binary one; '' for anything else."""
    for bom, name in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                      (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):  # fmt: skip
        if data.startswith(bom):
            return f"file is {name} (it starts with a {name} byte-order mark), not UTF-8: save it as UTF-8"
    if b"\x00" not in data[:65536]:
        return ""
    if name := _unmarked_unicode(data[:65536]):
        return f"file is {name} without a byte-order mark, not UTF-8: save it as UTF-8"
    return "file is binary, not text"


_WIDE = (("UTF-32 LE", 4, "utf-32-le"), ("UTF-32 BE", 4, "utf-32-be"),
         ("UTF-16 LE", 2, "utf-16-le"), ("UTF-16 BE", 2, "utf-16-be"))  # fmt: skip


def _unmarked_unicode(sample: bytes) -> str:
    """The encoding of UTF-16 or UTF-32 text saved without a byte-order mark ('UTF-16 LE'), where it is plain: the
    sample reads in it as printable text with no NUL, mostly ASCII (a table's digits, commas and names; a binary
    file's NULs read as NUL or as unprintable characters); '' where no encoding reads so."""
    best, share = "", 0.5
    for name, width, codec in _WIDE:
        try:  # a sample may end inside a character, so the decoder is never told it is final
            text = codecs.getincrementaldecoder(codec)().decode(sample[: len(sample) // width * width], final=False)
        except UnicodeDecodeError:
            continue
        if not text or "\x00" in text or not all(c.isprintable() or c in "\t\n\r" for c in text):
            continue
        ascii_share = sum(c < "\x80" for c in text) / len(text)
        if ascii_share > share:
            best, share = name, ascii_share
    return best


def read_text(path: Path, label: str, limit: int = MAX_BYTES) -> str:
    """Read a capped UTF-8 text file or raise InputError."""
    raw = read_bytes(path, label, limit)
    if b"\x00" in raw:
        raise InputError(label, not_text(raw) or "file is binary, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise not_utf8(label, exc, raw) from None


def not_utf8(label: str, exc: UnicodeDecodeError, data: bytes, offset: int = 0, lines: int = 0) -> InputError:
    """The error for bytes that are not UTF-8, at the line they are on: a Latin-1 'é' in a claim's publisher was
    'file is not UTF-8 (byte 172)', an offset nobody counts to. `data`: what was given to the decoder (a block of
    a file read in blocks, from byte `offset`, after `lines` lines). The decoder's offset counts from what it
    decoded, which lacks a byte-order mark it dropped and holds an earlier block's unfinished character."""
    start = offset + len(data) - len(exc.object) + exc.start
    line = lines + data[: max(0, start - offset)].count(b"\n") + 1
    return InputError(label, f"file is not UTF-8 (byte {start}): save it as UTF-8", line=line)


def printable(text: str) -> str:
    """A file name as it can be printed on one line: bytes that are not UTF-8 and a newline shown as escapes, never an
    error. A name may hold a newline (a folder given to `extract` names files nobody typed), and a message is one line
    per problem; the other control characters are escaped where a line is printed (`cli.common.terminal_text`)."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8").replace("\n", "\\n")
    return raw.decode("utf-8", "backslashreplace").replace("\n", "\\n")


def relative_label(path: Path, root: Path, real_root: Path | None = None) -> str:
    """How a file is named in messages: relative to the project, printable whatever its bytes.

    `real_root`: `root.resolve()`, where the caller names many files of one project (a chunk of claim files)."""
    # the path as found (a symlink is named, not its target), relative to the project; its real path (a
    # loop is no error) only where that is not in the project: verify names every claim file it reads
    base = root.resolve() if real_root is None else real_root
    for candidate in (os.path.abspath, os.path.realpath):
        try:
            return printable(str(Path(candidate(path)).relative_to(base)))
        except ValueError:
            continue
    return printable(str(path))


def read_beside(folder: Path, name: str, label: str, limit: int = MAX_BYTES) -> bytes | None:
    """Read the file `name` in `folder` (a companion of a source); None when there is none.

    `name` is a plain file name; a symlink is followed only when its target stays in `folder`
    (a private key linked in beside a download is never read, let alone kept).
    """
    if Path(name).name != name or name in {"", ".", ".."}:
        raise InputError(label, "names a file outside its folder; not read")
    path = folder / name
    if not os.path.lexists(path):
        return None
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if target.parent != Path(os.path.realpath(folder)):
            raise InputError(label, "is a symlink out of the source's folder; not read")
    return read_bytes(path, label, limit)


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs):
    out = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


def parse_json(text: str | bytes, label: str, what: str = "JSON"):
    """Parse JSON refusing duplicate keys (the last would silently win) and nesting that exhausts the stack."""
    import json

    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except _Duplicate as exc:
        raise InputError(label, f"duplicate key {exc.args[0]!r}") from None
    except json.JSONDecodeError as exc:
        raise InputError(label, f"not valid JSON ({exc.msg}); expected {what}", line=exc.lineno) from None
    except UnicodeDecodeError as exc:
        raise not_utf8(label, exc, text if isinstance(text, bytes) else exc.object) from None
    except RecursionError:
        raise InputError(label, f"nested too deeply to be {what}") from None
    except ValueError as exc:  # Python's own words name a setting (sys.set_int_max_str_digits) a user cannot reach
        if "integer string conversion" not in str(exc):
            raise
        raise InputError(
            label, f"holds a whole number of more than 4,300 digits (no score or count); expected {what}"
        ) from None


def within(path: Path, root: Path | None, label: str, real_root: str | None = None) -> None:
    """Refuse a file that lies in the project by name but outside it in fact (a symlink leading out).

    Nothing outside the project is read because a project file points there; a path the user
    names on the command line outside the project is theirs to name, and is not checked here.
    `real_root`: the project's real path, where the caller checks many files of it.
    """
    if root is None:
        return
    base = os.path.realpath(root) if real_root is None else real_root
    named = os.path.abspath(path)
    if not (named == base or named.startswith(base.rstrip(os.sep) + os.sep)):
        named_in = os.path.abspath(root)
        if not named.startswith(named_in.rstrip(os.sep) + os.sep):
            return  # named outside the project: an explicit path, not the project's own
    real = os.path.realpath(path)
    if real != base and not real.startswith(base.rstrip(os.sep) + os.sep):
        raise InputError(label, "is a symlink out of the project; not read")


def unreadable_folders(folder: Path, root: Path) -> list[InputError]:
    """A folder under `folder` whose files would not be read, as one problem each: never skipped unseen.

    Path.rglob skips a folder it may not list (a subfolder of claims/ or results/ owned by another
    user, or chmod 000) and never descends into a symlinked folder: either way its claims went
    unverified and its rows unread without a word.
    """
    found: list[OSError] = []
    problems = []
    for top, dirs, _ in os.walk(folder, onerror=found.append):
        for name in dirs:
            path = os.path.join(top, name)
            if os.path.islink(path):
                label = relative_label(Path(path), root)
                problems.append(InputError(label, "is a symlink to a folder; not followed, so its files are not read"))
    problems += [
        InputError(relative_label(Path(e.filename), root), f"cannot read folder ({e.strerror})")
        for e in found
        if e.filename is not None and os.path.isdir(e.filename)
    ]
    return problems
