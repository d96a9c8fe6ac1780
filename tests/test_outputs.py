"""The one writer: what a written file's permissions are."""

from __future__ import annotations

import os
import stat

from click.testing import CliRunner

from harness.cli.main import cli
from harness.outputs import write_file


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_file_gets_what_the_umask_leaves_and_a_replaced_one_keeps_its_mode(tmp_path):
    # temporaries are made 0600; renamed as they were, every report and catalog was private whatever the umask
    old = os.umask(0o022)
    try:
        write_file(tmp_path / "new.txt", "a")
        os.umask(0o027)
        write_file(tmp_path / "group.txt", "a")
        kept = tmp_path / "kept.txt"
        kept.write_text("old")
        os.chmod(kept, 0o664)  # a mode the umask would not give: kept, not worked out again
        write_file(kept, "new")
    finally:
        os.umask(old)
    assert (_mode(tmp_path / "new.txt"), _mode(tmp_path / "group.txt"), _mode(kept)) == (0o644, 0o640, 0o664)
    assert kept.read_text() == "new"


def test_reports_and_a_new_project_are_readable_under_the_usual_umask(proj, tmp_path):
    old = os.umask(0o022)
    try:
        r = CliRunner().invoke(cli, ["verify", "--project", str(proj.root), "--report-dir", str(tmp_path / "out")])
        assert r.exit_code == 0, r.output
        r = CliRunner().invoke(cli, ["init", str(tmp_path / "new")])
        assert r.exit_code == 0, r.output
    finally:
        os.umask(old)
    written = list((tmp_path / "out").iterdir())
    assert len(written) > 2 and [p.name for p in written if _mode(p) != 0o644] == []
    assert _mode(tmp_path / "new" / "catalog" / "catalog.yaml") == 0o644
