"""Safe YAML loading that remembers the line of every field, for one-line errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from harness.errors import InputError, InputErrors
from harness.inputs import read_text, text_control_character

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
    if context == "while scanning a simple key" and opened is not None and mark is not None:
        # YAML reads a key (a plain one, before its ':') of at most 1,024 characters; past that PyYAML says
        # "could not find expected ':'" on a line that holds one
        width = mark.column - opened.column
        if mark.line == opened.line and width > 1024:
            return InputError(
                label, f"invalid YAML: a key of {width:,} characters; YAML reads a key of at most 1,024", line=line
            )
    if problem.startswith("found character '\\t'"):
        # PyYAML's "found character '\t' that cannot start any token": a tab where YAML reads indentation
        return InputError(label, "invalid YAML: a tab on this line; YAML indents with spaces only", line=line)
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
        unprintable: list[InputError] = []
        _index(node, (), lines, label, set(), unprintable)
        if unprintable:  # each one, as pydantic's errors are: every problem of a file in one pass
            raise unprintable[0] if len(unprintable) == 1 else InputErrors(unprintable)
        try:
            return _built(node, loader), lines
        except (yaml.YAMLError, ValueError, OverflowError, TypeError, RecursionError):
            pass  # built by the loader as it does, for its own error
        builder = yaml.SafeLoader("")  # a fresh constructor: the one that failed may hold the node half built
        try:
            return builder.construct_document(node), lines
        except (ValueError, OverflowError, TypeError) as exc:
            # a value YAML reads but cannot build, such as the date 2025-02-30
            line, text = _unbuildable(node)
            why = str(exc)
            if "integer string conversion" in why:  # Python's words name a setting the user cannot reach
                why = "a whole number of more than 4,300 digits; no score or count is that long"
            raise InputError(label, f"invalid value {text!r} ({why})", line=line) from None
    finally:
        loader.dispose()


def _built(node: yaml.Node, loader) -> Any:
    """What `loader.construct_document(node)` builds of a tree `_index` has checked, built straight from it: a
    text is the node's value, a mapping a dict in the node's order, a list a list; any other scalar (a number,
    a date, a flag, null) the loader's own. The loader builds a mapping or a list through generators it runs in
    a queue, some 40 of the 130 us a claim file takes to read. Any error is left to the loader (its words,
    and its order of building)."""
    tag, kind = node.tag, type(node)
    if tag == _STR and kind is yaml.ScalarNode:
        return node.value
    if tag == _MAP and kind is yaml.MappingNode:
        return {_built(key, loader): _built(value, loader) for key, value in node.value}
    if tag == _SEQ and kind is yaml.SequenceNode:
        return [_built(item, loader) for item in node.value]
    return loader.construct_object(node, deep=True)


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
_STR, _MAP, _SEQ = _TAG + "str", _TAG + "map", _TAG + "seq"
_PLAIN = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge")}
_NUMBER_FORMS = (("_", "with '_' between digits"), (":", "in base 60"), ("0x", "in hexadecimal"), ("0b", "in binary"))


def _check_scalar(node: yaml.Node, label: str, loc: tuple, line: int) -> None:
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
            field=format_loc(loc) or None,
            line=line,
        )
    if tag == _TAG + "bool" and plain and node.value.lower() not in ("true", "false"):
        raise InputError(label, _flag_word(node.value), field=format_loc(loc) or None, line=line)
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
            field=format_loc(loc) or None,
            line=line,
        )


def _unprintable(text: str, label: str, loc: tuple, line: int) -> list[InputError]:
    """Text in any YAML file is printable: YAML itself refuses most control characters written raw, but a quoted
    escape ("\\e", "\\x07", "\\u202e") or a raw right-to-left override gets through, and a statement, a quote,
    notes or a name holding one was shown in pages and on terminals (escaped there, never refused) as if meant.
    A tab or a line break may stay (a field that is one line says so itself)."""
    why = text_control_character(text)
    return [InputError(label, why, field=format_loc(loc) or None, line=line)] if why else []


def _flag_word(word: str, key: bool = False) -> str:
    """YAML 1.1 reads yes/no/on/off, unquoted, as true or false: a name `no` in a list became False unseen.

    Only true and false are flags here, as YAML 1.2 and every other reader of the file agree; the
    others are text only when quoted.
    """
    flag = "true" if word.lower() in ("yes", "on") else "false"
    if key:
        return f"the key {word!r} is YAML 1.1's word for {flag}, not text: quote it ('{word}')"
    return (
        f"{word!r} is YAML 1.1's word for {flag}: write {flag} where a flag is meant, or quote it ('{word}') for text"
    )


def _index(node: yaml.Node, loc: tuple, lines: dict, label: str, seen_nodes: set, unprintable: list) -> None:
    lines[loc] = node.start_mark.line + 1
    if node.tag != _TAG + "str":
        _check_scalar(node, label, loc, lines[loc])  # the field is formatted only for a message
    elif isinstance(node, yaml.ScalarNode):
        unprintable += _unprintable(node.value, label, loc, lines[loc])
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
            unprintable += _unprintable(key, label, loc, key_node.start_mark.line + 1)
            if key_node.tag == _TAG + "merge":
                # `<<: {competitors: [C]}` beside `competitors: [B]` was dropped unseen (the key given wins), as a
                # duplicate key would be refused; merging needs no anchor, so the alias rule did not catch it
                raise InputError(
                    label,
                    "YAML merge keys (<<) are not supported: write the keys themselves",
                    field=format_loc(loc) or None,
                    line=key_node.start_mark.line + 1,
                )
            if key_node.tag == _TAG + "bool" and key.lower() not in ("true", "false"):
                raise InputError(
                    label, _flag_word(key, key=True), field=format_loc(loc) or None, line=key_node.start_mark.line + 1
                )
            if key in seen:
                raise InputError(label, "duplicate key", field=key, line=key_node.start_mark.line + 1)
            seen.add(key)
            _index(value_node, loc + (key,), lines, label, seen_nodes, unprintable)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, loc + (i,), lines, label, seen_nodes, unprintable)


def format_loc(loc: tuple) -> str:
    """Render a pydantic error location as a dotted field path."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out
