"""pydantic's validation errors as one-line InputErrors, in the project's words, at the line of the field.

A union's errors come down to the one that names the mistake, and each message says what the field accepts
(`wrong_type`: a strict field's YAML true/false or number) rather than which union member failed.
"""

from __future__ import annotations

import difflib
import math
import re
from typing import TYPE_CHECKING, Any, get_args

import yaml
from pydantic import BaseModel

from harness.errors import InputError, InputErrors
from harness.inputs import URL_PATTERN
from harness.yamlfile import _Loader, format_loc

if TYPE_CHECKING:
    from harness.yamlfile import YamlDoc


def validation_error(
    doc: YamlDoc, exc: Exception, accepted: dict[str, str] | None = None, model: type[BaseModel] | None = None
) -> InputError:
    """Turn every pydantic error into a one-line InputError (several become InputErrors).

    For a union, pydantic reports one error per member; where one error's location lies inside
    another's, the deeper one names the real mistake and the other is dropped. `accepted` words a
    field's error in the project's terms (field name -> the forms it takes), where pydantic would
    name only one member of a union. `model`, the file's model, lets an unknown field name the field it
    is closest to where one is ("competitor: unknown field; did you mean 'competitors'?").
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
            _message(loc, e, accepted) + _closest_field(doc.data, loc, e, model),
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
        forms = _plain(ctx.get("expected_tags", ""))
        hint = _spelt_like(ctx.get("tag"), forms).removeprefix("; ")
        return f"unknown {field} {ctx.get('tag')!r}; {hint + ' ' if hint else ''}use {forms}"
    if kind == "literal_error":
        forms = _plain(ctx.get("expected", ""))
        return f"must be {forms}{_spelt_like(given, forms)}"
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
    "bool_type": re.compile(r"^(true|false)$", re.I),  # yes/no/on/off unquoted are refused as they are read
    "int_type": re.compile(r"^[-+]?\d+$"),
    "float_type": re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$"),
}


def wrong_type(kind: str, value) -> str:
    """A strict field's message: YAML's own true/false or number, never text or a flag pydantic would convert.

    wrong_type("bool_type", "true") -> "must be true or false (without quotes), got 'true'"
    """
    if kind == "float_type" and isinstance(value, str) and _EXPONENT.match(value.strip()) and _text_to_yaml(value):
        if math.isinf(float(value.strip())):  # 1e999: the spelling YAML reads would be infinity, refused too
            return f"must be a finite number, got {_shown(value)}: no number is that large"
        # YAML 1.1 reads 1e-3, 1e5 and 1.0e3 as text even without quotes: a decimal point and a signed exponent
        return f"{_STRICT[kind]}, got {_shown(value)}: YAML reads it as text; write {_as_yaml_float(value.strip())}"
    if kind == "float_type" and isinstance(value, int) and not isinstance(value, bool):
        # a whole number past any float (400 digits): a number, only too large to hold, never "must be a number"
        return f"must be a finite number, got {_shown(value)}: no number is that large"
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


def _spelt_like(given, forms: str) -> str:
    """The hint "; did you mean 'percent'?" for text spelt like one of the forms ("a, b or c"), else "": a choice
    misspelt ("percnt") was told the list only."""
    if not isinstance(given, str):
        return ""
    close = difflib.get_close_matches(given, forms.replace(" or ", ", ").split(", "), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


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


def _closest_field(data: Any, loc: tuple, error: dict, model: type[BaseModel] | None) -> str:
    """The hint for an unknown field spelt like a field its mapping takes and lacks ("; did you mean
    'competitors'?"), else nothing: "unknown field" alone left a user to find the spelling in the README."""
    if error["type"] != "extra_forbidden" or model is None or not loc:
        return ""
    models = [model]
    for step in loc[:-1]:
        if isinstance(step, int):
            continue  # a list's item: its models were taken with the list's field
        found = [f for m in models for name, f in m.model_fields.items() if step in (name, f.alias)]
        # a step no model names is a mapping's own key (dict[str, X]): its models are already the values'
        models = [x for f in found for x in _models_in(f.annotation)] if found else models
    parent = data
    for step in loc[:-1]:
        parent = parent[step]
    if not isinstance(parent, dict):
        return ""
    names = sorted({f.alias or name for m in models for name, f in m.model_fields.items()})
    # a field the mapping has already is no suggestion; looked up one by one, never by copying the mapping's keys
    # for each unknown one (20,000 unknown keys would copy 20,000 keys each)
    close = [n for n in difflib.get_close_matches(str(loc[-1]), names, n=3, cutoff=0.75) if n not in parent]
    return f"; did you mean {close[0]!r}?" if close else ""


def _models_in(annotation) -> list[type[BaseModel]]:
    """The models a field's annotation can hold: itself, a list's or a mapping's items, a union's members."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in get_args(annotation) for m in _models_in(arg)]
