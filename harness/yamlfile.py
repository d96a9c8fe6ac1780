"""Safe YAML loading that remembers the line of every field, for one-line errors."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from harness.errors import InputError, InputErrors
from harness.inputs import URL_PATTERN, read_text

# libyaml's parser when PyYAML was built with it (about 10x faster); same node tree and marks
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class YamlDoc:
    """Parsed data plus the line number (1-based) of each field path."""

    path: str
    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, loc: tuple) -> int | None:
        """Return the line of the deepest known prefix of `loc`."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), None)


def load_yaml(path: Path, label: str | None = None) -> YamlDoc:
    """Safe-load one YAML document; duplicate keys and syntax errors raise InputError."""
    label = label or str(path)
    text = read_text(path, label)
    if not text.strip():
        raise InputError(label, "file is empty")
    try:
        try:
            data, lines = _parse(text, label, _Loader)
        except yaml.YAMLError:
            # libyaml words its errors differently: the pure-Python parser names the problem as documented
            data, lines = _parse(text, label, yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _yaml_problem(exc, label, text) from None
    except RecursionError:
        raise InputError(label, "YAML is nested too deeply") from None
    return YamlDoc(label, data, lines)


def _yaml_problem(exc: yaml.YAMLError, label: str, text: str) -> InputError:
    """One line, at the line where the problem starts: a quote left open is reported where it opens."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    opened = getattr(exc, "context_mark", None)
    if "quoted scalar" in (getattr(exc, "context", None) or "") and opened is not None:
        quote = text.splitlines()[opened.line][opened.column : opened.column + 1] or '"'
        return InputError(
            label, f"invalid YAML: {_open_quote(quote)} is never closed{_escape(quote)}", line=opened.line + 1
        )
    context = getattr(exc, "context", None) or ""
    flow = {
        "while parsing a flow sequence": "[ that opens this list",
        "while parsing a flow mapping": "{ that opens this mapping",
    }
    if context in flow and opened is not None:
        if "<stream end>" in problem:
            return InputError(label, f"invalid YAML: the {flow[context]} is never closed", line=opened.line + 1)
        if line is not None and line != opened.line + 1:
            # the parser notices only where the list runs into the next key: name the line that opened it
            return InputError(
                label,
                f"invalid YAML: the {flow[context]} is not closed before line {line} ({problem})",
                line=opened.line + 1,
            )
        bracket = flow[context][0]
        return InputError(
            label, f"invalid YAML: {problem} (the {bracket} at column {opened.column + 1} is not closed)", line=line
        )
    open_at = _first_open_quote(text, line)
    if open_at is not None:
        number, quote = open_at
        return InputError(
            label,
            f"invalid YAML: {_open_quote(quote)} is not closed on its line, so the value runs on "
            f"to line {line} ({problem}){_escape(quote)}",
            line=number,
        )
    return InputError(label, f"invalid YAML: {problem}", line=line)


def _open_quote(quote: str) -> str:
    return f"the quote ({quote}) that opens this value"


def _escape(quote: str) -> str:
    return f"; a {quote} inside the text is written " + ('\\"' if quote == '"' else "''")


_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+)?[^\s#'"][^#:]*:\s+(["'])(.*)$""")


def _first_open_quote(text: str, before: int | None) -> tuple[int, str] | None:
    """The first line up to `before` whose quoted value has no closing quote on it (a missing quote, usually)."""
    if before is None:
        return None
    for number, row in enumerate(text.splitlines()[:before], 1):
        m = _QUOTED_VALUE.match(row)
        if not m:
            continue
        quote, rest = m.groups()
        rest = rest.replace("''", "") if quote == "'" else re.sub(r"\\.", "", rest)
        if quote not in rest:
            return number, quote
    return None


