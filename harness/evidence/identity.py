"""Which catalog entry a source's name means, through aliases and a few stated spelling patterns.

Sources spell one model many ways: `o3-2025-04-16_high` (a date and an effort suffix),
`openai/gpt-oss-120b` (a Hugging Face repo id), `Gemini-2.5-Pro` (an arena key). A name is tried
as written, then as the patterns below rewrite it, through the catalog's names and aliases only
(never its ids). An effort or budget suffix is never dropped: `gpt-5_medium` does not become
GPT-5 (high). A name nothing resolves is left unmapped, with the closest catalog names.

A catalog entry that is one mode of a model (`variant: {reasoning_effort: high}`, `{thinking: true}`)
takes an imported row only when the source states that mode, in the name (`gpt-5-2025-08-07_high`,
`deepseek-v3.2-thinking`) or the row's settings (Every Eval Ever's `inference_effort`):
`openai/gpt-5-2025-08-07`, run at the API's default effort, is not GPT-5 (high) because the
catalog's plain "GPT-5" alias (a claim's word, kept for claims) means it. See `unstated_variant`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from harness.claims.catalog import Catalog
from harness.claims.catalog_entries import ModelEntry
from harness.claims.names import normalise
from harness.errors import UnknownNameError, UsageError

_DATE = re.compile(r"[-_@](20\d{2}-?\d{2}-?\d{2})$")
EFFORT_SUFFIX = re.compile(r"_((?:x?high|medium|low|minimal|none|max)|\d+[kK])$")
_EFFORTS = r"x-?high|high|medium|low|minimal|max|none"
# an effort as a word of a name: `gpt-5-high`, `o3_high`, `GPT-5 (high)`; never inside a word ("mini")
_NAME_EFFORT = re.compile(rf"(?<![a-z0-9])({_EFFORTS})(?![a-z0-9])")
# an effort a setting states: "high effort", "high reasoning effort", and Every Eval Ever's "effort high"
_SETTING_EFFORT = re.compile(
    rf"(?<![a-z0-9])(?:({_EFFORTS})[- ](?:reasoning )?effort|(?:inference |reasoning )?effort[:= ]+({_EFFORTS}))"
    r"(?![a-z0-9])"
)
_NAME_NOT_THINKING = re.compile(r"(?<![a-z0-9])(non-?thinking|no-?thinking|nothink|non-?reasoning|instant)(?![a-z0-9])")
_NAME_THINKING = re.compile(r"(?<![a-z0-9])(thinking|think|reasoning|reasoner)(?![a-z0-9])")
_SETTING_REASONING = re.compile(r"(?<![a-z0-9])reasoning (on|off)(?![a-z0-9])")


@dataclass(frozen=True)
class Resolved:
    id: str
    name: str  # the catalog name (what the imported rows are written under)
    how: str  # "" when the name was found as written, else the rewrite that found it


def spellings(name: str, aliases: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(spelling, how it was derived) for a source name, most literal first."""
    out = [(name, "")]
    out += [(a, f"the source's name {a!r} for this version") for a in aliases if a]
    base, steps = name, []
    if "/" in base and base.count("/") == 1:
        base = base.split("/", 1)[1]
        steps.append("repo owner dropped")
        out.append((base, ", ".join(steps)))
    effort = None
    found = EFFORT_SUFFIX.search(base)
    if found:
        effort, base = found.group(1), base[: found.start()]
        steps.append(f"effort suffix _{effort}")
    found = _DATE.search(base)
    if found:
        base = base[: found.start()]
        steps.append("date suffix dropped")
    if base != name:
        how = ", ".join(steps)
        if effort is None:
            out.append((base, how))
        else:
            word = effort.upper() if effort[-1] in "kK" else effort
            out += [(f"{base} ({word})", how), (f"{base} {word}", how)]
    return out


def resolve_model(catalog: Catalog, name: str, aliases: tuple[str, ...] = ()) -> Resolved | None:
    for spelling, how in spellings(name, aliases):
        entry = catalog.models.find(spelling)  # no error message built for each spelling tried
        if entry is not None:
            return Resolved(entry.id, entry.name, how)
    return None


def unstated_variant(entry: ModelEntry, names: tuple[str, ...], setting: str = "") -> str:
    """Why a source row may not land on `entry` by its name alone: "" when it may.

    `names` are the source's spellings of the model (the name, then the source's other names for
    it), `setting` the row's setting text. An entry that is one mode of a model holds only results
    the source says were run in that mode; a source that states no mode ran its own default, and
    a source that states another mode ran another model. A `label` variant named by the source
    ("gpt-5-pro", "DeepSeek-V3.2-Speciale") names that entry, mode included.
    """
    variant = entry.variant
    if variant is None or (variant.reasoning_effort is None and variant.thinking is None):
        return ""
    said = [normalise(n) for n in names if n]
    text = normalise(setting)
    out = []
    if variant.reasoning_effort is not None:
        want = _effort(variant.reasoning_effort)
        stated = {_effort(m.group(1)) for n in said for m in _NAME_EFFORT.finditer(n)}
        stated |= {_effort(m.group(1) or m.group(2)) for m in _SETTING_EFFORT.finditer(text)}
        if stated != {want}:
            other = " and ".join(sorted(stated)) + " effort" if stated else "no effort"
            out.append(f"the catalog entry {entry.name!r} is the {want}-effort variant; the source states {other}")
    labelled = variant.label and any(
        re.search(rf"(?<![a-z0-9]){re.escape(normalise(variant.label).split()[0])}(?![a-z0-9])", n) for n in said
    )
    if variant.thinking is not None and not labelled:
        from harness.evidence.settings import parse_setting

        stated = {False for n in said if _NAME_NOT_THINKING.search(n)}
        stated |= {True for n in said if _NAME_THINKING.search(_NAME_NOT_THINKING.sub(" ", n))}
        parsed = parse_setting(setting).thinking
        stated |= set() if parsed is None else {parsed}
        stated |= {m.group(1) == "on" for m in _SETTING_REASONING.finditer(text)}
        if stated != {variant.thinking}:
            mode = "thinking" if variant.thinking else "non-thinking"
            said_mode = "the thinking mode" if True in stated else "the non-thinking mode"
            other = "no mode" if not stated else said_mode if len(stated) == 1 else "both modes"
            out.append(f"the catalog entry {entry.name!r} is the {mode} mode; the source states {other}")
    return "; ".join(out)


