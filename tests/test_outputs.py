"""The one writer: what a written file's permissions are, and what a folder nothing can be written in is told."""

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


def _read_only(monkeypatch, folder):
    """`folder` as on a read-only disk: nothing can be made in it (root ignores a chmod, so os.open refuses)."""
    import errno

    real = os.open

    def refusing(path, flags, *args, dir_fd=None, **kwargs):
        where = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}") if dir_fd is not None else "", path)
        if flags & os.O_CREAT and os.path.realpath(where).startswith(os.path.realpath(folder) + os.sep):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real(path, flags, *args, dir_fd=dir_fd, **kwargs)

    monkeypatch.setattr(os, "open", refusing)


def test_a_read_only_project_names_the_folder_and_where_the_reports_can_go(proj, tmp_path, monkeypatch):
    # it was 'Error: .../proj/.benchclaims.lock: Read-only file system': a lock file nobody made, and no way out;
    # and --report-dir outside the project failed the same way, the project's own lock taken all the same
    _read_only(monkeypatch, proj.root)
    r = CliRunner().invoke(cli, ["verify", "--project", str(proj.root)])
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {proj.root}: Read-only file system: nothing can be written there; write the reports elsewhere "
        "with --report-dir DIR, or pass --no-report\n",
    )
    r = CliRunner().invoke(cli, ["verify", "--project", str(proj.root), "--report-dir", str(tmp_path / "out")])
    assert (r.exit_code, r.stderr) == (0, "")
    assert (tmp_path / "out" / "alpha-beats-beta.md").is_file()


def test_drafts_outside_a_read_only_project_are_written(tmp_path, monkeypatch):
    from tests.conftest import REPO

    doc = tmp_path / "a.txt"
    doc.write_text("DeepSeek-V3.2 beats GPT-5 on AIME 2025.\n")
    said = ["--url", "https://a.example", "--publisher", "P", "--date", "2025-12-01"]
    _read_only(monkeypatch, REPO)
    r = CliRunner().invoke(cli, ["extract", str(doc), "--project", str(REPO), *said])
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {REPO}: Read-only file system: nothing can be written there; write the drafts elsewhere with "
        "--out DIR\n",
    )
    r = CliRunner().invoke(cli, ["extract", str(doc), "--project", str(REPO), "--out", str(tmp_path / "d"), *said])
    assert (r.exit_code, r.stderr, sorted(p.name for p in (tmp_path / "d").iterdir())) == (
        0,
        "",
        ["deepseek-v3-2-beats-gpt-5-on-aime-2025.yaml"],
    )


def test_a_claim_scaffolded_outside_a_read_only_project_is_written(proj, tmp_path, monkeypatch):
    # `new -o` outside the project took the project's lock all the same: 'proj/.benchclaims.lock: Read-only file system'
    flags = ["--statement", "Alpha-1 beats Beta-2", "--subject", "Alpha-1", "--competitor", "Beta-2"]
    flags += ["--benchmark", "BigBench", "--publisher", "P", "--url", "https://p.example", "--date", "2025-02-01"]
    _read_only(monkeypatch, proj.root)
    r = CliRunner().invoke(cli, ["new", *flags, "--project", str(proj.root)])
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {proj.root}: Read-only file system: nothing can be written there; write the claim elsewhere with "
        "-o FILE\n",
    )
    r = CliRunner().invoke(cli, ["new", *flags, "--project", str(proj.root), "-o", str(tmp_path / "c.yaml")])
    assert (r.exit_code, r.stderr, (tmp_path / "c.yaml").is_file()) == (0, "", True)
