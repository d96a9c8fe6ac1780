"""Read what an import names: a local file or an http(s) URL, with a size cap and one-line errors."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit

from harness.errors import BenchclaimsError, InputError
from harness.inputs import not_text, not_utf8, printable, read_beside, read_bytes

IMPORT_MAX_BYTES = 200_000_000  # a leaderboard dump or a run's per-sample file, not a dataset
TIMEOUT_S = 30.0  # the longest wait for the next bytes
DEADLINE_S = 600.0  # the longest a whole download may take, however the bytes trickle in
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
        return public_url(self.url) if self.url else printable(str(self.path))

    def text(self) -> str:
        """The content as UTF-8 text (a BOM dropped); a one-line error for binary or other encodings."""
        if not_text(self.data):
            raise InputError(self.label, not_text(self.data))
        try:
            return self.data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise not_utf8(self.label, exc, self.data) from None

    def sibling(self, name: str) -> bytes | None:
        """Read a file that sits beside this one (per-sample results, a version table); None if absent."""
        if name in self.companions:
            return self.companions[name]
        if self.path is not None:
            data = read_beside(self.path.parent, name, printable(str(self.path.parent / name)), IMPORT_MAX_BYTES)
            if data is None:
                return None
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
        return sorted(p.name for p in self.path.parent.glob(pattern) if p.is_file() or p.is_symlink())


# query parameters that carry credentials: matched on the name's words ("X-Amz-Signature", "api_key")
_SECRET_WORDS = frozenset(
    "token key apikey sig signature password passwd pwd secret auth authorization credential credentials "
    "session sessionid jwt accesstoken refreshtoken privatekey clientsecret".split()
)


def _secret_param(name: str) -> bool:
    words = [w for w in re.split(r"[-_.\[\]]+", name.lower()) if w]
    return any(w in _SECRET_WORDS for w in words) or "".join(words) in _SECRET_WORDS


def public_url(url: str) -> str:
    """A URL as it may be stored or shown: without `user:password@` and secret-looking query parameters.

    A URL with nothing to remove is returned exactly as given.
    """
    if "@" not in url and "?" not in url:
        return url
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return url.split("?", 1)[0].rsplit("@", 1)[-1] if "://" not in url else url.split("?", 1)[0]
    netloc = parts.netloc
    if "@" in netloc:
        netloc = (host or "") if port is None else f"{host}:{port}"
        if host and ":" in host:  # an IPv6 literal keeps its brackets
            netloc = f"[{host}]" if port is None else f"[{host}]:{port}"
    query = parts.query
    if query:
        kept = [p for p in query.split("&") if p and not _secret_param(unquote_plus(p.split("=", 1)[0]))]
        query = "&".join(kept)
    if netloc == parts.netloc and query == parts.query:
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def same_source_key(url: str) -> str:
    """A URL as it is compared with another to tell whether both name one source: spelling that no server sees as
    another address is set aside (the case of the scheme and host, a default port, credentials, a fragment, which is
    never sent, percent-escapes of letters and their case, a trailing slash), nothing else (a path's case, the
    query: `?board=text` and `?board=vision` are two boards).

    A trailing slash is not the same address to every server, but one table listed as `/a.csv` and `/a.csv/` is a
    slip, not two sources, and refusing the pair (the one use of this key) costs a second's edit."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    path = re.sub(r"%([0-9A-Fa-f]{2})", _unescape, parts.path).rstrip("/") or "/"
    query = re.sub(r"%([0-9A-Fa-f]{2})", _unescape, parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def _unescape(m: re.Match) -> str:
    char = chr(int(m.group(1), 16))
    return char if char in _UNRESERVED else "%" + m.group(1).upper()


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def fetch(source: str, max_bytes: int | None = None) -> Fetched:
    """Read a file path or an http(s) URL, at most `max_bytes` of it (IMPORT_MAX_BYTES unless given)."""
    if is_url(source):
        return fetch_url(source) if max_bytes is None else fetch_url(source, max_bytes)
    max_bytes = IMPORT_MAX_BYTES if max_bytes is None else max_bytes
    path = Path(source)
    label = printable(source)
    if not path.exists():
        if os.path.islink(source):  # a link to nothing, or to itself: read_bytes says which
            return Fetched(read_bytes(path, label, max_bytes), path.name, path=path)
        scheme = re.match(r"([a-z][a-z0-9+.-]*)://", source, re.I)
        if scheme:  # ftp://, file://, s3://: not a local path either
            raise InputError(label, f"no such file, and {scheme.group(1)}:// is not a URL this reads (http or https)")
        raise InputError(label, "no such file")
    if path.is_dir():  # a HELM run or a log folder is what one has at hand; "not a regular file" did not say so
        raise InputError(label, f"is a folder, not a file: name a file in it{_held(path)}")
    return Fetched(read_bytes(path, label, max_bytes), path.name, path=path)


def _held(folder: Path) -> str:
    """' (it holds run_spec.json, stats.json)': the first few plain files of a folder, by name, or '' for none."""
    try:
        names = sorted(p.name for p in folder.iterdir() if p.is_file() and not p.is_symlink())
    except OSError:
        return ""
    if not names:
        return ""
    more = f" and {len(names) - 5} more" if len(names) > 5 else ""
    return f" (it holds {', '.join(printable(n) for n in names[:5])}{more})"


def fetch_url(
    url: str, max_bytes: int = IMPORT_MAX_BYTES, timeout: float = TIMEOUT_S, deadline_s: float | None = None
) -> Fetched:
    """GET a URL, streamed, refusing more than `max_bytes` or more time than the deadline; one FetchError line."""
    data, final = http_read("GET", url, max_bytes=max_bytes, timeout=timeout, deadline_s=deadline_s)
    name = Path(urlsplit(final).path).name or "download"
    return Fetched(data, name, url=url)


def http_read(
    method: str,
    url: str,
    max_bytes: int,
    timeout: float = TIMEOUT_S,
    deadline_s: float | None = None,
    **request,
) -> tuple[bytes, str]:
    """One HTTP request read whole: at most `max_bytes`, and done within `deadline_s` overall.

    The per-read timeout alone never ends a server that sends a byte every few seconds; the
    deadline does, however the bytes trickle in, headers included: the request runs in a worker
    thread that is left behind (a daemon, ended with the process) when the deadline passes.
    Returns the body and the final URL.
    """
    import threading

    limit = DEADLINE_S if deadline_s is None else deadline_s
    done: dict = {}

    def work() -> None:
        try:
            done["value"] = _http_read(method, url, max_bytes, timeout, limit, request)
        except BaseException as exc:  # handed to the caller's thread below
            done["error"] = exc

    worker = threading.Thread(target=work, name="benchclaims-http", daemon=True)
    worker.start()
    worker.join(limit + 1.0)
    if worker.is_alive():
        raise FetchError(f"{public_url(url)}: not read in full within {limit:g} s")
    if "error" in done:
        raise done["error"]
    return done["value"]


def _http_read(method: str, url: str, max_bytes: int, timeout: float, limit: float, request: dict):
    import time

    import httpx

    shown = public_url(url)
    try:
        host = urlsplit(url).hostname
    except ValueError:  # `http://[::1`: httpx says what is wrong with it, below
        host = "?"
    if not host:  # httpx said "UnsupportedProtocol: Request URL is missing an 'http://' or 'https://' protocol"
        raise InputError(shown, "names no host: write the whole address, such as https://example.org/board.csv")
    # only the compressions _decoded can inflate under the cap
    request = {**request, "headers": {"Accept-Encoding": "gzip, deflate", **(request.get("headers") or {})}}
    stop = time.monotonic() + limit
    try:
        with httpx.stream(method, url, timeout=min(timeout, limit), follow_redirects=True, **request) as resp:
            if resp.status_code >= 400:
                raise FetchError(f"{shown}: HTTP {resp.status_code} {resp.reason_phrase}".rstrip())
            declared = resp.headers.get("content-length", "")
            if declared.isascii() and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{shown}: larger than the {max_bytes:,}-byte limit")
            chunks, size = [], 0
            for chunk in resp.iter_raw():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{shown}: larger than the {max_bytes:,}-byte limit")
                if time.monotonic() > stop:
                    raise FetchError(f"{shown}: not read in full within {limit:g} s")
                chunks.append(chunk)
            raw = b"".join(chunks)
            final = str(resp.url)
            encoding = resp.headers.get("content-encoding", "").strip().lower()
    except httpx.TimeoutException:
        raise FetchError(f"{shown}: timed out after {min(timeout, limit):g} s") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"{shown}: cannot connect (offline, or the host refused: {_first_line(exc)})") from None
    except httpx.TooManyRedirects:
        # "TooManyRedirects: Exceeded maximum allowed redirects." named the library's class, not the fault
        raise FetchError(
            f"{shown}: redirected over and over (a loop of redirects): nothing there can be read"
        ) from None
    except httpx.UnsupportedProtocol as exc:  # the first URL is checked before: this is where a redirect led
        to = re.search(r"'([^']*)'", str(exc))
        where = f"a {to.group(1)} address" if to else "an address that is no http(s) URL"
        raise FetchError(f"{shown}: redirected to {where}, never followed (only http and https are read)") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{shown}: {type(exc).__name__}: {_first_line(exc)}") from None
    except httpx.InvalidURL as exc:  # no HTTPError: `http://[::1`, a port out of range: the user's, not the network's
        raise InputError(shown, f"not a URL that can be read ({_first_line(exc)})") from None
    return _decoded(raw, encoding, max_bytes, shown), final


