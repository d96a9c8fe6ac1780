"""The command line: parse, call one library function, print, choose the exit code."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import sys
from pathlib import Path

import click

from harness import __version__
from harness.cli import INTERRUPTED
from harness.cli.common import (
    Number,
    PathArg,
    Progress,
    bad_value_line,
    claim_paths,
    echo,
    print_problems,
    print_table,
    print_warnings,
    progress_for,
    project_option,
    refuse_read_folders,
    write_pieces,
)
from harness.counting import counted
from harness.errors import BenchclaimsError, UsageError, grouped

MAX_JOBS = 256  # processes for --jobs
MAX_BATCH = 4096  # items per forward pass for run --batch-size


class _Group(click.Group):
    """Turn library errors into one line and an exit code; never a traceback for user mistakes."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.BadParameter as exc:
            if isinstance(exc, click.MissingParameter):
                raise  # click's usage says which options the command needs
            # a bad option value is a user mistake like any other: one line, not click's usage block
            echo(f"Error: {bad_value_line(exc)}", err=True)
            sys.exit(2)
        except BenchclaimsError as exc:
            if os.environ.get("BENCHCLAIMS_RAISE"):
                raise
            for problem in getattr(exc, "problems", None) or [exc]:
                echo(f"Error: {problem}", err=True)
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            # the reader went away (`benchclaims verify --json | head`): stop quietly, with the status a
            # shell gives a process that SIGPIPE ended; stdout goes nowhere so the exit flush is silent
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):  # no real file behind stdout (a test runner)
                pass
            sys.exit(128 + signal.SIGPIPE)
        except OSError as exc:
            # a report or output path that cannot be written: the user's path, not our bug
            reason, name = exc.strerror or exc, exc.filename or ""
            if exc.errno == errno.EEXIST and exc.filename and not os.path.isdir(exc.filename):
                reason = "is no folder, so none can be made there: name a folder"  # `--report-dir /dev/null`
            elif exc.errno == errno.ENOTDIR:  # `--report-dir notes.txt/out`: "Not a directory", of which part unsaid
                reason = "a part of this path is a file, not a folder, so nothing can be written there: name a folder"
            elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and name:
                name, reason = _unwritable(name, reason, ctx.invoked_subcommand)
            echo(f"Error: {name}: {reason}", err=True)
            sys.exit(2)
        except RuntimeError as exc:
            # Path.resolve() before Python 3.13 says a symlink loop so (3.13 raises the OSError above): a path
            # given or found that points at itself (--project, --out, a folder), the user's, not our bug
            looped = re.fullmatch(r"Symlink loop from '(.*)'", str(exc))
            if looped is None:
                raise
            echo(f"Error: {looped.group(1)}: Too many levels of symbolic links", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            # every file is written to a temporary and renamed, so an interruption leaves only whole files
            if ctx.invoked_subcommand == "run":
                echo("Interrupted; finished results are kept, run the command again to do the rest.", err=True)
            else:
                echo(INTERRUPTED, err=True)
            sys.exit(130)


# where a command that cannot write in a folder can write instead
_ELSEWHERE = {
    "verify": "write the reports elsewhere with --report-dir DIR, or pass --no-report",
    "check": "write the drafts and report elsewhere with --out DIR and --report-dir DIR",
    "extract": "write the drafts elsewhere with --out DIR",
    "schema": "write the schema elsewhere with -o FILE, or to stdout without it",
    "new": "write the claim elsewhere with -o FILE",
}


def _unwritable(name: str, reason: str, command: str | None) -> tuple[str, str]:
    """A folder or file that cannot be written (read-only, another user's): the folder is named where the file
    is one of ours the user never named (the lock every writing command takes, a temporary), with where the
    command can write instead. 'reports/.benchclaims.lock: Read-only file system' named a file nobody made."""
    from harness.outputs import LOCK, TEMP_SUFFIX

    base = os.path.basename(name)
    if base == LOCK or (base.startswith(".") and base.endswith(TEMP_SUFFIX)):
        name = os.path.dirname(name) or "."
    elsewhere = _ELSEWHERE.get(command or "")
    return name, f"{reason}: nothing can be written there" + (f"; {elsewhere}" if elsewhere else "")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="benchclaims")
def cli():
    """Check claims about AI benchmark results against sourced evidence.

    \b
    Example:
        benchclaims verify                 # all claims in claims/, reports in reports/
        benchclaims verify --json claims/speciale-beats-gpt5.yaml
    """


