"""Structured evaluation settings, parsed once from the sources' free text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, fields

_NO_TOOLS = re.compile(r"\b(no tools|without tools|no internet)\b", re.I)
_TOOLS = re.compile(r"\b(tools enabled|with tools|with code execution|with search|search agent|code execution)\b", re.I)
_AGG = re.compile(r"\b(pass|cons|maj|avg)@(\d+)", re.I)
_SHOTS = re.compile(r"\b(\d+)-shot\b", re.I)
_SUBSET = re.compile(r"\bsubset n\s*=\s*(\d+)", re.I)
_PROMPT = re.compile(r"\bofficial ([\w-]+ )?template\b", re.I)
# Agent scaffolds change agentic scores a lot; each pattern maps to one canonical name.
_HARNESSES = [
    (re.compile(r"claude code", re.I), "Claude Code"),
    (re.compile(r"terminus", re.I), "Terminus"),
    (re.compile(r"context management", re.I), "context management"),
]


@dataclass(frozen=True)
class Setting:
    """How a score was obtained; None means the source does not say."""

    tools: bool | None = None
    aggregation: str | None = None
    shots: int | None = None
    harness: str | None = None
    subset: str | None = None
    prompt: str | None = None

    def differences(self, other: Setting) -> list[str]:
        """Return the fields where both sides are known and differ."""
        return list(_differences(self, other))

    def unknown_against(self, other: Setting) -> list[str]:
        """Return the fields known on one side only."""
        return list(_unknown_against(self, other))

    def matches(self, wanted: dict) -> bool:
        """True when every field in `wanted` equals this setting's value."""
        return all(getattr(self, k) == v for k, v in wanted.items())

    def label(self) -> str:
        return _label(self)


# a project has a handful of distinct settings and compares them millions of times
@functools.lru_cache(maxsize=4096)
def _differences(a: Setting, b: Setting) -> tuple[str, ...]:
    out = []
    for name in _FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and x != y:
            out.append(f"{name}: {describe(name, x)} vs {describe(name, y)}")
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _unknown_against(a: Setting, b: Setting) -> tuple[str, ...]:
    return tuple(name for name in _FIELDS if (getattr(a, name) is None) != (getattr(b, name) is None))


@functools.lru_cache(maxsize=4096)
def _label(setting: Setting) -> str:
    parts = [describe(name, getattr(setting, name)) for name in _FIELDS if getattr(setting, name) is not None]
    return ", ".join(parts) or "unspecified"


_FIELDS = tuple(f.name for f in fields(Setting))


def describe(name: str, value: object) -> str:
    if name == "tools":
        return "tools" if value else "no tools"
    if name == "shots":
        return f"{value}-shot"
    if name == "subset":
        return f"subset {value}"
    return str(value)


def parse_setting(setting: str, metric: str = "", benchmark: str = "") -> Setting:
    """Read the structured setting out of a source's setting, metric and benchmark text."""
    text = f"{setting} ; {metric} ; {benchmark}"
    tools = False if _NO_TOOLS.search(text) else True if _TOOLS.search(text) else None
    agg = _AGG.search(text)
    aggregation = f"{agg.group(1).lower()}@{agg.group(2)}" if agg else None
    if aggregation is None and re.search(r"single attempt", text, re.I):
        aggregation = "pass@1"
    shots = _SHOTS.search(text)
    subset = _SUBSET.search(text)
    harness = next((name for pat, name in _HARNESSES if pat.search(text)), None)
    prompt = _PROMPT.search(text)
    return Setting(
        tools=tools,
        aggregation=aggregation,
        shots=int(shots.group(1)) if shots else None,
        harness=harness,
        subset=f"n={subset.group(1)}" if subset else None,
        prompt=prompt.group(0).lower() if prompt else None,
    )


def parse_bool(text: str) -> bool | None:
    """Parse a CSV cell such as 'true', 'no', '' into a bool or None."""
    t = text.strip().lower()
    if t in {"", "unknown", "na", "n/a"}:
        return None
    if t in {"true", "yes", "1", "y"}:
        return True
    if t in {"false", "no", "0", "n"}:
        return False
    raise ValueError(f"expected true/false, got {text!r}")