def _effort(word: str) -> str:
    return normalise(word).replace("-", "")


def resolve_benchmark(catalog: Catalog, name: str, mapped: dict[str, str]) -> Resolved | None:
    target = mapped.get(name)
    if target is not None:
        try:
            entry = catalog.benchmark(target)  # an explicit --map may name an id; an unknown one is an error
        except UnknownNameError as exc:
            raise UsageError(f"--map {name}={target}: {exc}") from None
        return Resolved(entry.id, entry.name, f"--map {name}={target}")
    entry = catalog.benchmarks.find(name)
    return None if entry is None else Resolved(entry.id, entry.name, "")


# a size in billions as a name writes it: '14b' in 'phi-4 (14B)', '1.5b', a mixture's '8x7b'; never inside a word ('a14b'
# of 'Qwen2-57B-A14B')
SIZE = re.compile(r"(?<![\w.])(?:\d+x)?(\d+(?:\.\d+)?) ?b(?![a-z0-9])")


# the precision or quantization a copy of a model's weights is named with: 'bf16' and 'fp8' in LMArena's
# 'Meta-Llama-3.1-405B-Instruct-bf16' and '-fp8', 'AWQ', 'GPTQ-4bit', 'int4', 'w4a16', GGUF's 'Q4_K_M'
PRECISION = re.compile(
    r"(?<![a-z0-9])(bf16|fp16|fp32|fp8|fp4|mxfp4|nvfp4|int8|int4|w\d+a\d+|nf4|\d+(?:\.\d+)?-?bits?|awq|gptq|gguf|exl2"
    r"|q\d_k(?:_[sml])?|q\d_\d)(?![a-z0-9])"
)


def precisions(name: str) -> list[str]:
    """The precisions and quantizations a name states ('fp8' in 'Meta-Llama-3.1-405B-Instruct-fp8'), in order."""
    return [m.group(1) for m in PRECISION.finditer(normalise(name))]


def version_numbers(name: str) -> list[str]:
    """The numbers a name's version and size are written in, in order ('3', '5' in 'claude-3-5-sonnet'
    and in 'Claude 3.5 Sonnet'; '3', '1', '70b' in 'Llama 3.1 70B'). A date or snapshot stamp
    ('20240620', '2025-01-31', '0613': four digits or more) names a snapshot, not a version; a precision ('bf16',
    'fp8', 'int4') names a copy of the weights, not a version ('8' and '16' read as version numbers)."""
    text = PRECISION.sub(" ", re.sub(r"\d{4}-\d{2}-\d{2}", " ", normalise(name)))
    return [n for n in re.findall(r"\d+[a-z]?", text) if not (n.isdigit() and len(n) >= 4)]


def _unsized(text: str) -> str:
    """A normalised name with its size in billions left out ('phi-4 (14b)' is 'phi-4')."""
    return re.sub(r"\(\s*\)", " ", SIZE.sub(" ", text)).replace("  ", " ").strip(" -_")


def _likeness(name: str, key: str) -> float:
    """How alike two normalised names are on what both state: a size one of them leaves out is no difference."""
    if bool(SIZE.search(name)) != bool(SIZE.search(key)):
        name, key = _unsized(name), _unsized(key)
    return difflib.SequenceMatcher(None, name, key).ratio()


def closest(names: list[str] | dict[str, str], name: str, n: int = 3) -> list[str]:
    """Up to n catalog names that look most like `name` (`names` may be pre-keyed: normalised -> name), alike on what
    both state: a size one of them leaves out counts for nothing ('phi-3' offered Phi-4 before Phi-3 14B, and
    'phi-4 (14B)' Phi-3 14B before Phi-4, the size written out weighing more than the version)."""
    keyed = names if isinstance(names, dict) else {normalise(x): x for x in names}
    spelt = normalise(name)
    near = difflib.get_close_matches(spelt, list(keyed), n=len(keyed) or 1, cutoff=0.5)
    near.sort(key=lambda k: -_likeness(spelt, k))  # (a stable sort: names as alike keep difflib's order)
    return [keyed[k] for k in near[:n]]


def slug(name: str, taken: set[str], avoid: frozenset[str] = frozenset()) -> str:
    """A catalog id for a new entry: lower case, safe characters, unique, and not another entry's spelling."""
    base = re.sub(r"[^a-z0-9._-]+", "-", normalise(name)).strip("-._")[:70] or "entry"
    if not base[0].isalnum():
        base = "x" + base
    out, i = base, 2
    while out in taken or out in avoid:
        out, i = f"{base}-{i}", i + 1
    taken.add(out)
    return out
