"""Structured evaluation settings, parsed once from the sources' free text.

The vocabulary below is what real tables write (README "Settings vocabulary"). A phrase that
names a setting (tools, search, thinking, shots, pass@k, a prompt or harness ...) but matches no
entry is reported by `unparsed` so a loader can warn about it instead of reading it as unstated.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, fields

_I = re.I
# an off-switch after a setting's name: "extended thinking disabled", "tools: off", "search = none"
_OFF = r"\s*(?:[:=]\s*|\s)(?:disabled|off|false|none)\b"
# its on-switch, as a claim's `setting: {tools: true}` and `new --setting thinking=true` write it: "tools=true",
# "thinking: on", "web search enabled" (a row that wrote the claim's own words was read as unstated, and the
# claim's setting filter left it out)
_ON = r"\s*(?:[:=]\s*(?:enabled|on|true)|\s+enabled)\b"
# a negation before it: "no extended thinking", "without any tools", "w/o tool use"
_NOT = r"\b(?:no|without|w/o)\s+(?:any\s+)?"
_TOOL_NAMES = (
    r"(?:tools?|tool use|tool calls?|internet|search|web search|browsing|code execution|python|code interpreter)"
)
_NO_TOOLS = re.compile(
    rf"({_NOT}{_TOOL_NAMES}\b|\b{_TOOL_NAMES}{_OFF}|\btool-free\b|\bdoes not support tool calls?\b)",
    _I,
)
_TOOLS = re.compile(
    rf"(\b{_TOOL_NAMES}{_ON}|"
    r"\btools enabled\b|\bwith tools?\b|\bw/\s?tools?\b|\bcode execution\b|\bwith search\b|\bw/\s?search\b"
    r"|\bsearch agent\b|\bweb search\b|\bbrowsing\b|\bwith python\b|\bw/\s?python\b|\bpython tool\b"
    r"|\bcode interpreter\b|\btool use\b|\btool calls? enabled\b)",
    _I,
)
_AGG = re.compile(r"\b(pass|cons|maj|avg)@(\d+)", _I)
_BEST_OF = re.compile(r"\bbest[- ]of[- ](\d+)\b", _I)
# "5-shot", and "shots=5" as a claim's `setting: {shots: 5}` writes it
_SHOTS = re.compile(r"\b(\d+)[- ]shots?\b|\bshots?\s*[:=]\s*(\d+)\b", _I)
_ZERO_SHOT = re.compile(r"\bzero[- ]shot\b", _I)
_SUBSET = re.compile(r"\bsubset n\s*=\s*(\d+)", _I)
_PROMPT = re.compile(r"\bofficial ([\w-]+ )?template\b", _I)
_THINKING_NAMES = r"(?:extended thinking|thinking(?: mode)?|reasoning(?: mode)?)"
_NO_THINKING = re.compile(
    rf"(\bnon-thinking\b|{_NOT}{_THINKING_NAMES}\b|\b{_THINKING_NAMES}{_OFF}|\binstant mode\b"
    r"|\benable_thinking\s*=\s*false\b)",
    _I,
)
_THINKING = re.compile(
    rf"\b{_THINKING_NAMES}{_ON}|"
    r"\b(thinking mode|with thinking|w/\s?thinking|thinking on|extended thinking|thinking enabled"
    r"|enable_thinking\s*=\s*true)\b",
    _I,
)
_COMPUTE = [
    (re.compile(r"\bheavy\b", _I), "heavy"),
    (re.compile(r"\bparallel (test-time compute|thinking|sampling)\b", _I), "parallel"),
    (re.compile(r"\bdeep ?think\b", _I), "deep think"),
]
# "high effort", "high reasoning effort", and the other way round as Every Eval Ever's importer writes its
# inference_effort ("effort high"; identity reads the same for a mode)
_EFFORT = re.compile(
    r"\b(minimal|low|medium|high|x-?high|max)[- ](?:reasoning )?effort\b"
    r"|\b(?:inference |reasoning )?effort[:= ]+(minimal|low|medium|high|x-?high|max)\b",
    _I,
)
_BUDGET = re.compile(r"\b(\d+)\s?[kK] (thinking )?(budget|tokens? budget)\b|\bbudget (of )?(\d+)\s?[kK]\b", _I)
_MAJORITY = re.compile(r"\bmajority vot(e|ing) (over|of) (\d+)\b", _I)
_COT_NAMES = r"(?:cot|chain[- ]of[- ]thought)"
_COT = re.compile(rf"\b{_COT_NAMES}\b", _I)
# "no CoT", "without chain-of-thought", "w/o CoT", "non-CoT", "CoT: off": the prompt without it, never CoT
_NO_COT = re.compile(rf"({_NOT}{_COT_NAMES}\b|\bnon-{_COT_NAMES}\b|\b{_COT_NAMES}{_OFF})", _I)
# Agent scaffolds change agentic scores a lot; each pattern maps to one canonical name.
_HARNESSES = [
    (re.compile(r"claude code", _I), "Claude Code"),
    (re.compile(r"terminus", _I), "Terminus"),
    (re.compile(r"context management", _I), "context management"),
    (re.compile(r"\bopenhands\b", _I), "OpenHands"),
    (re.compile(r"\bmini[- ]swe-agent\b", _I), "mini-SWE-agent"),  # Terminal-Bench: "Mini SWE-Agent"
    (re.compile(r"\bswe-agent\b", _I), "SWE-agent"),
    (re.compile(r"\bagentless\b", _I), "Agentless"),
]
# a version written after a harness's name ("Terminus 2", "OpenHands v0.28"): another agent, kept with the
# name, also where a full stop ends the text ("with Terminus 2."); never a count or size ("Terminus 5-shot",
# "OpenHands 128k")
_VERSION = re.compile(r"(?:[ -]v?(\d+(?:\.\d+)*)(?![\w%-]|\.\w))?", _I)
# words that say a phrase is about the setting, so a phrase with one that nothing above reads is reported
_SETTING_WORDS = re.compile(
    r"(\btools?\b|\bsearch|\bpython\b|\bcode\b|\bbrows|\binternet\b|\bheavy\b|\bparallel\b|\bthink|\beffort\b"
    r"|\bbudget\b|\bshots?\b|@\d|\btemplate\b|\bprompt|\bscaffold|\bharness\b|\bagent\b|\bsubset\b|\bcot\b"
    r"|\bmajority\b|\bbest[- ]of\b)",
    _I,
)
# phrases that say the setting is not stated, or describe it without changing what is compared
_SAYS_NOTHING = re.compile(
    r"(does not state|not stated|unspecified|as reported|as above|instead of|prompts? use|function-call format"
    r"|\bagentic\b)",
    _I,
)
_MEASURES = [
    (re.compile(r"\bpercentile\b", _I), "percentile"),
    (re.compile(r"\b(elo|rating|arena score)\b", _I), "rating"),
    (re.compile(r"\bnormali[sz]ed\b", _I), "normalized score"),
    (re.compile(r"\bproblems solved\b", _I), "problems solved"),
    (re.compile(r"\bpoints?\b", _I), "points"),
    (re.compile(r"\b(f1|bleu|rouge[-\w]*|perplexity|mc2)\b", _I), None),  # the metric's own name
    (
        re.compile(
            r"(\b(pass|cons|maj|avg)@\d+|\bacc(uracy)?\b|\bacc_norm\b|\bem\b|exact[ _]match|\bresolved\b|resolve rate"
            r"|success rate|solve rate|\bcorrect\b|\bchoice\b|_match\b|_equiv\b|model_graded|verification_code)",
            _I,
        ),
        "share correct",
    ),
    # a percent sign and no other word of what is counted ("HumanEval%", the column of OpenAI's simple-evals table;
    # "Pass rate (%)" is read above): the share of the benchmark's items answered right (not a win rate or a score)
    (
        re.compile(r"^(?!.*\b(?:win|wins|winrate|elo|score|scores|rating|points?)\b)[^%]*%\s*\)?\s*$", _I),
        "share correct",
    ),
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
    thinking: bool | None = None
    compute: str | None = None
    effort: str | None = None
    # what the number measures (share correct, rating, percentile, ...): never paired across,
    # never part of the label (the metric is its own column)
    measure: str | None = None

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
    return tuple(name for name in _STATED if (getattr(a, name) is None) != (getattr(b, name) is None))


@functools.lru_cache(maxsize=4096)
def _label(setting: Setting) -> str:
    parts = [describe(name, getattr(setting, name)) for name in _STATED if getattr(setting, name) is not None]
    return ", ".join(parts) or "unspecified"


_FIELDS = tuple(f.name for f in fields(Setting))
_STATED = tuple(f for f in _FIELDS if f != "measure")


def stated_on_one_side(a: Setting, b: Setting, a_name: str, b_name: str) -> list[str]:
    """Each field known on one side only, with its value and whose side states it: "subset n=486 for
    MiniMax-M1-80K". The field's name alone ("subset") said neither which side ran on the subset nor which."""
    out = []
    for name in _unknown_against(a, b):
        value, who = (getattr(a, name), a_name) if getattr(a, name) is not None else (getattr(b, name), b_name)
        # a harness's or a prompt's own name does not say what it is ("Epoch AI Benchmarking Hub"): named
        text = f"{name} {describe(name, value)}" if name in ("harness", "prompt", "compute") else describe(name, value)
        out.append(f"{text} for {who}")
    return out


