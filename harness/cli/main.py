"""The command line: parse, call one library function, print, choose the exit code."""

from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path

import click

from harness import __version__
from harness.cli.common import (
    DAY,
    Number,
    Progress,
    bad_value_line,
    claim_paths,
    echo,
    pairs,
    print_problems,
    print_table,
    print_warnings,
    progress_for,
    project_option,
    refuse_report_dir_in_results,
)
from harness.errors import BenchclaimsError, UsageError, grouped


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
            echo(f"Error: {exc.filename or ''}: {exc.strerror or exc}", err=True)
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
                echo("Interrupted; files already there are left as they were.", err=True)
            sys.exit(130)


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
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@project_option
@click.option(
    "--report-dir",
    type=click.Path(file_okay=False, path_type=Path),
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
@click.option("--alpha", type=Number(), default=0.05, show_default=True, help="Significance level.")
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
    type=click.Path(dir_okay=False, path_type=Path),
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
    type=Number(minimum=1, whole=True),
    default=None,
    help="Processes that verify claims and draw charts [default: one per core].",
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

    fail_set = parse_fail_on(fail_on or ("changed" if baseline else "none"))
    needs_baseline = sorted(fail_set & {"changed", "changed_beyond_noise", "strength"})
    if needs_baseline and not baseline:
        raise UsageError(f"--fail-on {','.join(needs_baseline)} compares with a baseline: give --baseline FILE")
    project = Project(project_dir)
    if not no_report:
        refuse_report_dir_in_results(report_dir or project.root / "reports", project.root)
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
        drift = check_drift(current, baseline, fail_set, within(claim_paths(paths, project_dir), project.root))
    if not no_report:
        from harness.outputs import project_folder, project_lock, root_for

        out = report_dir or project.root / "reports"
        if root_for(project.root, out) is not None:  # in the project: real folders only, never a symlink out
            project_folder(project.root, out)
        with project_lock(project.root):
            write_reports(
                run.results,
                grouped(run.problems),
                run.catalog,
                out,
                changes=drift.changes_by_claim if drift else None,
                reruns=run.reruns,
                jobs=jobs,
                progress=(lambda done, total: progress("charts drawn", done)) if progress else None,
            )
    if progress:
        progress.done()
    if as_json:
        encoded = (run.texts, run.rows)
        data = run_dict(
            run.results, run.problems, alpha, run.reruns, multiplicity=multiplicity, detail=detail, encoded=encoded
        )
        for chunk in iter_dumps(data):
            click.echo(chunk, nl=False)
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
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
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
    echo(f"OK: {len(run.evidence)} evidence rows, catalog and claims valid.")


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the schema here instead of stdout.",
)
def schema(output):
    """Print the JSON Schema of claim files (for editor completion and checks).

    \b
    Example:
        benchclaims schema -o schema/claim.schema.json
        # then, first line of a claim file:
        # yaml-language-server: $schema=../schema/claim.schema.json
    """
    from harness.claims.authoring import claim_schema

    text = claim_schema()
    if output:
        from harness.claims.newproject import find_project_root
        from harness.outputs import write_file

        # in a project's catalog/ or results/, every file is read as the catalog or as evidence: one schema
        # there stopped every command of that project
        root = find_project_root(Path(os.path.abspath(output)).parent)
        where = os.path.realpath(Path(os.path.abspath(output)).parent)
        for folder in ("catalog", "results") if root is not None else ():
            own = os.path.realpath(root / folder)
            if where == own or where.startswith(own.rstrip(os.sep) + os.sep):
                raise UsageError(
                    f"{output}: every file in a project's {folder}/ is read as {'the catalog' if folder == 'catalog' else 'evidence'}; "
                    "write the schema elsewhere (schema/claim.schema.json)"
                )

        output.parent.mkdir(parents=True, exist_ok=True)
        write_file(output, text)
        echo(f"Wrote {output}")
    else:
        click.echo(text, nl=False)


@cli.command()
@click.argument("folder", required=False, default=".", type=click.Path(file_okay=False, path_type=Path))
def init(folder):
    """Start a new project in FOLDER (default: here; made when missing).

    Writes a commented catalog (organisations, two models, one benchmark), an empty evidence
    table with its header, claims/, the claim schema, sources.yaml and a CI workflow. Refuses a
    folder that already holds a project.

    \b
    Example:
        benchclaims init my-claims && cd my-claims && benchclaims validate
    """
    from harness.claims.newproject import init_project

    written = init_project(folder)
    for name in written:
        echo(f"Wrote {folder / name}")
    echo(
        "Next: add your models and benchmarks to catalog/catalog.yaml, scores to "
        "results/published/scores.csv (or `benchclaims import`), a claim with `benchclaims new`, "
        "then `benchclaims verify`."
    )


