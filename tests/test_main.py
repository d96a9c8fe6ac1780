"""`python -m harness` ends with os._exit after the exit hooks and a flush: the same output, status and cleanup."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent
# the ordinary exit: the same CLI, ended by the interpreter freeing everything
ORDINARY = "import sys; from harness.cli.main import cli; sys.argv[0] = 'x'; cli(prog_name='python -m harness')"

CLAIM = """id: t
statement: "x"
source: {publisher: Example News, url: "https://news.example/a", date: 2025-02-01}
subject: %s
assertions:
  - kind: outperforms
    competitors: [%s]
    benchmarks: [BigBench]
"""


def _run(argv, tmp, stdout):
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp)}
    with open(stdout, "wb") as out:  # a file, not a pipe: a lost buffer would show as a short file
        done = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE, env=env, cwd=REPO)
    return done.returncode, Path(stdout).read_bytes(), done.stderr


@pytest.mark.parametrize(
    "subject,rival,more,code",
    [
        ("Alpha-1", "Beta-2", [], 0),  # supported
        ("Beta-2", "Alpha-1", ["--fail-on", "refuted"], 1),  # refuted, failing
        ("Beta-2", "Alpha-1", ["nowhere.yaml"], 2),  # an input error beside a verdict
    ],
)
def test_fast_exit_keeps_output_status_and_removes_the_temporary_folder(proj, tmp_path, subject, rival, more, code):
    (proj.root / "claims" / "t.yaml").write_text(CLAIM % (subject, rival))
    args = ["verify", "--project", str(proj.root), "--json", "--no-report", str(proj.root / "claims" / "t.yaml")]
    results = []
    for name, head in (("fast", ["-m", "harness"]), ("ordinary", ["-c", ORDINARY])):
        tmp = tmp_path / name
        tmp.mkdir()
        results.append(_run([sys.executable, *head, *args, *more], tmp, tmp_path / f"{name}.out"))
        assert list(tmp.iterdir()) == []  # the spilled texts' folder is gone
    (fast_code, fast_out, fast_err), ordinary = results
    assert fast_code == code
    assert (fast_code, fast_out, fast_err) == ordinary
    assert fast_out.endswith(b"}\n") and b'"verdict"' in fast_out


def test_a_reader_that_goes_away_still_gives_the_sigpipe_status():
    # the seed's JSON is larger than a pipe holds, so the write itself meets the closed pipe
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for head in ("-m harness", f'-c "{ORDINARY}"'):
        cmd = f'{sys.executable} {head} verify --json --no-report | head -c 10; echo " ${{PIPESTATUS[0]}}"'
        done = subprocess.run(["bash", "-c", cmd], capture_output=True, env=env, cwd=REPO)
        assert (done.stdout, done.stderr) == (b'{\n  "alpha 141\n', b"")