@cli.command()
@click.argument("paths", nargs=-1, type=PathArg(path_type=Path))
@project_option
@click.option(
    "--report-dir",
    type=PathArg(file_okay=False, path_type=Path),
    default=None,
    help="Where to write markdown reports and charts [default: <project>/reports].",
)
@click.option("--no-report", is_flag=True, help="Do not write reports.")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON on stdout.")
@click.option(
    "--detail",
    type=click.Choice(["compact", "full"]),
    default="compact",
    show_default=True,
    help="JSON layout: compact (schema 2: each evidence row listed once, rank units with the comparisons "
    "that decide them) or full (schema 1: every comparison with its sources written out).",
)
@click.option("--alpha", type=Number(between=(0, 1)), default=0.05, show_default=True, help="Significance level.")
@click.option(
    "--multiplicity",
    type=click.Choice(["holm", "bh"]),
    default="holm",
    show_default=True,
    help="How p-values are adjusted across a claim's benchmarks: holm (family-wise error) or bh "
    "(Benjamini-Hochberg, false discovery rate; named in every reason).",
)
@click.option(
    "--baseline",
    type=PathArg(dir_okay=False, path_type=Path),
    default=None,
    help="A saved --json output to compare verdicts against.",
)
@click.option(
    "--fail-on",
    default=None,
    help="Comma list: changed (a verdict; needs --baseline), changed_beyond_noise (a verdict change whose new "
    "verdict is not within noise under --multiplicity; needs --baseline), strength (significant/within noise; needs "
    "--baseline), refuted, insufficient_evidence (these two apply to the verdicts themselves), none. "
    "[default: changed with --baseline, else none]",
)
@click.option(
    "--jobs",
    # each job is a forked copy of this process (evidence loaded, matplotlib for charts): 100,000 of them
    # forked at once took the machine down, and more processes than cores gain nothing
    type=Number(minimum=1, whole=True, maximum=MAX_JOBS),
    default=None,
    help=f"Processes that verify claims and draw charts, at most {MAX_JOBS} [default: one per core].",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Where claims are verified: local processes (--jobs), or Ray tasks (needs the [ray] extra; "
    "joins the cluster in RAY_ADDRESS, else starts one on this machine).",
)
def verify(
    paths, project_dir, report_dir, no_report, as_json, detail, alpha, multiplicity, baseline, fail_on, jobs, engine
):
    """Verify claims and write reports.

    Exit code 0 when verification ran, 2 for bad input, 1 when a verdict (or, with
    --baseline, a change) is one that --fail-on names.

    \b
    Example:
        benchclaims verify
        benchclaims verify claims/speciale-beats-gpt5.yaml --json > out.json
        benchclaims verify --json --detail full > self-contained.json
        benchclaims verify --json --no-report --jobs 8 > out.json
        RAY_ADDRESS=auto benchclaims verify --json --no-report --engine ray > out.json
        benchclaims verify --baseline reports/baseline.json --fail-on changed,refuted
        benchclaims verify --multiplicity bh
    """
    from harness.report.baseline import check_drift, parse_fail_on, within
    from harness.report.jsonout import run_dict
    from harness.report.jsontext import iter_dumps
    from harness.report.writer import write_reports
    from harness.verify import Project
    from harness.verify import verify as run_verify

    # an empty --fail-on '' is a slip (a CI variable left unset), refused, not the default
    fail_set = parse_fail_on(fail_on if fail_on is not None else "changed" if baseline else "none")
    needs_baseline = sorted(fail_set & {"changed", "changed_beyond_noise", "strength"})
    if needs_baseline and not baseline:
        raise UsageError(f"--fail-on {','.join(needs_baseline)} compares with a baseline: give --baseline FILE")
    project = Project(project_dir)
    if not no_report:
        refuse_read_folders(report_dir or project.root / "reports", project.root, "--report-dir: ", reports=True)
    progress = progress_for(as_json)
    # reports and the full layout show every comparison of a rank unit; the compact JSON alone needs fewer
    full = detail == "full" or not no_report
    run = run_verify(
        project,
        claim_paths(paths, project_dir),
        alpha=alpha,
        progress=progress,
        multiplicity=multiplicity,
        full=full,
        jobs=jobs,
        engine=engine,
        encode=detail if as_json else None,
        keep=not no_report or bool(baseline),  # reports and drift read whole results; the rest verdicts
    )
    drift = None
    if baseline:
        current = run_dict(run.results, run.problems, alpha, run.reruns, multiplicity=multiplicity, detail=detail)
        drift = check_drift(
            current, baseline, fail_set, within(claim_paths(paths, project_dir, quiet=True), project.root)
        )
    if not no_report:
        from harness.outputs import project_folder, project_lock, root_for

        out = report_dir or project.root / "reports"
        inside = root_for(project.root, out) is not None
        if inside:  # in the project: real folders only, never a symlink out
            project_folder(project.root, out)
        # the project's lock where the reports go into it; a folder outside it is locked on its own, so a
        # project on a read-only disk writes its reports elsewhere
        with project_lock(project.root) if inside else contextlib.nullcontext():
            write_reports(
                run.results,
                grouped(run.problems),
                run.catalog,
                out,
                changes=drift.changes_by_claim if drift else None,
                reruns=run.reruns,
                jobs=jobs,
                progress=(lambda done, total: progress("charts drawn", done, "chart drawn")) if progress else None,
            )
    if progress:
        progress.done()
    if as_json:
        encoded = (run.texts, run.rows)
        data = run_dict(
            run.results, run.problems, alpha, run.reruns, multiplicity=multiplicity, detail=detail, encoded=encoded
        )
        write_pieces(iter_dumps(data, spans=True))
        run.close()
    else:
        print_table(run.results)
    print_warnings(run.warnings)
    for line in drift.warnings if drift else []:
        echo(f"Warning: {line}", err=True)
    print_problems(run.problems)
    if drift:
        for line in drift.lines:
            echo(line, err=True)
    failing = [] if drift else [r for r in run.results if r.verdict in fail_set]
    for r in failing:  # without a baseline, --fail-on refuted/insufficient_evidence judges the verdicts
        echo(f"{r.verdict}: {r.claim.id}", err=True)
    if run.problems:
        sys.exit(2)
    if (drift and drift.failed) or failing:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, type=PathArg(path_type=Path))
