"""Reviewed source names (catalog/aliases/<source>.yaml): a review is dated on a real day, not after today."""

from datetime import timedelta

import pytest

from harness.claims.catalog_entries import latest_today
from harness.errors import InputError
from harness.evidence.aliases import load_aliases


def _aliases(root, reviewed_on: str):
    folder = root / "catalog" / "aliases"
    folder.mkdir(parents=True)
    (folder / "lmarena.yaml").write_text(
        "source: lmarena\n"
        "aliases:\n"
        "- name: model-a-0901\n"
        "  model: model-a\n"
        "  reviewed_by: R\n"
        f"  reviewed_on: {reviewed_on}\n"
    )


def test_a_review_dated_after_today_is_refused(tmp_path):
    today = latest_today()  # the day is in the future only once it is nowhere yet
    tomorrow = today + timedelta(days=1)
    _aliases(tmp_path, f"'{tomorrow}'")  # as `link` writes it: quoted
    with pytest.raises(InputError) as exc:
        load_aliases(tmp_path, "lmarena")
    assert str(exc.value) == (
        f"catalog/aliases/lmarena.yaml:6: aliases[0].reviewed_on: {tomorrow} is in the future (the latest date anywhere now is {today}): "
        "the day the name was reviewed"
    )


@pytest.mark.parametrize("written", ["2026-13-01", "last week"])
def test_a_review_date_that_is_no_day_is_refused(tmp_path, written):
    _aliases(tmp_path, f"'{written}'")
    with pytest.raises(InputError) as exc:
        load_aliases(tmp_path, "lmarena")
    assert (
        str(exc.value)
        == f"catalog/aliases/lmarena.yaml:6: aliases[0].reviewed_on: must be a date, YYYY-MM-DD, got {written!r}"
    )


def test_a_review_time_is_no_review_day_even_at_midnight(tmp_path):
    # YAML reads it as a time, and its day was taken whatever its zone (2026-12-03 in UTC)
    _aliases(tmp_path, "2026-12-04T00:00:00+05:00")
    with pytest.raises(InputError) as exc:
        load_aliases(tmp_path, "lmarena")
    assert str(exc.value) == (
        "catalog/aliases/lmarena.yaml:6: aliases[0].reviewed_on: must be a date, YYYY-MM-DD, got a time, "
        "2026-12-04T00:00:00+05:00 (2026-12-03 in UTC): write the day it means"
    )


@pytest.mark.parametrize("written", ["'2026-12-04'", "2026-12-04", "''"])
def test_a_review_dated_today_or_before_or_left_blank_loads(tmp_path, written):
    _aliases(tmp_path, written)
    alias = load_aliases(tmp_path, "lmarena")["model-a-0901"]
    assert (alias.model, alias.reviewed_on) == ("model-a", written.strip("'"))


def test_validate_names_every_aliases_file_no_import_would_read_as_it_stands(tmp_path):
    # only `import` read catalog/aliases/, and only its own source's file: a misnamed file, a broken file of a
    # source not imported yet, or a folder in a file's place passed validate with exit 0 and its reviews unused
    import os
    import shutil
    from pathlib import Path

    from click.testing import CliRunner

    from harness.cli.main import cli

    repo = Path(__file__).parent.parent
    root = tmp_path / "proj"
    for name in ("catalog", "claims", "results"):
        shutil.copytree(repo / name, root / name)
    folder = root / "catalog" / "aliases"
    reviewed = (folder / "lmarena.yaml").read_text()
    (folder / "epoch-ai.yaml").write_text(reviewed)
    (folder / "lmarena.yml").write_text(reviewed)
    (folder / "eee.yaml").write_text("aliases: [{name: a, model: Imaginary-9}]\n")
    (folder / "epoch.yaml").mkdir()
    os.symlink("csv.yaml", folder / "csv.yaml")  # a link to itself
    (folder / "README.md").write_text("notes: not an aliases file, not read")
    r = CliRunner().invoke(cli, ["validate", "--project", str(root)])
    assert r.exit_code == 2
    importers = "csv, eee, epoch, helm, inspect, lm-eval, lmarena, model-card, open-llm-leaderboard"
    assert r.stderr.splitlines()[:-1] == [
        "Error: catalog/aliases/csv.yaml: not a regular file (a folder, or a link that leads to no file)",
        "Error: catalog/aliases/eee.yaml:1: aliases[0].model: unknown model 'Imaginary-9'",
        f"Error: catalog/aliases/epoch-ai.yaml: names no importer, so no import reads it: name it after its source's "
        f"importer ({importers})",
        "Error: catalog/aliases/epoch.yaml: not a regular file (a folder, or a link that leads to no file)",
        "Error: catalog/aliases/lmarena.yml: is not read: name it lmarena.yaml",
    ]


def test_validate_names_an_aliases_folder_that_is_a_file_or_a_link(tmp_path):
    # a file in catalog/aliases' place passed validate, every review unread; a link to a folder, which import reads
    # through, was not checked, so a broken file in it passed validate and failed the import
    import os

    from click.testing import CliRunner

    from harness.cli.main import cli

    root = tmp_path / "proj"
    CliRunner().invoke(cli, ["init", str(root)])
    (root / "catalog" / "aliases").write_text("source: lmarena\n")
    r = CliRunner().invoke(cli, ["validate", "--project", str(root)])
    assert (r.exit_code, r.stderr.splitlines()[0]) == (
        2,
        "Error: catalog/aliases: is not a folder: each source's reviewed names go in catalog/aliases/<importer>.yaml, "
        "so none is read",
    )
    (root / "catalog" / "aliases").unlink()
    (root / "reviewed").mkdir()
    (root / "reviewed" / "eee.yaml").write_text("aliases: [{name: a, model: Imaginary-9}]\n")
    os.symlink("../reviewed", root / "catalog" / "aliases")
    r = CliRunner().invoke(cli, ["validate", "--project", str(root)])
    assert (r.exit_code, r.stderr.splitlines()[0]) == (
        2,
        "Error: catalog/aliases/eee.yaml:1: aliases[0].model: unknown model 'Imaginary-9'",
    )