@cli.command()
@click.option("--statement", required=True, help="The claim, verbatim.")
@click.option("--subject", required=True, help="The model the claim is about.")
@click.option(
    "--kind",
    default="outperforms",
    show_default=True,
    type=click.Choice(["outperforms", "matches", "ranks", "score"]),
    help="What is claimed: beats, is within a tolerance of, ranks in the top k of a cohort, or scores a number.",
)
@click.option("--competitor", "competitors", multiple=True, help="Competitor (or cohort member for ranks).")
@click.option("--benchmark", "benchmarks", multiple=True, help="Benchmark; omit for every shared one.")
@click.option("--quantifier", default=None, help="all, most, any, or a number (at least N) [default: all].")
@click.option("--top", type=Number(whole=True), default=None, help="For ranks: the top k [default: 1].")
@click.option("--value", type=Number(), default=None, help="For score: the quoted number.")
@click.option("--publisher", required=True, help="Who said it.")
@click.option("--url", required=True, help="Where it was said.")
@click.option("--date", "said_on", required=True, type=DAY, help="When (YYYY-MM-DD).")
@click.option("--id", "claim_id", default=None, help="Claim id [default: from the statement].")
@click.option("--tag", "tags", multiple=True, help="Benchmarks with this catalog tag (instead of --benchmark).")
@click.option("--margin", type=Number(), default=None, help="outperforms: by at least this many points.")
@click.option("--tolerance", type=Number(), default=None, help="matches (default 1) or score (default 0.05): the band.")
@click.option(
    "--direction",
    type=click.Choice(["both", "at_least"]),
    default=None,
    help="matches: at_least for 'comparable or better' (one-sided).",
)
@click.option("--setting", "settings", multiple=True, help="KEY=VALUE evidence setting, e.g. tools=false.")
@click.option("--as-of", type=DAY, default=None, help="Use evidence dated on or before.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write [default: <project>/claims/<id>.yaml, the live claims folder].",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@project_option
def new(
    statement,
    subject,
    kind,
    competitors,
    benchmarks,
    quantifier,
    top,
    value,
    publisher,
    url,
    said_on,
    claim_id,
    tags,
    margin,
    tolerance,
    direction,
    settings,
    as_of,
    output,
    force,
    project_dir,
):
    """Scaffold a claim file from flags; it is validated before it is written.

    The file goes to <project>/claims/<id>.yaml, the live claims folder that the next
    `benchclaims verify` checks, unless -o names another path; --force overwrites.

    \b
    Example:
        benchclaims new --statement "X beats Y on GPQA" --subject X --competitor Y \\
            --benchmark "GPQA Diamond" --publisher "Some Blog" --url https://blog.example/post \\
            --date 2025-12-01
    """
    from harness.claims.authoring import scaffold_claim, write_new_claim
    from harness.claims.catalog import load_catalog
    from harness.verify import Project

    project = Project(project_dir)
    catalog = load_catalog(project.catalog_dir, project.root)
    text, claim = scaffold_claim(
        catalog,
        statement=statement,
        subject=subject,
        kind=kind,
        competitors=list(competitors),
        benchmarks=list(benchmarks),
        quantifier=quantifier,
        publisher=publisher,
        url=url,
        said_on=said_on,
        claim_id=claim_id,
        top=top,
        value=value,
        tags=list(tags),
        margin=margin,
        tolerance=tolerance,
        direction=direction,
        setting=pairs(settings, "--setting", "KEY=VALUE"),
        as_of=as_of,
    )
    from harness.outputs import project_lock, root_for

    path = output or project.root / "claims" / f"{claim.id}.yaml"
    if os.path.realpath(path.parent) == os.path.realpath(project.root / "catalog"):
        # every YAML file there is read as the catalog: a claim there stopped every command of the project
        raise UsageError(
            f"{path}: a claim file in catalog/ is read as a catalog file; write it to claims/ or elsewhere"
        )
    with project_lock(project.root):
        # in the project (the default, or an -o there), every folder on the way must be a real one
        write_new_claim(path, text, force, root_for(project.root, path))
    live = path.resolve().is_relative_to((project.root / "claims").resolve())
    echo(f"Wrote {path}" + (" (the live claims folder: `benchclaims verify` checks it)" if live else ""))


def _device(ctx, param, value: str) -> str:
    # else a typo reached torch only once a model was loaded, as its traceback (or not at all: nothing to run)
    if not re.fullmatch(r"auto|cpu|mps|cuda(:[0-9]+)?", value):
        raise click.BadParameter(f"must be auto, cpu, cuda, cuda:N (N a GPU's number) or mps, got {value[:40]!r}")
    return value


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@project_option
@click.option(
    "--limit", type=Number(minimum=1, whole=True), default=None, help="Only the first N items (a partial run)."
)
@click.option(
    "--batch-size", type=Number(minimum=1, whole=True), default=16, show_default=True, help="Items per forward pass."
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
    echo(f"{len(written)} result(s) in {project.root / 'results' / 'local'}")
    if problems:
        sys.exit(2)


# the commands that bring evidence in, and the ones that start from an article
from harness.cli.extract import check, extract_cmd  # noqa: E402
from harness.cli.sources import evidence, import_cmd, link, pull  # noqa: E402

for _command in (import_cmd, link, evidence, pull, extract_cmd, check):
    cli.add_command(_command)

# kept for callers of the old private names
_progress, _Progress = progress_for, Progress