def describe(name: str, value: object) -> str:
    if name == "tools":
        return "tools" if value else "no tools"
    if name == "thinking":
        return "thinking" if value else "non-thinking"
    if name == "shots":
        return f"{value}-shot"
    if name == "subset":
        return f"subset {value}"
    if name == "effort":
        return str(value) if str(value).endswith("budget") else f"{value} effort"
    return str(value)


def harness_named(name: str) -> str:
    """The harness a source's own agent or scaffold field names: the canonical name where the whole field
    is one the vocabulary reads, with its version ("Mini SWE-Agent" -> mini-SWE-agent, "openhands 0.28" ->
    OpenHands 0.28), else the name as written ("HAL Generalist Agent", "Terminus-KIRA"); "" when it names none.

    Only the whole field: Epoch's Terminal-Bench table has "Terminus" and "Terminus 2", two agents (GPT-5:
    30.0 and 41.3), which a search for a known name read as one harness, two scores of one setting. An
    importer sets a row's harness from such a field itself: free text is never searched for "Agent X",
    which read a user's "Agent mode" as the harness "mode".
    """
    return known_harness(name) or " ".join(str(name or "").split())


def known_harness(name: str) -> str | None:
    """The canonical harness where the whole name is one the vocabulary reads ("Claude Code", "OpenHands 0.28"),
    else None: what extraction takes for an agent's scaffold, never for a model."""
    name = " ".join(str(name or "").split())
    for pat, canonical in _HARNESSES:
        found = pat.match(name)
        version = _VERSION.fullmatch(name, found.end()) if found else None
        if version:
            return _versioned(canonical, version)
    return None