def _parse(text: str, label: str, loader_class) -> tuple[Any, dict[tuple, int]]:
    """One parse: the node tree gives the lines, the same loader builds the data from it."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        lines: dict[tuple, int] = {}
        if node is None:
            return None, lines
        _index(node, (), lines, label, set())
        try:
            return loader.construct_document(node), lines
        except (ValueError, OverflowError, TypeError) as exc:
            # a value YAML reads but cannot build, such as the date 2025-02-30
            line, text = _unbuildable(node)
            why = str(exc)
            if "integer string conversion" in why:  # Python's words name a setting the user cannot reach
                why = "a whole number of more than 4,300 digits; no score or count is that long"
            raise InputError(label, f"invalid value {text!r} ({why})", line=line) from None
    finally:
        loader.dispose()


def _unbuildable(node: yaml.Node) -> tuple[int | None, str]:
    """The first scalar that cannot be built, with its line; (None, '') when none is found."""
    loader = yaml.SafeLoader("")  # a fresh one: the failed build left state behind
    stack = [node]
    while stack:
        n = stack.pop(0)
        if isinstance(n, yaml.ScalarNode):
            try:
                loader.construct_object(n, deep=True)
            except (ValueError, OverflowError, TypeError):
                return n.start_mark.line + 1, str(n.value)[:80]
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
        elif isinstance(n, yaml.MappingNode):
            stack.extend(v for pair in n.value for v in pair)
    return None, ""


_TAG = "tag:yaml.org,2002:"
_PLAIN = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge")}
_NUMBER_FORMS = (("_", "with '_' between digits"), (":", "in base 60"), ("0x", "in hexadecimal"), ("0b", "in binary"))


def _check_scalar(node: yaml.Node, label: str, where: str | None, line: int) -> None:
    """A value is read as written: no tag (`!!binary`, `!!int '85'`), no number in a form YAML 1.1 reads otherwise.

    YAML 1.1 reads `010` as 8, `1:30` as 90, `0x10` as 16 and `1_0.5` as 10.5: an `items: 0100`
    changed a verdict's strength unseen. A tag turns text into a name (`!!binary`) or quoted text
    into a number, which a quoted value never is here.
    """
    tag = node.tag
    plain = isinstance(node, yaml.ScalarNode) and not node.style  # libyaml: "", PyYAML: None
    if tag not in _PLAIN or (tag != _TAG + "str" and isinstance(node, yaml.ScalarNode) and not plain):
        raise InputError(
            label,
            f"YAML tags ({tag.replace(_TAG, '!!')}) are not supported: write the value itself",
            field=where,
            line=line,
        )
    if tag not in (_TAG + "int", _TAG + "float") or not plain:
        return
    text = node.value.lstrip("+-").lower()
    octal = tag == _TAG + "int" and len(text) > 1 and text[0] == "0" and text[1:].isdigit()
    form = "in octal (a leading 0)" if octal else next((w for mark, w in _NUMBER_FORMS if mark in text), None)
    if form is not None:
        read = yaml.safe_load(node.value)
        raise InputError(
            label,
            f"{node.value!r} is a number {form}, which YAML reads as {read!r}: write it in plain decimal digits",
            field=where,
            line=line,
        )


def _index(node: yaml.Node, loc: tuple, lines: dict, label: str, seen_nodes: set) -> None:
    lines[loc] = node.start_mark.line + 1
    if node.tag != _TAG + "str":
        _check_scalar(node, label, format_loc(loc) or None, lines[loc])
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        # an alias reuses a node: refuse it, so no cycle or "billion laughs" expansion gets further
        if id(node) in seen_nodes:
            raise InputError(label, "YAML anchors and aliases (&, *) are not supported", line=lines[loc])
        seen_nodes.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise InputError(
                    label, "mapping keys must be plain text, not lists or mappings", line=key_node.start_mark.line + 1
                )
            key = key_node.value
            if key in seen:
                raise InputError(label, "duplicate key", field=key, line=key_node.start_mark.line + 1)
            seen.add(key)
            _index(value_node, loc + (key,), lines, label, seen_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, loc + (i,), lines, label, seen_nodes)


def format_loc(loc: tuple) -> str:
    """Render a pydantic error location as a dotted field path."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def validation_error(doc: YamlDoc, exc: Exception, accepted: dict[str, str] | None = None) -> InputError:
    """Turn every pydantic error into a one-line InputError (several become InputErrors).

    For a union, pydantic reports one error per member; where one error's location lies inside
    another's, the deeper one names the real mistake and the other is dropped. `accepted` words a
    field's error in the project's terms (field name -> the forms it takes), where pydantic would
    name only one member of a union.
    """
    accepted = accepted or {}
    errors = exc.errors(include_url=False)  # type: ignore[attr-defined]
    located = [(_data_loc(doc.data, e["loc"], e["type"]), e) for e in errors]
    # every proper prefix of every location, once: "is another error deeper than this one" is then
    # one set lookup (comparing each pair took minutes for 20,000 unknown keys)
    inner = {loc[:i] for loc, _ in located for i in range(len(loc))}
    kept: dict[tuple, dict] = {}
    for loc, e in located:
        deeper = loc in inner
        if not deeper and loc not in kept:
            kept[loc] = e
    problems = [
        InputError(
            doc.path,
            _message(loc, e, accepted),
            field=format_loc(loc) or None,
            line=doc.line_of(loc),
        )
        for loc, e in kept.items()
    ]
    problems.sort(key=lambda p: p.line or 0)
    return problems[0] if len(problems) == 1 else InputErrors(problems)


