"""The wheel as users install it: built from the source tree, installed in a fresh venv, run there.

An editable install reads package data from the source tree, so a file missing from the wheel
(the extraction lexicon, the report templates) is only seen this way.
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import REPO

ARTICLE = "examples/articles/gmw-2025-12-13.txt"
URL = "https://en.neamco.com/2025-12/13/content_38487740.htm"
PROJECT_PARTS = ("catalog", "claims", "results", "schema", "sources.yaml", ARTICLE)


def _builds_offline() -> bool:
    """Whether the setuptools at hand builds wheels by itself (70.1 and later; before, with `wheel`).

    Else pip builds in isolation, fetching setuptools from the package registry (as CI can).
    """
    try:
        import setuptools
    except ImportError:
        return False
    if tuple(int(p) for p in setuptools.__version__.split(".")[:2] if p.isdigit()) >= (70, 1):
        return True
    try:
        import wheel  # noqa: F401
    except ImportError:
        return False
    return True


def _build_wheel(dest: Path) -> Path:
    """`pip wheel . --no-deps` on a clean copy of the sources (the build writes build/ and egg-info).

    The build's own log is read too: a folder of data files that pyproject.toml's `packages` leaves
    out makes setuptools print a screenful of warning on every install (`pip install -e .` included).
    """
    src = dest / "src"
    shutil.copytree(REPO / "harness", src / "harness", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    cmd = [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-v", "-w", str(dest / "dist")]
    if _builds_offline():
        cmd.append("--no-build-isolation")
    build = subprocess.run(cmd, check=True, capture_output=True, text=True)
    log = build.stdout + build.stderr
    assert "running bdist_wheel" in log  # the backend's output is in the log, so the next line can fail
    assert "absent from the `packages` configuration" not in log, log[-3000:]
    (wheel,) = (dest / "dist").glob("benchclaims-*.whl")
    return wheel


def _clean_env(tmp_path: Path) -> dict:
    """This environment without PYTHONPATH (the tests run with the source tree on it)."""
    env = dict(os.environ, MPLCONFIGDIR=str(tmp_path / "mpl"))
    env.pop("PYTHONPATH", None)
    return env


def _venv_with(wheel: Path, where: Path) -> Path:
    """A fresh venv holding the wheel; its dependencies are borrowed from this interpreter's site-packages."""
    venv.EnvBuilder(with_pip=False).create(where)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # a plain path line: the dependencies, but not this environment's editable install of benchclaims
    # (its finder is started by a .pth file there, and .pth files in an added path are not run)
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "_borrowed_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index"]
    # the borrowed path holds this environment's own install of benchclaims (editable): pip 26 counts it
    # as installed and would install nothing without this
    pip.append("--ignore-installed")
    subprocess.run([*pip, str(wheel)], check=True, capture_output=True, text=True)
    return python


@pytest.mark.wheel
def test_the_wheel_installed_in_a_fresh_venv_runs_verify_check_and_extract(tmp_path):
    wheel = _build_wheel(tmp_path / "build")
    python = _venv_with(wheel, tmp_path / "venv")
    bin_dir = python.parent
    env = _clean_env(tmp_path)

    def python_says(code: str) -> str:
        return subprocess.run(
            [str(python), "-c", code], cwd=tmp_path, env=env, check=True, capture_output=True, text=True
        ).stdout.strip()

    where = python_says("import harness; print(harness.__file__)")
    assert Path(where).is_relative_to(tmp_path / "venv")  # the package comes from the wheel
    project = tmp_path / "project"
    for part in PROJECT_PARTS:
        (project / part).parent.mkdir(parents=True, exist_ok=True)
        copy = shutil.copytree if (REPO / part).is_dir() else shutil.copy
        copy(REPO / part, project / part)

    def benchclaims(*args):
        return subprocess.run(
            [str(bin_dir / "benchclaims"), *args], cwd=project, env=env, capture_output=True, text=True, timeout=300
        )

    verify = benchclaims("verify", "--json", "--no-report")
    assert verify.returncode == 0, verify.stderr
    assert json.loads(verify.stdout) == json.loads((REPO / "reports" / "baseline.json").read_text())
    extract = benchclaims("extract", ARTICLE, "--url", URL, "--json")
    assert extract.returncode == 0, extract.stderr
    assert len(json.loads(extract.stdout)["claims"]) >= 3  # the lexicon (package data) is read
    check = benchclaims("check", ARTICLE, "--url", URL)
    assert check.returncode == 0, check.stderr
    assert "supported" in check.stdout
    assert (project / "reports" / "check" / "index.html").is_file()
    templates = python_says(
        "import harness.report, pathlib;"
        "print(sorted(p.name for p in pathlib.Path(harness.report.__file__).parent.glob('templates/*')))"
    )
    assert templates == "['base.html', 'claim.html', 'index.html']"
