"""Commands that write a project's files: `init` starts a project, `new` scaffolds a claim, `schema`
prints the claim files' JSON Schema."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import click

from harness.cli.common import (
    DAY,
    Number,
    PathArg,
    echo,
    one_line,
    pairs,
    printable_text,
    project_option,
    refuse_read_folders,
)
from harness.errors import UsageError


@click.command()
@click.option(
    "-o",
    "--output",
    type=PathArg(dir_okay=False, path_type=Path),
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

        # the project the file lands in, whichever --project says: it is that project's catalog it would break
        root = find_project_root(Path(os.path.abspath(output)).parent)
        if root is not None:
            refuse_read_folders(output, root, "", claims=True)  # JSON is YAML: claims/s.yaml read as a claim
        output.parent.mkdir(parents=True, exist_ok=True)
        write_file(output, text)
        echo(f"Wrote {output}")
    else:
        click.echo(text, nl=False)


@click.command()
@click.argument("folder", required=False, default=".", type=PathArg(file_okay=False, path_type=Path))
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


@click.command()
@click.option("--statement", required=True, callback=printable_text, help="The claim, verbatim.")
@click.option("--subject", required=True, callback=one_line, help="The model the claim is about.")
@click.option(
    "--kind",
    default="outperforms",
    show_default=True,
    type=click.Choice(["outperforms", "matches", "ranks", "score"]),
    help="What is claimed: beats, is within a tolerance of, ranks in the top k of a cohort, or scores a number.",
)
@click.option(
    "--competitor", "competitors", multiple=True, callback=one_line, help="Competitor (or cohort member for ranks)."
)
@click.option(
    "--benchmark", "benchmarks", multiple=True, callback=one_line, help="Benchmark; omit for every shared one."
)
@click.option(
    "--quantifier", default=None, callback=one_line, help="all, most, any, or a number (at least N) [default: all]."
)
@click.option("--top", type=Number(whole=True), default=None, help="For ranks: the top k [default: 1].")
@click.option(
    "--min-parameters",
    default=None,
    callback=one_line,
    help="For ranks: a cohort of models of at least this size, in billions or with a unit (30, 30B, 500M).",
)
@click.option(
    "--max-parameters",
    default=None,
    callback=one_line,
    help="For ranks: a cohort of models of at most this size ('the best model under 10B': 10 or 10B).",
)
@click.option(
    "--aggregate",
    type=click.Choice(["each", "mean"]),
    default=None,
    help="mean: judge (ranks: rank by) the mean over the benchmarks, 'on average' [default: each benchmark].",
)
@click.option("--value", type=Number(), default=None, help="For score: the quoted number.")
@click.option("--publisher", required=True, callback=one_line, help="Who said it.")
@click.option("--url", required=True, callback=one_line, help="Where it was said.")
@click.option("--date", "said_on", required=True, type=DAY, help="When (YYYY-MM-DD).")
@click.option("--id", "claim_id", default=None, callback=one_line, help="Claim id [default: from the statement].")
@click.option(
    "--tag", "tags", multiple=True, callback=one_line, help="Benchmarks with this catalog tag (instead of --benchmark)."
)
@click.option("--margin", type=Number(), default=None, help="outperforms: by at least this many points.")
@click.option("--tolerance", type=Number(), default=None, help="matches (default 1) or score (default 0.05): the band.")
@click.option(
    "--direction",
    type=click.Choice(["both", "at_least"]),
    default=None,
    help="matches: at_least for 'comparable or better' (one-sided).",
)
@click.option(
    "--setting", "settings", multiple=True, callback=one_line, help="KEY=VALUE evidence setting, e.g. tools=false."
)
@click.option("--as-of", type=DAY, default=None, help="Use evidence dated on or before.")
@click.option(
    "-o",
    "--output",
    type=PathArg(dir_okay=False, path_type=Path),
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
    min_parameters,
    max_parameters,
    aggregate,
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
        parameters=(min_parameters, max_parameters),
        aggregate=aggregate,
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
    refuse_read_folders(path, project.root, "")
    _id_free(claim.id, path, project.root / "claims")
    inside = root_for(project.root, path)
    # the project's lock where the claim goes into it; -o outside it writes nothing in the project, so a project on a
    # read-only disk scaffolds a claim elsewhere
    with project_lock(project.root) if inside is not None else contextlib.nullcontext():
        # in the project (the default, or an -o there), every folder on the way must be a real one
        write_new_claim(path, text, force, inside)
    live = path.resolve().is_relative_to((project.root / "claims").resolve())
    echo(f"Wrote {path}" + (" (the live claims folder: `benchclaims verify` checks it)" if live else ""))


def _id_free(claim_id: str, path: Path, claims: Path) -> None:
    """A claim written into claims/ takes an id no other claim file there has: `new --id x -o claims/other.yaml`
    was written, and the next `verify` refused it ("claim id 'x' is also used by ...")."""
    from harness.claims.claimfile import claim_files
    from harness.errors import BenchclaimsError
    from harness.yamlfile import load_yaml

    target = os.path.realpath(path)
    live = os.path.realpath(claims)
    if not claims.is_dir() or not target.startswith(live.rstrip(os.sep) + os.sep):
        return  # a claim written elsewhere is verified only when named, where an id used twice is told
    for other in claim_files([claims]):
        if os.path.realpath(other) == target:
            continue  # the file --force replaces
        try:
            data = load_yaml(other, str(other)).data
        except BenchclaimsError:
            continue  # verify names what is wrong with it
        if isinstance(data, dict) and data.get("id") == claim_id:
            raise UsageError(f"claim id {claim_id!r} is already used by {other}: give another --id")
