"""JSON text, written fast and deterministically: sorted keys, two-space indentation, one-line records.

The standard library's encoder is pure Python when it indents; this writer hands flat containers and
one-line records to its C encoder and is several times faster. Text made earlier (`Raw`, in a worker)
is written as it is; a `LazyList` at the top level makes its items one at a time while it is written.
The layout of the records (what `verify --json` says) is `jsonout`'s and `jsonrecords`' job, not this module's.
"""

from __future__ import annotations

import json


class Raw(str):
    """JSON text made earlier (in a worker) for its place in the output: written as it is."""


class Texts(list):
    """A JSON array of texts made earlier (each item written as it is, one to a line): joined at once, not
    handed to the writer item by item (a claim's comparisons and rank rows: some 600 lines a rank claim)."""


class Span:
    """JSON text left in a file (by a worker): `length` bytes from `offset`, written as they are.

    `iter_dumps(..., spans=True)` hands a Span at the top level to its caller, who copies the bytes
    (without decoding and encoding them again); otherwise it is read here."""

    __slots__ = ("path", "offset", "length")

    def __init__(self, path: str, offset: int, length: int):
        self.path, self.offset, self.length = path, offset, length

    def read(self) -> str:
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            return f.read(self.length).decode("utf-8")


ITEM_SEPARATOR = ",\n    "  # between two items of a top-level list: what a Span of several such items holds


class Shared(dict):
    """A dict that appears in many places of one output: encoded once per indentation."""

    __slots__ = ("texts",)


class Line(dict):
    """A record the compact layout writes on one line, its fields in insertion order."""

    __slots__ = ()


class LazyList:
    """A JSON array whose items are made one at a time while it is written (a claim's dict is
    built, encoded and dropped before the next: 10,000 claims never sit in memory as dicts)."""

    def __init__(self, make, items: list):
        self.make = make
        self.items = items

    def entries(self) -> list:
        return self.items


def dumps(data: dict) -> str:
    """Deterministic JSON: sorted keys, fixed indentation, trailing newline."""
    return "".join(iter_dumps(data))


CHUNK = 8192  # characters per piece `iter_dumps` yields (a pipe's reader sees output as it is made)


def iter_dumps(data: dict, spans: bool = False):
    """Yield `dumps(data)` in pieces of about CHUNK characters, so a large output is never one string.

    With `spans`, an item of a LazyList made as a `Span` is yielded as it is (its bytes are the caller's
    to copy), between the text before and after it; without, it is read and yielded as text.

    Without `Line` records, the bytes are those of `json.dumps(data, indent=2, sort_keys=True,
    ensure_ascii=False)` plus a newline (a test holds them equal); a `Line` is written on one line,
    its fields in their order. The standard library's encoder is pure Python when it indents, and
    this one is several times faster. A LazyList may appear at the top level only.
    """
    if not data:
        yield "{}\n"
        return
    out: list[str] = []
    size = 0
    for i, key in enumerate(sorted(data)):
        out.append(("{" if i == 0 else ",") + "\n  " + _ESCAPE(_key(key)) + ": ")
        value = data[key]
        items = value.entries() if isinstance(value, LazyList) else None
        if items:
            for j, item in enumerate(items):
                out.append("[\n    " if j == 0 else ITEM_SEPARATOR)
                made = value.make(item)
                if type(made) is Span:
                    if spans:
                        yield "".join(out)
                        yield made
                        out, size = [], 0
                        continue
                    made = Raw(made.read())
                start = len(out)
                write_json(made, "\n    ", out)
                size += sum(map(len, out[start - 1 :]))
                if size >= CHUNK:
                    yield "".join(out)
                    out, size = [], 0
            out.append("\n  ]")
        else:
            write_json([] if isinstance(value, LazyList) else value, "\n  ", out)
    out.append("\n}\n")
    yield "".join(out)


_ESCAPE = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring
ESCAPE = _ESCAPE  # a str as JSON text (quoted and escaped, non-ASCII kept)
_CONST = {True: "true", False: "false", None: "null"}


def _float(x: float) -> str:
    # NaN and Infinity are not JSON: parsers refuse them, so a number that is not finite is null
    if x != x or x in (float("inf"), float("-inf")):
        return "null"
    return float.__repr__(x)


_SCALARS = (str, int, float, bool, type(None))
_SCALAR_TYPES = frozenset(_SCALARS)
_INF = float("inf")
_FLAT_ENCODERS: dict[str, object] = {}


def _flat(value, newline: str) -> str | None:
    """Encode a dict or list that holds only scalars with the C encoder, or return None.

    The C encoder does not indent, but its item separator may be any text: for a flat container
    the separator ",<newline + indent>" gives exactly the indented layout.
    """
    for x in value.values() if isinstance(value, dict) else value:
        kind = type(x)
        if kind not in _SCALAR_TYPES and (kind is Raw or not isinstance(x, _SCALARS)):
            return None  # (a Raw is text made earlier, never a string to quote)
        if type(x) is float and (x != x or x in (_INF, -_INF)):
            return None  # written as null by the general path
    if isinstance(value, dict):
        for k in value:
            if type(k) is not str:
                return None
    inner = newline + "  "
    encode = _FLAT_ENCODERS.get(inner)
    if encode is None:
        make = getattr(json.encoder, "c_make_encoder", None)
        if make is None:
            return None
        encode = make(None, None, _ESCAPE, None, ": ", "," + inner, True, False, True)
        _FLAT_ENCODERS[inner] = encode
    text = "".join(encode(value, 0))
    return text[0] + inner + text[1:-1] + newline + text[-1]


def write_json(value, newline: str, out: list[str]) -> None:
    """Append the JSON text of value to out; `newline` is the line break plus the current indentation."""
    if type(value) is Raw:
        out.append(value)
    elif isinstance(value, str):
        out.append(_ESCAPE(value))
    elif value is None or value is True or value is False:
        out.append(_CONST[value])
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, (dict, list, tuple)):
        if not value:
            out.append("{}" if isinstance(value, dict) else "[]")
            return
        if type(value) is Line:
            out.append(line_text(value))
            return
        if type(value) is Texts:
            inner = newline + "  "
            out.append("[" + inner + ("," + inner).join(value) + newline + "]")
            return
        if type(value) is Shared:
            text = value.texts.get(newline)
            if text is None:
                text = value.texts[newline] = _flat(value, newline)
            out.append(text)
            return
        flat = _flat(value, newline)
        if flat is not None:
            out.append(flat)
            return
        inner = newline + "  "
        if isinstance(value, dict):
            opener = "{"
            for key in sorted(value):
                out.append(opener + inner + _ESCAPE(_key(key)) + ": ")
                opener = ","
                write_json(value[key], inner, out)
            out.append(newline + "}")
        else:
            opener = "["
            for item in value:
                out.append(opener + inner)
                opener = ","
                write_json(item, inner, out)
            out.append(newline + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _key(key) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is None or key is True or key is False:
        return _CONST[key]
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def line_text(value: Line) -> str:
    """A record on one line; a number that is not finite is null, as everywhere in the output."""
    try:
        return _LINE(value)
    except ValueError:  # NaN or an infinity: the C encoder refuses them
        return _LINE(_finite(value))


def _finite(value):
    if isinstance(value, float) and (value != value or value in (_INF, -_INF)):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def _make_line_encoder():
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        encoder = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
        return encoder.encode
    encode = make(None, None, _ESCAPE, None, ": ", ", ", False, False, False)
    return lambda value: "".join(encode(value, 0))


_LINE = _make_line_encoder()
