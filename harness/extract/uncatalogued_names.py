"""Model names the catalog lacks, as written: found beside the catalog's names, never resolved to one of them.

A name with a version that starts like a catalog model's ("Llama 3.1", "Qwen3", "Claude-3.5"), a name with a size
whatever its first word ("Zephyr-7B"), a family and a tier ("Nova Pro", "Kimi-VL-Thinking"), a family and a word its
catalog names lack ("Kimi Linear"), a family no catalog model bears, alone where a model's name stands ("Aya
outperforms mT0"), a mode in brackets the catalog lacks ("(thinking-32k)"). `Names` reads them with this mixin; each
comes with the closest catalog names, so a draft says what to add to the catalog or settle with `link`.
"""

from __future__ import annotations

import functools
import re

from harness.evidence import identity
from harness.evidence.settings import known_harness
from harness.extract.dates import undated
from harness.extract.listed_rivals import listed_rivals
from harness.extract.maker_names import maker_objects
from harness.extract.mentions import BENCHLIKE, CANDIDATE, LEADING, OPENING_WORD, SEP, Mention, Spans, name_parts
from harness.extract.proper_names import proper_subjects
from harness.extract.shaped_names import _object_of_cue

# a capitalised word and a space: where a maker's product may be named (most clauses have none worth reading)
_MAKER_WORD = re.compile(r"[A-Z][\w-]*(?:['’]s)?\s+[A-Z]")
# "GPT-4-class", "Llama-based": a kind of model, not a model
_KINDS = r"[\-‐‑–](?:class|level|like|based|style|scale|sized|powered|grade|tier|era|caliber|calibre)"
_NOT_A_MODEL = re.compile(rf"{_KINDS}$", re.I)
_KIND_AFTER = re.compile(rf"{_KINDS}(?![\w-])", re.I)  # "o1-level": the word after the name makes it a kind
# words after a model's name that make it another model: "Grok 3 Mini", "GPT-4 Turbo", "GPT-4.1 mini" (in any case;
# those that are also plain words, "plus", "large", "high", only with a capital)
_VARIANT_WORDS = r"mini|nano|micro|turbo|lite|flash|pro|max|ultra|coder"
_VARIANT_CAPITAL = (
    r"Plus|Large|Small|Medium|Vision|Audio|Omni|Math|Code|Reasoning|Thinking|Heavy|Air|Fast|High|Low|Instruct|Chat"
)
# a version after the whole name ("Claude 3.5 Sonnet v2") is another checkpoint, which the catalog lacks
_MODEL_VARIANT = re.compile(rf"{SEP}(?:(?i:{_VARIANT_WORDS})|{_VARIANT_CAPITAL}|[vV]\d+(?:\.\d+)*)(?![\w-]|\.\d)")
# what such a name goes on with: those words, or lower-case parts joined by a dash ("o3-mini-high")
_VARIANT_AFTER = re.compile(
    rf"(?:{SEP}(?:(?i:{_VARIANT_WORDS}|instruct|chat)|{_VARIANT_CAPITAL})|[\-‐‑–][a-z]+\d*)+(?![\w-]|\.\d)"
)
# a name with a size, whatever its first word: a size after a dash or a space ("Zephyr-7B", "Molmo 72B") or after a
# version ("Granite 3.0 8B"); not "The 7B", "Our 8B" (a word that starts a phrase is cut off before)
# ... or a mixture's size ("WizardLM-2 8x22B")
_SIZED = re.compile(
    r"^[A-Z][\w.]*(?:[\-‐‑– ]|[\-‐‑– ]v?\d+(?:\.\d+)*[\-‐‑– ])(?:[\w.]+[\-‐‑– ])*?(?:\d+x)?\d+(?:\.\d+)?[BM]\b"
)
# the tier of a name that has no version: "Nova Pro", "Yi-Lightning", "Hunyuan-Large", "Command R+", "DBRX Instruct";
# or its modality or mode, one or two of them: "Kimi-VL", "Kimi-VL-Thinking", "Qwen-Audio"
_TIER = re.compile(
    r"Pro|Max|Large|Medium|Small|Mini|Nano|Micro|Lite|Flash|Ultra|Plus|Turbo|Instruct|Lightning|Air|[A-Z]\+?"
    r"|VL|Vision|Omni|Audio|Thinking|Reasoning|Coder"
)
# a word with a capital inside it, after a small letter: "NeMo" ("AI" is none); but not a company's, a site's or a
# tool's ("the Llama GitHub repository": the lexicon's `not_model_words`)
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
# a capitalised word before a family that is part of the name ("Code Llama 34B"), unless it reads as an adjective
_NOT_PREFIX = frozenset(
    "latest newest original base open smaller larger bigger previous older upcoming unreleased official quantized "
    "popular rival competing leading top best flagship rumored rumoured leaked default standard vanilla".split()
)
# capitalised words after a family that are no part of a model's name ("the Qwen Team", "Llama Models", "Gemini App")
_NOT_A_TIER = frozenset(
    "team teams model models series family families app apps api apis user users developer developers researchers "
    "paper papers report reports blog card cards license licence community project projects platform cloud studio "
    "website site page repository repo leaderboard benchmark benchmarks arena intelligence intelligent technology "
    "technologies tech lab labs inc corp company group research foundation".split()
)
# a name before these is a series' ("the EXAONE Deep models (7.8B and 2.4B)"), not one model's
_SERIES = re.compile(r"\s+(?:models|series|family|families)\b", re.I)
# a mode or a reasoning budget in brackets after a model's name ("(thinking-32k)", "(high)", "(non-thinking)"), which the
# catalog names as models of their own where it has them ("GPT-5 (high)")
_MODE = re.compile(
    r"\s*\(\s*(?:(?:non-?)?(?:thinking|reasoning)|extended[\s-]thinking|high|medium|low|minimal|x?high|max|instant)"
    r"(?:[\s\-‐‑–]\d+k)?\s*\)",
    re.I,
)


