"""What the command modules share: the --project option, progress on a terminal, printing problems."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from harness.errors import UsageError, grouped

DEFAULT_CLAIMS = "claims"


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
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        callback=_project_root,
        help="Project root holding catalog/ and results/ [default: the nearest folder upwards that holds catalog/].",
    )(fn)


class Progress:
    """A count and rate on one stderr line, for terminals only (never in a pipe, a log or --json)."""

    def __init__(self):
        self.what = None
        self.count = 0
        self.start = self.last = 0.0

    def __call__(self, what: str, count: int) -> None:
        import time

        now = time.monotonic()
        if what != self.what:
            self.done()
            self.what, self.start, self.last = what, now, 0.0
        self.count = count
        if now - self.last >= 0.2:
            self.last = now
            self._show(now)

    def _show(self, now: float) -> None:
        rate = self.count / (now - self.start) if now > self.start else 0.0
        click.echo(f"\r{self.count:,} {self.what} ({rate:,.0f}/s)", nl=False, err=True)

    def done(self) -> None:
        import time

        if self.what is not None and self.last:
            self._show(time.monotonic())  # the final count, then end the line
            click.echo("", err=True)
        self.what = None


def progress_for(as_json: bool) -> Progress | None:
    return Progress() if not as_json and sys.stderr.isatty() else None


def claim_paths(paths: tuple[Path, ...], project_dir: Path) -> list[Path]:
    return list(paths) or [project_dir / DEFAULT_CLAIMS]


def print_warnings(warnings) -> None:
    for line in grouped(warnings):
        click.echo(f"Warning: {line}", err=True)


def print_problems(problems) -> None:
    for line in grouped(problems):
        click.echo(f"Error: {line}", err=True)
    if problems:
        click.echo(f"{len(problems)} input problem(s); everything else was still checked.", err=True)


def print_table(results) -> None:
    if not results:
        click.echo("No claims verified.")
        return
    width = max(len(r.claim.id) for r in results)
    for r in results:
        strength = (r.strength or "unknown").replace("_", " ")
        click.echo(f"{r.claim.id:<{width}}  {r.verdict:<21}  {strength:<12}  {r.reason}")


def pairs(values: tuple[str, ...], flag: str) -> dict[str, str]:
    out = {}
    for value in values:
        for part in value.split(","):
            key, sep, target = part.partition("=")
            if not sep or not key.strip() or not target.strip():
                raise UsageError(f"{flag} takes SRC=TARGET pairs, got {part!r}")
            out[key.strip()] = target.strip()
    return out