def harness_in(text: str) -> str | None:
    """The first harness the vocabulary reads in a text ("... beats Cursor, says Claude Code's team": Claude Code)."""
    return _harness_in(text)


def _harness_in(text: str) -> str | None:
    """The harness a setting's text names, with the version written after it ("Terminus 2")."""
    for pat, canonical in _HARNESSES:
        found = pat.search(text)
        if found:
            return _versioned(canonical, _VERSION.match(text, found.end()))
    return None


def _versioned(canonical: str, version: re.Match | None) -> str:
    return f"{canonical} {version.group(1)}" if version and version.group(1) else canonical


def parse_setting(setting: str, metric: str = "", benchmark: str = "") -> Setting:
    """Read the structured setting out of a source's setting, metric and benchmark text."""
    return _parse(setting, metric, benchmark)


@functools.lru_cache(maxsize=1 << 14)
def _parse(setting: str, metric: str, benchmark: str) -> Setting:
    text = f"{setting} ; {metric} ; {benchmark}"
    tools = False if _NO_TOOLS.search(text) else True if _TOOLS.search(text) else None
    agg = _AGG.search(text)
    best = _BEST_OF.search(text)
    aggregation = f"{agg.group(1).lower()}@{agg.group(2)}" if agg else f"best-of-{best.group(1)}" if best else None
    majority = _MAJORITY.search(text)
    if aggregation is None and majority:
        aggregation = f"maj@{majority.group(3)}"
    if aggregation is None and re.search(r"single attempt", text, _I):
        aggregation = "pass@1"
    shots = _SHOTS.search(text)
    subset = _SUBSET.search(text)
    harness = _harness_in(text)
    prompt = _PROMPT.search(setting) or _NO_COT.search(setting) or _COT.search(setting)
    thinking = False if _NO_THINKING.search(setting) else True if _THINKING.search(setting) else None
    effort = _EFFORT.search(setting)
    budget = _BUDGET.search(setting)
    return Setting(
        tools=tools,
        aggregation=aggregation,
        shots=int(shots.group(1) or shots.group(2)) if shots else 0 if _ZERO_SHOT.search(text) else None,
        harness=harness,
        subset=f"n={subset.group(1)}" if subset else None,
        prompt=None
        if not prompt
        else "CoT"
        if prompt.re is _COT
        else "no CoT"
        if prompt.re is _NO_COT
        else prompt.group(0).lower(),
        thinking=thinking,
        compute=next((name for pat, name in _COMPUTE if pat.search(setting)), None),
        effort=(effort.group(1) or effort.group(2)).lower()
        if effort
        else f"{budget.group(1) or budget.group(5)}k budget"
        if budget
        else None,
        measure=measure_of(metric),
    )


@functools.lru_cache(maxsize=4096)
def measure_of(metric: str) -> str | None:
    """What a metric measures, so a rating is never paired with a percentile; None when it does not say."""
    text = metric.strip()
    if not text or text.casefold() in {"score", "value"}:
        return None
    for pattern, name in _MEASURES:
        found = pattern.search(text)
        if found:
            return name or found.group(1).lower()
    return " ".join(text.casefold().split())


@functools.lru_cache(maxsize=4096)
def unparsed(setting: str) -> tuple[str, ...]:
    """Phrases of a setting text that name a setting but that the vocabulary does not read."""
    out = []
    for phrase in re.split(r"[;,()]| and ", setting):
        phrase = phrase.strip(" .'\"")
        if not phrase or not _SETTING_WORDS.search(phrase) or _SAYS_NOTHING.search(phrase):
            continue
        if _understood(phrase):
            continue
        out.append(phrase)
    return tuple(out)


def _understood(phrase: str) -> bool:
    patterns = [_NO_TOOLS, _TOOLS, _AGG, _BEST_OF, _MAJORITY, _SHOTS, _ZERO_SHOT, _SUBSET, _PROMPT, _NO_COT, _COT]
    patterns += [_NO_THINKING, _THINKING]
    patterns += [_EFFORT, _BUDGET] + [p for p, _ in _COMPUTE] + [p for p, _ in _HARNESSES]
    return any(p.search(phrase) for p in patterns)


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
