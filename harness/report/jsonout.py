"""The JSON contract of `benchclaims verify --json`."""

from __future__ import annotations

import functools
import json

from harness import __version__
from harness.evidence.records import ScoreRecord
from harness.judge.comparisons import AssertionResult, Comparison, RankRow
from harness.judge.engine import ClaimResult

SCHEMA_VERSION = 1


def _num(x: float | None, digits: int = 6) -> float | None:
    return None if x is None else round(float(x), digits)


class _Shared(dict):
    """A dict that appears in many places of one output: encoded once per indentation."""

    __slots__ = ("texts",)


@functools.lru_cache(maxsize=1 << 16)
def _source(r: ScoreRecord, side: str) -> _Shared:
    # a row is a source of every comparison it takes part in (the subject's row once per competitor)
    out = _Shared(r.source_dict(), side=side)
    out.texts = {}
    return out


def comparison_dict(c: Comparison) -> dict:
    sources = [_source(r, "subject") for r in c.subject_rows]
    sources += [_source(r, "competitor") for r in c.competitor_rows]
    return {
        "benchmark": c.benchmark,
        "competitor": c.competitor,
        "subject_value": c.subject_value,
        "competitor_value": c.competitor_value,
        "delta": c.delta,
        "outcome": c.outcome,
        "alternatives": c.alternatives,
        "conflict": c.conflict,
        "stderr": _num(c.stderr),
        "p_value": _num(c.p_value),
        "p_adjusted": _num(c.p_adjusted),
        "significant": c.significant,
        "test": c.test,
        "min_detectable_difference": _num(c.mdd, 3),
        "power": None if c.power is None else c.power.as_json(),
        "delta_interval": None if c.interval is None else [_num(c.interval[0]), _num(c.interval[1])],
        "notes": c.notes,
        "sources": sources,
    }


def rank_dict(r: RankRow) -> dict:
    return {
        "benchmark": r.benchmark,
        "rank_best": r.rank_best,
        "rank_worst": r.rank_worst,
        "cohort_size": r.cohort_size,
        "status": r.status,
        "top_k_probability": _num(r.top_k_probability, 4),
        "tie_group_rank": r.tie_group_rank,
        "missing_members": r.missing_members,
        "subject_missing": r.subject_missing,
        "rank_set": None if r.rank_set is None else list(r.rank_set),
        "tie_group": r.tie_group,
        "rank_method": r.rank_method,
    }


def assertion_dict(a: AssertionResult) -> dict:
    return {
        "kind": a.kind,
        "verdict": a.verdict,
        "strength": a.strength,
        "rule": a.rule,
        "summary": a.summary,
        "depends_on_conflict": a.depends_on_conflict,
        "group_verdicts": a.group_verdicts,
        "caveats": a.caveats,
        "comparisons": [comparison_dict(c) for c in a.comparisons],
        "ranks": [rank_dict(r) for r in a.ranks],
        **({"means": a.means} if a.means else {}),
        **({"coverage": a.coverage} if a.coverage is not None else {}),
    }


def claim_dict(r: ClaimResult) -> dict:
    return {
        "id": r.claim.id,
        "file": r.label,
        "statement": r.claim.statement,
        "subject": r.claim.subject,
        "subject_id": r.subject_id,
        "source": r.claim.source.model_dump(mode="json"),
        "verdict": r.verdict,
        "strength": r.strength,
        "reason": r.reason,
        "independent": r.independent.as_json() if r.independent is not None else None,
        "assertions": [assertion_dict(a) for a in r.assertions],
        # subject_variants: every checkpoint's own result, the one shown above included
        "variants": [
            {
                "subject_id": v.subject_id,
                "verdict": v.verdict,
                "strength": v.strength,
                "reason": v.reason,
                "independent": v.independent.as_json() if v.independent is not None else None,
                "assertions": [assertion_dict(a) for a in v.assertions],
            }
            for v in r.variants
        ],
    }


def rerun_dict(c) -> dict:
    return {
        "model": c.model,
        "benchmark": c.benchmark,
        "published_value": c.published.value,
        "published_by": c.published.reported_by,
        "published_row": c.published.origin,
        "rerun_value": c.rerun.value,
        "rerun_row": c.rerun.origin,
        "rerun_partial": c.rerun.partial,
        "ci_low": _num(c.low, 4),
        "ci_high": _num(c.high, 4),
        "inside_ci": c.inside,
    }


class LazyList:
    """A JSON array whose items are made one at a time while it is written (a claim's dict is
    built, encoded and dropped before the next: 10,000 claims never sit in memory as dicts)."""

    def __init__(self, make, items: list):
        self.make = make
        self.items = items


def run_dict(
    results: list[ClaimResult],
    problems: list,
    alpha: float,
    reruns: list | None = None,
    lazy: bool = False,
    multiplicity: str = "holm",
) -> dict:
    """The whole `--json` output; with `lazy`, claims are built only as `iter_dumps` writes them."""
    return {
        "rerun_checks": [rerun_dict(c) for c in reruns or []],
        "benchclaims_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "alpha": alpha,
        "multiplicity": multiplicity,
        "claims": LazyList(claim_dict, results) if lazy else [claim_dict(r) for r in results],
        "problems": [str(p) for p in problems],
    }


def dumps(data: dict) -> str:
    """Deterministic JSON: sorted keys, fixed indentation, trailing newline."""
    return "".join(iter_dumps(data))


def iter_dumps(data: dict):
    """Yield `dumps(data)` in pieces (one per claim of a lazy list), so a large output is never one string.

    The bytes are those of `json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)` plus a
    newline (a test holds them equal); the standard library's encoder is pure Python when it
    indents, and this one is several times faster. A LazyList may appear at the top level only.
    """
    out: list[str] = []
    if not data:
        yield "{}\n"
        return
    for i, key in enumerate(sorted(data)):
        out.append(("{" if i == 0 else ",") + "\n  " + _ESCAPE(_key(key)) + ": ")
        value = data[key]
        if isinstance(value, LazyList) and value.items:
            for j, item in enumerate(value.items):
                out.append(("[" if j == 0 else ",") + "\n    ")
                _write(value.make(item), "\n    ", out)
                yield "".join(out)
                out = []
            out.append("\n  ]")
        else:
            _write([] if isinstance(value, LazyList) else value, "\n  ", out)
    out.append("\n}\n")
    yield "".join(out)


_ESCAPE = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring
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
        if type(x) not in _SCALAR_TYPES and not isinstance(x, _SCALARS):
            return None
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


def _write(value, newline: str, out: list[str]) -> None:
    """Append the JSON text of value to out; `newline` is the line break plus the current indentation."""
    if isinstance(value, str):
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
        if type(value) is _Shared:
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
                _write(value[key], inner, out)
            out.append(newline + "}")
        else:
            opener = "["
            for item in value:
                out.append(opener + inner)
                opener = ","
                _write(item, inner, out)
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
