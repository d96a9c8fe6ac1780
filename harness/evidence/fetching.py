"""Read what an import names: a local file or an http(s) URL, with a size cap and one-line errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from harness.errors import BenchclaimsError, InputError
from harness.inputs import printable, read_bytes

IMPORT_MAX_BYTES = 200_000_000  # a leaderboard dump or a run's per-sample file, not a dataset
TIMEOUT_S = 30.0
_URL = re.compile(r"^https?://", re.I)


class FetchError(BenchclaimsError):
    "A URL could not be fetched (offline, refused, an HTTP error, too large)."

    exit_code = 1


@dataclass
class Fetched:
    """The bytes of one source, where they came from, and when."""

    data: bytes
    name: str  # the file name, for messages and for the kept copy
    url: str | None = None  # http(s) URL, when fetched over the network
    path: Path | None = None  # local file, when read from disk
    retrieved_at: str = field(default_factory=lambda: now())
    companions: dict[str, bytes] = field(default_factory=dict)  # other files read for this source

    @property
    def label(self) -> str:
        return self.url or printable(str(self.path))

    def text(self) -> str:
        """The content as UTF-8 text (a BOM dropped); a one-line error for binary or other encodings."""
        if b"\x00" in self.data[:65536]:
            raise InputError(self.label, "file is binary, not text")
        try:
            return self.data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(self.label, f"file is not UTF-8 (byte {exc.start})") from None

    def sibling(self, name: str) -> bytes | None:
        """Read a file that sits beside this one (per-sample results, a version table); None if absent."""
        if name in self.companions:
            return self.companions[name]
        if self.path is not None:
            other = self.path.parent / name
            if not other.is_file():
                return None
            data = read_bytes(other, printable(str(other)), IMPORT_MAX_BYTES)
        elif self.url is not None:
            try:
                data = fetch_url(urljoin(self.url, name)).data
            except FetchError:
                return None
        else:
            return None
        self.companions[name] = data
        return data

    def siblings(self, pattern: str) -> list[str]:
        """Names of local files beside this one that match a glob (none for URLs: they cannot be listed)."""
        if self.path is None:
            return []
        return sorted(p.name for p in self.path.parent.glob(pattern) if p.is_file())


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def fetch(source: str) -> Fetched:
    """Read a file path or an http(s) URL."""
    if is_url(source):
        return fetch_url(source)
    path = Path(source)
    label = printable(source)
    if not path.exists():
        raise InputError(label, "no such file")
    return Fetched(read_bytes(path, label, IMPORT_MAX_BYTES), path.name, path=path)


def fetch_url(url: str, max_bytes: int = IMPORT_MAX_BYTES, timeout: float = TIMEOUT_S) -> Fetched:
    """GET a URL, streamed, refusing more than `max_bytes`; every failure is one FetchError line."""
    import httpx

    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True) as resp:
            if resp.status_code >= 400:
                raise FetchError(f"{url}: HTTP {resp.status_code} {resp.reason_phrase}".rstrip())
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{url}: larger than the {max_bytes:,}-byte limit")
                chunks.append(chunk)
            final = str(resp.url)
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"{url}: cannot connect (offline, or the host refused: {_first_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {_first_line(exc)}") from None
    name = Path(urlsplit(final).path).name or "download"
    return Fetched(b"".join(chunks), name, url=url)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