_PATTERNS = {
    URL_PATTERN: "must be an http(s) URL without spaces or invisible characters",
    r"^[a-z0-9][a-z0-9._-]{0,80}$": "must be an id: lower-case letters, digits, '.', '_' or '-', starting with a "
    "letter or digit, at most 81 characters",
    r"^[0-9a-f]{8,64}$": "must be a snapshot's sha256 or its first 8 or more hex digits",
    r"^(auto|fraction|percent)$": "must be auto, fraction or percent",
}
_DATE = "must be a date, YYYY-MM-DD"
_BY_TYPE = {
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "string_type": "must be text (quote it if YAML reads it as a number, date or true/false)",
    "list_type": "must be a list, such as [a, b]",
    "dict_type": "must be a mapping, such as {key: value}",
    "model_type": "must be a mapping, such as {key: value}",
    "model_attributes_type": "must be a mapping, such as {key: value}",
    "date_type": _DATE,
    "date_parsing": _DATE,
    "date_from_datetime_parsing": _DATE,
    "date_from_datetime_inexact": _DATE,
    "missing": "missing (this field is required)",
}


def _message(loc: tuple, error: dict, accepted: dict[str, str]) -> str:
    """pydantic's message in the project's words: what the field accepts, not which union member failed."""
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "extra_forbidden":
        return "unknown field"
    name = loc[-1] if loc else None
    field = str(ctx.get("discriminator", "kind")).strip("'")
    given = error.get("input")
    # pydantic: "Unable to extract tag using discriminator 'kind'"; and `kind: null`, which it calls kind 'None'
    if kind == "union_tag_not_found" or (
        kind == "union_tag_invalid" and isinstance(given, dict) and given.get(field) is None
    ):
        forms = f"; write {field}: {accepted[field]}" if field in accepted else ""
        return f"has no {field}{forms}"
    if kind == "value_error":  # a validator's own words, more specific than the forms a field accepts
        return error["msg"].removeprefix("Value error, ")
    if isinstance(name, str) and name in accepted and kind != "missing":
        return f"must be {accepted[name]}"
    if kind in _STRICT:
        # a strict field: YAML's own true/false or number, never text or a flag that pydantic would convert
        return wrong_type(kind, error.get("input"))
    if kind in _BY_TYPE:
        return _BY_TYPE[kind]
    if kind == "finite_number":  # .inf, .nan, or 1.0e+999 (read as infinity)
        return f"must be a finite number, got {_shown(error.get('input'))}"
    if kind == "union_tag_invalid":
        return f"unknown {field} {ctx.get('tag')!r}; use {_plain(ctx.get('expected_tags', ''))}"
    if kind == "literal_error":
        return f"must be {_plain(ctx.get('expected', ''))}"
    if kind in _BOUNDS and _is_nan(error.get("input")):
        # NaN fails every bound: "must be 1000000 or less" would blame its size
        return f"must be a finite number, got {_shown(error.get('input'))}"
    if kind == "greater_than_equal":
        return f"must be {_number(ctx.get('ge'))} or more"
    if kind == "greater_than":
        return f"must be more than {_number(ctx.get('gt'))}"
    if kind == "less_than_equal":
        return f"must be {_number(ctx.get('le'))} or less"
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)"
    if kind == "too_long":
        return f"has {ctx.get('actual_length')} items, at most {ctx.get('max_length')} allowed"
    if kind == "too_short":
        n = ctx.get("min_length")
        return "must not be empty" if n == 1 else f"needs at least {n} items"
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _PATTERNS:
        return _PATTERNS[ctx["pattern"]]
    return error["msg"]