@project_option
def validate(paths, project_dir):
    """Check claim, catalog and evidence files without verifying.

    \b
    Example:
        benchclaims validate
        benchclaims validate claims/my-claim.yaml
    """
    from harness.verify import Project
    from harness.verify import validate as run_validate

    run = run_validate(Project(project_dir), claim_paths(paths, project_dir))
    print_warnings(run.warnings)
    print_problems(run.problems)
    if run.problems:
        sys.exit(2)
    echo(f"OK: {counted(len(run.evidence), 'evidence row')}, catalog and claims valid.")


def _device(ctx, param, value: str) -> str:
    # else a typo reached torch only once a model was loaded, as its traceback (or not at all: nothing to run)
    if not re.fullmatch(r"auto|cpu|mps|cuda(:[0-9]+)?", value):
        raise click.BadParameter(f"must be auto, cpu, cuda, cuda:N (N a GPU's number) or mps, got {value[:40]!r}")
    return value


@cli.command()
@click.argument("paths", nargs=-1, type=PathArg(path_type=Path))
@project_option
@click.option(
    "--limit", type=Number(minimum=1, whole=True), default=None, help="Only the first N items (a partial run)."
)
@click.option(
    "--batch-size",
    # a forward pass holds the whole batch in (GPU) memory: beyond this it fails in torch after a model loads
    type=Number(minimum=1, whole=True, maximum=MAX_BATCH),
    default=16,
    show_default=True,
    help=f"Items per forward pass (at most {MAX_BATCH:,}).",
)
@click.option(
    "--device",
    default="auto",
    show_default=True,
    callback=_device,
    help="auto, cpu, cuda, cuda:0, ..., or mps (Apple GPUs)",
)
def run(paths, project_dir, limit, batch_size, device):
    """Re-run the open-weight models the claims mention, with lm-eval; results go to results/local/.

    Needs the [local] extra (lm-eval and torch): pip install 'benchclaims[local]'.
    Models and benchmarks are run only where the catalog gives them a `run:` entry.

    An unchanged re-check loads no model: results are cached on the model weights, revision,
    task config, lm-eval version and limit.

    \b
    Example:
        benchclaims run --project examples/local
        benchclaims run claims/my-claim.yaml --limit 20 --device cuda
    """
    from harness.local.run import run_local
    from harness.verify import Project, load_project

    project = Project(project_dir)
    loaded, claims = load_project(project, claim_paths(paths, project_dir))
    problems = loaded.problems
    print_problems(problems)
    written = run_local([c for c, _ in claims], loaded.catalog, project.root, limit, batch_size, device)
    echo(f"{counted(len(written), 'result')} in {project.root / 'results' / 'local'}")
    if problems:
        sys.exit(2)


# the commands that write a project's files, those that bring evidence in, and those that start from an article
from harness.cli.authoring import init, new, schema  # noqa: E402
from harness.cli.extract import check, extract_cmd  # noqa: E402
from harness.cli.sources import evidence, import_cmd, link, pull  # noqa: E402

for _command in (schema, init, new, import_cmd, link, evidence, pull, extract_cmd, check):
    cli.add_command(_command)

# kept for callers of the old private names
_progress, _Progress = progress_for, Progress