def _after_benchmarks(text: str, mentions: list[Mention]) -> list[re.Match]:
    """The text's capitalised runs (`CANDIDATE`), and where a benchmark's name stands inside a run, the names after it
    too ("On MMLU Zephyr trails Phi-4": Zephyr, which no comma sets apart from the benchmark)."""
    benches = sorted((m.start, m.end) for m in mentions if m.kind == "benchmark")
    out = []
    for m in CANDIDATE.finditer(text):
        out.append(m)
        for start, end in benches:
            if m.start() <= start and end < m.end() and text[end : end + 1] == " ":
                rest = CANDIDATE.match(text, end + 1)
                if rest is not None and rest.end() <= m.end():
                    out.append(rest)
    return out


# a family's word alone, capitalised, with no version after it
_FAMILY_WORD = re.compile(r"(?<![\w.-])[A-Z][A-Za-z]{2,}(?![\w-]|\.\d|\s+v?\d)")
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+")
_LIST_JOINED = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)$")


def _between_models(clause: str, start: int, end: int, named: list[Mention]) -> bool:
    """Whether a name at start..end is listed with a model's name on each side ("GPT-3.5, Gemini, and Meditron-70B")."""
    after, before = _LIST_JOIN.match(clause, end), _LIST_JOINED.search(clause, 0, start)
    models = [m for m in named if m.kind == "model"]
    return bool(
        after
        and before
        and any(m.start == after.end() for m in models)
        and any(m.end == before.start() for m in models)
    )