def _decoded(raw: bytes, encoding: str, max_bytes: int, shown: str) -> bytes:
    """The body without its transfer compression, never inflated past the cap (a zip bomb stops at it)."""
    if encoding in ("", "identity"):
        return raw
    import zlib

    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"{shown}: content encoding {encoding!r} is not supported")
    wbits = 31 if "gzip" in encoding else 15
    try:
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(raw, max_bytes + 1)
    except zlib.error:
        try:  # "deflate" is sometimes sent without its zlib header
            inflater = zlib.decompressobj(-15)
            out = inflater.decompress(raw, max_bytes + 1)
        except zlib.error as exc:
            raise FetchError(f"{shown}: body does not decompress ({exc})") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise FetchError(f"{shown}: larger than the {max_bytes:,}-byte limit")
    return out


def _first_line(exc: Exception) -> str:
    text = re.sub(r"://[^/@\s]*@", "://", str(exc).strip())  # never a user:password from the URL
    return text.splitlines()[0][:200] if text else type(exc).__name__


_LFS = b"version https://git-lfs.github.com/spec/"
# a page, not a data file: <!DOCTYPE html> or <html> first, after a byte-order mark, blank space or comments
_HTML = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


def lfs_pointer_size(data: bytes) -> str:
    """The size a Git LFS pointer gives for the file it stands in for ("327325470", "?" where it gives none), where
    `data` is such a pointer; "" else."""
    if not data.startswith(_LFS):
        return ""
    sizes = [
        x.split()[1] for x in data.decode("ascii", "replace").splitlines() if x.startswith("size ") and x[5:].strip()
    ]
    return sizes[0] if sizes else "?"


def refuse_stand_in(src: Fetched, fmt: str) -> None:
    """What a link or a checkout gives in place of the file: read as the format asked for, each gave a parse error
    that hid what it is."""
    if not src.data.strip():
        # nothing at all (a file saved before it was written, an empty download): every JSON format said "not valid
        # JSON (Expecting value)" and a model card "no YAML front matter", where a CSV said this
        raise InputError(src.label, "the file is empty")
    if size := lfs_pointer_size(src.data):
        # what a repository stores in Git LFS is, in a plain checkout or a raw link, a three-line pointer to it
        raise InputError(
            src.label,
            f"a Git LFS pointer to a file of {size} bytes, not the file itself: fetch the file (`git lfs pull`, or "
            "the repository's media link) and import that",
        )
    if _HTML.match(src.data[:4096]):
        # a web page around the file (GitHub's or Hugging Face's view of it, a sign-in page): a csv import of one said
        # "no column for model, benchmark, score; map one with --columns ... (columns: <!DOCTYPE html><html>...)"
        raise InputError(
            src.label,
            f"an HTML page, not a {fmt} file: a web page that shows the file (on GitHub or Hugging Face), or a "
            "sign-in page; give the raw file's address (…/raw/…)",
        )
