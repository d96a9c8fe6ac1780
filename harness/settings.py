"""Structured evaluation settings, parsed once from the sources' free text."""

from __future__ import annotations

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
        out = []
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if a is not None and b is not None and a != b:
                out.append(f"{f.name}: {describe(f.name, a)} vs {describe(f.name, b)}")
        return out

    def unknown_against(self, other: Setting) -> list[str]:
        """Return the fields known on one side only."""
        return [f.name for f in fields(self) if (getattr(self, f.name) is None) != (getattr(other, f.name) is None)]

    def matches(self, wanted: dict) -> bool:
        """True when every field in `wanted` equals this setting's value."""
        return all(getattr(self, k) == v for k, v in wanted.items())

    def label(self) -> str:
        parts = []
        for f in fields(self):
            v = getattr(self, f.name)
            if v is not None:
                parts.append(describe(f.name, v))
        return ", ".join(parts) or "unspecified"


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
