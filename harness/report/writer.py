"""Write a report folder: only the files whose content changed, each atomically, charts on every core."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.judge.engine import ClaimResult
from harness.outputs import LOCK as LOCK  # the report folder's lock is the project's (tests name it)
from harness.outputs import check_target, project_lock, remove_stale_temps, replace, same_bytes, write_temp
from harness.report.charts import chart_spec, render_chart
from harness.report.html import claim_html, index_html
from harness.report.markdown import claim_page, index_page

MANIFEST = ".benchclaims-manifest.json"
# bump when render_chart draws differently, so every chart is redrawn once
RENDERER = "forest/3"
POOL_FROM = 8  # fewer charts than this are drawn in this process: a pool costs more than it saves


def write_reports(
    results: list[ClaimResult],
    problems: list[str],
    catalog: Catalog,
    out: Path,
    changes: dict[str, list[str]] | None = None,
    charts: bool = True,
    reruns=(),
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write index.md and index.html, a page of each kind and one chart per claim; return the files.

    A file is rewritten only when its bytes would change (a chart: when the data it draws
    changes), so an unchanged re-run touches nothing and one changed row redraws one chart.
    Every new file is first written beside its target, and all are renamed into place only when
    all were written: a failure (a full disk) leaves the previous report whole. A lock makes a
    second run on the same folder wait for the first.
    """
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out), _Staged() as staged:
        remove_stale_temps(out)  # what a killed run left; under the lock, so never another run's
        files, stale = _write(results, problems, catalog, out, changes, charts, reruns, jobs, progress, staged)
        staged.commit()
        _remove_stale(out, stale)
    return files


def _write(results, problems, catalog, out, changes, charts, reruns, jobs, progress, staged) -> list[Path]:
    old = _read_manifest(out)
    manifest: dict[str, str] = {}
    pages: dict[str, bytes] = {}
    draw: list[tuple[str, dict]] = []
    files: list[Path] = []
    for r in results:
        chart_name = None
        spec = chart_spec(r, catalog) if charts else None
        if spec is not None:
            chart_name = f"{r.claim.id}.png"
            key = _sha(RENDERER + json.dumps(spec, sort_keys=True))
            manifest[chart_name] = key
            if old.get(chart_name) != key or not _same_file(out / chart_name, old.get(chart_name + "#sha256")):
                draw.append((chart_name, spec))
            else:
                manifest[chart_name + "#sha256"] = old[chart_name + "#sha256"]
            files.append(out / chart_name)
        page = claim_page(r, catalog, chart_name, (changes or {}).get(r.claim.id)) + "\n"
        pages[f"{r.claim.id}.md"] = page.encode()
    pages["index.md"] = index_page(results, problems, reruns, catalog, changes).encode()
    for name, data in pages.items():
        if not same_bytes(out / name, data):
            staged.add(out / name, data)
        files.append(out / name)
    drawn = {}
    for done, (name, png) in enumerate(_draw_all(draw, jobs), 1):
        staged.add(out / name, png)
        drawn[name] = png
        manifest[name + "#sha256"] = hashlib.sha256(png).hexdigest()
        if progress:
            progress(done, len(draw))
    # HTML pages embed their chart, so they come after the drawing (an unchanged chart is read back)
    html = {}
    for r in results:
        name = f"{r.claim.id}.png"
        png = drawn.get(name) or ((out / name).read_bytes() if name in manifest else None)
        html[f"{r.claim.id}.html"] = claim_html(r, catalog, png, (changes or {}).get(r.claim.id)).encode()
    html["index.html"] = index_html(results, problems, reruns, catalog, changes).encode()
    for name, data in html.items():
        if not same_bytes(out / name, data):
            staged.add(out / name, data)
        files.append(out / name)
    for f in files:  # every page this run wrote, so the next run knows what it may remove
        manifest["page:" + f.name] = ""
    data = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
    if not same_bytes(out / MANIFEST, data):
        staged.add(out / MANIFEST, data)
    return files, _stale(old, {f.name for f in files})


_PAGE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.(md|html|png)$")


def _stale(old: dict[str, str], written: set[str]) -> list[str]:
    """Pages an earlier run wrote (its manifest says so) that this run did not: a removed claim's
    page would otherwise stay beside an index that no longer lists it, contradicting it."""
    earlier = set()
    for key in old:
        if key.startswith("page:"):
            earlier.add(key[5:])
        elif key.endswith(".png"):  # manifests before page entries: a chart names its claim's pages
            stem = key[:-4]
            earlier.update({f"{stem}.png", f"{stem}.md", f"{stem}.html"})
    return sorted(n for n in earlier - written if _PAGE.match(n) and not n.startswith("index."))


def _remove_stale(out: Path, names: list[str]) -> None:
    for name in names:
        path = out / name
        if path.is_file() and not path.is_symlink():  # only a file of ours; never through a link
            path.unlink()


class _Staged:
    """Files written to temporaries beside their targets, renamed into place together by commit()."""

    def __init__(self):
        self.pending: list[tuple[str, Path]] = []

    def add(self, path: Path, data: bytes) -> None:
        self.pending.append((write_temp(path, data), path))

    def commit(self) -> None:
        for _, path in self.pending:  # what would stop a rename, found before anything is replaced
            if path.is_dir() and not path.is_symlink():
                raise IsADirectoryError(errno.EISDIR, "a folder is in the way of this report file", str(path))
            check_target(path)  # a symlink, FIFO or device in the folder is refused, never replaced
        while self.pending:
            tmp, path = self.pending.pop(0)
            replace(tmp, path)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        for tmp, _ in self.pending:  # not committed: the previous report stays as it was
            Path(tmp).unlink(missing_ok=True)


@contextmanager
def _locked(out: Path):
    """Hold an exclusive lock on the report folder (a second run waits until the first is done).

    The project's own lock, taken the same way: a report folder that is the project's root
    (`--report-dir .`) is the folder whose lock `verify` already holds, and a second lock on that
    file from the same process waited on itself for ever.
    """
    with project_lock(out):
        yield


def _draw_all(draw: list[tuple[str, dict]], jobs: int | None):
    """Yield (file name, PNG bytes) in order; several processes when there are many charts."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(draw) < POOL_FROM:
        for name, spec in draw:
            yield name, render_chart(spec)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    # a forked pool starts every worker at once: never more than there are charts to draw
    workers = min(jobs, len(draw))
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method)) as pool:
        specs = [spec for _, spec in draw]
        for (name, _), png in zip(draw, pool.map(render_chart, specs, chunksize=16)):
            yield name, png


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _same_file(path: Path, sha256: str | None) -> bool:
    if sha256 is None:
        return False
    try:
        return not path.is_symlink() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    except OSError:
        return False


def _read_manifest(out: Path) -> dict[str, str]:
    if (out / MANIFEST).is_symlink():
        return {}  # never read through a link: every file is then compared afresh
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}
