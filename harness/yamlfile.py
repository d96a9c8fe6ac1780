"""Safe YAML loading that remembers the line of every field, for one-line errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from harness.errors import InputError, InputErrors
from harness.inputs import read_text

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
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(label, f"invalid YAML: {problem}", line=line) from None
    except RecursionError:
        raise InputError(label, "YAML is nested too deeply") from None
    return YamlDoc(label, data, lines)


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
            raise InputError(label, f"invalid value {text!r} ({exc})", line=line) from None
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


def _index(node: yaml.Node, loc: tuple, lines: dict, label: str, seen_nodes: set) -> None:
    lines[loc] = node.start_mark.line + 1
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


def validation_error(doc: YamlDoc, exc: Exception) -> InputError:
    """Turn every pydantic error into a one-line InputError (several become InputErrors).

    For a union, pydantic reports one error per member; where one error's location lies inside
    another's, the deeper one names the real mistake and the other is dropped.
    """
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
            "unknown field" if e["type"] == "extra_forbidden" else e["msg"],
            field=format_loc(loc) or None,
            line=doc.line_of(loc),
        )
        for loc, e in kept.items()
    ]
    problems.sort(key=lambda p: p.line or 0)
    return problems[0] if len(problems) == 1 else InputErrors(problems)


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