_STRICT = {"bool_type": "must be true or false", "int_type": "must be a whole number", "float_type": "must be a number"}
_BOUNDS = frozenset({"greater_than_equal", "greater_than", "less_than_equal", "less_than"})


def _is_nan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)


# text that YAML reads as a flag or a number when written without quotes
_UNQUOTED = {
    "bool_type": re.compile(r"^(true|false|yes|no|on|off)$", re.I),
    "int_type": re.compile(r"^[-+]?\d+$"),
    "float_type": re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$"),
}


def wrong_type(kind: str, value) -> str:
    """A strict field's message: YAML's own true/false or number, never text or a flag pydantic would convert.

    wrong_type("bool_type", "yes") -> "must be true or false (without quotes), got 'yes'"
    """
    if kind == "float_type" and isinstance(value, str) and _EXPONENT.match(value.strip()) and _text_to_yaml(value):
        if math.isinf(float(value.strip())):  # 1e999: the spelling YAML reads would be infinity, refused too
            return f"must be a finite number, got {_shown(value)}: no number is that large"
        # YAML 1.1 reads 1e-3, 1e5 and 1.0e3 as text even without quotes: a decimal point and a signed exponent
        return f"{_STRICT[kind]}, got {_shown(value)}: YAML reads it as text; write {_as_yaml_float(value.strip())}"
    quoted = " (without quotes)" if _reads_as(kind, value) else ""
    return f"{_STRICT[kind]}{quoted}, got {_shown(value)}"


# a number with an exponent that YAML (1.1, as PyYAML reads it) takes for text: no decimal point, or no sign
_EXPONENT = re.compile(r"^([-+]?)(\d*)(?:\.(\d*))?[eE]([-+]?)(\d+)$")


def _text_to_yaml(value: str) -> bool:
    """True when YAML reads this text, written without quotes, as text (not a number)."""
    return isinstance(yaml.load(value.strip(), Loader=_Loader), str)


def _as_yaml_float(text: str) -> str:
    """'1e-3' -> '1.0e-3', '1e5' -> '1.0e+5': the spelling YAML reads as a number."""
    sign, whole, frac, esign, exp = _EXPONENT.match(text).groups()
    return f"{sign}{whole or '0'}.{frac or '0'}e{esign or '+'}{exp}"


def _reads_as(kind: str, value) -> bool:
    """True for text that would be the value if written without quotes ('yes', '85'): a quoted flag or number."""
    return isinstance(value, str) and bool(_UNQUOTED[kind].match(value.strip()))


def _shown(value) -> str:
    """A value as the message quotes it: short, on one line."""
    if value is None:
        return "nothing (an empty value)"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _plain(choices: str) -> str:
    """ "'a', 'b', 'c'" or "'a', 'b' or 'c'" -> "a, b or c"."""
    words = [w.strip(" '") for w in choices.replace(" or ", ", ").split(",") if w.strip(" '")]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _number(value) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _data_loc(data: Any, loc: tuple, error_type: str) -> tuple:
    """Keep the parts of a pydantic error location that exist in the data.

    pydantic inserts union member names ("outperforms", "list[str]", ...) into locations; they
    name no field the user wrote. A missing field is kept as the last part.
    """
    out, cur = [], data
    for i, part in enumerate(loc):
        if isinstance(cur, dict) and part in cur:
            out.append(part)
            cur = cur[part]
        elif isinstance(cur, list) and isinstance(part, int) and 0 <= part < len(cur):
            out.append(part)
            cur = cur[part]
        elif i == len(loc) - 1 and error_type == "missing":
            out.append(part)
    return tuple(out)
