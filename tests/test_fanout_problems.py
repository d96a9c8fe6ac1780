"""A claim file's problems found in a worker process come back to the parent as the ones found in it."""

import pickle
import shutil

from click.testing import CliRunner

from harness.cli.main import cli
from harness.errors import InputError, InputErrors, InputWarning, MissingDependency, UsageError
from harness.judge import fanout
from tests.test_fanout import fan_project


def test_an_input_problem_survives_pickling_whole():
    problems = [
        InputError("claims/a.yaml", "must be text", field="statement", line=2),
        InputWarning("results/t.csv", "scores look like fractions", field="score", line=7),
        InputErrors([InputError("a.yaml", "one", line=1), InputError("a.yaml", "two", field="id")]),
        MissingDependency("local runs", "torch"),
        UsageError("--jobs must be at least 1"),
    ]
    for exc in problems:
        back = pickle.loads(pickle.dumps(exc))
        assert (type(back), str(back), repr(back.__dict__)) == (type(exc), str(exc), repr(exc.__dict__))
    assert [str(p) for p in pickle.loads(pickle.dumps(problems[2])).problems] == ["a.yaml:1: one", "a.yaml: id: two"]


def test_a_malformed_claim_file_among_many_verified_by_workers_is_a_problem_not_a_broken_pool(tmp_path, monkeypatch):
    """`verify` with the default jobs on 32 claim files or more, one of them malformed: the workers send its problem
    back (it broke the process pool: the problem could not be unpickled), and the output is --jobs 1's."""
    root = fan_project(tmp_path / "p")
    (root / "claims" / "zz-broken.yaml").write_text("id: broken\nstatement: 3\n")
    shutil.copy(root / "claims" / "f001.yaml", root / "claims" / "f001-copy.yaml")  # its id again
    monkeypatch.setattr(fanout, "POOL_FROM", 1)
    runs = [
        CliRunner().invoke(cli, ["verify", "--project", str(root), "--no-report", "--json", "--jobs", jobs])
        for jobs in ("1", "2")
    ]
    assert [r.exit_code for r in runs] == [2, 2] and runs[1].stdout == runs[0].stdout
    assert runs[1].stderr == runs[0].stderr
    assert "Error: claims/zz-broken.yaml:2: statement: must be text" in runs[1].stderr
