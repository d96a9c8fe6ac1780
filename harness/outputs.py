"""The one way files are written: a temporary file beside the target, flushed to disk, then renamed.

Only a regular file is ever replaced (a device, FIFO, folder or symlink at the target is refused,
never written through or swapped out). Under a project, the folders are walked from the project
root one level at a time with O_NOFOLLOW and created as needed, so a symlinked `results/imported`
or `drafts` cannot send a write anywhere else; the temporary is created and renamed relative to
the folder's open descriptor, so a folder swapped for a symlink half-way changes nothing.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

from harness.errors import BenchclaimsError

TEMP_SUFFIX = ".tmp"
LOCK = ".benchclaims.lock"
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class OutputError(BenchclaimsError):
    "A path benchclaims was asked to write is not one it will write (a device, a symlink, outside the project)."

    exit_code = 2

    def __init__(self, label: str, message: str):
        super().__init__(f"{label}: {message}")


def label_of(path: Path, root: Path | None) -> str:
    """How an output is named in messages: relative to the project when it is inside it."""
    if root is not None:
        try:
            return str(Path(os.path.abspath(path)).relative_to(os.path.abspath(root)))
        except ValueError:
            pass
    return str(path)


def inside(root: Path, path: Path) -> Path:
    """`path` relative to `root`, compared as written (no symlink resolved); OutputError when outside."""
    try:
        rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(root))
    except ValueError:
        raise OutputError(str(path), "is outside the project; benchclaims writes only inside it") from None
    if ".." in rel.parts:
        raise OutputError(str(path), "is outside the project; benchclaims writes only inside it")
    return rel


def root_for(root: Path, path: Path) -> Path | None:
    """`root` when `path` lies in the project (its folders are then walked without following symlinks), else None."""
    try:
        inside(root, path)
    except OutputError:
        return None
    return root


def project_folder(root: Path, folder: Path) -> Path:
    """Make sure `folder` is a real folder of the project (created as needed, no symlink on the way)."""
    os.close(_folder_fd(root, folder))
    return folder


def _folder_fd(root: Path | None, folder: Path, created: list[Path] | None = None) -> int:
    """An open descriptor of `folder`; under `root`, reached without following a symlink at any level.

    Folders made on the way are appended to `created` (so an abandoned write can remove them).
    """
    if root is None:  # an explicit -o target: its folder is the one the user named
        try:
            return os.open(folder, _DIR_FLAGS)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(folder)) from None
    rel = inside(root, folder)
    fd = os.open(root, _DIR_FLAGS)
    try:
        for i, part in enumerate(rel.parts):
            try:
                os.mkdir(part, 0o777, dir_fd=fd)
                if created is not None:
                    created.append(Path(os.path.abspath(root)).joinpath(*rel.parts[: i + 1]))
            except FileExistsError:
                pass
            try:
                nxt = os.open(part, _DIR_FLAGS | _NOFOLLOW, dir_fd=fd)
            except OSError as exc:
                label = "/".join(rel.parts[: i + 1])
                try:
                    link = stat.S_ISLNK(os.stat(part, dir_fd=fd, follow_symlinks=False).st_mode)
                except OSError:
                    link = False
                if link:
                    raise OutputError(
                        label, "is a symlink; benchclaims writes only into real folders of the project"
                    ) from None
                if exc.errno == errno.ENOTDIR:
                    raise OutputError(label, "is not a folder") from None
                raise OSError(exc.errno, exc.strerror, label) from None
            os.close(fd)
            fd = nxt
    except BaseException:
        os.close(fd)
        raise
    return fd


def _check_target(dir_fd: int | None, path: Path, label: str) -> None:
    """Only a regular file, or nothing, may be replaced."""
    try:
        if dir_fd is None:
            mode = os.lstat(path).st_mode
        else:
            mode = os.stat(path.name, dir_fd=dir_fd, follow_symlinks=False).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise OutputError(label, "not a regular file; refusing to replace it")


def same_bytes(path: Path, data: bytes) -> bool:
    """Whether a regular file (not a link) at `path` holds exactly `data`: a file is rewritten only when it changes."""
    try:
        return (
            not path.is_symlink() and path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
        )
    except OSError:
        return False


def check_target(path: Path, root: Path | None = None) -> None:
    """Refuse a target that is not a regular file (a device, FIFO, folder or symlink), before anything is written."""
    _check_target(None, path, label_of(path, root))


def _mode_for(dir_fd: int | None, path: Path) -> int:
    """The permissions a written file gets: the replaced file's, else what the umask leaves of rw-rw-rw-.

    A temporary is created private (0600, as mkstemp does); renamed as it was, every report, catalog
    and claim became unreadable to the group and others, whatever the umask, and a rewrite of a
    checked-out 0644 file narrowed it.
    """
    try:
        if dir_fd is None:
            st = os.lstat(path)
        else:
            st = os.stat(path.name, dir_fd=dir_fd, follow_symlinks=False)
        if stat.S_ISREG(st.st_mode):
            return stat.S_IMODE(st.st_mode)
    except OSError:
        pass
    return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux), else set and restored."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_temp_at(dir_fd: int, path: Path, data: bytes, sync: bool = True) -> str:
    name = f".{path.name[:200]}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(name, flags, 0o600, dir_fd=dir_fd)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), _mode_for(dir_fd, path))
            f.write(data)
            f.flush()
            if sync:
                os.fsync(f.fileno())
    except BaseException as exc:
        _unlink_at(dir_fd, name)
        if isinstance(exc, OSError):
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
    return name


def _unlink_at(dir_fd: int, name: str) -> None:
    try:
        os.unlink(name, dir_fd=dir_fd)
    except OSError:
        pass


def write_temp(path: Path, data: bytes) -> str:
    """Write data to a new temporary file beside `path` and fsync it; an error names `path`."""
    check_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), _mode_for(None, path))
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
    return tmp


def replace(tmp: str, path: Path) -> None:
    """Rename a written temporary over `path`, which must be a regular file or absent."""
    try:
        check_target(path)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise


def write_file(path: Path, data: bytes | str, root: Path | None = None) -> None:
    """Write a whole file atomically: readers, and a run killed half-way, see the old or the new file.

    With `root`, `path` must lie in the project at `root`, and every folder from there down is a
    real folder (created as needed); without it, `path` is an explicit target the user named.
    """
    raw = data.encode() if isinstance(data, str) else data
    with Staged(root) as staged:
        staged.add(path, raw)
        staged.commit()


def write_files(files: list[tuple[Path, bytes | str]], root: Path | None = None) -> None:
    """Write several whole files atomically with one flush to disk: every temporary, one sync, then the renames."""
    with Staged(root, sync=not hasattr(os, "sync")) as staged:
        for path, data in files:
            staged.add(path, data.encode() if isinstance(data, str) else data)
        staged.commit()


class Staged:
    """Files written to temporaries beside their targets, renamed into place together by commit().

    Nothing is replaced until every file is written and every target checked: an error, or a
    Ctrl-C, before commit leaves the old files as they were, and the temporaries are removed.
    """

    def __init__(self, root: Path | None = None, sync: bool = True):
        self.root = root
        self.sync = sync  # fsync each temporary; False: one os.sync() before the renames instead
        self.pending: list[tuple[int, str, Path, str]] = []  # (folder fd, temporary, target, label)
        self.created: list[Path] = []  # folders made for these files: removed again if nothing is committed
        self.removals: list[tuple[int, Path, str]] = []  # (folder fd, target, label): files removed at commit

    def add(self, path: Path, data: bytes) -> None:
        label = label_of(path, self.root)
        dir_fd = _folder_fd(self.root, path.parent, self.created)
        try:
            _check_target(dir_fd, path, label)
            tmp = _write_temp_at(dir_fd, path, data, self.sync)
        except BaseException:
            os.close(dir_fd)
            raise
        self.pending.append((dir_fd, tmp, path, label))

    def remove(self, path: Path) -> None:
        """Remove the regular file at `path` at commit, after the renames (a table an import no longer gives)."""
        label = label_of(path, self.root)
        dir_fd = _folder_fd(self.root, path.parent, self.created)
        try:
            _check_target(dir_fd, path, label)
        except BaseException:
            os.close(dir_fd)
            raise
        self.removals.append((dir_fd, path, label))

    def commit(self) -> None:
        for dir_fd, _, path, label in self.pending + [(fd, "", p, lb) for fd, p, lb in self.removals]:
            _check_target(dir_fd, path, label)  # what would stop a rename or a removal, found before any
        if not self.sync and self.pending:
            os.sync()
        while self.pending:
            dir_fd, tmp, path, _ = self.pending[0]
            try:
                os.replace(tmp, path.name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
            except OSError as exc:
                raise OSError(exc.errno, exc.strerror, str(path)) from None
            self.pending.pop(0)
            os.close(dir_fd)
        while self.removals:
            dir_fd, path, _ = self.removals.pop(0)
            _unlink_at(dir_fd, path.name)
            os.close(dir_fd)
        self.created = []

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        for dir_fd, tmp, _, _ in self.pending:  # not committed: the previous files stay as they were
            _unlink_at(dir_fd, tmp)
            os.close(dir_fd)
        self.pending = []
        for dir_fd, _, _ in self.removals:  # not committed: the files stay
            os.close(dir_fd)
        self.removals = []
        for folder in reversed(self.created):
            try:
                os.rmdir(folder)  # only when empty: never a folder something else wrote into meanwhile
            except OSError:
                pass
        self.created = []


def remove_stale_temps(folder: Path) -> None:
    """Delete temporaries a killed run left behind (only ours: '.<name>.<random>.tmp')."""
    for p in folder.glob(f".*{TEMP_SUFFIX}"):
        if p.is_file() and not p.is_symlink():
            p.unlink(missing_ok=True)


_HELD: dict[tuple[int, str], int] = {}  # (thread, project) locks held, and how many times (nested uses)


@contextmanager
def project_lock(root: Path):
    """Hold the project's write lock: a second command that writes into the same project waits.

    Taken by every command that writes (import, pull, new, extract, verify's reports); nested
    uses in one process (pull imports each source) share the one lock.
    """
    # the folder itself, however it is spelt (`.`, a symlink to it): one folder, one lock per thread
    key = (threading.get_ident(), os.path.realpath(root))
    if key in _HELD:
        _HELD[key] += 1
        try:
            yield
        finally:
            _HELD[key] -= 1
        return
    try:
        import fcntl
    except ImportError:  # not on POSIX: no lock, the staged renames still keep each file whole
        yield
        return
    path = Path(key[1]) / LOCK
    _check_target(None, path, str(Path(root) / LOCK))  # the folder named: a project's root or a report folder
    fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        _HELD[key] = 1
        try:
            yield
        finally:
            del _HELD[key]
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
