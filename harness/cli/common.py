"""What the command modules share: the --project option, progress on a terminal, printing problems."""

from __future__ import annotations

import errno
import math
import os
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import click

from harness.counting import counted
from harness.errors import UsageError, grouped
from harness.inputs import control_character, is_yaml_name, printable, text_control_character

DEFAULT_CLAIMS = "claims"


class Day(click.ParamType):
    """YYYY-MM-DD, as a date; a day that is no day (2026-02-30) says why, in one line."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        text = str(value).strip()
        found = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", text)
        if not found:
            self.fail(f"{text[:40]!r} is not a date: write YYYY-MM-DD", param, ctx)
        try:
            return date(*map(int, found.groups()))
        except ValueError as exc:  # "day is out of range for month", "month must be in 1..12"
            self.fail(f"{text!r} is not a date ({exc}): write YYYY-MM-DD", param, ctx)


class Number(click.ParamType):
    """A finite decimal number, written as Python and YAML read it; never a guess at another spelling."""

    name = "NUMBER"

    def __init__(
        self,
        minimum: int | None = None,
        whole: bool = False,
        maximum: int | None = None,
        between: tuple[float, float] | None = None,
    ):
        # `between`: both ends excluded (a significance level is neither 0 nor 1)
        self.minimum, self.whole, self.maximum, self.between = minimum, whole, maximum, between
        if whole:
            self.name = "N"

    def accepted(self) -> str:
        """What the option takes, in words: "a number more than 0 and less than 1", "a whole number from 1 to 256"."""
        kind = "a whole number" if self.whole else "a number"
        if self.between is not None:
            return f"{kind} more than {self.between[0]:g} and less than {self.between[1]:g}"
        if self.minimum is not None and self.maximum is not None:
            return f"{kind} from {self.minimum} to {self.maximum:,}"
        if self.minimum is not None:
            return f"{kind}, {self.minimum} or more"
        if self.maximum is not None:
            return f"{kind}, {self.maximum:,} or less"
        return kind

    def convert(self, value, param, ctx):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        text = str(value).strip()
        shape = r"[+-]?[0-9]+" if self.whole else r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?"
        # an option with bounds names them in every refusal: "--alpha 1e-400" was told "must be 0 or further
        # from it", "--alpha nan" "must be a finite number", neither saying what --alpha takes
        bounded = (self.between, self.minimum, self.maximum) != (None, None, None)
        accepted = self.accepted()
        if text.lstrip("+-").lower() in {"nan", "inf", "infinity"}:
            self.fail(f"must be {accepted if bounded else 'a finite number'}, got {text!r}", param, ctx)
        if not re.fullmatch(shape, text):
            hint = ""
            if re.fullmatch(r"[+-]?[0-9]+,[0-9]+", text):
                hint = ": write a point, not a comma, before the decimals (or nothing between thousands)"
            elif self.whole and re.fullmatch(r"[+-]?[0-9]+\.[0-9]*|[+-]?[0-9.]+[eE][+-]?[0-9]+", text):
                hint = ": no decimals"
            self.fail(f"must be {accepted}, got {text[:40]!r}{hint}", param, ctx)
        try:
            number = int(text) if self.whole else float(text)
        except ValueError:  # a whole number of more than 4,300 digits
            number = math.inf
        # 1e999 (a whole number of 400 digits is an int, which math.isfinite cannot take as a float)
        if isinstance(number, float) and not math.isfinite(number):
            said = accepted if bounded else "a finite number"
            self.fail(f"must be {said}, got {text[:40]!r}: no number is that large", param, ctx)
        if number == 0 and re.search(r"[1-9]", re.split(r"[eE]", text)[0]):  # 1e-400: it was read as 0
            said = accepted if bounded else "0 or further from it"
            self.fail(f"must be {said}, got {text[:40]!r}: no number that small is held", param, ctx)
        outside = self.between is not None and not self.between[0] < number < self.between[1]
        below = self.minimum is not None and number < self.minimum
        if outside or below or (self.maximum is not None and number > self.maximum):
            # 0.99999999999999999 is less than 1 as written, and 1.0 as a float holds it
            held = outside and self.between[0] < Decimal(text) < self.between[1]
            self.fail(
                f"must be {accepted}, got {text[:40]!r}" + (f": it reads as {number!r}" if held else ""), param, ctx
            )
        return number


DAY = Day()


class PathArg(click.Path):
    """A path as click.Path reads it, never an empty one: click reads '' as the current folder, so a
    `--report-dir "$UNSET"` wrote the reports among the project's own files, `--out ''` the drafts, and
    `verify ''` read the catalog, sources.yaml and the CI workflow as claims."""

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            what = "folder" if not self.file_okay else "file" if not self.dir_okay else "file or folder"
            self.fail(f"is empty: name a {what} (an empty path is not read as the current folder)", param, ctx)
        return super().convert(value, param, ctx)


class Named(click.ParamType):
    """Text that names a document, a source or a benchmark: never empty ('' was 'not a regular file' with no name,
    and `evidence MODEL ''` listed every benchmark, as if none were named)."""

    name = "TEXT"

    def __init__(self, what: str):
        self.what = what  # what to name instead: "a file or an http(s) URL"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail(f"is empty: name {self.what}", param, ctx)
        return value


# C0 and C1 controls but newline and tab, and the bidirectional overrides and isolates
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """Text from data as a terminal shows it literally: a control character is written escaped (`\\x1b`).

    A cell, name or quote could otherwise carry an escape sequence that retitles the window, clears
    the screen or rewrites lines already printed (click strips colour codes only when the output is
    no terminal, and never the rest), or a right-to-left override that shows one name as another.
    """
    return _UNSAFE.sub(lambda m: repr(m.group())[1:-1], text)


def echo(message: str = "", **kwargs) -> None:
    """click.echo for every line a command prints from data (JSON escapes its own controls)."""
    click.echo(terminal_text(str(message)), **kwargs)


def write_pieces(pieces) -> None:
    """Write `iter_dumps(..., spans=True)`'s pieces to stdout: text echoed, a Span's bytes copied from its file."""
    for piece in pieces:
        if isinstance(piece, str):
            # color=True: JSON text has no ANSI escape to take out (the encoder escapes every control character),
            # and click.echo would otherwise look for a terminal and scan each piece for escapes
            click.echo(piece, nl=False, color=True)
        else:
            _copy_out(piece)


def _copy_out(span) -> None:
    """A Span's bytes to stdout: by sendfile where stdout is a file or a pipe (the 10,000 claims of a cohort
    run, 300 MB, never pass through Python), else read and echoed (a terminal, a test's stream)."""
    offset, left = span.offset, span.length
    with open(span.path, "rb") as f:
        try:
            sys.stdout.flush()  # click.echo flushes each piece: this is for anything else written there
            out = sys.stdout.fileno()
        except (AttributeError, ValueError, OSError):  # no file behind stdout (io.UnsupportedOperation)
            out = None
        try:
            while left and out is not None and hasattr(os, "sendfile"):
                sent = os.sendfile(out, f.fileno(), offset, left)
                if not sent:
                    break
                offset, left = offset + sent, left - sent
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
                raise  # a reader gone (EPIPE), a full disk: the caller's to report
        f.seek(offset)
        while left:
            block = f.read(min(left, 1 << 20))
            if not block:
                raise OSError(errno.EIO, f"{left} bytes short of its JSON text", span.path)
            click.echo(block, nl=False)
            left -= len(block)


def one_line(ctx, param, value):
    """Click callback for free text that is stored or printed (a publisher, a locator, `--map` pairs): a value with
    a control character is refused in one line, as any bad option value is."""
    for text in value if isinstance(value, tuple) else (value,):
        why = control_character(text) if isinstance(text, str) else ""
        if why:
            raise click.BadParameter(why, ctx=ctx, param=param)
    return value


def printable_text(ctx, param, value):
    """Click callback for text that may span lines where it is stored (a claim's statement): a tab or a line break
    stays, as in a claim file, any other control character is refused in one line."""
    why = text_control_character(value) if isinstance(value, str) else ""
    if why:
        raise click.BadParameter(why, ctx=ctx, param=param)
    return value


def bad_value_line(exc: click.BadParameter) -> str:
    """A bad option value as the one line other user mistakes get: the option, then what is wrong."""
    param = exc.param
    if isinstance(param, click.Option):
        where = max(param.opts, key=len)
    else:
        # an argument by its name, never its metavar's dots ("PATH...")
        where = param.human_readable_name.rstrip(".") if param is not None else (exc.param_hint or "")
    return f"{where}: {exc.message}" if where else exc.message


_READ_AS = {"catalog": "every file is read as the catalog", "results": "every file is read as evidence"}


def refuse_read_folders(path: Path, root: Path, label: str, claims: bool = False, reports: bool = False) -> None:
    """Nothing benchclaims writes goes under a project's catalog/ or results/: every file there is read as the
    catalog or as evidence, so one report, schema, draft or claim there stopped every command of the project.
    With `claims` (a file that is no claim), nor a YAML file under claims/, where each is read as a claim; with
    `reports` (a report folder), nothing under claims/: its pages were named by every later `verify` as files
    that are no claim ('claims: skipped 5 files of other types'), the lock and manifest left among the claims."""
    target = os.path.realpath(path)
    read = (
        {**_READ_AS, "claims": "every YAML file is read as a claim"}
        if claims and is_yaml_name(Path(target))
        else {**_READ_AS, "claims": "every file is read as a claim or named as none"}
        if reports
        else _READ_AS
    )
    for folder, read_as in read.items():
        own = os.path.realpath(root / folder)
        if target == own or target.startswith(own.rstrip(os.sep) + os.sep):
            raise UsageError(f"{label}{path} is in {folder}/, where {read_as}: write it elsewhere")


def _project_root(ctx, param, value: Path | None) -> Path:
    """--project when given; else the nearest folder upwards holding catalog/ (and claims/ or results/)."""
    if value is not None:
        return value
    from harness.claims.newproject import find_project_root

    found = find_project_root(Path.cwd())
    return Path(".") if found is None or found == Path.cwd().resolve() else found


def project_option(fn):
    return click.option(
        "--project",
        "project_dir",
        type=PathArg(file_okay=False, path_type=Path),
        default=None,
        callback=_project_root,
        help="Project root holding catalog/, claims/ and results/ [default: the nearest folder upwards that holds catalog/ and claims/ or results/, else the current one].",
    )(fn)


class Progress:
    """A count and rate on one stderr line, for terminals only (never in a pipe, a log or --json)."""

    def __init__(self):
        self.what = None
        self.one = ""
        self.count = 0
        self.start = self.last = 0.0

    def __call__(self, what: str, count: int, one: str = "") -> None:
        """Show `count` `what` ('documents read'); `one` is what a count of 1 reads ('document read')."""
        import time

        now = time.monotonic()
        if what != self.what:
            self.done()
            self.what, self.start, self.last = what, now, 0.0
        self.count, self.one = count, one
        if now - self.last >= 0.2:
            self.last = now
            self._show(now)

    def _show(self, now: float) -> None:
        rate = self.count / (now - self.start) if now > self.start else 0.0
        what = self.one if self.count == 1 and self.one else self.what
        click.echo(f"\r{self.count:,} {what} ({rate:,.0f}/s)", nl=False, err=True)

    def done(self) -> None:
        import time

        if self.what is not None and self.last:
            self._show(time.monotonic())  # the final count, then end the line
            click.echo("", err=True)
        self.what = None


def progress_for(as_json: bool) -> Progress | None:
    return Progress() if not as_json and sys.stderr.isatty() else None


# what a file named as a claim is more likely to be, by its ending
_NOT_CLAIMS = {
    ".csv": " (a table of scores goes under results/published/, or in with `benchclaims import`)",
    ".json": " (a claim file is YAML: `benchclaims new` writes one)",
    ".txt": " (an article's claims are drafted with `benchclaims extract` or checked with `benchclaims check`)",
    ".md": " (an article's claims are drafted with `benchclaims extract` or checked with `benchclaims check`)",
    ".html": " (an article's claims are drafted with `benchclaims extract` or checked with `benchclaims check`)",
}


def claim_paths(paths: tuple[Path, ...], project_dir: Path, quiet: bool = False) -> list[Path]:
    """The claim files and folders named, else the project's claims/.

    A folder named that holds no claim file is refused: `verify claims/typo/` verified nothing and exited 0,
    a CI check passing on no claim at all (a new project's own empty claims/, named by default, is no mistake).
    """
    from harness.claims.claimfile import claim_files, other_files

    root = os.path.realpath(project_dir)
    for p in paths:
        real = os.path.realpath(p)
        holds_root = real == root or root.startswith(real.rstrip(os.sep) + os.sep)
        if p.is_dir() and holds_root and os.path.isdir(os.path.join(root, "catalog")):
            # `verify .` read the catalog, sources.yaml and the CI workflow as claims: eight errors, none the mistake
            raise UsageError(
                f"{printable(str(p))}: holds the project itself, whose catalog, evidence, sources.yaml and workflow are "
                "no claims: name claims/ or a claim file (with no PATHS, claims/ is read)"
            )
        for folder, read_as in _READ_AS.items():
            own = os.path.realpath(os.path.join(root, folder))
            if real == own or real.startswith(own.rstrip(os.sep) + os.sep):
                raise UsageError(f"{printable(str(p))}: is in {folder}/, where {read_as}, never as a claim")
        if p.is_file() and not is_yaml_name(p):
            # `verify board.csv` read the table as YAML: "a claim file must be a mapping (id, statement, ...)", and
            # a .json file five "missing" fields, where a folder's such files are passed over as no claims
            raise UsageError(
                f"{printable(str(p))}: is no claim file: a claim file ends in .yaml or .yml{_NOT_CLAIMS.get(p.suffix.lower(), '')}"
            )
        if p.is_dir() and not claim_files([p]):
            raise UsageError(
                f"{printable(str(p))}: a folder with no claim file (*.yaml, *.yml) in it or below; name a claim file "
                "or a folder that holds some"
            )
    chosen = list(paths) or [project_dir / DEFAULT_CLAIMS]
    for folder in [] if quiet else [p for p in chosen if p.is_dir()]:
        # a claim saved as .json, or a .yaml.bak, was passed over unsaid: "No claims verified.", exit 0
        if other := other_files(folder):
            kinds = ", ".join(sorted(other, key=lambda s: (-other[s], s))[:5])
            echo(f"{printable(str(folder))}: skipped {counted(sum(other.values()), 'file')} of other types ({kinds}): "
                 "a claim file ends in .yaml or .yml", err=True)  # fmt: skip
    return chosen


def print_warnings(warnings) -> None:
    for line in grouped(warnings):
        echo(f"Warning: {line}", err=True)


def print_problems(problems) -> None:
    for line in grouped(problems):
        echo(f"Error: {line}", err=True)
    if problems:
        echo(f"{counted(len(problems), 'input problem')}; everything else was still checked.", err=True)


def print_table(results) -> None:
    if not results:
        echo("No claims verified.")
        return
    width = max(len(r.claim.id) for r in results)
    for r in results:
        strength = (r.strength or "unknown").replace("_", " ")
        echo(f"{r.claim.id:<{width}}  {r.verdict:<21}  {strength:<12}  {r.reason}")


def pairs(values: tuple[str, ...], flag: str, form: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values:
        for part in value.split(","):
            key, sep, target = part.partition("=")
            if not sep or not key.strip() or not target.strip():
                raise UsageError(f"{flag} takes {form} pairs, got {part!r}")
            key, target = key.strip(), target.strip()
            if out.get(key, target) != target:  # else the last one would win without a word
                raise UsageError(f"{flag} gives {key} twice: {key}={out[key]} and {key}={target}; give it once")
            out[key] = target
    return out
