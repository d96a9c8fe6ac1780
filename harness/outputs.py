"""The one way files are written: a temporary file beside the target, flushed to disk, then renamed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def write_temp(path: Path, data: bytes, sync: bool = True) -> str:
    """Write data to a new temporary file beside `path` and fsync it (unless the caller syncs); an error names `path`."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if sync:
                os.fsync(f.fileno())
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
    return tmp


def replace(tmp: str, path: Path) -> None:
    """Rename a written temporary over `path` (a symlink there is replaced, never followed)."""
    try:
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None


def write_file(path: Path, data: bytes | str) -> None:
    """Write a whole file atomically: readers, and a run killed half-way, see the old or the new file."""
    replace(write_temp(path, data.encode() if isinstance(data, str) else data), path)


def write_files(files: list[tuple[Path, bytes | str]]) -> None:
    """Write several whole files atomically with one flush to disk: every temporary, one sync, then the renames."""
    if not hasattr(os, "sync"):
        for path, data in files:
            write_file(path, data)
        return
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            temps.append((write_temp(path, data.encode() if isinstance(data, str) else data, sync=False), path))
        os.sync()
    except BaseException:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, path in temps:
        replace(tmp, path)


def remove_stale_temps(folder: Path) -> None:
    """Delete temporaries a killed run left behind (only ours: '.<name>.<random>.tmp')."""
    for p in folder.glob(f".*{TEMP_SUFFIX}"):
        if p.is_file() and not p.is_symlink():
            p.unlink(missing_ok=True)