class UncataloguedNames:
    """The names a text gives that the catalog lacks (a mixin of `Names`, which holds the catalog's words)."""

    def unknown(self, clause: str, mentions: list[Mention]) -> list[tuple[str, list[str]]]:
        """Names with a digit that the catalog does not know, each with the closest catalog names."""
        out, spans = [], Spans.of(mentions)
        for m in CANDIDATE.finditer(undated(clause)):
            text = m.group(0).rstrip(".-")
            if not re.search(r"\d", text) or spans.overlaps(m.start(), m.end()):
                continue
            words = text.split()
            while len(words) >= 2 and (words[0].casefold() in LEADING or OPENING_WORD.fullmatch(words[0])):
                words = words[1:]  # "Their 72B", "Achieving 76.1": a size or a number after a phrase's first word
            text = " ".join(words)
            if re.fullmatch(r"[\d.,%]+|\d+(?:\.\d+)?[BMKT]?|(?:19|20)\d\d", text):
                continue  # a number, a size or a year, not a name
            if _NOT_A_MODEL.search(text) or _KIND_AFTER.match(clause, m.end()):
                continue  # "GPT-4o-caliber", "o1-level": a kind of model, not a name the catalog lacks
            out.append((text, identity.closest(self.model_names, text)))
        return out

    def uncatalogued_in(self, text: str) -> list[Mention]:
        """`uncatalogued` for a text and its own mentions, read once."""
        cached = self._uncatalogued.get(text)
        if cached is None:
            cached = self.uncatalogued(text, self.mentions(text))
            if len(self._uncatalogued) < 4096:
                self._uncatalogued[text] = cached
        return list(cached)

    def uncatalogued(self, clause: str, mentions: list[Mention]) -> list[Mention]:
        """Model names the catalog lacks, as written: a name with a version that starts like a catalog model's
        ("Llama 3.1", "Qwen3", "OLMo 2", "Claude-3.5"), the developer's name in front left out. Never resolved
        to a catalog entry: a draft that names one says so, and is not verified until the catalog has it."""
        out = []
        self.mentions(clause)  # (which reads the names with a mode in brackets: "Claude Opus 4.5 (thinking-32k)")
        for start, end, ident in self._modes.get(clause, []):
            name = clause[start:end]
            how = f"{name!r} is not in the catalog (closest: {self.catalog.model(ident).name}: another mode or budget)"
            out.append(Mention("model", name, start, end, name, how, catalogued=False))
        for start, end, ident in self._family_alone.get(clause, []):
            name = clause[start:end]
            how = (
                f"{name!r} is not in the catalog (closest: {self.catalog.model(ident).name}, the catalog's one model "
                "of that family: a family is never read as one of its models)"
            )
            out.append(Mention("model", name, start, end, name, how, catalogued=False))
        for start, end, name, ident in self._shared_size(clause):
            if ident is None:  # "Llama 3.1 and 3.3 70B": Llama 3.1 70B, which the catalog lacks
                close = identity.closest(self.model_names, name)
                how = f"{name!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else "")
                how += f" ('{clause[start:end]}' read with the size written once for both)"
                out.append(Mention("model", name, start, end, clause[start:end], how, catalogued=False))
        spans = Spans.of(mentions + out)
        for m in _after_benchmarks(undated(clause), mentions):
            more = _VARIANT_AFTER.match(clause, m.end())
            text = (m.group(0) + (more.group(0) if more else "")).rstrip(".-")
            text += "+" if clause[m.start() + len(text) : m.start() + len(text) + 1] == "+" else ""  # "Command R+"
            start, developer = m.start(), 0
            known = spans.first_start(m.start() + 1, m.start() + len(text))
            if known is not None:
                # "Grok 4 Humanity’s Last Exam scored": the name ends where a name the catalog knows begins
                text = clause[m.start() : known].rstrip(" -‐‑–")
            if not text or spans.overlaps(m.start(), m.start() + len(text)):
                continue
            parts = name_parts(text)
            while len(parts) >= 2 and parts[0].casefold() in LEADING:
                cut = re.match(rf"{re.escape(parts[0])}{SEP}+", text)  # "With Llama 3 8B": the name after the word
                if cut is None:
                    break
                text, start, parts = text[cut.end() :], start + cut.end(), parts[1:]
            # the developer's name first, so that a tier after it is still seen ("Amazon Nova Pro"); a name with a version
            # is written without it ("OpenAI-o1-pro" is o1-pro), a tier with it ("Nova Pro" alone could be anyone's)
            whole = text
            if len(parts) >= 2 and parts[0].casefold() in self.developers and parts[1].casefold() in self.families:
                cut = re.match(rf"{re.escape(parts[0])}{SEP}+", text)
                if cut is None:
                    continue
                text, start = text[cut.end() :], start + cut.end()
                parts = parts[1:]
                developer = cut.end()
            end = start + len(text)
            alone = (
                self._alone(parts) and self.in_place(clause, start - developer, end) and not _SERIES.match(clause, end)
            )
            worded = self._worded(parts, clause, start) and not _SERIES.match(clause, end)
            listed = not (alone or worded) and self._listed_family(
                parts, clause, start - developer, end, mentions + out
            )
            if not re.search(r"\d", text) and not self._tiered(parts) and not alone and not worded and not listed:
                continue
            if not parts or _NOT_A_MODEL.search(text):
                continue
            if parts[0].casefold() not in self.families and not _SIZED.match(text) and not self._prefixed(parts):
                continue  # (a name with a size is a model's, whatever its first word: "Zephyr-7B")
            if len(parts) < 2 and not re.search(r"\d", parts[0]) and not alone:
                continue
            if len(parts) > 2 and not re.search(r"\d", text) and not self._tiered(parts):
                continue  # "Nova Pro", "Command R+", not "Nova Pro Beats Llama"
            if BENCHLIKE.fullmatch(text) or known_harness(text):
                continue  # (an agent's harness, "Claude Code", is no model: the evidence settings' vocabulary)
            text = whole if developer and not re.search(r"\d", text) else text
            close = identity.closest(self.model_names, text)
            how = f"{text!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else "")
            how += " (a family's name alone, which no catalog model bears)" if alone else ""
            how += (
                " (a family listed among the models compared, not a model: name which of its models)" if listed else ""
            )
            # the span keeps the developer's name ("Amazon Nova Micro and Amazon Nova Lite": two names side by side)
            end = start + len(whole) - developer
            mode = _MODE.match(clause, end)
            if mode:  # "Claude Opus 4.5 (thinking-32k)": the mode in brackets is part of the name as written
                text, end = text + clause[end : mode.end()], mode.end()
                how = f"{text!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else "")
            out.append(Mention("model", text, start - developer, end, text, how, catalogued=False))
        # "Mercury 2 hit 90%": no family, but a name's place (an agent's harness there, "OpenHands", is no model)
        out += [m for m in self._shaped(clause, mentions + out) if not known_harness(m.text)]
        # "has surpassed OpenAI's Sora": a maker's product, a win's object ("Very similar to Anthropic's Computer Use"
        # describes a product, and names no rival)
        if self.win_ends is not None and _MAKER_WORD.search(clause):
            out += maker_objects(self, clause, mentions + out, set(self.win_ends(clause)))
        # "outperforming larger models including TimesFM (Google) and Moirai (Salesforce)": names listed as models
        out += listed_rivals(self, clause, mentions + out)
        out += self._families_between(clause, mentions + out)
        # "With only 82M parameters, Kokoro topped the TTS Arena": a proper noun with no model's shape, by its place
        out += proper_subjects(self, clause, mentions + out)
        return sorted(out, key=lambda m: m.start)

    def _listed_family(self, parts: list[str], clause: str, start: int, end: int, named: list[Mention]) -> bool:
        """A catalog family with a word of its names and no version ("Claude Sonnet", "Gemini Flash"), listed with a
        model's name among a cue's objects ("beats GPT-4o and Claude Sonnet"): a rival the text names, kept as written,
        which a draft must not leave out unsaid. (A family's one word, "Claude", stays a family, as before: alone it is as
        often its maker's line of models as one rival.)"""
        if len(parts) != 2 or parts[0].casefold() not in self.catalog_families or self.cue_ends is None:
            return False
        if parts[1].casefold() not in self._family_words.get(parts[0].casefold(), ()):
            return False
        return not _SERIES.match(clause, end) and _object_of_cue(clause, start, end, set(self.cue_ends(clause)), named)

    def _families_between(self, clause: str, named: list[Mention]) -> list[Mention]:
        """A catalog family's word alone, listed between two models' names among a cue's objects ("outperforms GPT-3.5,
        Gemini, and Meditron-70B"): a rival the text names, kept as written with a note to name which model. At either
        end of a list, or alone, it stays a family: it may be the maker's line of models."""
        if self.cue_ends is None or not _LIST_JOIN.search(clause):
            return []
        out, spans = [], Spans.of(named)
        for m in _FAMILY_WORD.finditer(clause):
            word, start, end = m.group(0), m.start(), m.end()
            if word.casefold() not in self.catalog_families or spans.overlaps(start, end):
                continue
            if not _between_models(clause, start, end, named):
                continue
            if not _object_of_cue(clause, start, end, set(self.cue_ends(clause)), named):
                continue
            close = self.family_models([word])[:5]
            how = f"{word!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else "")
            how += " (a family listed among the models compared, not a model: name which of its models)"
            out.append(Mention("model", word, start, end, word, how, catalogued=False))
        return out

    def _prefixed(self, parts: list[str]) -> bool:
        """A word before a family, with a version or size after it: "Code Llama 34B" (not "Latest Llama 3")."""
        first = parts[0]
        return (
            len(parts) >= 3
            and parts[1].casefold() in self.families
            and first[:1].isupper()
            and not first.casefold().endswith("ly")
            and first.casefold() not in _NOT_PREFIX | LEADING | self.developers | self.families
            and any(re.search(r"\d", p) for p in parts[2:])
        )

    def _tiered(self, parts: list[str]) -> bool:
        """A name with no version: a family of the lexicon's list and a tier ("Nova Pro", "Yi-Lightning", "Command R+"),
        or a word with a capital inside it, which no plain word has ("Mistral NeMo"), unless it names a developer or
        another family, or is a company's or a tool's ("Qwen DeepSeek", "Llama GitHub")."""
        if len(parts) not in (2, 3) or parts[0].casefold() not in self.listed_families:
            return False
        if len(parts) == 3:  # "Kimi-VL-Thinking": two tiers ("Nova Pro Beats" is none)
            return all(_TIER.fullmatch(p) for p in parts[1:])
        word = parts[1]
        return _TIER.fullmatch(word) is not None or (
            _CAMEL.fullmatch(word) is not None
            and word.casefold() not in self.developers | self.families | self.not_model_words
        )

    @functools.cached_property
    def _family_words(self) -> dict[str, set[str]]:
        """The words each family's catalog names go on with ("claude": sonnet, opus, haiku, ...)."""
        out: dict[str, set[str]] = {}
        for m in self.catalog.all_models():
            for n in [m.name, *m.aliases]:
                parts = [p.casefold() for p in name_parts(n)]
                if parts:
                    out.setdefault(parts[0], set()).update(parts[1:])
        return out

    def _alone(self, parts: list[str]) -> bool:
        """A family of the lexicon's list written alone, capitalised, where no catalog model's name starts with it
        ("Aya outperforms mT0"): the only model it can name is one the catalog lacks (a family the catalog has,
        "Claude", may be any of its models, and stays a family). Read so only where a model's name stands
        (`ShapedNames.in_place`): a family's word elsewhere may be its maker's or its series'."""
        return (
            len(parts) == 1
            and parts[0][:1].isupper()
            and parts[0].casefold() in self.listed_families - self.catalog_families
        )

    def _worded(self, parts: list[str], clause: str, start: int) -> bool:
        """A family of the lexicon's list and a capitalised word the catalog's names do not go on with ("Kimi Linear",
        "Hunyuan Large" is a tier): another model, which the catalog lacks. Not a word of the family's company, a
        site's or a team's ("the Qwen Team"), nor a cue written with a capital ("Gemini Beats GPT-4o")."""
        if len(parts) != 2 or parts[0].casefold() not in self.listed_families or self.cue_starts is None:
            return False
        word = parts[1]
        if not re.fullmatch(r"[A-Z][a-z]{2,}", word):
            return False
        skip = self.developers | self.families | self.not_model_words | LEADING | _NOT_A_TIER
        if word.casefold() in skip or word.casefold() in self._family_words.get(parts[0].casefold(), ()):
            return False  # ("Claude Sonnet": a word of the family's catalog names, which may mean any of them)
        at = clause.find(word, start)
        return at >= 0 and at not in self.cue_starts(clause)

    def unresolved(self, clause: str, mentions: list[Mention]) -> list[str]:
        """Review notes for the names the catalog does not know."""
        return [
            f"{name!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else "")
            for name, close in self.unknown(clause, mentions)
        ]
